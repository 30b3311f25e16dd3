import { todayInItaly } from '@sportello/domain';
import {
  DataTable,
  formatDate,
  it,
  PAGE_SIZE,
  PagedList,
  PageTitle,
  useAnnouncement,
  usePagedQuery,
} from '@sportello/ui';
import { useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { useState } from 'react';
import { client } from '../client';
import { contractClassLabel, labels } from '../format';
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

const ConfirmMutation = graphql(`
  mutation OutcomesPage_ConfirmMutation($input: ConfirmEmploymentInput!) {
    confirmEmployment(input: $input) {
      followUp {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

type Outcome = OutcomesPage_OutcomesQueryQuery['outcomes']['edges'][number]['node'];

/** What "still employed" means for the outcome: at the same employer, or the business still open. */
const answerWords = (outcome: Outcome) =>
  outcome.kind === 'BUSINESS_STARTED'
    ? { yes: 'attività ancora aperta', no: 'attività chiusa', ask: ['Ancora aperta', 'Chiusa'] }
    : { yes: 'lavora ancora', no: 'non lavora più', ask: ['Lavora ancora', 'Non lavora più'] };

/**
 * The follow-ups, and for those due the operator's answer after hearing the person or the company;
 * a new answer corrects the previous one, which stays in the history.
 */
function Checkpoints({ outcome }: { outcome: Outcome }) {
  const queryClient = useQueryClient();
  const [announcement, announce] = useAnnouncement();
  const [pending, setPending] = useState(false);
  if (outcome.checkpoints.length === 0) return <>Nessuna verifica prevista</>;
  const words = answerWords(outcome);
  const today = todayInItaly();

  async function confirm(checkpointDays: number, stillEmployed: boolean) {
    if (pending) return;
    setPending(true);
    announce(null);
    try {
      const { confirmEmployment } = await client.request(ConfirmMutation, {
        input: { outcomeId: outcome.id, checkpointDays, stillEmployed },
      });
      if (confirmEmployment.userErrors.length) {
        announce({ kind: 'danger', text: confirmEmployment.userErrors.map((e) => e.message).join(' ') });
        return;
      }
      announce({
        kind: 'success',
        text: `Verifica a ${checkpointDays} giorni di ${outcome.reference} registrata: ${stillEmployed ? words.yes : words.no}.`,
      });
      await queryClient.invalidateQueries({ queryKey: ['outcomes'] });
    } catch (error) {
      announce({ kind: 'danger', text: error instanceof Error ? error.message : it.errors.server });
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      {announcement}
      <ul className="list-unstyled mb-0">
        {outcome.checkpoints.map((c) => (
          <li key={c.days} className="mb-1" data-testid={`outcome-checkpoint-${c.days}`}>
            <strong>{c.days} giorni:</strong>{' '}
            {c.answer
              ? `${c.answer.stillEmployed ? words.yes : words.no} (lo dice ${labels.followUpSource[c.answer.confirmedVia]}, ${c.answer.confirmedByName}, il ${formatDate(c.answer.at)})`
              : `da confermare dal ${formatDate(c.dueOn)}`}
            {c.dueOn <= today ? (
              <span className="d-block">
                <Button
                  color="primary"
                  outline
                  size="xs"
                  className="me-1"
                  disabled={pending}
                  onClick={() => confirm(c.days, true)}
                  aria-label={`${words.ask[0]} a ${c.days} giorni (${outcome.reference})`}
                >
                  {words.ask[0]}
                </Button>
                <Button
                  color="primary"
                  outline
                  size="xs"
                  disabled={pending}
                  onClick={() => confirm(c.days, false)}
                  aria-label={`${words.ask[1]} a ${c.days} giorni (${outcome.reference})`}
                >
                  {words.ask[1]}
                </Button>
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </>
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
 * "Esiti": every verified placement, tirocinio completed without a hire, program participation ended
 * and business started, as the funding contracts see it, under its pseudonymous reference, with the
 * follow-ups and whether each contract pays for it.
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
        Diventano esiti gli inserimenti verificati, i tirocini conclusi senza assunzione, la fine della
        partecipazione a un programma e l’avvio di un’attività in proprio: i dati di quel giorno non cambiano
        più. Per le assunzioni e le attività in proprio, dopo 30, 90 e 180 giorni l’azienda, la persona o lo
        sportello confermano se la persona lavora ancora. I contratti di finanziamento pagano gli esiti
        idonei; ogni esito si rendiconta una volta sola.
      </p>
      <PagedList query={query} empty="Ancora nessun esito.">
        {(outcomes) => (
          <DataTable
            caption="Esiti della rete, dal più recente"
            testId="outcomes-table"
            rows={outcomes}
            rowKey={(o) => o.id}
            columns={[
              { header: 'Riferimento', cell: (o) => <span className="sl-nowrap">{o.reference}</span> },
              {
                header: 'Esito',
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
                  `${contractClassLabel(o.contractClass)}${o.durationMonths ? ` (${o.durationMonths} mesi)` : ''}`,
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
