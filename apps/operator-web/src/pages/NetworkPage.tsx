import {
  DataTable,
  formatCents,
  formatDate,
  LoadError,
  Loading,
  Notice,
  PageTitle,
  todayInRome,
} from '@sportello/ui';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useMe } from '../AppLayout';
import { client } from '../client';
import { labels } from '../format';
import { graphql } from '../gql';
import { NetworkCompanyAnswers } from './NetworkCompanyAnswers';
import { NetworkPrivacy } from './NetworkPrivacy';
import { NetworkReportMinCount } from './NetworkReportMinCount';
import { NetworkRetention } from './NetworkRetention';
import { NetworkTwoFactor } from './NetworkTwoFactor';
import { NetworkVacancyPay } from './NetworkVacancyPay';

const SportelliQuery = graphql(`
  query NetworkPage_SportelliQuery {
    sportelli {
      id
      name
      address
      email
      phone
      comune {
        name
        provinceCode
      }
    }
  }
`);

const CaseCountsQuery = graphql(`
  query NetworkPage_CaseCountsQuery {
    caseCounts {
      sportello {
        id
        name
      }
      openCases
      closedCases
      pattiAccepted
      pattiAwaitingAcceptance
      overdueActions
    }
  }
`);

const MembershipsQuery = graphql(`
  query NetworkPage_MembershipsQuery {
    memberships {
      id
      startsOn
      endsOn
      comune {
        istatCode
        name
        provinceCode
      }
      fees {
        year
        amountCents
        status
        paidOn
        registeredResidents
      }
    }
  }
`);

const OperatorsQuery = graphql(`
  query NetworkPage_OperatorsQuery {
    operators {
      id
      givenName
      familyName
      email
      sportello {
        id
        name
      }
    }
  }
`);

/** Loading, error and empty states of a list that is not paged. */
function ListState<T>({
  query,
  empty,
  children,
}: {
  query: UseQueryResult<T>;
  empty: (data: T) => string | null;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading />;
  if (query.error) return <LoadError error={query.error} retry={() => query.refetch()} />;
  const message = empty(query.data);
  return message ? (
    <Notice kind="info" testId="empty-state">
      <p className="mb-0">{message}</p>
    </Notice>
  ) : (
    children(query.data)
  );
}

export function NetworkPage() {
  const me = useMe().data?.me;
  const isAdmin = me?.kind === 'NETWORK_ADMIN';
  const sportelli = useQuery({
    queryKey: ['network', 'sportelli'],
    queryFn: () => client.request(SportelliQuery),
  });
  const memberships = useQuery({
    queryKey: ['network', 'memberships'],
    queryFn: () => client.request(MembershipsQuery),
  });
  const caseCounts = useQuery({
    queryKey: ['network', 'case-counts'],
    queryFn: () => client.request(CaseCountsQuery),
  });
  // Operators are refused the list of operators: only network admins ask for it.
  const operators = useQuery({
    queryKey: ['network', 'operators'],
    queryFn: () => client.request(OperatorsQuery),
    enabled: isAdmin,
  });

  return (
    <>
      <PageTitle>Rete</PageTitle>
      <p className="sl-lead">
        {me?.network?.name ?? 'La rete di comuni'}: gli sportelli, i comuni associati e le loro quote
        {isAdmin ? ', gli operatori' : ''}.
      </p>
      <section className="sl-section" aria-labelledby="sportelli">
        <h2 id="sportelli">Sportelli</h2>
        <ListState
          query={sportelli}
          empty={(d) => (d.sportelli.length ? null : 'Nessuno sportello nella rete.')}
        >
          {(d) => (
            <DataTable
              caption="Sportelli della rete"
              testId="sportelli-table"
              rows={d.sportelli}
              rowKey={(s) => s.id}
              columns={[
                { header: 'Nome', cell: (s) => s.name },
                { header: 'Indirizzo', cell: (s) => s.address },
                { header: 'Comune', cell: (s) => `${s.comune.name} (${s.comune.provinceCode})` },
                {
                  header: 'Contatti',
                  cell: (s) => (
                    <span className="text-break">
                      {[s.email, s.phone].filter(Boolean).join(' · ') || '—'}
                    </span>
                  ),
                },
              ]}
            />
          )}
        </ListState>
      </section>
      <section className="sl-section" aria-labelledby="case-counts">
        <h2 id="case-counts">Percorsi allo sportello</h2>
        <p>Solo i numeri: i patti e i diari li legge lo sportello che ha in carico la persona.</p>
        <ListState
          query={caseCounts}
          empty={(d) => (d.caseCounts.length ? null : 'Nessuna persona in carico nella rete.')}
        >
          {(d) => (
            <DataTable
              caption="Persone in carico per sportello"
              testId="case-counts-table"
              rows={d.caseCounts}
              rowKey={(c) => c.sportello.id}
              columns={[
                { header: 'Sportello', cell: (c) => c.sportello.name },
                { header: 'In carico', cell: (c) => c.openCases },
                { header: 'Patti accettati', cell: (c) => c.pattiAccepted },
                { header: 'Patti da accettare', cell: (c) => c.pattiAwaitingAcceptance },
                { header: 'Azioni scadute', cell: (c) => c.overdueActions },
                { header: 'Percorsi chiusi', cell: (c) => c.closedCases },
              ]}
            />
          )}
        </ListState>
      </section>
      <section className="sl-section" aria-labelledby="memberships">
        <h2 id="memberships">Comuni associati e quote</h2>
        <ListState
          query={memberships}
          empty={(d) => (d.memberships.length ? null : 'Nessun comune associato alla rete.')}
        >
          {(d) => (
            <DataTable
              caption={`Comuni associati (${d.memberships.length}) e quote associative`}
              testId="memberships-table"
              rows={d.memberships}
              rowKey={(m) => m.id}
              columns={[
                { header: 'Comune', cell: (m) => `${m.comune.name} (${m.comune.provinceCode})` },
                { header: 'Associato dal', cell: (m) => formatDate(m.startsOn) },
                { header: 'Fino al', cell: (m) => (m.endsOn ? formatDate(m.endsOn) : '—') },
                {
                  header: 'Quote associative',
                  cell: (m) =>
                    m.fees.length === 0 ? (
                      'Nessuna quota'
                    ) : (
                      <ul>
                        {m.fees.map((fee) => (
                          <li key={fee.year}>
                            {fee.year}: {formatCents(fee.amountCents)},{' '}
                            {labels.feeStatus[fee.status].toLowerCase()}
                            {fee.paidOn ? ` il ${formatDate(fee.paidOn)}` : ''};{' '}
                            {fee.registeredResidents === 1
                              ? '1 residente iscritto'
                              : `${fee.registeredResidents.toLocaleString('it-IT')} residenti iscritti`}{' '}
                            {fee.year < Number(todayInRome().slice(0, 4)) ? 'a fine anno' : 'a oggi'}
                          </li>
                        ))}
                      </ul>
                    ),
                },
              ]}
            />
          )}
        </ListState>
      </section>
      {isAdmin ? (
        <section className="sl-section" aria-labelledby="operators">
          <h2 id="operators">Operatori</h2>
          <ListState
            query={operators}
            empty={(d) => (d.operators.length ? null : 'Nessun operatore nella rete.')}
          >
            {(d) => (
              <DataTable
                caption="Operatori degli sportelli"
                testId="operators-table"
                rows={d.operators}
                rowKey={(o) => o.id}
                columns={[
                  { header: 'Nome', cell: (o) => `${o.givenName} ${o.familyName}` },
                  { header: 'Email', cell: (o) => <span className="text-break">{o.email}</span> },
                  { header: 'Sportello', cell: (o) => o.sportello.name },
                ]}
              />
            )}
          </ListState>
        </section>
      ) : null}
      {isAdmin ? <NetworkPrivacy /> : null}
      {isAdmin ? <NetworkRetention /> : null}
      {isAdmin ? <NetworkTwoFactor /> : null}
      {isAdmin ? <NetworkCompanyAnswers /> : null}
      {isAdmin ? <NetworkVacancyPay /> : null}
      {isAdmin ? <NetworkReportMinCount /> : null}
    </>
  );
}
