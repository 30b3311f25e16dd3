import { Button } from 'design-react-kit';
import { type FormEvent, type ReactNode, useState } from 'react';
import { attempt, useAnnouncement } from './announcement';
import { DataTable } from './data-table';
import { ErrorSummary, TextAreaField, TextField } from './fields';
import { formatCents, formatDate, formatShortDateTime, it } from './strings';
import { type FormErrors, hasErrors, mapUserErrors, noErrors, type UserErrorLike } from './user-errors';

/** Italian names of the tirocinio's statuses (`InternshipStatus`). */
export const internshipStatusLabels = {
  PROPOSED: 'Proposto',
  AGREEMENT_SIGNED: 'Convenzione firmata',
  ACTIVE: 'In corso',
  SUSPENDED: 'Sospeso',
  INTERRUPTED: 'Interrotto',
  COMPLETED: 'Concluso',
} as const;
export type InternshipStatusName = keyof typeof internshipStatusLabels;

/** The badge colour of each status: waiting, in progress, ended badly, or just ended. */
export const internshipStatusClass: Record<InternshipStatusName, string> = {
  PROPOSED: 'sl-status--pending',
  AGREEMENT_SIGNED: 'sl-status--info',
  ACTIVE: 'sl-status--verified',
  SUSPENDED: 'sl-status--pending',
  INTERRUPTED: 'sl-status--rejected',
  COMPLETED: 'sl-status--neutral',
};

/** `InternshipType`. */
export const internshipTypeLabels = {
  EXTRACURRICULAR: 'Extracurricolare',
  INCLUSION: 'Di inclusione (L. 68/1999)',
} as const;
export type InternshipTypeName = keyof typeof internshipTypeLabels;

/** `InternshipOutcome`. */
export const internshipOutcomeLabels = {
  OBJECTIVES_ACHIEVED: 'Obiettivi raggiunti',
  OBJECTIVES_PARTIALLY_ACHIEVED: 'Obiettivi raggiunti in parte',
  OBJECTIVES_NOT_ACHIEVED: 'Obiettivi non raggiunti',
} as const;

/** `SkillLevel`, of a CV skill or of a skill a tirocinio attests. */
export const skillLevelLabels = {
  BASIC: 'Base',
  INTERMEDIATE: 'Intermedio',
  ADVANCED: 'Avanzato',
} as const;

/** `ContractType`. */
export const contractTypeLabels = {
  PERMANENT: 'Tempo indeterminato',
  FIXED_TERM: 'Tempo determinato',
  APPRENTICESHIP: 'Apprendistato',
  AGENCY: 'Somministrazione',
  INTERNSHIP: 'Tirocinio',
  COLLABORATION: 'Collaborazione',
  SELF_EMPLOYMENT: 'Lavoro autonomo',
} as const;

/** Both tutors record monitoring periods while the tirocinio is in progress or suspended. */
export const isMonitored = (status: InternshipStatusName) => status === 'ACTIVE' || status === 'SUSPENDED';

/** The monthly indemnity, e.g. "600,00 € lordi", or "Nessuna". */
export const formatIndemnity = (cents: number) => (cents > 0 ? `${formatCents(cents)} lordi` : 'Nessuna');

/** "dal 3 marzo 2026 al 30 giugno 2026". */
export const formatPeriod = (startsOn: string, endsOn: string) =>
  `dal ${formatDate(startsOn)} al ${formatDate(endsOn)}`;

/** The status badge and the type of a tirocinio, under its title. */
export function InternshipStatusLine({
  status,
  type,
}: {
  status: InternshipStatusName;
  type: InternshipTypeName;
}) {
  return (
    <p className="sl-status-line" data-testid="internship-status">
      <span className={`sl-status ${internshipStatusClass[status]}`}>
        <span className="visually-hidden">Stato: </span>
        {internshipStatusLabels[status]}
      </span>
      <span className="sl-tag">Tirocinio {internshipTypeLabels[type].toLowerCase()}</span>
    </p>
  );
}

export interface CompanyTutorView {
  name: string;
  role?: string | null;
  email?: string | null;
  phone?: string | null;
}

/** The company tutor's name and role, then the contacts on a line of their own. */
export function CompanyTutor({ tutor }: { tutor: CompanyTutorView }) {
  return (
    <>
      {tutor.name}
      {tutor.role ? `, ${tutor.role}` : ''}
      {tutor.email || tutor.phone ? <br /> : null}
      {[tutor.email, tutor.phone].filter(Boolean).join(' · ')}
    </>
  );
}

export interface InternshipDetailsView {
  status: InternshipStatusName;
  startsOn: string;
  endsOn: string;
  hoursPerWeek: number;
  monthlyIndemnityCents: number;
  agreementSignedAt?: string | null;
  statusReason?: string | null;
  companySite?: { address: string; comune: { name: string } } | null;
  sportello: { name: string };
  promotingTutor: { givenName: string; familyName: string };
  companyTutor: CompanyTutorView;
}

/**
 * "Dati del tirocinio" for the staff and the host company. `people` are the first rows (`dt`/`dd`),
 * the trainee or the host company, which each portal shows its own way.
 */
export function InternshipDetails({
  internship: i,
  people,
}: {
  internship: InternshipDetailsView;
  people: ReactNode;
}) {
  return (
    <section className="sl-section mt-0" aria-labelledby="internship-data">
      <h2 id="internship-data">Dati del tirocinio</h2>
      <dl className="sl-details sl-details--compact" data-testid="internship-details">
        {people}
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
          <CompanyTutor tutor={i.companyTutor} />
        </dd>
        <dt>Periodo</dt>
        <dd>{formatPeriod(i.startsOn, i.endsOn)}</dd>
        <dt>Impegno</dt>
        <dd>{i.hoursPerWeek} ore a settimana</dd>
        <dt>Indennità mensile</dt>
        <dd>{formatIndemnity(i.monthlyIndemnityCents)}</dd>
        <dt>Convenzione firmata</dt>
        <dd>{i.agreementSignedAt ? `il ${formatDate(i.agreementSignedAt)}` : 'Non ancora'}</dd>
        <StatusReason internship={i} />
      </dl>
    </section>
  );
}

/** Why the tirocinio was last suspended or interrupted, as a `dt`/`dd` pair. */
export function StatusReason({
  internship: i,
}: {
  internship: { status: InternshipStatusName; statusReason?: string | null };
}) {
  if (!i.statusReason) return null;
  return (
    <>
      <dt>{i.status === 'SUSPENDED' ? 'Motivo della sospensione' : 'Motivo dell’interruzione'}</dt>
      <dd>{i.statusReason}</dd>
    </>
  );
}

export interface InternshipProjectView {
  objectives: string;
  activities: string;
  targetSkills: readonly { uri: string; label: string }[];
}

/** The training project: objectives, activities and the ESCO skills to acquire. */
export function InternshipProject({
  internship: i,
  intro,
}: {
  internship: InternshipProjectView;
  /** A sentence under the heading, e.g. for citizens what a training project is. */
  intro?: string;
}) {
  return (
    <section className="sl-section" aria-labelledby="project">
      <h2 id="project">Progetto formativo</h2>
      {intro ? <p>{intro}</p> : null}
      <h3>Obiettivi</h3>
      <p className="sl-pre-line" data-testid="internship-objectives">
        {i.objectives}
      </p>
      <h3>Attività</h3>
      <p className="sl-pre-line">{i.activities}</p>
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

export interface InternshipEventView {
  toStatus: InternshipStatusName;
  actorRole: string;
  reason?: string | null;
  at: string;
}

/** The status changes, oldest first, with who made them and why. */
export function InternshipHistory({ history }: { history: readonly InternshipEventView[] }) {
  return (
    <section className="sl-section" aria-labelledby="history">
      <h2 id="history">Storia</h2>
      <ol className="sl-history" data-testid="internship-history">
        {history.map((event) => (
          <li key={`${event.at}-${event.toStatus}`}>
            <span className="sl-history-when">{formatShortDateTime(event.at)}</span>:{' '}
            <strong>{internshipStatusLabels[event.toStatus]}</strong> ({event.actorRole})
            {event.reason ? ` – ${event.reason}` : ''}
          </li>
        ))}
      </ol>
    </section>
  );
}

export interface MonitoringEntryView {
  id: string;
  periodStartsOn: string;
  periodEndsOn: string;
  hoursAttended: number;
  note: string;
  /** `MonitoringAuthorSide`: the host company, or the promoting sportello. */
  authorSide: string;
  authorName: string;
}

export interface MonitoringEntryValues {
  periodStartsOn: string;
  periodEndsOn: string;
  hoursAttended: number;
  note: string;
}

export interface InternshipMonitoringView {
  status: InternshipStatusName;
  startsOn: string;
  endsOn: string;
  hoursPerWeek: number;
  monitoringEntries: readonly MonitoringEntryView[];
}

/**
 * "Monitoraggio": the periods recorded by both tutors and, while the tirocinio is in progress or
 * suspended and `record` is given, the form to record one more.
 */
export function InternshipMonitoring({
  internship: i,
  intro,
  record,
  onAdded,
}: {
  internship: InternshipMonitoringView;
  intro?: string;
  /** Sends the period to the API; answers its userErrors, none when it was recorded. */
  record?: (values: MonitoringEntryValues) => Promise<readonly UserErrorLike[]>;
  onAdded?: () => Promise<void>;
}) {
  return (
    <section className="sl-section" aria-labelledby="monitoring">
      <h2 id="monitoring">Monitoraggio</h2>
      {intro ? <p>{intro}</p> : null}
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
      {record && isMonitored(i.status) ? (
        <MonitoringEntryForm internship={i} record={record} onAdded={onAdded} />
      ) : null}
    </section>
  );
}

type MonitoringField = keyof MonitoringEntryValues;
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

function MonitoringEntryForm({
  internship: i,
  record,
  onAdded,
}: {
  internship: InternshipMonitoringView;
  record: (values: MonitoringEntryValues) => Promise<readonly UserErrorLike[]>;
  onAdded?: (() => Promise<void>) | undefined;
}) {
  const [announcement, announce] = useAnnouncement();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [hours, setHours] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FormErrors<MonitoringField>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);

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
      const userErrors = await attempt(() =>
        record({ periodStartsOn: from, periodEndsOn: to, hoursAttended: Number(hours), note }),
      );
      setPending(false);
      if (userErrors.length === 0) {
        announce({ kind: 'success', text: 'Monitoraggio registrato.' });
        setFrom('');
        setTo('');
        setHours('');
        setNote('');
        setErrors(noErrors());
        await onAdded?.();
        return;
      }
      next = mapUserErrors(userErrors, Object.keys(monitoringLabels) as MonitoringField[]);
    }
    setErrors(next);
    setSubmits((n) => n + 1);
  }

  return (
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
  );
}

export interface InternshipEvaluationView {
  evaluation?: {
    outcome: keyof typeof internshipOutcomeLabels;
    judgement: string;
    evaluatedAt: string;
  } | null;
  acquiredSkills: readonly { skill: { uri: string; label: string }; level: keyof typeof skillLevelLabels }[];
}

export interface InternshipHireView {
  placement?: {
    contractType: keyof typeof contractTypeLabels;
    startsOn: string;
    durationMonths?: number | null;
  } | null;
}

/** The hire the tirocinio ended in, as a `dt`/`dd` pair for `InternshipEvaluationResult`. */
export function InternshipHire({ internship: { placement } }: { internship: InternshipHireView }) {
  return (
    <>
      <dt>Assunzione</dt>
      <dd data-testid="internship-hire">
        {placement
          ? `${contractTypeLabels[placement.contractType]} dal ${formatDate(placement.startsOn)}${
              placement.durationMonths ? `, ${placement.durationMonths} mesi` : ''
            }`
          : 'Nessuna'}
      </dd>
    </>
  );
}

/** The final evaluation and the skills it attests; `children` adds rows (`dt`/`dd`), e.g. the hire. */
export function InternshipEvaluationResult({
  internship: i,
  intro,
  children,
}: {
  internship: InternshipEvaluationView;
  intro?: string;
  children?: ReactNode;
}) {
  if (!i.evaluation) return null;
  return (
    <section className="sl-section" aria-labelledby="evaluation">
      <h2 id="evaluation">Valutazione finale</h2>
      {intro ? <p>{intro}</p> : null}
      <dl className="sl-details sl-details--compact" data-testid="internship-evaluation">
        <dt>Esito</dt>
        <dd>{internshipOutcomeLabels[i.evaluation.outcome]}</dd>
        <dt>Giudizio complessivo</dt>
        <dd>{i.evaluation.judgement}</dd>
        <dt>Valutato il</dt>
        <dd>{formatDate(i.evaluation.evaluatedAt)}</dd>
        <dt>Competenze acquisite</dt>
        <dd data-testid="internship-acquired-skills">
          {i.acquiredSkills.length
            ? i.acquiredSkills
                .map((a) => `${a.skill.label} (${skillLevelLabels[a.level].toLowerCase()})`)
                .join('; ')
            : 'Nessuna'}
        </dd>
        {children}
      </dl>
    </section>
  );
}
