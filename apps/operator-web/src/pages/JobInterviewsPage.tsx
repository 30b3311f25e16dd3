import {
  DataTable,
  interviewStatusClass,
  interviewStatusLabels,
  PAGE_SIZE,
  PagedList,
  PageTitle,
  usePagedQuery,
} from '@sportello/ui';
import { Link, useSearchParams } from 'react-router';
import { client } from '../client';
import { formatDateTime, labels, minutesBetween } from '../format';
import { graphql } from '../gql';
import type { InterviewStatus } from '../gql/graphql';

const InterviewsQuery = graphql(`
  query JobInterviewsPage_InterviewsQuery(
    $status: InterviewStatus
    $upcoming: Boolean
    $first: Int!
    $after: String
  ) {
    networkInterviews(status: $status, upcoming: $upcoming, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          startsAt
          endsAt
          mode
          location
          application {
            id
            vacancy {
              id
              title
              companyName
            }
            citizen {
              id
              givenName
              familyName
            }
          }
        }
      }
    }
  }
`);

const filters = {
  'in-programma': {
    label: 'In programma',
    status: null,
    upcoming: true,
    caption: 'Colloqui di lavoro in programma, dal più vicino',
    empty: 'Nessun colloquio di lavoro in programma.',
  },
  accettati: {
    label: 'Accettati, in programma',
    status: 'ACCEPTED',
    upcoming: true,
    caption: 'Colloqui di lavoro accettati e in programma',
    empty: 'Nessun colloquio di lavoro accettato in programma.',
  },
  'in-attesa': {
    label: 'In attesa di risposta',
    status: 'PROPOSED',
    upcoming: true,
    caption: 'Colloqui di lavoro in attesa della risposta del candidato',
    empty: 'Nessun colloquio di lavoro in attesa di risposta.',
  },
  tutti: {
    label: 'Tutti, dal più recente',
    status: null,
    upcoming: false,
    caption: 'Tutti i colloqui di lavoro della rete, dal più recente',
    empty: 'Nessun colloquio di lavoro nella rete.',
  },
} as const satisfies Record<
  string,
  { label: string; status: InterviewStatus | null; upcoming: boolean; caption: string; empty: string }
>;
type Filter = keyof typeof filters;

/** The filter, kept in the address (`?mostra=tutti`). */
function useFilter(): [Filter, (next: string) => void] {
  const [params, setParams] = useSearchParams();
  const value = params.get('mostra') ?? 'in-programma';
  const filter: Filter = value in filters ? (value as Filter) : 'in-programma';
  const set = (next: string) =>
    setParams(next === 'in-programma' ? {} : { mostra: next }, { replace: true, preventScrollReset: true });
  return [filter, set];
}

/** The job interviews companies propose to the network's candidates, to follow and prepare them. */
export function JobInterviewsPage() {
  const [filter, setFilter] = useFilter();
  const chosen = filters[filter];
  const query = usePagedQuery(['networkInterviews', filter], async (after) => {
    const { networkInterviews } = await client.request(InterviewsQuery, {
      status: chosen.status,
      upcoming: chosen.upcoming,
      first: PAGE_SIZE,
      after,
    });
    return networkInterviews;
  });
  return (
    <>
      <PageTitle>Colloqui di lavoro</PageTitle>
      <p className="sl-lead">
        I colloqui che le aziende propongono ai candidati della rete. Aiuta le persone a prepararli: il
        curriculum e le lettere di presentazione sono nella scheda di ciascuno.
      </p>
      <div className="sl-filter">
        <label htmlFor="interviews-filter">Mostra</label>
        <select
          id="interviews-filter"
          className="form-select"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        >
          {Object.entries(filters).map(([value, f]) => (
            <option key={value} value={value}>
              {f.label}
            </option>
          ))}
        </select>
      </div>
      <PagedList query={query} empty={chosen.empty}>
        {(interviews) => (
          <DataTable
            caption={chosen.caption}
            testId="job-interviews-table"
            rows={interviews}
            rowKey={(interview) => interview.id}
            columns={[
              { header: 'Data e ora', cell: (i) => formatDateTime(i.startsAt) },
              { header: 'Durata', cell: (i) => `${minutesBetween(i.startsAt, i.endsAt)} minuti` },
              {
                header: 'Candidato',
                cell: (i) =>
                  i.application.citizen ? (
                    <Link to={`/cittadini/${i.application.citizen.id}`}>
                      {i.application.citizen.givenName} {i.application.citizen.familyName}
                    </Link>
                  ) : (
                    '—'
                  ),
              },
              {
                header: 'Offerta',
                cell: (i) => (
                  <Link to={`/offerte/${i.application.vacancy.id}`}>{i.application.vacancy.title}</Link>
                ),
              },
              { header: 'Azienda', cell: (i) => i.application.vacancy.companyName },
              {
                header: 'Dove',
                cell: (i) => (i.mode === 'ONLINE' ? labels.appointmentMode.ONLINE : (i.location ?? '—')),
              },
              {
                header: 'Stato',
                cell: (i) => (
                  <span className={`sl-status ${interviewStatusClass[i.status]}`}>
                    {interviewStatusLabels[i.status]}
                  </span>
                ),
              },
            ]}
          />
        )}
      </PagedList>
    </>
  );
}
