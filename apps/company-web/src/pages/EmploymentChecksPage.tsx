import { todayInItaly } from '@sportello/domain';
import {
  contractTypeLabels,
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
type Checkpoint = Check['checkpoints'][number];

/**
 * "Conferme di impiego": for each person the company hired through the sportello, whether they
 * still work there 30, 90 and 180 days after starting. The sportello is paid on these answers.
 */
export function EmploymentChecksPage() {
  const queryClient = useQueryClient();
  const [announcement, announce] = useAnnouncement();
  const [sending, setSending] = useState<string | null>(null);
  const query = usePagedQuery(['employmentChecks'], async (after) => {
    const data = await client.request(ChecksQuery, { first: PAGE_SIZE, after });
    return data.employmentChecks;
  });

  async function answer(check: Check, checkpoint: Checkpoint, stillEmployed: boolean) {
    if (sending) return;
    setSending(`${check.id}-${checkpoint.days}`);
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

  const today = todayInItaly();
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
                <ul className="list-unstyled">
                  {check.checkpoints.map((checkpoint) => (
                    <li key={checkpoint.days} className="mb-3" data-testid={`checkpoint-${checkpoint.days}`}>
                      <h3 className="h6 mb-1">
                        Dopo {checkpoint.days} giorni ({formatDate(checkpoint.dueOn)})
                      </h3>
                      {checkpoint.answer ? (
                        <p className="mb-0">
                          {checkpoint.answer.stillEmployed
                            ? 'Lavora ancora da voi.'
                            : 'Non lavora più da voi.'}{' '}
                          Risposta di {checkpoint.answer.confirmedByName}, il{' '}
                          {formatDate(checkpoint.answer.at)}.
                        </p>
                      ) : checkpoint.dueOn > today ? (
                        <p className="mb-0">Ancora presto: potrete rispondere da quel giorno.</p>
                      ) : (
                        <fieldset>
                          <legend className="fs-6 fw-normal">{check.personName} lavora ancora da voi?</legend>
                          <div className="sl-actions mt-1">
                            {[true, false].map((yes) => (
                              <Button
                                key={String(yes)}
                                type="button"
                                color="primary"
                                outline={!yes}
                                size="sm"
                                aria-disabled={sending !== null || undefined}
                                onClick={() => void answer(check, checkpoint, yes)}
                              >
                                {sending === `${check.id}-${checkpoint.days}`
                                  ? it.common.sending
                                  : yes
                                    ? 'Sì, lavora ancora da noi'
                                    : 'No, non lavora più da noi'}
                                <span className="visually-hidden">
                                  {' '}
                                  (verifica a {checkpoint.days} giorni di {check.personName})
                                </span>
                              </Button>
                            ))}
                          </div>
                        </fieldset>
                      )}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </PagedList>
    </>
  );
}
