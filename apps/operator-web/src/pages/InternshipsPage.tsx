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
import { useQueryClient } from '@tanstack/react-query';
import { Link, useLocation, useSearchParams } from 'react-router';
import { client } from '../client';
import { graphql } from '../gql';
import type { InternshipStatus } from '../gql/graphql';
import { ProposeInternshipForm } from './ProposeInternshipForm';

const InternshipsQuery = graphql(`
  query InternshipsPage_InternshipsQuery($status: InternshipStatus, $first: Int!, $after: String) {
    internships(status: $status, first: $first, after: $after) {
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
          trainee {
            id
            givenName
            familyName
          }
          sportello {
            id
            name
          }
        }
      }
    }
  }
`);

const ALL = 'tutti';

/** The status chosen in the filter, kept in the address (`?stato=ACTIVE`) for the back button. */
function useStatusFilter(): [InternshipStatus | null, (next: string) => void] {
  const [params, setParams] = useSearchParams();
  const value = params.get('stato');
  const status = value && value in internshipStatusLabels ? (value as InternshipStatus) : null;
  const set = (next: string) =>
    setParams(next === ALL ? {} : { stato: next }, { replace: true, preventScrollReset: true });
  return [status, set];
}

export function InternshipsPage() {
  const queryClient = useQueryClient();
  const [status, setStatus] = useStatusFilter();
  const back = { back: `/tirocini${useLocation().search}` };
  const query = usePagedQuery(['internships', status ?? ALL], async (after) => {
    const { internships } = await client.request(InternshipsQuery, { status, first: PAGE_SIZE, after });
    return internships;
  });
  const statusName = status ? internshipStatusLabels[status].toLowerCase() : null;

  return (
    <>
      <PageTitle>Tirocini</PageTitle>
      <p className="sl-lead">
        I tirocini promossi dagli sportelli della rete, dall’inizio più recente. Apri un tirocinio per vedere
        il progetto formativo e il monitoraggio, e per farlo avanzare: firma della convenzione, avvio,
        sospensione, interruzione, valutazione finale.
      </p>
      <div className="sl-filter">
        <label htmlFor="internships-status">Stato del tirocinio</label>
        <select
          id="internships-status"
          className="form-select"
          value={status ?? ALL}
          onChange={(event) => setStatus(event.target.value)}
        >
          <option value={ALL}>Tutti gli stati</option>
          {Object.entries<string>(internshipStatusLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <PagedList
        query={query}
        empty={statusName ? `Nessun tirocinio nello stato «${statusName}».` : 'Nessun tirocinio nella rete.'}
      >
        {(internships) => (
          <DataTable
            caption={statusName ? `Tirocini della rete nello stato «${statusName}»` : 'Tirocini della rete'}
            testId="internships-table"
            rows={internships}
            rowKey={(internship) => internship.id}
            columns={[
              {
                header: 'Tirocinante',
                cell: (i) => (
                  <Link to={`/tirocini/${i.id}`} state={back}>
                    {i.trainee.givenName} {i.trainee.familyName}
                  </Link>
                ),
              },
              { header: 'Azienda ospitante', cell: (i) => i.company.legalName },
              { header: 'Tipo', cell: (i) => internshipTypeLabels[i.type] },
              {
                header: 'Periodo',
                cell: (i) => (
                  <span className="sl-nowrap">
                    {formatDate(i.startsOn)} – {formatDate(i.endsOn)}
                  </span>
                ),
              },
              { header: 'Ore settimanali', cell: (i) => i.hoursPerWeek },
              { header: 'Sportello promotore', cell: (i) => i.sportello.name },
              {
                header: 'Stato',
                cell: (i) => (
                  <span className={`sl-status ${internshipStatusClass[i.status]}`}>
                    {internshipStatusLabels[i.status]}
                  </span>
                ),
              },
            ]}
          />
        )}
      </PagedList>
      <ProposeInternshipForm
        onProposed={() => queryClient.invalidateQueries({ queryKey: ['internships'] })}
      />
    </>
  );
}
