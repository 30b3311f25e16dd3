import {
  DownloadButton,
  formatCents,
  formatDate,
  monthOf,
  PAGE_SIZE,
  PagedList,
  PageTitle,
  participationStatusLabels,
  programOutcomeLabels,
  statementPdfPath,
  todayInRome,
  usePagedQuery,
} from '@sportello/ui';
import { client } from '../client';
import { graphql } from '../gql';

const MyApplicationsQuery = graphql(`
  query MyProgramApplicationsPage_Query($first: Int!, $after: String, $month: String!) {
    myProgramApplications(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          submittedAt
          call {
            id
            title
            rankingPublishedAt
            program {
              id
              kind
              title
            }
          }
          ranking {
            position
          }
          participation {
            id
            status
            projectDescription
            place
            tutor
            weeklyHours
            interruptionReason
            outcome
            monthlyStatement(month: $month) {
              hours
              amountCents
            }
          }
        }
      }
    }
  }
`);

/** Le mie domande: each application, its place in the graduatoria and the participation. */
export function MyProgramApplicationsPage() {
  const month = monthOf(todayInRome());
  const query = usePagedQuery(['myProgramApplications'], async (after) => {
    const { myProgramApplications } = await client.request(MyApplicationsQuery, {
      first: PAGE_SIZE,
      after,
      month,
    });
    return myProgramApplications;
  });
  return (
    <>
      <PageTitle>Le mie domande</PageTitle>
      <p className="sl-lead">
        Le domande che hai fatto ai bandi dei comuni, e il progetto se sei stato ammesso.
      </p>
      <PagedList query={query} empty="Non hai ancora fatto domande. Guarda i bandi aperti.">
        {(applications) => (
          <ul className="list-unstyled">
            {applications.map((a) => {
              const p = a.participation;
              return (
                <li key={a.id} className="sl-card mb-4" data-testid="my-program-application">
                  <h2 className="h4">
                    {a.call.program.kind}: {a.call.program.title}
                  </h2>
                  <p>
                    {a.call.title}. Domanda del {formatDate(a.submittedAt)}.
                  </p>
                  <p>
                    {a.call.rankingPublishedAt
                      ? a.ranking
                        ? `Graduatoria pubblicata: sei in posizione ${a.ranking.position}.`
                        : 'Graduatoria pubblicata.'
                      : 'La graduatoria non è ancora pubblicata.'}
                  </p>
                  {p ? (
                    <>
                      <h3 className="h5">Il tuo progetto: {participationStatusLabels[p.status]}</h3>
                      <p>
                        {p.projectDescription}, presso {p.place}. Tutor: {p.tutor}. {p.weeklyHours} ore alla
                        settimana.
                      </p>
                      {p.interruptionReason ? <p>Interrotto: {p.interruptionReason}</p> : null}
                      {p.outcome ? <p>Esito: {programOutcomeLabels[p.outcome]}</p> : null}
                      <p>
                        Questo mese: {p.monthlyStatement.hours} ore, indennità{' '}
                        {formatCents(p.monthlyStatement.amountCents)}.
                      </p>
                      <DownloadButton
                        client={client}
                        path={statementPdfPath(p.id, month)}
                        label="Scarica il prospetto del mese (PDF)"
                        fallbackName={`indennita-${month}.pdf`}
                      />
                    </>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </PagedList>
    </>
  );
}
