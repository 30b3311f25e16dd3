import {
  ConfirmAction,
  DownloadButton,
  ErrorSummary,
  type FormErrors,
  failure,
  formatCents,
  formatDate,
  it,
  LoadError,
  mapUserErrors,
  monthOf,
  Notice,
  noErrors,
  PageTitle,
  participationStatusLabels,
  programOutcomeLabels,
  SelectField,
  statementPdfPath,
  TextField,
  todayInRome,
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMe } from '../AppLayout';
import { client } from '../client';
import { labels, options } from '../format';
import { graphql } from '../gql';
import type { ContractType, ProgramOutcome } from '../gql/graphql';

const ApplicationQuery = graphql(`
  query ProgramParticipationPage_Query($id: ID!, $month: String!) {
    programApplication(id: $id) {
      id
      citizen {
        id
        givenName
        familyName
      }
      call {
        id
        title
        hourlyRateCents
        program {
          id
          title
        }
      }
      participation {
        id
        status
        projectDescription
        place
        tutor
        weeklyHours
        admittedAt
        interruptionReason
        outcome
        monthlyStatement(month: $month) {
          month
          hours
          amountCents
          days {
            day
            hours
          }
        }
      }
    }
  }
`);

const AttendanceMutation = graphql(`
  mutation ProgramParticipationPage_AttendanceMutation($participationId: ID!, $day: Date!, $hours: Int!) {
    recordProgramAttendance(participationId: $participationId, day: $day, hours: $hours) {
      participation {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const InterruptMutation = graphql(`
  mutation ProgramParticipationPage_InterruptMutation($id: ID!, $reason: String!) {
    interruptProgramParticipation(id: $id, reason: $reason) {
      participation {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const EndMutation = graphql(`
  mutation ProgramParticipationPage_EndMutation($id: ID!, $outcome: ProgramOutcome!, $hire: ProgramHireInput) {
    endProgramParticipation(id: $id, outcome: $outcome, hire: $hire) {
      participation {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** The participation of an admitted person: the attendance register and the monthly indemnity. */
export function ProgramParticipationPage() {
  const { id = '' } = useParams();
  const isOperator = useMe().data?.me?.kind === 'OPERATOR';
  const [month, setMonth] = useState(() => monthOf(todayInRome()));
  const query = useQuery({
    queryKey: ['programApplication', id, month],
    queryFn: () => client.request(ApplicationQuery, { id, month }),
  });
  if (query.error) return <LoadError error={query.error} retry={() => query.refetch()} />;
  const application = query.data?.programApplication;
  if (!application) return <p>{it.common.loading}</p>;
  const p = application.participation;
  const person = `${application.citizen.givenName} ${application.citizen.familyName}`;
  if (!p) return <p>{person} non è stata ammessa a questo bando.</p>;
  const statement = p.monthlyStatement;

  return (
    <>
      <PageTitle>
        {person}: {application.call.program.title}
      </PageTitle>
      <p className="sl-lead">
        <Link to={`/bandi/${application.call.id}`}>{application.call.title}</Link>.{' '}
        {participationStatusLabels[p.status]}
        {p.outcome ? `, esito: ${programOutcomeLabels[p.outcome]}` : ''}
        {p.interruptionReason ? `, motivo: ${p.interruptionReason}` : ''}.
      </p>
      <p>
        {p.projectDescription}, presso {p.place}. Tutor: {p.tutor}. {p.weeklyHours} ore alla settimana.
        Ammessa il {formatDate(p.admittedAt)}.
      </p>
      {isOperator && p.status === 'ACTIVE' ? <AttendanceForm participationId={p.id} /> : null}
      <section className="sl-section" aria-labelledby="statement-title">
        <h2 id="statement-title">Presenze e indennità del mese</h2>
        <TextField
          id="statement-month"
          type="month"
          label="Mese"
          value={month}
          onChange={(value) => value && setMonth(value)}
        />
        {statement.days.length === 0 ? <p>Nessuna presenza registrata nel mese.</p> : null}
        <ul data-testid="attendance-days">
          {statement.days.map((d) => (
            <li key={d.day}>
              {formatDate(d.day)}: {d.hours} ore
            </li>
          ))}
        </ul>
        <p data-testid="monthly-indemnity">
          Totale: {statement.hours} ore × {formatCents(application.call.hourlyRateCents)} ={' '}
          <strong>{formatCents(statement.amountCents)}</strong>
        </p>
        <DownloadButton
          client={client}
          path={statementPdfPath(p.id, month)}
          label="Scarica il prospetto del mese (PDF)"
          fallbackName={`indennita-${month}.pdf`}
        />
      </section>
      {isOperator && p.status === 'ACTIVE' ? <CloseParticipation participationId={p.id} /> : null}
    </>
  );
}

type Field = 'day' | 'hours';
const fieldLabels: Record<Field, string> = { day: 'Giorno', hours: 'Ore di presenza' };

function AttendanceForm({ participationId }: { participationId: string }) {
  const queryClient = useQueryClient();
  const [day, setDay] = useState(todayInRome);
  const [hours, setHours] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const [errors, setErrors] = useState<FormErrors<Field>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const ids = { day: 'attendance-day', hours: 'attendance-hours' };

  async function submit(event: FormEvent) {
    event.preventDefault();
    let next = noErrors<Field>();
    setSaved(null);
    if (!day) next.fields.day = 'Scrivi il giorno.';
    if (!/^\d{1,2}$/.test(hours.trim())) next.fields.hours = 'Scrivi le ore, da 0 a 12.';
    if (Object.keys(next.fields).length === 0) {
      try {
        const { recordProgramAttendance } = await client.request(AttendanceMutation, {
          participationId,
          day,
          hours: Number(hours),
        });
        next = mapUserErrors(recordProgramAttendance.userErrors, ['day', 'hours']);
        if (recordProgramAttendance.userErrors.length === 0) {
          setSaved(`Registrate ${hours} ore il ${formatDate(day)}.`);
          setHours('');
          await queryClient.invalidateQueries({ queryKey: ['programApplication'] });
        }
      } catch (error) {
        next = failure(error);
      }
    }
    setErrors(next);
    setSubmits((n) => n + 1);
  }

  return (
    <section className="sl-section" aria-labelledby="attendance-title">
      <h2 id="attendance-title">Registro presenze</h2>
      {saved ? (
        <Notice kind="success" live="polite">
          {saved}
        </Notice>
      ) : null}
      <form className="sl-form-box" noValidate onSubmit={submit}>
        <ErrorSummary errors={errors} labels={fieldLabels} ids={ids} focusKey={submits} />
        <TextField
          id={ids.day}
          type="date"
          label={fieldLabels.day}
          value={day}
          onChange={setDay}
          error={errors.fields.day}
        />
        <TextField
          id={ids.hours}
          label={fieldLabels.hours}
          inputMode="numeric"
          hint="Da 0 a 12. Se il giorno è già registrato, le ore si sostituiscono."
          value={hours}
          onChange={setHours}
          error={errors.fields.hours}
        />
        <div className="sl-actions mt-0 mb-3">
          <Button type="submit" color="primary">
            Registra la presenza
          </Button>
        </div>
      </form>
    </section>
  );
}

function CloseParticipation({ participationId }: { participationId: string }) {
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<ProgramOutcome | ''>('');
  const [employerName, setEmployerName] = useState('');
  const [contractType, setContractType] = useState<ContractType | ''>('');
  const [startsOn, setStartsOn] = useState('');
  const [months, setMonths] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['programApplication'] });

  async function end() {
    const found: Record<string, string> = {};
    if (!outcome) found.outcome = 'Scegli l’esito.';
    const durationMonths = months.trim() ? Number(months) : null;
    if (outcome === 'HIRED') {
      if (!employerName.trim()) found['hire.employerName'] = 'Scrivi il nome del datore di lavoro.';
      if (!contractType) found['hire.contractType'] = 'Scegli il tipo di contratto.';
      if (!startsOn) found['hire.startsOn'] = 'Scrivi il primo giorno di lavoro.';
      if (durationMonths !== null && (!Number.isInteger(durationMonths) || durationMonths < 1))
        found['hire.durationMonths'] = 'Scrivi un numero intero di mesi, o lascia vuoto.';
    }
    setFieldErrors(found);
    setError(null);
    if (!outcome || Object.keys(found).length) return;
    const hire =
      outcome === 'HIRED' && contractType
        ? { employerName: employerName.trim(), contractType, startsOn, durationMonths }
        : null;
    const { endProgramParticipation } = await client.request(EndMutation, {
      id: participationId,
      outcome,
      hire,
    });
    const errors = endProgramParticipation.userErrors;
    setFieldErrors(Object.fromEntries(errors.filter((e) => e.field).map((e) => [e.field!, e.message])));
    setError(errors.find((e) => !e.field?.startsWith('hire.'))?.message ?? null);
    await refresh();
  }
  return (
    <section className="sl-section" aria-labelledby="close-title">
      <h2 id="close-title">Chiudi la partecipazione</h2>
      {error ? (
        <Notice kind="danger" live="assertive">
          {error}
        </Notice>
      ) : null}
      <TextField id="interrupt-reason" label="Motivo dell’interruzione" value={reason} onChange={setReason} />
      <ConfirmAction
        label="Interrompi"
        question="La partecipazione si interrompe e il posto si libera. Confermi?"
        confirmLabel="Sì, interrompi"
        buttonClassName="btn btn-outline-danger"
        onConfirm={async () => {
          const { interruptProgramParticipation } = await client.request(InterruptMutation, {
            id: participationId,
            reason,
          });
          setError(interruptProgramParticipation.userErrors[0]?.message ?? null);
          await refresh();
        }}
      />
      <SelectField
        id="end-outcome"
        label="Esito alla fine del progetto"
        hint="L’esito entra nel registro degli esiti della rete."
        value={outcome}
        onChange={(value) => setOutcome(value as ProgramOutcome)}
        options={(Object.keys(programOutcomeLabels) as ProgramOutcome[]).map((value) => ({
          value,
          label: programOutcomeLabels[value],
        }))}
        placeholder="Scegli l’esito"
        error={fieldErrors.outcome}
      />
      {outcome === 'HIRED' ? (
        <fieldset data-testid="end-hire">
          <legend className="h6">L’assunzione</legend>
          <TextField
            id="end-hire-employer"
            label="Datore di lavoro"
            hint="L’azienda o la persona che ha assunto."
            value={employerName}
            onChange={setEmployerName}
            maxLength={200}
            autoComplete="off"
            error={fieldErrors['hire.employerName']}
          />
          <SelectField
            id="end-hire-contract"
            label="Tipo di contratto"
            value={contractType}
            onChange={(value) => setContractType(value as ContractType | '')}
            options={options(labels.contractType)}
            placeholder="Scegli il contratto"
            error={fieldErrors['hire.contractType']}
          />
          <TextField
            id="end-hire-starts-on"
            type="date"
            label="Primo giorno di lavoro"
            hint="Oggi o una data passata."
            value={startsOn}
            max={todayInRome()}
            onChange={setStartsOn}
            error={fieldErrors['hire.startsOn']}
          />
          <TextField
            id="end-hire-months"
            type="number"
            inputMode="numeric"
            min={1}
            max={120}
            step={1}
            label="Durata in mesi"
            hint="Da 1 a 120 mesi. Lascia vuoto per un contratto a tempo indeterminato."
            value={months}
            onChange={setMonths}
            optional
            error={fieldErrors['hire.durationMonths']}
          />
        </fieldset>
      ) : null}
      <Button color="primary" onClick={end}>
        Concludi il progetto
      </Button>
    </section>
  );
}
