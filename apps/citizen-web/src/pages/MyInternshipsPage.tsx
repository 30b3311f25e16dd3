import {
  formatPeriod,
  internshipStatusClass,
  internshipStatusLabels,
  internshipTypeLabels,
  PAGE_SIZE,
  PagedList,
  PageTitle,
  usePagedQuery,
} from '@sportello/ui';
import { Link } from 'react-router';
import { client } from '../client';
import { graphql } from '../gql';

const MyInternshipsQuery = graphql(`
  query MyInternshipsPage_MyInternshipsQuery($first: Int!, $after: String) {
    myInternships(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          type
          startsOn
          endsOn
          hoursPerWeek
          company {
            id
            legalName
          }
        }
      }
    }
  }
`);

/** "I miei tirocini": the citizen's own tirocini, the latest start first. */
export function MyInternshipsPage() {
  const query = usePagedQuery(['myInternships'], async (after) => {
    const data = await client.request(MyInternshipsQuery, { first: PAGE_SIZE, after });
    return data.myInternships;
  });

  return (
    <>
      <PageTitle>I miei tirocini</PageTitle>
      <p className="sl-lead">
        Un tirocinio è un periodo di formazione in un’azienda: impari un lavoro facendolo, seguito da un tutor
        dell’azienda e da un tutor dello sportello. Qui trovi i tuoi tirocini.
      </p>
      <PagedList
        query={query}
        empty="Non hai tirocini. Se ti interessa fare un tirocinio, chiedi allo sportello lavoro del tuo comune."
      >
        {(internships) => (
          <ul className="list-unstyled" data-testid="internship-list">
            {internships.map((internship) => (
              <li key={internship.id} className="sl-match-card" data-testid="internship-row">
                <h2 className="h5">
                  <Link to={`/tirocini/${internship.id}`}>
                    Tirocinio presso {internship.company.legalName}
                  </Link>
                </h2>
                <p className="sl-status-line mb-2">
                  <span className={`sl-status ${internshipStatusClass[internship.status]}`}>
                    <span className="visually-hidden">Stato: </span>
                    {internshipStatusLabels[internship.status]}
                  </span>
                  <span className="sl-tag">
                    Tirocinio {internshipTypeLabels[internship.type].toLowerCase()}
                  </span>
                </p>
                <p className="mb-0">
                  {formatPeriod(internship.startsOn, internship.endsOn)}, {internship.hoursPerWeek} ore a
                  settimana.
                </p>
              </li>
            ))}
          </ul>
        )}
      </PagedList>
    </>
  );
}
