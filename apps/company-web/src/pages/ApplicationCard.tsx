import {
  DownloadButton,
  ErrorSummary,
  type FormErrors,
  failure,
  formatDate,
  hasErrors,
  it,
  mapUserErrors,
  noErrors,
  SelectField,
  TextAreaField,
  TextField,
} from '@sportello/ui';
import { useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { client } from '../client';
import { labels, moveLabels, nextMoves, statusClass } from '../format';
import { graphql } from '../gql';
import type {
  ApplicationCardFieldsFragment,
  ApplicationStatus,
  PseudonymousProfileFieldsFragment,
} from '../gql/graphql';
import { InterviewList, ProposeInterviewForm } from './JobInterviews';

export const PseudonymousProfileFields = graphql(`
  fragment PseudonymousProfileFields on PseudonymousCandidate {
    alias
    ageBand
    province
    soughtOccupations {
      uri
      label
    }
    experiences {
      occupation {
        uri
        label
      }
      months
    }
    educationEqfLevels
    languages {
      languageCode
      languageName
      motherTongue
      spokenInteraction
      writing
    }
  }
`);

export const ApplicationCardFields = graphql(`
  fragment ApplicationCardFields on Application {
    id
    status
    createdAt
    coverLetter
    proposalNote
    pseudonymisedAt
    pseudonymousCandidate {
      ...PseudonymousProfileFields
    }
    citizen {
      id
      givenName
      familyName
      email
      phone
      age
      residenceComune {
        name
        provinceCode
      }
    }
    candidateCv {
      headline
      summary
    }
    history {
      fromStatus
      toStatus
      actorRole
      reason
      at
    }
    interviews {
      id
      status
      startsAt
      endsAt
      mode
      location
      videoUrl
      message
      responseNote
    }
  }
`);

const MoveApplicationMutation = graphql(`
  mutation ApplicationCard_MoveApplicationMutation(
    $id: ID!
    $status: ApplicationStatus!
    $reason: String
    $hire: HireInput
  ) {
    moveApplication(id: $id, status: $status, reason: $reason, hire: $hire) {
      application {
        ...ApplicationCardFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** "24 mesi" as "2 anni", the way a recruiter reads experience. */
function formatMonths(months: number): string {
  if (months < 12) return months === 1 ? '1 mese' : `${months} mesi`;
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const y = years === 1 ? '1 anno' : `${years} anni`;
  return rest === 0 ? y : `${y} e ${rest === 1 ? '1 mese' : `${rest} mesi`}`;
}

/** What a company sees of a candidate who has not disclosed themself: nothing that identifies them. */
export function PseudonymousProfile({ profile }: { profile: PseudonymousProfileFieldsFragment }) {
  // On a vacancy reserved under law 68/1999 the profile is only the code.
  if (profile.ageBand === null)
    return (
      <p data-testid="pseudonymous-profile">
        Offerta riservata al collocamento mirato: per proteggere i dati della persona vedi solo il suo codice.
        Nome, contatti e CV compaiono quando accetta la proposta dello sportello.
      </p>
    );
  return (
    <dl className="sl-details" data-testid="pseudonymous-profile">
      <dt>Fascia d’età</dt>
      <dd>{profile.ageBand}</dd>
      <dt>Provincia</dt>
      <dd>{profile.province}</dd>
      <dt>Professioni cercate</dt>
      <dd>{profile.soughtOccupations.map((o) => o.label).join(', ') || '—'}</dd>
      <dt>Esperienza</dt>
      <dd>
        {profile.experiences.length === 0 ? (
          'Nessuna esperienza indicata'
        ) : (
          <ul className="mb-0 ps-3">
            {profile.experiences.map((experience, index) => (
              // Experiences have no id; the list is static.
              <li key={index}>
                {experience.occupation?.label ?? 'Professione non indicata'}:{' '}
                {formatMonths(experience.months)}
              </li>
            ))}
          </ul>
        )}
      </dd>
      <dt>Livello EQF dei titoli di studio</dt>
      <dd>{profile.educationEqfLevels.length ? profile.educationEqfLevels.join(', ') : '—'}</dd>
      <dt>Lingue</dt>
      <dd>
        {profile.languages.length === 0
          ? '—'
          : profile.languages
              .map((l) =>
                l.motherTongue
                  ? `${l.languageName} (madrelingua)`
                  : `${l.languageName}${l.spokenInteraction ? ` (${l.spokenInteraction})` : ''}`,
              )
              .join(', ')}
      </dd>
    </dl>
  );
}

/** The stages at which the company may propose a job interview, as the API allows. */
const INTERVIEW_STAGES: readonly ApplicationStatus[] = ['SHORTLISTED', 'INTERVIEW'];

/** One candidature: the pseudonymous profile or the disclosed candidate, the pipeline and its moves. */
export function ApplicationCard({ application }: { application: ApplicationCardFieldsFragment }) {
  const citizen = application.citizen;
  const name = citizen
    ? `${citizen.givenName} ${citizen.familyName}`
    : application.pseudonymousCandidate.alias;
  const archivedOn = application.pseudonymisedAt;
  const moves = archivedOn ? [] : (nextMoves[application.status] ?? []);

  return (
    <li className="sl-match-card" data-testid="application-card">
      <h3 className="h5">{name}</h3>
      <p className="sl-status-line">
        <span
          className={`sl-status ${statusClass.application[application.status]}`}
          data-testid="application-status"
        >
          {labels.applicationStatus[application.status]}
        </span>{' '}
        <span>dal {formatDate(application.createdAt)}</span>
      </p>
      {citizen ? (
        <>
          <dl className="sl-details" data-testid="candidate-details">
            <dt>Email</dt>
            <dd>
              <a href={`mailto:${citizen.email}`}>{citizen.email}</a>
            </dd>
            <dt>Telefono</dt>
            <dd>{citizen.phone ?? '—'}</dd>
            <dt>Età</dt>
            <dd>{citizen.age} anni</dd>
            <dt>Residenza</dt>
            <dd>
              {citizen.residenceComune.name} ({citizen.residenceComune.provinceCode})
            </dd>
            {application.candidateCv?.headline ? (
              <>
                <dt>Profilo</dt>
                <dd>{application.candidateCv.headline}</dd>
              </>
            ) : null}
            {application.candidateCv?.summary ? (
              <>
                <dt>Presentazione</dt>
                <dd className="sl-pre-line" data-testid="cv-summary">
                  {application.candidateCv.summary}
                </dd>
              </>
            ) : null}
            {application.coverLetter ? (
              <>
                <dt>Lettera di presentazione</dt>
                <dd className="sl-pre-line">{application.coverLetter}</dd>
              </>
            ) : null}
          </dl>
          {application.candidateCv ? (
            <DownloadButton
              client={client}
              path={`/api/applications/${application.id}/cv.pdf`}
              label="Scarica il CV in PDF"
              fallbackName={`CV-${citizen.familyName}-${citizen.givenName}.pdf`}
            />
          ) : null}
        </>
      ) : (
        <>
          {archivedOn ? (
            <p data-testid="application-archived">
              Candidatura archiviata il {formatDate(archivedOn)}: finito il periodo di conservazione dei dati
              dopo la chiusura dell’offerta, non si mostrano più nome, contatti, CV e lettera della persona.
            </p>
          ) : (
            <p>
              La persona è stata proposta dallo sportello. Vedrai nome, contatti e CV quando accetterà la
              proposta.
            </p>
          )}
          <PseudonymousProfile profile={application.pseudonymousCandidate} />
        </>
      )}
      {application.history.length > 0 ? (
        <details className="mt-3">
          <summary>Storico della candidatura</summary>
          <ol className="mb-0" data-testid="application-history">
            {application.history.map((event) => (
              <li key={`${event.at}-${event.toStatus}`}>
                {formatDate(event.at)}: {labels.applicationStatus[event.toStatus]} ({event.actorRole})
                {event.reason ? `. Motivo: ${event.reason}` : ''}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      <InterviewList interviews={application.interviews} />
      {citizen && INTERVIEW_STAGES.includes(application.status) ? (
        <ProposeInterviewForm applicationId={application.id} name={name} />
      ) : null}
      {moves.length > 0 ? <MoveForm applicationId={application.id} name={name} moves={moves} /> : null}
    </li>
  );
}

type MoveField = 'status' | 'reason' | 'startsOn' | 'durationMonths';
const moveFieldLabels: Record<MoveField, string> = {
  status: 'Nuovo stato',
  reason: 'Motivo',
  startsOn: 'Data di inizio del rapporto di lavoro',
  durationMonths: 'Durata in mesi',
};

/** Mirrors the API's rules: a move, a date for the hire, a whole number of months. */
function validate(status: string, startsOn: string, months: string): FormErrors<MoveField> {
  const errors = noErrors<MoveField>();
  if (!status) errors.fields.status = 'Scegli il nuovo stato.';
  if (status === 'HIRED') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(startsOn)) errors.fields.startsOn = 'Indica la data di inizio.';
    const value = Number(months.trim());
    if (months.trim() && (!Number.isInteger(value) || value < 1 || value > 120))
      errors.fields.durationMonths = 'La durata va indicata in mesi interi, da 1 a 120.';
  }
  return errors;
}

function MoveForm({
  applicationId,
  name,
  moves,
}: {
  applicationId: string;
  name: string;
  moves: readonly ApplicationStatus[];
}) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState('');
  const [reason, setReason] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [months, setMonths] = useState('');
  const [errors, setErrors] = useState<FormErrors<MoveField>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const prefix = `move-${applicationId}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    setDone(null);
    setSubmits((n) => n + 1);
    const local = validate(status, startsOn, months);
    setErrors(local);
    if (hasErrors(local)) return;
    setPending(true);
    try {
      const to = status as ApplicationStatus;
      const { moveApplication } = await client.request(MoveApplicationMutation, {
        id: applicationId,
        status: to,
        reason: reason.trim() || null,
        hire: to === 'HIRED' ? { startsOn, durationMonths: months.trim() ? Number(months) : null } : null,
      });
      if (moveApplication.userErrors.length > 0) {
        setErrors(
          mapUserErrors(
            moveApplication.userErrors,
            ['status', 'reason', 'startsOn', 'durationMonths'] as const,
            {
              hire: 'startsOn',
            },
          ),
        );
        return;
      }
      setDone(`Stato di ${name} aggiornato: ${labels.applicationStatus[to].toLowerCase()}.`);
      // The next move starts from a blank form: the choices depend on the new status.
      setStatus('');
      setReason('');
      setStartsOn('');
      setMonths('');
      await queryClient.invalidateQueries({ queryKey: ['vacancy'] });
    } catch (error) {
      setErrors(failure(error));
    } finally {
      setPending(false);
    }
  }

  return (
    <form className="mt-3 p-3 border rounded" noValidate onSubmit={submit} data-testid="move-form">
      <h4 className="h6">Aggiorna lo stato della candidatura</h4>
      <ErrorSummary
        errors={errors}
        labels={moveFieldLabels}
        ids={{
          status: `${prefix}-status`,
          reason: `${prefix}-reason`,
          startsOn: `${prefix}-starts`,
          durationMonths: `${prefix}-months`,
        }}
        focusKey={submits}
      />
      <div aria-live="polite" aria-atomic="true">
        {done ? (
          <p className="alert alert-success sl-notice" data-testid="move-result">
            {done}
          </p>
        ) : null}
      </div>
      <SelectField
        id={`${prefix}-status`}
        label={moveFieldLabels.status}
        placeholder="Scegli il nuovo stato"
        options={moves.map((move) => ({
          value: move,
          label: moveLabels[move] ?? labels.applicationStatus[move],
        }))}
        value={status}
        onChange={setStatus}
        error={errors.fields.status}
      />
      {status === 'HIRED' ? (
        <>
          <TextField
            id={`${prefix}-starts`}
            type="date"
            label={moveFieldLabels.startsOn}
            value={startsOn}
            onChange={setStartsOn}
            error={errors.fields.startsOn}
          />
          <TextField
            id={`${prefix}-months`}
            label={moveFieldLabels.durationMonths}
            hint="Lascia vuoto per un contratto a tempo indeterminato."
            inputMode="numeric"
            value={months}
            onChange={setMonths}
            optional
            error={errors.fields.durationMonths}
          />
        </>
      ) : null}
      <TextAreaField
        id={`${prefix}-reason`}
        label={moveFieldLabels.reason}
        hint={
          status === 'REJECTED'
            ? 'Spiega perché la candidatura non prosegue: la persona lo vedrà.'
            : 'Una nota sul passaggio, visibile nello storico.'
        }
        value={reason}
        onChange={setReason}
        optional
        rows={2}
        error={errors.fields.reason}
      />
      <Button type="submit" color="primary" aria-disabled={pending || undefined}>
        {pending ? it.common.sending : 'Aggiorna lo stato'}
      </Button>
    </form>
  );
}
