import {
  contractTypeLabels,
  type FollowUpCheckpoint,
  FollowUpCheckpoints,
  formatDate,
  it,
  PAGE_SIZE,
  PagedList,
  PageTitle,
  useAnnouncement,
  usePagedQuery,
} from '@sportello/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { client } from '../client';
import { graphql } from '../gql';
import type { EmploymentChecksPage_ChecksQueryQuery } from '../gql/graphql';

const ChecksQuery = graphql(`
  query EmploymentChecksPage_ChecksQuery($first: Int!, $after: String) {
    employmentChecks(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          personName
          contractType
          startsOn
          checkpoints {
            days
            dueOn
            answer {
              id
              stillEmployed
              confirmedByName
              at
            }
          }
        }
      }
    }
  }
`);

const ConfirmMutation = graphql(`
  mutation EmploymentChecksPage_ConfirmMutation($input: ConfirmEmploymentInput!) {
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

type Check = EmploymentChecksPage_ChecksQueryQuery['employmentChecks']['edges'][number]['node'];

/**
 * "Conferme di impiego": for each person the company hired through the sportello, whether they
 * still work there 30, 90 and 180 days after starting. The sportello is paid on these answers.
 */
export function EmploymentChecksPage() {
  const queryClient = useQueryClient();
  const [announcement, announce] = useAnnouncement();
  const [sending, setSending] = useState<{ id: string; days: number } | null>(null);
  const query = usePagedQuery(['employmentChecks'], async (after) => {
    const data = await client.request(ChecksQuery, { first: PAGE_SIZE, after });
    return data.employmentChecks;
  });

  async function answer(check: Check, checkpoint: FollowUpCheckpoint, stillEmployed: boolean) {
    if (sending) return;
    setSending({ id: check.id, days: checkpoint.days });
    const what = `La conferma a ${checkpoint.days} giorni per ${check.personName}`;
    try {
      const { confirmEmployment } = await client.request(ConfirmMutation, {
        input: { outcomeId: check.id, checkpointDays: checkpoint.days, stillEmployed },
      });
      if (confirmEmployment.followUp && confirmEmployment.userErrors.length === 0) {
        announce({
          kind: 'success',
          text: `${what} è registrata: ${stillEmployed ? 'lavora ancora da voi' : 'non lavora più da voi'}. Grazie.`,
        });
      } else {
        announce({
          kind: 'danger',
          text: `${what} non è registrata: ${confirmEmployment.userErrors.map((e) => e.message).join(' ')}`,
        });
      }
      await queryClient.invalidateQueries({ queryKey: ['employmentChecks'] });
    } catch (error) {
      announce({
        kind: 'danger',
        text: `${what} non è registrata: ${error instanceof Error ? error.message : it.errors.server}`,
      });
    } finally {
      setSending(null);
    }
  }

  return (
    <>
      <PageTitle>Conferme di impiego</PageTitle>
      <p className="sl-lead">
        Le persone che avete assunto con l’aiuto dello sportello. Dopo 30, 90 e 180 giorni dall’inizio del
        lavoro vi chiediamo solo questo: la persona lavora ancora da voi? La vostra risposta aiuta lo
        sportello a sostenere altre persone.
      </p>
      {announcement}
      <PagedList query={query} empty="Nessuna assunzione da confermare.">
        {(checks) => (
          <ul className="list-unstyled" data-testid="employment-checks">
            {checks.map((check) => (
              <li key={check.id} className="sl-section" data-testid="employment-check">
                <h2 className="h4">{check.personName}</h2>
                <p>
                  {check.contractType ? contractTypeLabels[check.contractType] : 'Assunzione'}, dal{' '}
                  {formatDate(check.startsOn)}.
                </p>
                <FollowUpCheckpoints
                  checkpoints={check.checkpoints}
                  words={{
                    question: `${check.personName} lavora ancora da voi?`,
                    yes: 'Sì, lavora ancora da noi',
                    no: 'No, non lavora più da noi',
                    saidYes: 'Lavora ancora da voi.',
                    saidNo: 'Non lavora più da voi.',
                    tooEarly: 'Ancora presto: potrete rispondere da quel giorno.',
                    buttonContext: (days) => `(verifica a ${days} giorni di ${check.personName})`,
                  }}
                  sending={sending?.id === check.id ? sending.days : null}
                  busy={sending !== null}
                  onAnswer={(checkpoint, yes) => void answer(check, checkpoint, yes)}
                />
              </li>
            ))}
          </ul>
        )}
      </PagedList>
    </>
  );
}
