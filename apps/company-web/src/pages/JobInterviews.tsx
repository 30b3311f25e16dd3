import {
  ErrorSummary,
  type FormErrors,
  failure,
  formatDateTime,
  hasErrors,
  InterviewDetails,
  type InterviewView,
  it,
  mapUserErrors,
  noErrors,
  romeLocalToIso,
  SelectField,
  TextAreaField,
  TextField,
} from '@sportello/ui';
import { useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { client } from '../client';
import { graphql } from '../gql';
import type { AppointmentMode } from '../gql/graphql';

const ProposeInterviewMutation = graphql(`
  mutation JobInterviews_ProposeInterviewMutation($applicationId: ID!, $input: ProposeInterviewInput!) {
    proposeInterview(applicationId: $applicationId, input: $input) {
      interview {
        id
        status
        startsAt
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** The job interviews proposed to one candidate, with the candidate's answers. */
export function InterviewList({ interviews }: { interviews: readonly InterviewView[] }) {
  if (interviews.length === 0) return null;
  return (
    <section className="mt-3" data-testid="company-interviews">
      <h4 className="h6">Colloqui di lavoro</h4>
      {interviews.map((interview) => (
        <InterviewDetails
          key={interview.id}
          interview={interview}
          messageLabel="Il vostro messaggio"
          noteLabel="Risposta della persona"
        />
      ))}
    </section>
  );
}

type Field = 'startsAt' | 'durationMinutes' | 'mode' | 'location' | 'message';
const fieldLabels: Record<Field, string> = {
  startsAt: 'Data e ora',
  durationMinutes: 'Durata',
  mode: 'Modalità',
  location: 'Indirizzo',
  message: 'Messaggio per la persona',
};
const durations = [30, 45, 60, 90].map((m) => ({ value: String(m), label: `${m} minuti` }));
const modes = [
  { value: 'IN_PERSON', label: 'In presenza' },
  { value: 'ONLINE', label: 'In videochiamata (il collegamento lo crea il sistema)' },
];

/** Mirrors the API's rules: a future time, a place for interviews in person, a short message. */
function validate(startsAt: string | null, mode: string, location: string, message: string) {
  const errors = noErrors<Field>();
  if (!startsAt) errors.fields.startsAt = 'Indica data e ora del colloquio.';
  else if (Date.parse(startsAt) <= Date.now()) errors.fields.startsAt = 'Scegli una data e un’ora future.';
  if (!mode) errors.fields.mode = 'Scegli la modalità.';
  if (mode === 'IN_PERSON' && location.trim().length < 3)
    errors.fields.location = 'Scrivi l’indirizzo dove si svolge il colloquio.';
  if (message.trim().length > 2000) errors.fields.message = 'Al massimo 2000 caratteri.';
  return errors;
}

/** The company proposes a job interview to a candidate who disclosed themself. */
export function ProposeInterviewForm({ applicationId, name }: { applicationId: string; name: string }) {
  const queryClient = useQueryClient();
  const [startsAt, setStartsAt] = useState('');
  const [duration, setDuration] = useState('30');
  const [mode, setMode] = useState('IN_PERSON');
  const [location, setLocation] = useState('');
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<FormErrors<Field>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const prefix = `interview-${applicationId}`;
  const ids = Object.fromEntries(
    (Object.keys(fieldLabels) as Field[]).map((f) => [f, `${prefix}-${f}`]),
  ) as Record<Field, string>;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    setDone(null);
    setSubmits((n) => n + 1);
    const start = romeLocalToIso(startsAt);
    const local = validate(start, mode, location, message);
    setErrors(local);
    if (hasErrors(local) || !start) return;
    setPending(true);
    try {
      const { proposeInterview } = await client.request(ProposeInterviewMutation, {
        applicationId,
        input: {
          startsAt: start,
          durationMinutes: Number(duration),
          mode: mode as AppointmentMode,
          location: mode === 'IN_PERSON' ? location.trim() : null,
          message: message.trim() || null,
        },
      });
      if (proposeInterview.userErrors.length > 0) {
        setErrors(mapUserErrors(proposeInterview.userErrors, Object.keys(fieldLabels) as Field[]));
        return;
      }
      setDone(
        `Colloquio proposto a ${name} per ${formatDateTime(proposeInterview.interview!.startsAt)}. La persona riceve un’email e risponde dal suo portale.`,
      );
      setStartsAt('');
      setLocation('');
      setMessage('');
      await queryClient.invalidateQueries({ queryKey: ['vacancy'] });
    } catch (error) {
      setErrors(failure(error));
    } finally {
      setPending(false);
    }
  }

  return (
    <form
      className="mt-3 p-3 border rounded"
      noValidate
      onSubmit={submit}
      data-testid="propose-interview-form"
    >
      <h4 className="h6">Proponi un colloquio di lavoro</h4>
      <ErrorSummary errors={errors} labels={fieldLabels} ids={ids} focusKey={submits} />
      <div aria-live="polite" aria-atomic="true">
        {done ? (
          <p className="alert alert-success sl-notice" data-testid="interview-result">
            {done}
          </p>
        ) : null}
      </div>
      <TextField
        id={ids.startsAt}
        type="datetime-local"
        label={fieldLabels.startsAt}
        hint="Ora italiana."
        value={startsAt}
        onChange={setStartsAt}
        error={errors.fields.startsAt}
      />
      <SelectField
        id={ids.durationMinutes}
        label={fieldLabels.durationMinutes}
        placeholder="Scegli la durata"
        options={durations}
        value={duration}
        onChange={setDuration}
        error={errors.fields.durationMinutes}
      />
      <SelectField
        id={ids.mode}
        label={fieldLabels.mode}
        placeholder="Scegli la modalità"
        options={modes}
        value={mode}
        onChange={setMode}
        error={errors.fields.mode}
      />
      {mode === 'IN_PERSON' ? (
        <TextField
          id={ids.location}
          label={fieldLabels.location}
          hint="Via, numero e comune; se serve, il piano o l’ufficio."
          value={location}
          onChange={setLocation}
          error={errors.fields.location}
        />
      ) : null}
      <TextAreaField
        id={ids.message}
        label={fieldLabels.message}
        hint="Per esempio chi chiedere all’arrivo e cosa portare."
        value={message}
        onChange={setMessage}
        optional
        rows={3}
        error={errors.fields.message}
      />
      <Button type="submit" color="primary" aria-disabled={pending || undefined}>
        {pending ? it.common.sending : 'Proponi il colloquio'}
      </Button>
    </form>
  );
}
