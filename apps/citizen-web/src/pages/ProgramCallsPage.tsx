import {
  EligibilityChecks,
  formatCents,
  formatDate,
  PAGE_SIZE,
  PagedList,
  PageTitle,
  usePagedQuery,
} from '@sportello/ui';
import { Link } from 'react-router';
import { client } from '../client';
import { graphql } from '../gql';

const OpenCallsQuery = graphql(`
  query ProgramCallsPage_OpenCallsQuery($first: Int!, $after: String) {
    openProgramCalls(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          closesOn
          places
          hourlyRateCents
          program {
            id
            kind
            title
            description
          }
          myEligibility {
            rule
            outcome
            reason
          }
          myApplication {
            id
          }
        }
      }
    }
  }
`);

/** Bandi aperti: the calls of the network open today, each with what the person meets. */
export function ProgramCallsPage() {
  const query = usePagedQuery(['openProgramCalls'], async (after) => {
    const { openProgramCalls } = await client.request(OpenCallsQuery, { first: PAGE_SIZE, after });
    return openProgramCalls;
  });
  return (
    <>
      <PageTitle>Bandi aperti</PageTitle>
      <p className="sl-lead">
        I progetti dei comuni per chi cerca lavoro (per esempio i cantieri di lavoro): si lavora per il comune
        alcune ore alla settimana e si riceve un’indennità. Per ogni bando vedi se hai i requisiti.
      </p>
      <PagedList query={query} empty="Oggi non ci sono bandi aperti.">
        {(calls) => (
          <ul className="sl-cards list-unstyled">
            {calls.map((call) => {
              const checks = call.myEligibility ?? [];
              const canApply = checks.every((c) => c.outcome !== 'FAIL');
              return (
                <li key={call.id} className="sl-card mb-4" data-testid="program-call">
                  <h2 className="h4">
                    {call.program.kind}: {call.program.title}
                  </h2>
                  <p>{call.program.description}</p>
                  <p>
                    {call.title}. Domande fino al {formatDate(call.closesOn)}; {call.places} posti;{' '}
                    {formatCents(call.hourlyRateCents)} per ogni ora di lavoro.
                  </p>
                  <h3 className="h5">{canApply ? 'Puoi partecipare' : 'Non puoi partecipare'}</h3>
                  <EligibilityChecks checks={checks} />
                  {call.myApplication ? (
                    <p>
                      Hai già fatto domanda: la segui in <Link to="/le-mie-domande">Le mie domande</Link>.
                    </p>
                  ) : canApply ? (
                    <Link className="btn btn-primary" to={`/bandi/${call.id}`}>
                      Fai domanda per «{call.program.title}»
                    </Link>
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
