import {
  CheckboxField,
  ErrorSummary,
  type FormErrors,
  formatDate,
  hasErrors,
  it,
  Loading,
  mapUserErrors,
  Notice,
  noErrors,
  PageTitle,
  SelectField,
  TextAreaField,
  TextField,
  type UserErrorLike,
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { client } from '../client';
import { type Announcement, DataTable, failure, LoadError, useAnnouncement } from '../components';
import { formatCents, formatShortDateTime, labels, options, statusClass } from '../format';
import { graphql } from '../gql';
import type { ContractType, InternshipOutcome, InternshipPage_InternshipQueryQuery } from '../gql/graphql';
import { type PickedSkill, SkillPicker } from '../skill-picker';

const InternshipQuery = graphql(`
  query InternshipPage_InternshipQuery($id: ID!) {
    internship(id: $id) {
      id
      status
      type
      objectives
      activities
      targetSkills {
        uri
        label
      }
      acquiredSkills {
        skill {
          uri
          label
        }
        level
      }
      startsOn
      endsOn
      hoursPerWeek
      monthlyIndemnityCents
      agreementSignedAt
      statusReason
      company {
        id
        legalName
      }
      companySite {
        id
        address
        comune {
          name
        }
      }
      trainee {
        id
        givenName
        familyName
      }
      sportello {
        id
        name
      }
      promotingTutor {
        id
        givenName
        familyName
      }
      companyTutor {
        name
        role
        email
        phone
      }
      history {
        toStatus
        actorRole
        reason
        at
      }
      monitoringEntries {
        id
        periodStartsOn
        periodEndsOn
        hoursAttended
        note
        authorSide
        authorName
      }
      evaluation {
        outcome
        judgement
        evaluatedAt
      }
      placement {
        id
        contractType
        startsOn
        durationMonths
      }
    }
  }
`);

const SignMutation = graphql(`
  mutation InternshipPage_SignMutation($id: ID!) {
    signInternshipAgreement(id: $id) {
      internship {
        id
        status
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const StartMutation = graphql(`
  mutation InternshipPage_StartMutation($id: ID!) {
    startInternship(id: $id) {
      internship {
        id
        status
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const ResumeMutation = graphql(`
  mutation InternshipPage_ResumeMutation($id: ID!) {
    resumeInternship(id: $id) {
      internship {
        id
        status
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const SuspendMutation = graphql(`
  mutation InternshipPage_SuspendMutation($id: ID!, $reason: String!) {
    suspendInternship(id: $id, reason: $reason) {
      internship {
        id
        status
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
  mutation InternshipPage_InterruptMutation($id: ID!, $reason: String!) {
    interruptInternship(id: $id, reason: $reason) {
      internship {
        id
        status
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const MonitoringMutation = graphql(`
  mutation InternshipPage_MonitoringMutation($id: ID!, $input: MonitoringEntryInput!) {
    addInternshipMonitoringEntry(id: $id, input: $input) {
      internship {
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

const CompleteMutation = graphql(`
  mutation InternshipPage_CompleteMutation($id: ID!, $input: CompleteInternshipInput!) {
    completeInternship(id: $id, input: $input) {
      internship {
        id
        status
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

type Internship = NonNullable<InternshipPage_InternshipQueryQuery['internship']>;

/** Runs a mutation and answers its userErrors; unexpected failures become a form error. */
async function attempt(run: () => Promise<readonly UserErrorLike[]>): Promise<readonly UserErrorLike[]> {
  try {
    return await run();
  } catch (error) {
    return [{ code: 'FAILURE', message: failure(error).form[0] ?? it.errors.server }];
  }
}

const traineeName = (i: Internship) => `${i.trainee.givenName} ${i.trainee.familyName}`;

export function InternshipPage() {
  const { id = '' } = useParams();
  const back = (useLocation().state as { back?: string } | null)?.back ?? '/tirocini';
  const queryClient = useQueryClient();
  const [announcement, announce] = useAnnouncement();
  const { data, error, isPending, refetch } = useQuery({
    queryKey: ['internship', id],
    queryFn: () => client.request(InternshipQuery, { id }),
  });
  const internship = data?.internship;
  const backLink = (
    <Link className="sl-back-link" to={back}>
      Torna all’elenco dei tirocini
    </Link>
  );

  async function changed(next: Announcement | null) {
    announce(next);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['internship', id] }),
      queryClient.invalidateQueries({ queryKey: ['internships'] }),
    ]);
  }

  if (isPending) {
    return (
      <>
        <PageTitle>Tirocinio</PageTitle>
        <Loading />
      </>
    );
  }
  if (error || !internship) {
    return (
      <>
        <PageTitle>Tirocinio</PageTitle>
        {error ? (
          <LoadError error={error} retry={refetch} />
        ) : (
          <Notice kind="warning" testId="internship-not-found">
            <p className="mb-0">Nessun tirocinio trovato: forse il link non è completo.</p>
          </Notice>
        )}
        {backLink}
      </>
    );
  }
  return (
    <>
      {backLink}
      <PageTitle>Tirocinio di {traineeName(internship)}</PageTitle>
      <p className="sl-status-line" data-testid="internship-status">
        <span className={`sl-status ${statusClass.internship[internship.status]}`}>
          <span className="visually-hidden">Stato: </span>
          {labels.internshipStatus[internship.status]}
        </span>
        <span className="sl-tag">Tirocinio {labels.internshipType[internship.type].toLowerCase()}</span>
      </p>
      {announcement}
      <Details internship={internship} />
      <Project internship={internship} />
      <History internship={internship} />
      <Monitoring internship={internship} onAdded={() => changed(null)} />
      <Actions internship={internship} onDone={changed} />
      <Evaluation internship={internship} onDone={changed} />
    </>
  );
}

function Details({ internship: i }: { internship: Internship }) {
  const tutor = i.companyTutor;
  return (
    <section className="sl-section mt-0" aria-labelledby="internship-data">
      <h2 id="internship-data">Dati del tirocinio</h2>
      <dl className="sl-details sl-details--compact" data-testid="internship-details">
        <dt>Tirocinante</dt>
        <dd>
          <Link to={`/cittadini/${i.trainee.id}`}>{traineeName(i)}</Link>
        </dd>
        <dt>Azienda ospitante</dt>
        <dd>{i.company.legalName}</dd>
        <dt>Sede</dt>
        <dd>{i.companySite ? `${i.companySite.address}, ${i.companySite.comune.name}` : 'Non indicata'}</dd>
        <dt>Sportello promotore</dt>
        <dd>{i.sportello.name}</dd>
        <dt>Tutor del soggetto promotore</dt>
        <dd>
          {i.promotingTutor.givenName} {i.promotingTutor.familyName}
        </dd>
        <dt>Tutor aziendale</dt>
        <dd>
          {tutor.name}
          {tutor.role ? `, ${tutor.role}` : ''}
          {tutor.email || tutor.phone ? <br /> : null}
          {[tutor.email, tutor.phone].filter(Boolean).join(' · ')}
        </dd>
        <dt>Periodo</dt>
        <dd>
          dal {formatDate(i.startsOn)} al {formatDate(i.endsOn)}
        </dd>
        <dt>Impegno</dt>
        <dd>{i.hoursPerWeek} ore a settimana</dd>
        <dt>Indennità mensile</dt>
        <dd>{i.monthlyIndemnityCents > 0 ? `${formatCents(i.monthlyIndemnityCents)} lordi` : 'Nessuna'}</dd>
        <dt>Convenzione firmata</dt>
        <dd>{i.agreementSignedAt ? `il ${formatDate(i.agreementSignedAt)}` : 'Non ancora'}</dd>
        {i.statusReason ? (
          <>
            <dt>{i.status === 'SUSPENDED' ? 'Motivo della sospensione' : 'Motivo dell’interruzione'}</dt>
            <dd>{i.statusReason}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}

function Project({ internship: i }: { internship: Internship }) {
  return (
    <section className="sl-section" aria-labelledby="project">
      <h2 id="project">Progetto formativo</h2>
      <h3>Obiettivi</h3>
      <p className="sl-vacancy-description" data-testid="internship-objectives">
        {i.objectives}
      </p>
      <h3>Attività</h3>
      <p className="sl-vacancy-description">{i.activities}</p>
      <h3>Competenze da acquisire</h3>
      {i.targetSkills.length ? (
        <ul data-testid="internship-target-skills">
          {i.targetSkills.map((skill) => (
            <li key={skill.uri}>{skill.label}</li>
          ))}
        </ul>
      ) : (
        <p>Nessuna competenza ESCO indicata.</p>
      )}
    </section>
  );
}

function History({ internship: i }: { internship: Internship }) {
  return (
    <section className="sl-section" aria-labelledby="history">
      <h2 id="history">Storia</h2>
      <ol className="sl-history" data-testid="internship-history">
        {i.history.map((event) => (
          <li key={`${event.at}-${event.toStatus}`}>
            <span className="sl-history-when">{formatShortDateTime(event.at)}</span>:{' '}
            <strong>{labels.internshipStatus[event.toStatus]}</strong> ({event.actorRole})
            {event.reason ? ` – ${event.reason}` : ''}
          </li>
        ))}
      </ol>
    </section>
  );
}

type MonitoringField = 'periodStartsOn' | 'periodEndsOn' | 'hoursAttended' | 'note';
const monitoringLabels: Record<MonitoringField, string> = {
  periodStartsOn: 'Inizio del periodo',
  periodEndsOn: 'Fine del periodo',
  hoursAttended: 'Ore di presenza',
  note: 'Andamento',
};
const monitoringIds: Record<MonitoringField, string> = {
  periodStartsOn: 'monitoring-from',
  periodEndsOn: 'monitoring-to',
  hoursAttended: 'monitoring-hours',
  note: 'monitoring-note',
};

function Monitoring({ internship: i, onAdded }: { internship: Internship; onAdded: () => Promise<void> }) {
  const [announcement, announce] = useAnnouncement();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [hours, setHours] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FormErrors<MonitoringField>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  const open = i.status === 'ACTIVE' || i.status === 'SUSPENDED';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    announce(null);
    let next = noErrors<MonitoringField>();
    if (!from) next.fields.periodStartsOn = 'Scrivi il primo giorno del periodo.';
    if (!to) next.fields.periodEndsOn = 'Scrivi l’ultimo giorno del periodo.';
    if (!/^\d+$/.test(hours.trim()))
      next.fields.hoursAttended = 'Scrivi le ore di presenza, in numero intero.';
    if (!note.trim()) next.fields.note = 'Descrivi l’andamento del periodo.';
    if (!hasErrors(next)) {
      setPending(true);
      const userErrors = await attempt(async () => {
        const result = await client.request(MonitoringMutation, {
          id: i.id,
          input: { periodStartsOn: from, periodEndsOn: to, hoursAttended: Number(hours), note },
        });
        return result.addInternshipMonitoringEntry.userErrors;
      });
      setPending(false);
      if (userErrors.length === 0) {
        announce({ kind: 'success', text: 'Monitoraggio registrato.' });
        setFrom('');
        setTo('');
        setHours('');
        setNote('');
        setErrors(noErrors());
        await onAdded();
        return;
      }
      next = mapUserErrors(userErrors, Object.keys(monitoringLabels) as MonitoringField[]);
    }
    setErrors(next);
    setSubmits((n) => n + 1);
  }

  return (
    <section className="sl-section" aria-labelledby="monitoring">
      <h2 id="monitoring">Monitoraggio</h2>
      {i.monitoringEntries.length === 0 ? (
        <p data-testid="monitoring-empty">Nessun monitoraggio registrato.</p>
      ) : (
        <DataTable
          caption="Monitoraggio del tirocinio, dal periodo più vecchio"
          testId="monitoring-table"
          rows={i.monitoringEntries}
          rowKey={(entry) => entry.id}
          columns={[
            {
              header: 'Periodo',
              cell: (e) => (
                <span className="sl-nowrap">
                  {formatDate(e.periodStartsOn)} – {formatDate(e.periodEndsOn)}
                </span>
              ),
            },
            { header: 'Ore di presenza', cell: (e) => e.hoursAttended },
            { header: 'Andamento', cell: (e) => e.note },
            {
              header: 'Registrato da',
              cell: (e) => `${e.authorName} (${e.authorSide === 'COMPANY' ? 'azienda' : 'sportello'})`,
            },
          ]}
        />
      )}
      {open ? (
        <>
          {announcement}
          <form className="sl-form-box" noValidate onSubmit={submit} data-testid="monitoring-form">
            <h3>Registra un periodo</h3>
            <ErrorSummary errors={errors} labels={monitoringLabels} ids={monitoringIds} focusKey={submits} />
            <TextField
              id={monitoringIds.periodStartsOn}
              type="date"
              label={monitoringLabels.periodStartsOn}
              value={from}
              min={i.startsOn}
              max={i.endsOn}
              onChange={setFrom}
              error={errors.fields.periodStartsOn}
            />
            <TextField
              id={monitoringIds.periodEndsOn}
              type="date"
              label={monitoringLabels.periodEndsOn}
              hint="Un periodo già trascorso, entro le date del tirocinio."
              value={to}
              min={i.startsOn}
              max={i.endsOn}
              onChange={setTo}
              error={errors.fields.periodEndsOn}
            />
            <TextField
              id={monitoringIds.hoursAttended}
              type="number"
              inputMode="numeric"
              min={0}
              step={1}
              label={monitoringLabels.hoursAttended}
              hint={`Al massimo ${i.hoursPerWeek} ore per ogni settimana del periodo.`}
              value={hours}
              onChange={setHours}
              error={errors.fields.hoursAttended}
            />
            <TextAreaField
              id={monitoringIds.note}
              label={monitoringLabels.note}
              hint="Come è andato il periodo: presenze, apprendimenti, difficoltà."
              value={note}
              onChange={setNote}
              maxLength={4000}
              error={errors.fields.note}
            />
            <div className="sl-actions mt-0 mb-3">
              <Button type="submit" color="primary" aria-disabled={pending || undefined}>
                {pending ? it.common.sending : 'Registra il monitoraggio'}
              </Button>
            </div>
          </form>
        </>
      ) : null}
    </section>
  );
}

function Actions({
  internship: i,
  onDone,
}: {
  internship: Internship;
  onDone: (next: Announcement) => Promise<void>;
}) {
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors<'reason'>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);

  async function run(action: () => Promise<readonly UserErrorLike[]>, success: string) {
    if (pending) return;
    setPending(true);
    const userErrors = await attempt(action);
    setPending(false);
    if (userErrors.length === 0) {
      setReason('');
      setErrors(noErrors());
      await onDone({ kind: 'success', text: success });
      return;
    }
    setErrors(mapUserErrors(userErrors, ['reason'] as const));
    setSubmits((n) => n + 1);
  }

  function stop(event: FormEvent, kind: 'suspend' | 'interrupt') {
    event.preventDefault();
    if (!reason.trim()) {
      setErrors({ fields: { reason: 'Scrivi il motivo.' }, form: [] });
      setSubmits((n) => n + 1);
      return;
    }
    void run(
      async () =>
        kind === 'suspend'
          ? (await client.request(SuspendMutation, { id: i.id, reason })).suspendInternship.userErrors
          : (await client.request(InterruptMutation, { id: i.id, reason })).interruptInternship.userErrors,
      kind === 'suspend' ? 'Il tirocinio è sospeso.' : 'Il tirocinio è interrotto.',
    );
  }

  const button = (label: string, action: () => Promise<readonly UserErrorLike[]>, success: string) => (
    <Button
      type="button"
      color="primary"
      aria-disabled={pending || undefined}
      onClick={() => void run(action, success)}
    >
      {pending ? it.common.sending : label}
    </Button>
  );

  if (i.status === 'INTERRUPTED' || i.status === 'COMPLETED') return null;
  return (
    <section className="sl-section" aria-labelledby="actions">
      <h2 id="actions">Avanzamento</h2>
      {i.status === 'PROPOSED' ? (
        <>
          <p>
            Quando l’azienda, lo sportello e il tirocinante hanno firmato la convenzione e il progetto
            formativo:
          </p>
          <div className="sl-actions mt-0">
            {button(
              'Registra la firma della convenzione',
              async () =>
                (await client.request(SignMutation, { id: i.id })).signInternshipAgreement.userErrors,
              'La firma della convenzione è registrata.',
            )}
          </div>
        </>
      ) : null}
      {i.status === 'AGREEMENT_SIGNED' ? (
        <div className="sl-actions mt-0">
          {button(
            'Avvia il tirocinio',
            async () => (await client.request(StartMutation, { id: i.id })).startInternship.userErrors,
            'Il tirocinio è iniziato.',
          )}
        </div>
      ) : null}
      {i.status === 'SUSPENDED' ? (
        <div className="sl-actions mt-0">
          {button(
            'Riprendi il tirocinio',
            async () => (await client.request(ResumeMutation, { id: i.id })).resumeInternship.userErrors,
            'Il tirocinio è ripreso.',
          )}
        </div>
      ) : null}
      {i.status === 'ACTIVE' || i.status === 'SUSPENDED' ? (
        <form
          className="sl-form-box"
          noValidate
          onSubmit={(e) => stop(e, 'interrupt')}
          data-testid="stop-form"
        >
          <h3>{i.status === 'ACTIVE' ? 'Sospendi o interrompi' : 'Interrompi'}</h3>
          <ErrorSummary errors={errors} labels={{ reason: 'Motivo' }} focusKey={submits} />
          <TextAreaField
            id="reason"
            label="Motivo"
            hint="Per esempio malattia, maternità, chiusura aziendale; lo vedono il tirocinante e l’azienda."
            value={reason}
            onChange={setReason}
            maxLength={1000}
            error={errors.fields.reason}
          />
          <div className="sl-actions mt-0 mb-3">
            {i.status === 'ACTIVE' ? (
              <Button
                type="button"
                color="primary"
                aria-disabled={pending || undefined}
                onClick={(e) => stop(e, 'suspend')}
              >
                Sospendi
              </Button>
            ) : null}
            <Button type="submit" color="danger" aria-disabled={pending || undefined}>
              Interrompi il tirocinio
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}

type EvaluationField =
  | 'outcome'
  | 'judgement'
  | 'acquiredSkills'
  | 'contractType'
  | 'startsOn'
  | 'durationMonths';
const evaluationLabels: Record<EvaluationField, string> = {
  outcome: 'Esito',
  judgement: 'Giudizio complessivo',
  acquiredSkills: 'Competenze acquisite',
  contractType: 'Tipo di contratto',
  startsOn: 'Data di assunzione',
  durationMonths: 'Durata in mesi',
};
const evaluationIds: Record<EvaluationField, string> = {
  outcome: 'evaluation-outcome',
  judgement: 'evaluation-judgement',
  acquiredSkills: 'evaluation-skills-search',
  contractType: 'hire-contract',
  startsOn: 'hire-starts-on',
  durationMonths: 'hire-duration',
};

function Evaluation({
  internship: i,
  onDone,
}: {
  internship: Internship;
  onDone: (next: Announcement) => Promise<void>;
}) {
  const [outcome, setOutcome] = useState<InternshipOutcome | ''>('');
  const [judgement, setJudgement] = useState('');
  const [skills, setSkills] = useState<PickedSkill[]>(() =>
    i.targetSkills.map((skill) => ({ uri: skill.uri, label: skill.label, level: 'BASIC' as const })),
  );
  const [hired, setHired] = useState(false);
  const [contractType, setContractType] = useState<ContractType | ''>('');
  const [startsOn, setStartsOn] = useState('');
  const [months, setMonths] = useState('');
  const [errors, setErrors] = useState<FormErrors<EvaluationField>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);

  if (i.evaluation) {
    return (
      <section className="sl-section" aria-labelledby="evaluation">
        <h2 id="evaluation">Valutazione finale</h2>
        <dl className="sl-details sl-details--compact" data-testid="internship-evaluation">
          <dt>Esito</dt>
          <dd>{labels.internshipOutcome[i.evaluation.outcome]}</dd>
          <dt>Giudizio complessivo</dt>
          <dd>{i.evaluation.judgement}</dd>
          <dt>Valutato il</dt>
          <dd>{formatDate(i.evaluation.evaluatedAt)}</dd>
          <dt>Competenze acquisite</dt>
          <dd>
            {i.acquiredSkills.length
              ? i.acquiredSkills
                  .map((a) => `${a.skill.label} (${labels.skillLevel[a.level].toLowerCase()})`)
                  .join('; ')
              : 'Nessuna'}
          </dd>
          <dt>Assunzione</dt>
          <dd>
            {i.placement
              ? `${labels.contractType[i.placement.contractType]} dal ${formatDate(i.placement.startsOn)}${
                  i.placement.durationMonths ? `, ${i.placement.durationMonths} mesi` : ''
                }`
              : 'Nessuna'}
          </dd>
        </dl>
      </section>
    );
  }
  if (i.status !== 'ACTIVE') return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    let next = noErrors<EvaluationField>();
    if (!outcome) next.fields.outcome = 'Scegli l’esito del tirocinio.';
    if (!judgement.trim()) next.fields.judgement = 'Scrivi il giudizio complessivo.';
    if (hired && !contractType) next.fields.contractType = 'Scegli il tipo di contratto.';
    if (hired && !startsOn) next.fields.startsOn = 'Scrivi la data di assunzione.';
    if (!hasErrors(next) && outcome) {
      setPending(true);
      const userErrors = await attempt(async () => {
        const result = await client.request(CompleteMutation, {
          id: i.id,
          input: {
            outcome,
            judgement,
            acquiredSkills: skills.map((skill) => ({ skillUri: skill.uri, level: skill.level ?? 'BASIC' })),
            hire:
              hired && contractType
                ? { contractType, startsOn, durationMonths: months.trim() ? Number(months) : null }
                : null,
          },
        });
        return result.completeInternship.userErrors;
      });
      setPending(false);
      if (userErrors.length === 0) {
        await onDone({
          kind: 'success',
          text: hired
            ? 'Il tirocinio è concluso; l’assunzione è registrata tra gli inserimenti.'
            : 'Il tirocinio è concluso.',
        });
        return;
      }
      next = mapUserErrors(userErrors, Object.keys(evaluationLabels) as EvaluationField[], {
        skillUri: 'acquiredSkills',
      });
    }
    setErrors(next);
    setSubmits((n) => n + 1);
  }

  return (
    <section className="sl-section" aria-labelledby="evaluation">
      <h2 id="evaluation">Valutazione finale</h2>
      <p>
        La valutazione finale conclude il tirocinio. Se l’azienda assume il tirocinante, registra
        l’assunzione.
      </p>
      <form className="sl-form-box" noValidate onSubmit={submit} data-testid="evaluation-form">
        <ErrorSummary errors={errors} labels={evaluationLabels} ids={evaluationIds} focusKey={submits} />
        <SelectField
          id={evaluationIds.outcome}
          label={evaluationLabels.outcome}
          value={outcome}
          onChange={(value) => setOutcome(value as InternshipOutcome)}
          options={options(labels.internshipOutcome)}
          placeholder="Scegli l’esito"
          error={errors.fields.outcome}
        />
        <TextAreaField
          id={evaluationIds.judgement}
          label={evaluationLabels.judgement}
          value={judgement}
          onChange={setJudgement}
          maxLength={5000}
          error={errors.fields.judgement}
        />
        <SkillPicker
          id="evaluation-skills"
          legend="Competenze acquisite (ESCO)"
          withLevel
          picked={skills}
          onChange={setSkills}
          error={errors.fields.acquiredSkills}
        />
        <CheckboxField
          id="hired"
          label="L’azienda assume il tirocinante"
          checked={hired}
          onChange={setHired}
        />
        {hired ? (
          <>
            <SelectField
              id={evaluationIds.contractType}
              label={evaluationLabels.contractType}
              value={contractType}
              onChange={(value) => setContractType(value as ContractType)}
              options={options(labels.contractType)}
              placeholder="Scegli il contratto"
              error={errors.fields.contractType}
            />
            <TextField
              id={evaluationIds.startsOn}
              type="date"
              label={evaluationLabels.startsOn}
              value={startsOn}
              onChange={setStartsOn}
              error={errors.fields.startsOn}
            />
            <TextField
              id={evaluationIds.durationMonths}
              type="number"
              inputMode="numeric"
              min={1}
              max={120}
              step={1}
              label={evaluationLabels.durationMonths}
              hint="Da 1 a 120 mesi. Lascia vuoto per un contratto a tempo indeterminato."
              value={months}
              onChange={setMonths}
              optional
              error={errors.fields.durationMonths}
            />
          </>
        ) : null}
        <div className="sl-actions mt-0 mb-3">
          <Button type="submit" color="primary" aria-disabled={pending || undefined}>
            {pending ? it.common.sending : 'Concludi il tirocinio'}
          </Button>
        </div>
      </form>
    </section>
  );
}
