import { DataTable, formatDate, PAGE_SIZE, PagedList, PageTitle, usePagedQuery } from '@sportello/ui';
import { Link } from 'react-router';
import { client } from '../client';
import { labels } from '../format';
import { graphql } from '../gql';
import type { CompanyStatus } from '../gql/graphql';

const CompaniesQuery = graphql(`
  query CompaniesPage_CompaniesQuery($first: Int!, $after: String) {
    companies(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          legalName
          partitaIva
          email
          status
          createdAt
          comune {
            name
            provinceCode
          }
          answerTimes {
            averageDays
            answered
            awaiting
            closedWithoutAnswer
          }
        }
      }
    }
  }
`);

const statusClass: Record<CompanyStatus, string> = {
  PENDING: 'sl-status--pending',
  VERIFIED: 'sl-status--verified',
  REJECTED: 'sl-status--rejected',
};

export function CompanyStatusBadge({ status }: { status: CompanyStatus }) {
  return <span className={`sl-status ${statusClass[status]}`}>{labels.companyStatus[status]}</span>;
}

type AnswerTimes = {
  averageDays?: number | null;
  answered: number;
  awaiting: number;
  closedWithoutAnswer: number;
};

const days = (n: number) =>
  `${n.toLocaleString('it-IT', { maximumFractionDigits: 1 })} ${n === 1 ? 'giorno' : 'giorni'}`;

/** How the company answers its candidatures, in one cell. */
function AnswerTimesCell({ times }: { times: AnswerTimes | null | undefined }) {
  if (!times || times.answered + times.awaiting + times.closedWithoutAnswer === 0)
    return <>Nessuna candidatura</>;
  return (
    <>
      {times.averageDays != null ? `In media ${days(times.averageDays)}` : 'Nessuna risposta finora'}
      {times.awaiting ? <div>{times.awaiting} in attesa</div> : null}
      {times.closedWithoutAnswer ? <div>{times.closedWithoutAnswer} chiuse senza risposta</div> : null}
    </>
  );
}

export function CompaniesPage() {
  const query = usePagedQuery(['companies', 'all'], async (after) => {
    const { companies } = await client.request(CompaniesQuery, { first: PAGE_SIZE, after });
    return companies;
  });
  return (
    <>
      <PageTitle>Aziende</PageTitle>
      <p className="sl-lead">
        Tutte le aziende registrate nella rete, con lo stato della verifica e il tempo che impiegano a
        rispondere alle candidature.
      </p>
      <PagedList query={query} empty="Nessuna azienda registrata nella rete.">
        {(companies) => (
          <DataTable
            caption="Aziende della rete"
            testId="companies-table"
            rows={companies}
            rowKey={(company) => company.id}
            columns={[
              {
                header: 'Ragione sociale',
                cell: (c) => (
                  <>
                    {c.legalName}
                    <div>
                      <Link to={`/aziende/${c.id}/servizi`}>
                        Servizi<span className="visually-hidden"> a {c.legalName}</span>
                      </Link>
                    </div>
                  </>
                ),
              },
              { header: 'Partita IVA', cell: (c) => c.partitaIva },
              { header: 'Comune della sede', cell: (c) => `${c.comune.name} (${c.comune.provinceCode})` },
              { header: 'Email', cell: (c) => <span className="text-break">{c.email}</span> },
              { header: 'Registrata il', cell: (c) => formatDate(c.createdAt) },
              { header: 'Stato', cell: (c) => <CompanyStatusBadge status={c.status} /> },
              { header: 'Risposte alle candidature', cell: (c) => <AnswerTimesCell times={c.answerTimes} /> },
            ]}
          />
        )}
      </PagedList>
    </>
  );
}
