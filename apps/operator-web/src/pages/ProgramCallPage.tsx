import {
  ConfirmAction,
  DataTable,
  EligibilityChecks,
  ErrorSummary,
  type FormErrors,
  failure,
  formatCents,
  formatDate,
  formatDateTime,
  it,
  LoadError,
  mapUserErrors,
  Notice,
  noErrors,
  PageTitle,
  participationStatusLabels,
  TextField,
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMe } from '../AppLayout';
import { client } from '../client';
import { graphql } from '../gql';
import { ApplyOnBehalfForm } from './ApplyOnBehalfForm';

const CallQuery = graphql(`
  query ProgramCallPage_CallQuery($id: ID!) {
    programCall(id: $id) {
      id
      title
      opensOn
      closesOn
      open
      places
      placesTaken
      hourlyRateCents
      rankingPublishedAt
      rules {
        minMonthsUnemployed
        iseeCeilingCents
      }
      rankingCriteria {
        iseeWeight
        unemploymentWeight
      }
      program {
        id
        kind
        title
      }
      applications {
        id
        submittedAt
        submittedByCitizen
        iseeCents
        unemployedSince
        citizen {
          id
          givenName
          familyName
        }
        checks {
          rule
          outcome
          reason
        }
      }
      ranking {
        position
        score
        application {
          id
          iseeCents
          citizen {
            id
            givenName
            familyName
          }
          participation {
            id
            status
          }
        }
      }
    }
  }
`);

const PublishMutation = graphql(`
  mutation ProgramCallPage_PublishMutation($callId: ID!) {
    publishProgramRanking(callId: $callId) {
      call {
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

const AdmitMutation = graphql(`
  mutation ProgramCallPage_AdmitMutation($applicationId: ID!, $assignment: ProgramAssignmentInput!) {
    admitProgramApplicant(applicationId: $applicationId, assignment: $assignment) {
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

/** Un bando: the applications with their check, the graduatoria, admission to a project. */
export function ProgramCallPage() {
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const isOperator = useMe().data?.me?.kind === 'OPERATOR';
  const [message, setMessage] = useState<string | null>(null);
  const [admitting, setAdmitting] = useState<string | null>(null);
  const query = useQuery({ queryKey: ['programCall', id], queryFn: () => client.request(CallQuery, { id }) });
  if (query.error) return <LoadError error={query.error} retry={() => query.refetch()} />;
  const call = query.data?.programCall;
  if (!call) return <p>{it.common.loading}</p>;
  const name = (c: { givenName: string; familyName: string }) => `${c.givenName} ${c.familyName}`;
  const placesLeft = call.places - call.placesTaken;

  return (
    <>
      <PageTitle>{call.title}</PageTitle>
      <p className="sl-lead">
        <Link to={`/progetti/${call.program.id}`}>
          {call.program.kind}: {call.program.title}
        </Link>
        . Domande dal {formatDate(call.opensOn)} al {formatDate(call.closesOn)}
        {call.open ? ' (aperto oggi)' : ''}; {call.places} posti, {placesLeft} liberi;{' '}
        {formatCents(call.hourlyRateCents)} l’ora.
      </p>
      {message ? (
        <Notice kind="danger" live="assertive">
          {message}
        </Notice>
      ) : null}
      <h2>Domande ({call.applications.length})</h2>
      {call.applications.length === 0 ? <p>Nessuna domanda.</p> : null}
      {call.applications.length ? (
        <DataTable
          caption="Domande arrivate, con la verifica dei requisiti"
          testId="program-applications"
          rows={call.applications}
          rowKey={(a) => a.id}
          columns={[
            {
              header: 'Persona',
              cell: (a) => <Link to={`/cittadini/${a.citizen.id}`}>{name(a.citizen)}</Link>,
            },
            {
              header: 'Domanda',
              cell: (a) =>
                `${formatDateTime(a.submittedAt)}${a.submittedByCitizen ? '' : ' (allo sportello)'}`,
            },
            {
              header: 'ISEE dichiarato',
              cell: (a) => (a.iseeCents == null ? '–' : formatCents(a.iseeCents)),
            },
            { header: 'Requisiti', cell: (a) => <EligibilityChecks checks={a.checks} /> },
          ]}
        />
      ) : null}
      {isOperator && call.open ? (
        <ApplyOnBehalfForm
          call={call}
          appliedIds={new Set(call.applications.map((a) => a.citizen.id))}
          onApplied={() => queryClient.invalidateQueries({ queryKey: ['programCall', id] })}
        />
      ) : null}
      <h2>Graduatoria</h2>
      {call.rankingPublishedAt ? (
        <>
          <p>
            Pubblicata il {formatDateTime(call.rankingPublishedAt)}: non cambia più. Punti ={' '}
            {call.rankingCriteria.iseeWeight} × punti ISEE + {call.rankingCriteria.unemploymentWeight} × mesi
            senza lavoro.
          </p>
          <DataTable
            caption="Graduatoria del bando"
            testId="program-ranking"
            rows={call.ranking}
            rowKey={(r) => r.application.id}
            columns={[
              { header: 'Posizione', cell: (r) => r.position },
              { header: 'Persona', cell: (r) => name(r.application.citizen) },
              { header: 'Punti', cell: (r) => r.score },
              {
                header: 'Ammissione',
                cell: (r) =>
                  r.application.participation ? (
                    <Link to={`/domande/${r.application.id}`}>
                      {participationStatusLabels[r.application.participation.status]}: apri il registro
                    </Link>
                  ) : isOperator && placesLeft > 0 ? (
                    <Button color="primary" size="sm" onClick={() => setAdmitting(r.application.id)}>
                      Ammetti {name(r.application.citizen)}
                    </Button>
                  ) : (
                    'Non ammessa'
                  ),
              },
            ]}
          />
          {admitting ? (
            <AdmitForm
              applicationId={admitting}
              person={name(call.ranking.find((r) => r.application.id === admitting)!.application.citizen)}
              done={async () => {
                setAdmitting(null);
                await queryClient.invalidateQueries({ queryKey: ['programCall', id] });
              }}
            />
          ) : null}
        </>
      ) : (
        <>
          <p>
            Non ancora pubblicata. Si pubblica dopo la chiusura delle domande: le posizioni si calcolano con i
            criteri del bando e poi non cambiano più.
          </p>
          {isOperator && !call.open ? (
            <ConfirmAction
              label="Pubblica la graduatoria"
              question="La graduatoria, una volta pubblicata, non si può più cambiare. Vuoi pubblicarla?"
              confirmLabel="Sì, pubblica"
              onConfirm={async () => {
                const { publishProgramRanking } = await client.request(PublishMutation, { callId: call.id });
                setMessage(publishProgramRanking.userErrors[0]?.message ?? null);
                await queryClient.invalidateQueries({ queryKey: ['programCall', id] });
              }}
            />
          ) : null}
        </>
      )}
    </>
  );
}

type Field = 'projectDescription' | 'place' | 'tutor' | 'weeklyHours';
const fieldLabels: Record<Field, string> = {
  projectDescription: 'Progetto',
  place: 'Luogo di lavoro',
  tutor: 'Tutor',
  weeklyHours: 'Ore alla settimana',
};

function AdmitForm({
  applicationId,
  person,
  done,
}: {
  applicationId: string;
  person: string;
  done: () => Promise<void>;
}) {
  const [values, setValues] = useState<Record<Field, string>>({
    projectDescription: '',
    place: '',
    tutor: '',
    weeklyHours: '',
  });
  const [errors, setErrors] = useState<FormErrors<Field>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  const ids = Object.fromEntries(Object.keys(fieldLabels).map((f) => [f, `admit-${f}`])) as Record<
    Field,
    string
  >;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    let next = noErrors<Field>();
    for (const field of Object.keys(fieldLabels) as Field[])
      if (!values[field].trim()) next.fields[field] = `Scrivi: ${fieldLabels[field].toLowerCase()}.`;
    if (values.weeklyHours.trim() && !/^\d+$/.test(values.weeklyHours.trim()))
      next.fields.weeklyHours = 'Scrivi un numero intero, da 1 a 40.';
    if (Object.keys(next.fields).length === 0) {
      setPending(true);
      try {
        const { admitProgramApplicant } = await client.request(AdmitMutation, {
          applicationId,
          assignment: { ...values, weeklyHours: Number(values.weeklyHours) },
        });
        if (admitProgramApplicant.userErrors.length === 0) {
          await done();
          return;
        }
        next = mapUserErrors(admitProgramApplicant.userErrors, Object.keys(fieldLabels) as Field[]);
      } catch (error) {
        next = failure(error);
      } finally {
        setPending(false);
      }
    }
    setErrors(next);
    setSubmits((n) => n + 1);
  }

  return (
    <section className="sl-section" aria-labelledby="admit-title">
      <h3 id="admit-title">Ammetti {person} e assegna il progetto</h3>
      <form className="sl-form-box" noValidate onSubmit={submit}>
        <ErrorSummary errors={errors} labels={fieldLabels} ids={ids} focusKey={submits} />
        {(Object.keys(fieldLabels) as Field[]).map((field) => (
          <TextField
            key={field}
            id={ids[field]}
            label={fieldLabels[field]}
            inputMode={field === 'weeklyHours' ? 'numeric' : undefined}
            hint={
              field === 'projectDescription'
                ? 'Che lavoro farà, per esempio «Manutenzione del verde del Parco Castello».'
                : undefined
            }
            value={values[field]}
            onChange={(value) => setValues((v) => ({ ...v, [field]: value }))}
            error={errors.fields[field]}
          />
        ))}
        <div className="sl-actions mt-0 mb-3">
          <Button type="submit" color="primary" aria-disabled={pending || undefined}>
            {pending ? it.common.sending : 'Ammetti e assegna'}
          </Button>
        </div>
      </form>
    </section>
  );
}
