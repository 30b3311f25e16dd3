import { DataTable, formatDate, PAGE_SIZE, PagedList, PageTitle, usePagedQuery } from '@sportello/ui';
import { client } from '../client';
import { labels } from '../format';
import { graphql } from '../gql';
import type { OutcomesPage_OutcomesQueryQuery } from '../gql/graphql';

const OutcomesQuery = graphql(`
  query OutcomesPage_OutcomesQuery($first: Int!, $after: String) {
    outcomes(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reference
          kind
          contractClass
          durationMonths
          startsOn
          targetGroups
          sportello {
            id
            name
          }
          checkpoints {
            days
            dueOn
            answer {
              id
              stillEmployed
              confirmedVia
              confirmedByName
              at
            }
          }
          eligibility {
            contract {
              id
              name
            }
            eligible
            reason
          }
          billedIn {
            id
            number
          }
        }
      }
    }
  }
`);

type Outcome = OutcomesPage_OutcomesQueryQuery['outcomes']['edges'][number]['node'];

function Checkpoints({ outcome }: { outcome: Outcome }) {
  return (
    <ul className="list-unstyled mb-0">
      {outcome.checkpoints.map((c) => (
        <li key={c.days}>
          <strong>{c.days} giorni:</strong>{' '}
          {c.answer
            ? `${c.answer.stillEmployed ? 'lavora ancora' : 'non lavora più'} (lo dice ${labels.followUpSource[c.answer.confirmedVia]}, ${c.answer.confirmedByName}, il ${formatDate(c.answer.at)})`
            : `da confermare dal ${formatDate(c.dueOn)}`}
        </li>
      ))}
    </ul>
  );
}

function Eligibility({ outcome }: { outcome: Outcome }) {
  if (outcome.eligibility.length === 0) return <>Nessun contratto per lo sportello</>;
  return (
    <ul className="list-unstyled mb-0">
      {outcome.eligibility.map((e) => (
        <li key={e.contract.id}>
          {e.eligible ? 'Idoneo' : 'Non idoneo'} per «{e.contract.name}»
          {e.reason ? `: ${labels.ineligibility[e.reason]}` : ''}
        </li>
      ))}
    </ul>
  );
}

/**
 * "Esiti": every verified placement as the funding contracts see it, under its pseudonymous
 * reference, with the follow-ups and whether each contract pays for it.
 */
export function OutcomesPage() {
  const query = usePagedQuery(['outcomes'], async (after) => {
    const { outcomes } = await client.request(OutcomesQuery, { first: PAGE_SIZE, after });
    return outcomes;
  });
  return (
    <>
      <PageTitle>Esiti</PageTitle>
      <p className="sl-lead">
        Ogni inserimento verificato diventa un esito: i dati al momento dell’assunzione non cambiano più. Dopo
        30, 90 e 180 giorni l’azienda, la persona o lo sportello confermano se la persona lavora ancora. I
        contratti di finanziamento pagano gli esiti idonei; ogni esito si rendiconta una volta sola.
      </p>
      <PagedList query={query} empty="Nessun esito: ancora nessun inserimento verificato.">
        {(outcomes) => (
          <DataTable
            caption="Esiti della rete, dall’assunzione più recente"
            testId="outcomes-table"
            rows={outcomes}
            rowKey={(o) => o.id}
            columns={[
              { header: 'Riferimento', cell: (o) => <span className="sl-nowrap">{o.reference}</span> },
              {
                header: 'Assunzione',
                cell: (o) => (
                  <>
                    {labels.outcomeKind[o.kind]} dal{' '}
                    <span className="sl-nowrap">{formatDate(o.startsOn)}</span>
                    <br />
                    {o.sportello.name}
                  </>
                ),
              },
              {
                header: 'Contratto',
                cell: (o) =>
                  `${labels.contractClass[o.contractClass]}${o.durationMonths ? ` (${o.durationMonths} mesi)` : ''}`,
              },
              {
                header: 'Gruppi',
                cell: (o) =>
                  o.targetGroups.length
                    ? o.targetGroups.map((g) => labels.outcomeTargetGroup[g]).join(', ')
                    : 'Nessuno',
              },
              { header: 'Conferme di impiego', cell: (o) => <Checkpoints outcome={o} /> },
              { header: 'Idoneità', cell: (o) => <Eligibility outcome={o} /> },
              {
                header: 'Rendicontato',
                cell: (o) => (o.billedIn ? `Sì, rendiconto n. ${o.billedIn.number}` : 'No'),
              },
            ]}
          />
        )}
      </PagedList>
    </>
  );
}
