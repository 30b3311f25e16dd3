import {
  DataTable,
  formatDate,
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

const CompanyInternshipsQuery = graphql(`
  query InternshipsPage_CompanyInternshipsQuery($first: Int!, $after: String) {
    companyInternships(first: $first, after: $after) {
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
          trainee {
            id
            givenName
            familyName
          }
          companyTutor {
            name
          }
        }
      }
    }
  }
`);

/** "Tirocini": the tirocini the company hosts, the latest start first. */
export function InternshipsPage() {
  const query = usePagedQuery(['companyInternships'], async (after) => {
    const data = await client.request(CompanyInternshipsQuery, { first: PAGE_SIZE, after });
    return data.companyInternships;
  });

  return (
    <>
      <PageTitle>Tirocini</PageTitle>
      <p className="sl-lead">
        I tirocini che l’azienda ospita, dall’inizio più recente. Apri un tirocinio per vedere il progetto
        formativo e per registrare il monitoraggio delle presenze.
      </p>
      <PagedList query={query} empty="L’azienda non ospita ancora tirocini.">
        {(internships) => (
          <DataTable
            caption="Tirocini ospitati dall’azienda"
            testId="internships-table"
            rows={internships}
            rowKey={(internship) => internship.id}
            columns={[
              {
                header: 'Tirocinante',
                cell: (i) => (
                  <Link to={`/tirocini/${i.id}`}>
                    {i.trainee.givenName} {i.trainee.familyName}
                  </Link>
                ),
              },
              { header: 'Tipo', cell: (i) => internshipTypeLabels[i.type] },
              {
                header: 'Stato',
                cell: (i) => (
                  <span className={`sl-status ${internshipStatusClass[i.status]}`}>
                    {internshipStatusLabels[i.status]}
                  </span>
                ),
              },
              {
                header: 'Periodo',
                cell: (i) => (
                  <span className="sl-nowrap">
                    {formatDate(i.startsOn)} – {formatDate(i.endsOn)}
                  </span>
                ),
              },
              { header: 'Tutor aziendale', cell: (i) => i.companyTutor.name },
            ]}
          />
        )}
      </PagedList>
    </>
  );
}
