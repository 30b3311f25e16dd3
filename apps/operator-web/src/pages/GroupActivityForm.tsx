import {
  ErrorSummary,
  type FormErrors,
  failure,
  groupActivityKindLabels,
  hasErrors,
  it,
  LoadError,
  mapUserErrors,
  noErrors,
  romeLocalToIso,
  SelectField,
  TextAreaField,
  TextField,
  type UserErrorLike,
} from '@sportello/ui';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { useMe } from '../AppLayout';
import { options } from '../format';
import type { GroupActivityInput, GroupActivityKind, GroupSessionInput, TrainingMode } from '../gql/graphql';
import { useMemberComuni } from '../member-comuni';

// --- one session ----------------------------------------------------------------------------------

export type SessionField = 'date' | 'startTime' | 'endTime' | 'mode' | 'comuneCode' | 'address' | 'topic';
const sessionLabels: Record<SessionField, string> = {
  date: 'Data',
  startTime: 'Ora di inizio',
  endTime: 'Ora di fine',
  mode: 'Dove si tiene',
  comuneCode: 'Comune',
  address: 'Indirizzo',
  topic: 'Argomento dell’incontro',
};
const SESSION_FIELDS = Object.keys(sessionLabels) as SessionField[];

export interface SessionValues {
  date: string;
  startTime: string;
  endTime: string;
  mode: TrainingMode | '';
  comuneCode: string;
  address: string;
  topic: string;
}

export const blankSession: SessionValues = {
  date: '',
  startTime: '',
  endTime: '',
  mode: '',
  comuneCode: '',
  address: '',
  topic: '',
};

/** The server's name of a session field (`startsAt`) to the form's (`date`). */
const sessionAliases = (prefix: string, formPrefix: string) => ({
  [`${prefix}startsAt`]: `${formPrefix}date`,
  [`${prefix}endsAt`]: `${formPrefix}endTime`,
  ...Object.fromEntries(SESSION_FIELDS.map((f) => [`${prefix}${f}`, `${formPrefix}${f}`])),
});

/** What is missing or wrong in a session, before asking the server. */
function sessionProblems(v: SessionValues): Partial<Record<SessionField, string>> {
  const problems: Partial<Record<SessionField, string>> = {};
  if (!v.date) problems.date = 'Scegli la data dell’incontro.';
  if (!/^\d{2}:\d{2}$/.test(v.startTime)) problems.startTime = 'Scrivi l’ora di inizio, per esempio 09:30.';
  if (!/^\d{2}:\d{2}$/.test(v.endTime)) problems.endTime = 'Scrivi l’ora di fine, per esempio 11:30.';
  else if (v.startTime && v.endTime <= v.startTime) problems.endTime = 'L’ora di fine viene dopo l’inizio.';
  if (!v.mode) problems.mode = 'Scegli se l’incontro è in presenza o online.';
  if (v.mode === 'IN_PERSON' && !v.comuneCode) problems.comuneCode = 'Scegli il comune.';
  if (v.mode === 'IN_PERSON' && !v.address.trim()) problems.address = 'Scrivi l’indirizzo.';
  if (!v.topic.trim()) problems.topic = 'Scrivi l’argomento dell’incontro.';
  return problems;
}

export function toSessionInput(v: SessionValues): GroupSessionInput {
  return {
    startsAt: romeLocalToIso(`${v.date}T${v.startTime}`) ?? '',
    endsAt: romeLocalToIso(`${v.date}T${v.endTime}`) ?? '',
    mode: v.mode as TrainingMode,
    comuneCode: v.mode === 'IN_PERSON' ? v.comuneCode : null,
    address: v.mode === 'IN_PERSON' ? v.address : null,
    topic: v.topic,
  };
}

function SessionFieldset({
  idPrefix,
  legend,
  values,
  onChange,
  errors,
  comuni,
  loading,
}: {
  idPrefix: string;
  legend: string;
  values: SessionValues;
  onChange: (next: SessionValues) => void;
  errors: Partial<Record<string, string>>;
  comuni: { istatCode: string; name: string }[];
  loading: boolean;
}) {
  const set = (field: SessionField) => (value: string) => onChange({ ...values, [field]: value });
  const id = (field: SessionField) => `${idPrefix}${field}`;
  return (
    <fieldset className="sl-fieldset" data-testid={`${idPrefix}session`}>
      <legend className="h6">{legend}</legend>
      <TextField
        id={id('date')}
        type="date"
        label={sessionLabels.date}
        value={values.date}
        onChange={set('date')}
        error={errors[id('date')]}
      />
      <TextField
        id={id('startTime')}
        type="time"
        label={sessionLabels.startTime}
        value={values.startTime}
        onChange={set('startTime')}
        error={errors[id('startTime')]}
      />
      <TextField
        id={id('endTime')}
        type="time"
        label={sessionLabels.endTime}
        hint="Da 15 minuti a 8 ore dopo l’inizio."
        value={values.endTime}
        onChange={set('endTime')}
        error={errors[id('endTime')]}
      />
      <SelectField
        id={id('mode')}
        label={sessionLabels.mode}
        value={values.mode}
        onChange={set('mode')}
        options={[
          { value: 'IN_PERSON', label: 'In presenza' },
          { value: 'ONLINE', label: 'Online (la stanza video si crea da sola)' },
        ]}
        placeholder="Scegli"
        error={errors[id('mode')]}
      />
      {values.mode === 'IN_PERSON' ? (
        <>
          <SelectField
            id={id('comuneCode')}
            label={sessionLabels.comuneCode}
            hint="Un comune della rete."
            value={values.comuneCode}
            onChange={set('comuneCode')}
            options={comuni.map((c) => ({ value: c.istatCode, label: c.name }))}
            placeholder={loading ? it.common.loading : 'Scegli il comune'}
            error={errors[id('comuneCode')]}
          />
          <TextField
            id={id('address')}
            label={sessionLabels.address}
            hint="Via, numero e sala, per esempio «Piazza San Magno 9, sala 2»."
            value={values.address}
            onChange={set('address')}
            maxLength={200}
            error={errors[id('address')]}
          />
        </>
      ) : null}
      <TextField
        id={id('topic')}
        label={sessionLabels.topic}
        hint="Per esempio «Il colloquio di lavoro»."
        value={values.topic}
        onChange={set('topic')}
        maxLength={200}
        error={errors[id('topic')]}
      />
    </fieldset>
  );
}

/** Adding or moving one session: `save` sends it and answers the userErrors; none means saved. */
export function SessionForm({
  idPrefix,
  initial,
  submitLabel,
  save,
}: {
  idPrefix: string;
  initial: SessionValues;
  submitLabel: string;
  save: (input: GroupSessionInput) => Promise<readonly UserErrorLike[]>;
}) {
  const { comuni, isPending, error, refetch } = useMemberComuni();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FormErrors<string>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  const fields = SESSION_FIELDS.map((f) => `${idPrefix}${f}`);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    let next = noErrors<string>();
    for (const [field, message] of Object.entries(sessionProblems(values)))
      next.fields[`${idPrefix}${field}`] = message;
    if (!hasErrors(next)) {
      setPending(true);
      try {
        const userErrors = await save(toSessionInput(values));
        if (userErrors.length === 0) {
          setErrors(noErrors());
          setValues(initial);
          return;
        }
        next = mapUserErrors(userErrors, fields, sessionAliases('', idPrefix));
      } catch (failed) {
        next = failure(failed);
      } finally {
        setPending(false);
      }
    }
    setErrors(next);
    setSubmits((n) => n + 1);
  }

  return (
    <form className="sl-form-box" noValidate onSubmit={submit} data-testid={`${idPrefix}form`}>
      {error ? <LoadError error={error} retry={() => refetch()} /> : null}
      <ErrorSummary
        errors={errors}
        labels={Object.fromEntries(SESSION_FIELDS.map((f) => [`${idPrefix}${f}`, sessionLabels[f]]))}
        ids={Object.fromEntries(fields.map((f) => [f, f]))}
        focusKey={submits}
      />
      <SessionFieldset
        idPrefix={idPrefix}
        legend="Incontro"
        values={values}
        onChange={setValues}
        errors={errors.fields}
        comuni={comuni}
        loading={isPending}
      />
      <div className="sl-actions mt-0 mb-3">
        <Button type="submit" color="primary" aria-disabled={pending || undefined}>
          {pending ? it.common.sending : submitLabel}
        </Button>
      </div>
    </form>
  );
}

// --- the activity ---------------------------------------------------------------------------------

type ActivityField = 'kind' | 'title' | 'description' | 'facilitator' | 'facilitatorName' | 'capacity';
const activityLabels: Record<ActivityField, string> = {
  kind: 'Tipo di attività',
  title: 'Titolo',
  description: 'Descrizione',
  facilitator: 'Chi conduce',
  facilitatorName: 'Nome di chi conduce',
  capacity: 'Posti',
};

export interface GroupActivityValues {
  kind: GroupActivityKind | '';
  title: string;
  description: string;
  /** "ME" (the operator filling the form), an operator's id, or "EXTERNAL". */
  facilitator: string;
  facilitatorName: string;
  capacity: string;
}

export const blankGroupActivity: GroupActivityValues = {
  kind: '',
  title: '',
  description: '',
  facilitator: 'ME',
  facilitatorName: '',
  capacity: '',
};

/**
 * The data of an activity, to create it (with its sessions, `withSessions`) or to edit it: `save`
 * sends it and answers the userErrors; none means saved.
 */
export function GroupActivityForm({
  idPrefix,
  initial,
  withSessions,
  submitLabel,
  save,
}: {
  idPrefix: string;
  initial: GroupActivityValues;
  withSessions: boolean;
  submitLabel: string;
  save: (input: GroupActivityInput, sessions: GroupSessionInput[]) => Promise<readonly UserErrorLike[]>;
}) {
  const me = useMe().data?.me;
  const { comuni, isPending, error, refetch } = useMemberComuni();
  const [values, setValues] = useState(initial);
  const [sessions, setSessions] = useState<SessionValues[]>(withSessions ? [blankSession] : []);
  const [errors, setErrors] = useState<FormErrors<string>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  const id = (field: string) => `${idPrefix}-${field}`;
  const sessionPrefix = (i: number) => `${idPrefix}-s${i}-`;
  const set = (field: keyof GroupActivityValues) => (value: string) =>
    setValues((v) => ({ ...v, [field]: value }));
  const operatorId =
    values.facilitator === 'ME' ? me?.id : values.facilitator === 'EXTERNAL' ? null : values.facilitator;
  const fieldIds = [
    ...(Object.keys(activityLabels) as ActivityField[]).map(id),
    ...sessions.flatMap((_, i) => SESSION_FIELDS.map((f) => `${sessionPrefix(i)}${f}`)),
  ];
  const fieldLabels = {
    ...Object.fromEntries(Object.entries(activityLabels).map(([f, label]) => [id(f), label])),
    ...Object.fromEntries(
      sessions.flatMap((_, i) =>
        SESSION_FIELDS.map((f) => [`${sessionPrefix(i)}${f}`, `Incontro ${i + 1}: ${sessionLabels[f]}`]),
      ),
    ),
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    let next = noErrors<string>();
    const required: [ActivityField, string][] = [
      ['kind', 'Scegli il tipo di attività.'],
      ['title', 'Scrivi il titolo.'],
      ['description', 'Scrivi la descrizione.'],
      ['capacity', 'Scrivi il numero di posti.'],
    ];
    for (const [field, message] of required)
      if (!String(values[field]).trim()) next.fields[id(field)] = message;
    if (values.capacity && !/^\d+$/.test(values.capacity.trim()))
      next.fields[id('capacity')] = 'Scrivi un numero intero.';
    if (values.facilitator === 'EXTERNAL' && !values.facilitatorName.trim())
      next.fields[id('facilitatorName')] = 'Scrivi il nome di chi conduce.';
    sessions.forEach((s, i) => {
      for (const [field, message] of Object.entries(sessionProblems(s)))
        next.fields[`${sessionPrefix(i)}${field}`] = message;
    });
    if (!hasErrors(next)) {
      setPending(true);
      try {
        const userErrors = await save(
          {
            kind: values.kind as GroupActivityKind,
            title: values.title,
            description: values.description,
            facilitatorOperatorId: operatorId ?? null,
            facilitatorName: operatorId ? null : values.facilitatorName,
            capacity: Number(values.capacity),
          },
          sessions.map(toSessionInput),
        );
        if (userErrors.length === 0) {
          setErrors(noErrors());
          return;
        }
        next = mapUserErrors(userErrors, fieldIds, {
          ...Object.fromEntries(Object.keys(activityLabels).map((f) => [f, id(f)])),
          facilitatorOperatorId: id('facilitator'),
          ...Object.assign(
            {},
            ...sessions.map((_, i) => sessionAliases(`sessions[${i}].`, sessionPrefix(i))),
          ),
        });
      } catch (failed) {
        next = failure(failed);
      } finally {
        setPending(false);
      }
    }
    setErrors(next);
    setSubmits((n) => n + 1);
  }

  return (
    <form className="sl-form-box" noValidate onSubmit={submit} data-testid={`${idPrefix}-form`}>
      {error ? <LoadError error={error} retry={() => refetch()} /> : null}
      <ErrorSummary
        errors={errors}
        labels={fieldLabels}
        ids={Object.fromEntries(fieldIds.map((f) => [f, f]))}
        focusKey={submits}
      />
      <SelectField
        id={id('kind')}
        label={activityLabels.kind}
        value={values.kind}
        onChange={set('kind')}
        options={options(groupActivityKindLabels)}
        placeholder="Scegli il tipo"
        error={errors.fields[id('kind')]}
      />
      <TextField
        id={id('title')}
        label={activityLabels.title}
        hint="Da 3 a 200 caratteri, per esempio «Job Club di primavera»."
        value={values.title}
        onChange={set('title')}
        maxLength={200}
        error={errors.fields[id('title')]}
      />
      <TextAreaField
        id={id('description')}
        label={activityLabels.description}
        hint="A chi è rivolta e cosa si fa: da 10 a 5000 caratteri."
        value={values.description}
        onChange={set('description')}
        maxLength={5000}
        error={errors.fields[id('description')]}
      />
      <SelectField
        id={id('facilitator')}
        label={activityLabels.facilitator}
        value={values.facilitator}
        onChange={set('facilitator')}
        options={[
          { value: 'ME', label: me ? `Io (${me.givenName} ${me.familyName})` : 'Io' },
          ...(initial.facilitator !== 'ME' && initial.facilitator !== 'EXTERNAL'
            ? [{ value: initial.facilitator, label: 'L’operatore indicato finora' }]
            : []),
          { value: 'EXTERNAL', label: 'Una persona esterna' },
        ]}
        placeholder="Scegli chi conduce"
        error={errors.fields[id('facilitator')]}
      />
      {values.facilitator === 'EXTERNAL' ? (
        <TextField
          id={id('facilitatorName')}
          label={activityLabels.facilitatorName}
          hint="Nome e ruolo, per esempio «Laura Conti, orientatrice»."
          value={values.facilitatorName}
          onChange={set('facilitatorName')}
          maxLength={200}
          error={errors.fields[id('facilitatorName')]}
        />
      ) : null}
      <TextField
        id={id('capacity')}
        type="number"
        inputMode="numeric"
        min={1}
        max={200}
        step={1}
        label={activityLabels.capacity}
        hint="Da 1 a 200, e non meno degli iscritti."
        value={values.capacity}
        onChange={set('capacity')}
        error={errors.fields[id('capacity')]}
      />
      {sessions.map((session, i) => (
        <SessionFieldset
          key={i}
          idPrefix={sessionPrefix(i)}
          legend={`Incontro ${i + 1}`}
          values={session}
          onChange={(changed) => setSessions((all) => all.map((s, j) => (j === i ? changed : s)))}
          errors={errors.fields}
          comuni={comuni}
          loading={isPending}
        />
      ))}
      {withSessions ? (
        <div className="sl-actions mt-0 mb-3">
          <Button
            type="button"
            color="secondary"
            outline
            onClick={() =>
              setSessions((all) => [
                ...all,
                {
                  ...blankSession,
                  mode: all.at(-1)?.mode ?? '',
                  comuneCode: all.at(-1)?.comuneCode ?? '',
                  address: all.at(-1)?.address ?? '',
                },
              ])
            }
          >
            Aggiungi un incontro
          </Button>
        </div>
      ) : null}
      <div className="sl-actions mt-0 mb-3">
        <Button type="submit" color="primary" aria-disabled={pending || undefined}>
          {pending ? it.common.sending : submitLabel}
        </Button>
      </div>
    </form>
  );
}
