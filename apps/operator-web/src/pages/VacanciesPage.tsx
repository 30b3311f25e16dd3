import { DataTable, formatDate, PAGE_SIZE, PagedList, PageTitle, usePagedQuery } from '@sportello/ui';
import { Link, useLocation, useSearchParams } from 'react-router';
import { client } from '../client';
import { labels, statusClass } from '../format';
import { graphql } from '../gql';
import type { VacancyStatus } from '../gql/graphql';

const NetworkVacanciesQuery = graphql(`
  query VacanciesPage_NetworkVacanciesQuery($status: VacancyStatus, $first: Int!, $after: String) {
    networkVacancies(status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          companyName
          contractType
          hours
          positions
          status
          expiresOn
          remote
          workplaceComune {
            name
            provinceCode
          }
        }
      }
    }
  }
`);

const ALL = 'tutte';

/** The status chosen in the filter, kept in the address (`?stato=PUBLISHED`) for the back button. */
function useStatusFilter(): [VacancyStatus | null, (next: string) => void] {
  const [params, setParams] = useSearchParams();
  const value = params.get('stato');
  const status = value && value in labels.vacancyStatus ? (value as VacancyStatus) : null;
  const set = (next: string) =>
    setParams(next === ALL ? {} : { stato: next }, { replace: true, preventScrollReset: true });
  return [status, set];
}

/** Where the job is: the comune, or "Da remoto" for vacancies with no workplace. */
export function workplace(vacancy: {
  remote: boolean;
  workplaceComune?: { name: string; provinceCode: string } | null;
}): string {
  if (!vacancy.workplaceComune) return vacancy.remote ? 'Da remoto' : '—';
  const place = `${vacancy.workplaceComune.name} (${vacancy.workplaceComune.provinceCode})`;
  return vacancy.remote ? `${place}, anche da remoto` : place;
}

export function VacanciesPage() {
  const [status, setStatus] = useStatusFilter();
  // The detail page's "back" link returns to the list with the same filter.
  const back = { back: `/offerte${useLocation().search}` };
  const query = usePagedQuery(['vacancies', 'network', status ?? ALL], async (after) => {
    const { networkVacancies } = await client.request(NetworkVacanciesQuery, {
      status,
      first: PAGE_SIZE,
      after,
    });
    return networkVacancies;
  });
  const statusName = status ? labels.vacancyStatus[status].toLowerCase() : null;

  return (
    <>
      <PageTitle>Offerte</PageTitle>
      <p className="sl-lead">
        Le offerte di lavoro delle aziende della rete, dalla più recente. Apri un’offerta per vedere le
        candidature o per proporre una persona.
      </p>
      <div className="sl-filter">
        <label htmlFor="vacancies-status">Stato dell’offerta</label>
        <select
          id="vacancies-status"
          className="form-select"
          value={status ?? ALL}
          onChange={(event) => setStatus(event.target.value)}
        >
          <option value={ALL}>Tutti gli stati</option>
          {Object.entries<string>(labels.vacancyStatus).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <PagedList
        query={query}
        empty={statusName ? `Nessuna offerta nello stato «${statusName}».` : 'Nessuna offerta nella rete.'}
      >
        {(vacancies) => (
          <DataTable
            caption={statusName ? `Offerte della rete nello stato «${statusName}»` : 'Offerte della rete'}
            testId="vacancies-table"
            rows={vacancies}
            rowKey={(vacancy) => vacancy.id}
            columns={[
              {
                header: 'Titolo',
                cell: (v) => (
                  <Link to={`/offerte/${v.id}`} state={back}>
                    {v.title}
                  </Link>
                ),
              },
              { header: 'Azienda', cell: (v) => v.companyName },
              { header: 'Luogo di lavoro', cell: (v) => workplace(v) },
              { header: 'Contratto', cell: (v) => labels.contractType[v.contractType] },
              { header: 'Orario', cell: (v) => labels.workingHours[v.hours] },
              { header: 'Posti', cell: (v) => v.positions },
              {
                header: 'Stato',
                cell: (v) => (
                  <span className={`sl-status ${statusClass.vacancy[v.status]}`}>
                    {labels.vacancyStatus[v.status]}
                  </span>
                ),
              },
              {
                header: 'Scade il',
                cell: (v) => <span className="sl-nowrap">{formatDate(v.expiresOn)}</span>,
              },
            ]}
          />
        )}
      </PagedList>
    </>
  );
}
