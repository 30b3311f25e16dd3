import {
  type Announcement,
  applicationStatusClass,
  attempt,
  ConfirmAction,
  formatDate,
  InterviewDetails,
  PAGE_SIZE,
  PagedList,
  PageTitle,
  useAnnouncement,
  usePagedQuery,
} from '@sportello/ui';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import {
  answerErrorText,
  applicationStatusHelp,
  applicationStatusLabels,
  withdrawable,
} from '../applications';
import { client } from '../client';
import { graphql } from '../gql';
import type { MyApplicationsPage_ApplicationsQueryQuery } from '../gql/graphql';
import { InterviewAnswer } from '../InterviewAnswer';

const ApplicationsQuery = graphql(`
  query MyApplicationsPage_ApplicationsQuery($first: Int!, $after: String) {
    myApplications(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          createdAt
          vacancy {
            id
            title
            companyName
            workplaceComune {
              istatCode
              name
            }
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
            endsAt
            mode
            location
            videoUrl
            message
            responseNote
          }
        }
      }
    }
  }
`);

const WithdrawMutation = graphql(`
  mutation MyApplicationsPage_WithdrawMutation($id: ID!) {
    withdrawApplication(id: $id) {
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

type Application = MyApplicationsPage_ApplicationsQueryQuery['myApplications']['edges'][number]['node'];

/** "Le mie candidature": every candidature with where it stands, its history and its job interviews. */
export function MyApplicationsPage() {
  const queryClient = useQueryClient();
  const [announcement, announce] = useAnnouncement();
  const query = usePagedQuery(['myApplications'], async (after) => {
    const data = await client.request(ApplicationsQuery, { first: PAGE_SIZE, after });
    return data.myApplications;
  });

  async function refresh(outcome: Announcement) {
    announce(outcome);
    await queryClient.invalidateQueries({ queryKey: ['myApplications'] });
  }

  async function withdraw(a: Application) {
    announce(null);
    const userErrors = await attempt(async () => {
      const { withdrawApplication } = await client.request(WithdrawMutation, { id: a.id });
      return withdrawApplication.userErrors;
    });
    await refresh(
      userErrors.length
        ? { kind: 'danger', text: answerErrorText(userErrors) }
        : {
            kind: 'success',
            text: `Hai ritirato la candidatura per «${a.vacancy.title}». L’azienda sa che non sei più interessata/o.`,
          },
    );
  }

  return (
    <>
      <PageTitle>Le mie candidature</PageTitle>
      <p className="sl-lead">
        Qui vedi le offerte a cui ti sei candidata/o, a che punto sono e i colloqui di lavoro che le aziende
        ti propongono.
      </p>
      <p>
        <Link to="/proposte">Vedi le proposte dello sportello</Link> ·{' '}
        <Link to="/offerte-adatte">Cerca offerte adatte a te</Link>
      </p>
      {announcement}
      <PagedList
        query={query}
        empty="Non hai ancora candidature. Puoi candidarti dalla pagina «Offerte adatte a te»."
      >
        {(applications) => (
          <ul className="list-unstyled" data-testid="application-list">
            {applications.map((a) => (
              <li key={a.id} className="sl-match-card" data-testid="my-application">
                <h2 className="h5">{a.vacancy.title}</h2>
                <p className="mb-1">
                  {a.vacancy.companyName}
                  {a.vacancy.workplaceComune ? `, ${a.vacancy.workplaceComune.name}` : ''}
                </p>
                <p className="sl-status-line mb-1">
                  <span
                    className={`sl-status ${applicationStatusClass[a.status]}`}
                    data-testid="application-status"
                  >
                    <span className="visually-hidden">Stato: </span>
                    {applicationStatusLabels[a.status]}
                  </span>{' '}
                  dal {formatDate(a.createdAt)}
                </p>
                <p>{applicationStatusHelp[a.status]}</p>
                {a.interviews.length > 0 ? (
                  <section aria-label={`Colloqui di lavoro per «${a.vacancy.title}»`}>
                    <h3 className="h6">Colloqui di lavoro</h3>
                    {a.interviews.map((interview) => (
                      <InterviewDetails
                        key={interview.id}
                        interview={interview}
                        messageLabel="Messaggio dell’azienda"
                        noteLabel="La tua risposta"
                      >
                        {interview.status === 'PROPOSED' && a.status !== 'WITHDRAWN' ? (
                          <InterviewAnswer
                            interviewId={interview.id}
                            companyName={a.vacancy.companyName}
                            onAnswered={refresh}
                          />
                        ) : null}
                      </InterviewDetails>
                    ))}
                  </section>
                ) : null}
                <details className="mb-3">
                  <summary>Cosa è successo finora</summary>
                  <ol className="mb-0" data-testid="application-history">
                    {a.history.map((event) => (
                      <li key={`${event.at}-${event.toStatus}`}>
                        {formatDate(event.at)}: {applicationStatusLabels[event.toStatus]} ({event.actorRole})
                        {event.reason ? `. Nota: ${event.reason}` : ''}
                      </li>
                    ))}
                  </ol>
                </details>
                {a.status === 'PROPOSED' ? (
                  <Link to="/proposte" className="btn btn-primary">
                    Rispondi alla proposta
                  </Link>
                ) : null}
                {withdrawable.includes(a.status) ? (
                  <ConfirmAction
                    label="Ritira la candidatura"
                    question={`Vuoi davvero ritirare la candidatura per «${a.vacancy.title}»? L’azienda vedrà che non sei più interessata/o e la candidatura si chiude: non potrai riaprirla. Se hai un colloquio in programma, avvisa anche l’azienda.`}
                    confirmLabel="Sì, ritiro la candidatura"
                    onConfirm={() => withdraw(a)}
                    testId="withdraw"
                  />
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </PagedList>
    </>
  );
}
