import {
  DataTable,
  ErrorSummary,
  type FormErrors,
  failure,
  formatCents,
  formatDate,
  formatShortDateTime,
  hasErrors,
  interviewStatusLabels,
  it,
  LoadError,
  Loading,
  mapUserErrors,
  Notice,
  noErrors,
  PAGE_SIZE,
  PagedList,
  PageTitle,
  SelectField,
  TextAreaField,
  useAnnouncement,
  usePagedQuery,
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useCitizenOptions } from '../citizen-options';
import { client } from '../client';
import { labels, statusClass } from '../format';
import { graphql } from '../gql';
import type { VacancyPage_VacancyQueryQuery } from '../gql/graphql';
import { CandidateMatches } from './CandidateMatches';
import { CandidateStanding } from './CandidateStanding';
import { workplace } from './VacanciesPage';

const VacancyQuery = graphql(`
  query VacancyPage_VacancyQuery($id: ID!) {
    vacancy(id: $id) {
      id
      title
      companyName
      status
      draftedFromNeed
      description
      contractType
      hours
      weeklyHours
      shifts
      remote
      positions
      law68Reserved
      salaryMinCents
      salaryMaxCents
      collectiveAgreement
      agreementLevel
      minEqfLevel
      minExperienceMonths
      drivingLicences
      rejectionReason
      publishedAt
      expiresOn
      createdAt
      publicUrl
      occupation {
        label
      }
      workplaceComune {
        name
        provinceCode
      }
      languages {
        languageCode
        languageName
        minLevel
      }
      skills {
        essential
        skill {
          uri
          label
        }
      }
    }
  }
`);

const ApplicationsQuery = graphql(`
  query VacancyPage_ApplicationsQuery($id: ID!, $first: Int!, $after: String) {
    vacancy(id: $id) {
      id
      applications(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            status
            proposalStatus
            createdAt
            citizen {
              id
              givenName
              familyName
            }
            history {
              toStatus
              actorRole
              reason
              at
            }
            interviews {
              id
              status
              startsAt
              mode
              responseNote
            }
          }
        }
      }
    }
  }
`);

const ProposeCandidateMutation = graphql(`
  mutation VacancyPage_ProposeCandidateMutation($vacancyId: ID!, $citizenId: ID!, $note: String) {
    proposeCandidate(vacancyId: $vacancyId, citizenId: $citizenId, note: $note) {
      application {
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

type Vacancy = NonNullable<VacancyPage_VacancyQueryQuery['vacancy']>;

const LAW_68 = 'Riservata al collocamento mirato (L. 68/1999)';

export function VacancyPage() {
  const { id = '' } = useParams();
  const back = (useLocation().state as { back?: string } | null)?.back ?? '/offerte';
  const { data, error, isPending, refetch } = useQuery({
    queryKey: ['vacancy', id],
    queryFn: () => client.request(VacancyQuery, { id }),
  });
  const vacancy = data?.vacancy;
  const backLink = (
    <Link className="sl-back-link" to={back}>
      Torna all’elenco delle offerte
    </Link>
  );

  if (isPending) {
    return (
      <>
        <PageTitle>Offerta di lavoro</PageTitle>
        <Loading />
      </>
    );
  }
  if (error || !vacancy) {
    return (
      <>
        <PageTitle>Offerta di lavoro</PageTitle>
        {error ? (
          <LoadError error={error} retry={refetch} />
        ) : (
          <Notice kind="warning" testId="vacancy-not-found">
            <p className="mb-0">Nessuna offerta trovata: forse il link non è completo.</p>
          </Notice>
        )}
        {backLink}
      </>
    );
  }
  return (
    <>
      {backLink}
      <PageTitle>{vacancy.title}</PageTitle>
      <p className="sl-status-line" data-testid="vacancy-status">
        <span className={`sl-status ${statusClass.vacancy[vacancy.status]}`}>
          <span className="visually-hidden">Stato: </span>
          {labels.vacancyStatus[vacancy.status]}
        </span>
        {vacancy.law68Reserved ? <span className="sl-tag">{LAW_68}</span> : null}
      </p>
      {vacancy.draftedFromNeed && vacancy.status === 'DRAFT' ? (
        <Notice kind="info" testId="drafted-from-need">
          <p className="mb-0">
            Bozza preparata dallo sportello da un fabbisogno dell’azienda: la completa e la invia l’azienda,
            poi la trovi tra le offerte da moderare.
          </p>
        </Notice>
      ) : null}
      <VacancyDetails vacancy={vacancy} />
      <Applications vacancy={vacancy} />
      <CandidateMatches vacancy={vacancy} />
      <CandidateStanding vacancyId={vacancy.id} />
      <section className="sl-section" aria-labelledby="propose">
        <h2 id="propose">Proponi una persona</h2>
        {vacancy.status === 'PUBLISHED' ? (
          <ProposeForm vacancy={vacancy} />
        ) : (
          <p data-testid="propose-closed">
            Si possono proporre persone solo per le offerte pubblicate: questa è nello stato «
            {labels.vacancyStatus[vacancy.status].toLowerCase()}».
          </p>
        )}
      </section>
    </>
  );
}

function salary(vacancy: Vacancy): string {
  const { salaryMinCents: min, salaryMaxCents: max } = vacancy;
  if (min != null && max != null && min !== max)
    return `da ${formatCents(min)} a ${formatCents(max)} lordi al mese`;
  if (min != null || max != null) return `${formatCents((min ?? max)!)} lordi al mese`;
  return 'Non indicata';
}

function VacancyDetails({ vacancy }: { vacancy: Vacancy }) {
  return (
    <section className="sl-section mt-0" aria-labelledby="vacancy-data">
      <h2 id="vacancy-data">Dati dell’offerta</h2>
      <dl className="sl-details sl-details--compact" data-testid="vacancy-details">
        <dt>Azienda</dt>
        <dd>{vacancy.companyName}</dd>
        <dt>Professione</dt>
        <dd>{vacancy.occupation.label}</dd>
        <dt>Contratto</dt>
        <dd>{labels.contractType[vacancy.contractType]}</dd>
        <dt>Orario</dt>
        <dd>
          {labels.workingHours[vacancy.hours]}
          {vacancy.weeklyHours ? `, ${vacancy.weeklyHours} ore a settimana` : ''}
          {vacancy.shifts ? ', su turni' : ''}
        </dd>
        <dt>Luogo di lavoro</dt>
        <dd>{workplace(vacancy)}</dd>
        <dt>Posti</dt>
        <dd>{vacancy.positions}</dd>
        <dt>Retribuzione</dt>
        <dd>{salary(vacancy)}</dd>
        <dt>Contratto collettivo</dt>
        <dd>
          {vacancy.collectiveAgreement
            ? `${vacancy.collectiveAgreement}, ${vacancy.agreementLevel}`
            : 'Non indicato'}
        </dd>
        <dt>Esperienza richiesta</dt>
        <dd>{vacancy.minExperienceMonths ? `${vacancy.minExperienceMonths} mesi` : 'Nessuna'}</dd>
        <dt>Titolo di studio</dt>
        <dd>{vacancy.minEqfLevel ? `Almeno livello EQF ${vacancy.minEqfLevel}` : 'Nessun requisito'}</dd>
        <dt>Competenze</dt>
        <dd>
          {vacancy.skills.length === 0 ? (
            'Nessuna indicata'
          ) : (
            <ul className="list-unstyled mb-0" data-testid="vacancy-skills">
              {[true, false].map((essential) => {
                const labels = vacancy.skills
                  .filter((s) => s.essential === essential)
                  .map((s) => s.skill.label);
                return labels.length ? (
                  <li key={String(essential)}>
                    {essential ? 'Essenziali' : 'Utili'}: {labels.join('; ')}
                  </li>
                ) : null;
              })}
            </ul>
          )}
        </dd>
        <dt>Lingue</dt>
        <dd>
          {vacancy.languages.length === 0 ? (
            'Nessun requisito'
          ) : (
            <ul className="list-unstyled mb-0" data-testid="vacancy-languages">
              {vacancy.languages.map((language) => (
                <li key={language.languageCode}>
                  {language.languageName.charAt(0).toUpperCase() + language.languageName.slice(1)}: almeno{' '}
                  {language.minLevel}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Patenti di guida</dt>
        <dd>{vacancy.drivingLicences.join(', ') || 'Nessuna'}</dd>
        <dt>Collocamento mirato</dt>
        <dd>{vacancy.law68Reserved ? LAW_68 : 'Aperta a tutti'}</dd>
        <dt>Creata il</dt>
        <dd>{formatDate(vacancy.createdAt)}</dd>
        <dt>Pubblicata il</dt>
        <dd>{vacancy.publishedAt ? formatDate(vacancy.publishedAt) : 'Non pubblicata'}</dd>
        <dt>Scade il</dt>
        <dd>{formatDate(vacancy.expiresOn)}</dd>
        {vacancy.status === 'REJECTED' && vacancy.rejectionReason ? (
          <>
            <dt>Motivo del rifiuto</dt>
            <dd>{vacancy.rejectionReason}</dd>
          </>
        ) : null}
      </dl>
      <h3>Descrizione</h3>
      <p className="sl-vacancy-description" data-testid="vacancy-description">
        {vacancy.description}
      </p>
      {vacancy.status === 'PUBLISHED' ? (
        <p>
          <a href={vacancy.publicUrl} data-testid="public-url">
            Vedi la pagina pubblica dell’offerta
          </a>
        </p>
      ) : null}
    </section>
  );
}

function Applications({ vacancy }: { vacancy: Vacancy }) {
  const query = usePagedQuery(['vacancy', vacancy.id, 'applications'], async (after) => {
    const data = await client.request(ApplicationsQuery, { id: vacancy.id, first: PAGE_SIZE, after });
    return data.vacancy?.applications ?? { edges: [], pageInfo: { hasNextPage: false }, totalCount: 0 };
  });
  return (
    <section className="sl-section" aria-labelledby="applications">
      <h2 id="applications">Candidature</h2>
      <PagedList query={query} empty="Nessuna candidatura per questa offerta.">
        {(applications) => (
          <DataTable
            caption={`Candidature e proposte per «${vacancy.title}»`}
            testId="applications-table"
            rows={applications}
            rowKey={(application) => application.id}
            columns={[
              {
                header: 'Persona',
                cell: (a) =>
                  a.citizen ? (
                    <Link to={`/cittadini/${a.citizen.id}`}>
                      {a.citizen.givenName} {a.citizen.familyName}
                    </Link>
                  ) : (
                    'Persona non visibile'
                  ),
              },
              {
                header: 'Stato',
                cell: (a) => (
                  <span className={`sl-status ${statusClass.application[a.status]}`}>
                    {labels.applicationStatus[a.status]}
                  </span>
                ),
              },
              {
                header: 'Proposta dello sportello',
                cell: (a) =>
                  a.proposalStatus ? (
                    <span
                      className={`sl-status ${statusClass.proposal[a.proposalStatus]}`}
                      data-testid="proposal-status"
                    >
                      {labels.proposalStatus[a.proposalStatus]}
                    </span>
                  ) : (
                    'No, candidatura della persona'
                  ),
              },
              { header: 'Dal', cell: (a) => <span className="sl-nowrap">{formatDate(a.createdAt)}</span> },
              {
                header: 'Colloqui di lavoro',
                cell: (a) =>
                  a.interviews.length === 0 ? (
                    'Nessuno'
                  ) : (
                    <ul className="sl-history" data-testid="application-interviews">
                      {a.interviews.map((i) => (
                        <li key={i.id}>
                          <span className="sl-history-when">{formatShortDateTime(i.startsAt)}</span>,{' '}
                          {labels.appointmentMode[i.mode].toLowerCase()}:{' '}
                          <strong>{interviewStatusLabels[i.status]}</strong>
                          {i.responseNote ? ` – «${i.responseNote}»` : ''}
                        </li>
                      ))}
                    </ul>
                  ),
              },
              {
                header: 'Storia',
                cell: (a) => (
                  <ol className="sl-history" data-testid="application-history">
                    {a.history.map((event) => (
                      <li key={`${event.at}-${event.toStatus}`}>
                        <span className="sl-history-when">{formatShortDateTime(event.at)}</span>:{' '}
                        <strong>{labels.applicationStatus[event.toStatus]}</strong> ({event.actorRole})
                        {event.reason ? ` – ${event.reason}` : ''}
                      </li>
                    ))}
                  </ol>
                ),
              },
            ]}
          />
        )}
      </PagedList>
    </section>
  );
}

type ProposeField = 'citizenId' | 'note';
const proposeLabels: Record<ProposeField, string> = {
  citizenId: 'Persona da proporre',
  note: 'Nota',
};

function ProposeForm({ vacancy }: { vacancy: Vacancy }) {
  const queryClient = useQueryClient();
  const citizens = useCitizenOptions();
  const [announcement, announce] = useAnnouncement();
  const [citizenId, setCitizenId] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FormErrors<ProposeField>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    announce(null);
    let next = noErrors<ProposeField>();
    if (!citizenId) next.fields.citizenId = 'Scegli la persona da proporre.';
    if (!hasErrors(next)) {
      setPending(true);
      try {
        const { proposeCandidate } = await client.request(ProposeCandidateMutation, {
          vacancyId: vacancy.id,
          citizenId,
          note: note.trim() || null,
        });
        if (proposeCandidate.application && proposeCandidate.userErrors.length === 0) {
          const name = citizens.options.find((o) => o.value === citizenId)?.name ?? 'la persona';
          announce({
            kind: 'success',
            text: `Hai proposto ${name} per l’offerta «${vacancy.title}». La persona vedrà la proposta nella sua area e deciderà se accettarla.`,
          });
          setCitizenId('');
          setNote('');
          setErrors(noErrors());
          await queryClient.invalidateQueries({ queryKey: ['vacancy', vacancy.id, 'applications'] });
          return;
        }
        next = mapUserErrors(proposeCandidate.userErrors, ['citizenId', 'note'] as const);
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
    <>
      <p>
        Proponi all’azienda una persona della rete adatta all’offerta. L’azienda non vede chi è finché la
        persona non accetta la proposta. Si possono proporre solo le persone che hanno dato il consenso alla
        condivisione del CV.
      </p>
      {announcement}
      {citizens.error ? <LoadError error={citizens.error} retry={() => citizens.refetch()} /> : null}
      <form className="sl-form-box" noValidate onSubmit={submit} data-testid="propose-form">
        <ErrorSummary errors={errors} labels={proposeLabels} focusKey={submits} />
        <SelectField
          id="citizenId"
          label={proposeLabels.citizenId}
          hint={
            citizens.total > citizens.options.length
              ? `Nome e codice fiscale. L’elenco mostra le prime ${citizens.options.length} persone su ${citizens.total}.`
              : 'Nome e codice fiscale.'
          }
          value={citizenId}
          onChange={setCitizenId}
          options={citizens.options}
          placeholder={citizens.isPending ? it.common.loading : 'Scegli la persona'}
          error={errors.fields.citizenId}
        />
        <TextAreaField
          id="note"
          label={proposeLabels.note}
          hint="Per esempio perché la persona è adatta all’offerta. Resta nella storia della candidatura."
          value={note}
          onChange={setNote}
          maxLength={2000}
          optional
          error={errors.fields.note}
        />
        <div className="sl-actions mt-0 mb-3">
          <Button type="submit" color="primary" aria-disabled={pending || undefined}>
            {pending ? it.common.sending : 'Proponi la persona'}
          </Button>
        </div>
      </form>
    </>
  );
}
