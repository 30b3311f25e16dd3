import { formatDate, PAGE_SIZE, PagedList, PageTitle, usePagedQuery } from '@sportello/ui';
import { Link } from 'react-router';
import { client } from '../client';
import { labels, statusClass } from '../format';
import { graphql } from '../gql';

const CompanyVacanciesQuery = graphql(`
  query VacanciesPage_CompanyVacanciesQuery($first: Int!, $after: String) {
    companyVacancies(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          status
          rejectionReason
          contractType
          hours
          positions
          publishedAt
          expiresOn
          createdAt
        }
      }
    }
  }
`);

/** "Le tue offerte": the company's vacancies in every state, newest first. */
export function VacanciesPage() {
  const query = usePagedQuery(['companyVacancies'], async (after) => {
    const data = await client.request(CompanyVacanciesQuery, { first: PAGE_SIZE, after });
    return data.companyVacancies;
  });

  return (
    <>
      <PageTitle>Le tue offerte</PageTitle>
      <p>
        Le offerte di lavoro dell’azienda, dalla più recente. Apri un’offerta per vedere le candidature e i
        candidati suggeriti dallo sportello.
      </p>
      <p>
        <Link to="/offerte/nuova" className="btn btn-primary">
          Nuova offerta
        </Link>
      </p>
      <PagedList query={query} empty="L’azienda non ha ancora offerte di lavoro.">
        {(vacancies) => (
          <ul className="list-unstyled" data-testid="vacancy-list">
            {vacancies.map((vacancy) => (
              <li key={vacancy.id} className="sl-match-card" data-testid="vacancy-row">
                <h2 className="h5">
                  <Link to={`/offerte/${vacancy.id}`}>{vacancy.title}</Link>
                </h2>
                <p className="sl-status-line mb-2">
                  <span
                    className={`sl-status ${statusClass.vacancy[vacancy.status]}`}
                    data-testid="vacancy-status"
                  >
                    {labels.vacancyStatus[vacancy.status]}
                  </span>
                </p>
                {vacancy.status === 'REJECTED' && vacancy.rejectionReason ? (
                  <p data-testid="vacancy-rejection">
                    <strong>Motivo:</strong> {vacancy.rejectionReason}
                  </p>
                ) : null}
                <p className="mb-0">
                  {labels.contractType[vacancy.contractType]},{' '}
                  {labels.workingHours[vacancy.hours].toLowerCase()},{' '}
                  {vacancy.positions === 1 ? '1 posto' : `${vacancy.positions} posti`}.{' '}
                  {vacancy.publishedAt
                    ? `Pubblicata il ${formatDate(vacancy.publishedAt)}, `
                    : `Creata il ${formatDate(vacancy.createdAt)}, `}
                  scade il {formatDate(vacancy.expiresOn)}.
                </p>
              </li>
            ))}
          </ul>
        )}
      </PagedList>
    </>
  );
}
