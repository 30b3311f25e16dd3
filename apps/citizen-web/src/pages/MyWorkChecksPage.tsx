import {
  contractTypeLabels,
  formatDate,
  it,
  PAGE_SIZE,
  PagedList,
  PageTitle,
  todayInRome,
  useAnnouncement,
  usePagedQuery,
} from '@sportello/ui';
import { useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { useState } from 'react';
import { client } from '../client';
import { graphql } from '../gql';
import type { MyWorkChecksPage_ChecksQueryQuery } from '../gql/graphql';

const ChecksQuery = graphql(`
  query MyWorkChecksPage_ChecksQuery($first: Int!, $after: String) {
    employmentChecks(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          employerName
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
  mutation MyWorkChecksPage_ConfirmMutation($input: ConfirmEmploymentInput!) {
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

type Check = MyWorkChecksPage_ChecksQueryQuery['employmentChecks']['edges'][number]['node'];
type Checkpoint = Check['checkpoints'][number];

/** The question, the two answers and what each answer says, for a job or for a business of one's own. */
function wordsFor(check: Check) {
  if (check.kind === 'BUSINESS_STARTED')
    return {
      title: 'La tua attività in proprio',
      what: `Avviata il ${formatDate(check.startsOn)}.`,
      question: 'La tua attività è ancora aperta?',
      yes: 'Sì, è ancora aperta',
      no: 'No, l’ho chiusa',
      saidYes: 'Attività ancora aperta.',
      saidNo: 'Attività chiusa.',
    };
  const contract = check.contractType ? contractTypeLabels[check.contractType].toLowerCase() : 'lavoro';
  const employer = check.employerName ?? 'il datore di lavoro';
  return {
    title: employer,
    what: `Contratto: ${contract}, dal ${formatDate(check.startsOn)}.`,
    question: `Lavori ancora presso ${employer}?`,
    yes: 'Sì, lavoro ancora lì',
    no: 'No, non lavoro più lì',
    saidYes: 'Lavori ancora lì.',
    saidNo: 'Non lavori più lì.',
  };
}

/**
 * "Il mio lavoro": the hires and the business the sportello helped with. After 30, 90 and 180 days
 * the person says whether they still work there (or the business is still open).
 */
export function MyWorkChecksPage() {
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
    const words = wordsFor(check);
    try {
      const { confirmEmployment } = await client.request(ConfirmMutation, {
        input: { outcomeId: check.id, checkpointDays: checkpoint.days, stillEmployed },
      });
      if (confirmEmployment.followUp && confirmEmployment.userErrors.length === 0) {
        announce({
          kind: 'success',
          text: `Risposta registrata: ${stillEmployed ? words.saidYes : words.saidNo} Grazie.`,
        });
      } else {
        announce({
          kind: 'danger',
          text: `La risposta non è registrata: ${confirmEmployment.userErrors.map((e) => e.message).join(' ')}`,
        });
      }
      await queryClient.invalidateQueries({ queryKey: ['employmentChecks'] });
    } catch (error) {
      announce({
        kind: 'danger',
        text: `La risposta non è registrata: ${error instanceof Error ? error.message : it.errors.server}`,
      });
    } finally {
      setSending(null);
    }
  }

  const today = todayInRome();
  return (
    <>
      <PageTitle>Il mio lavoro</PageTitle>
      <p className="sl-lead">
        Il lavoro che hai trovato e l’attività che hai avviato con l’aiuto dello sportello. Dopo 30, 90 e 180
        giorni ti chiediamo solo se lavori ancora lì: la tua risposta aiuta lo sportello a sostenere altre
        persone.
      </p>
      {announcement}
      <PagedList query={query} empty="Ancora nessun lavoro registrato dallo sportello.">
        {(checks) => (
          <ul className="list-unstyled" data-testid="work-checks">
            {checks.map((check) => {
              const words = wordsFor(check);
              return (
                <li key={check.id} className="sl-section" data-testid="work-check">
                  <h2 className="h4">{words.title}</h2>
                  <p>{words.what}</p>
                  <ul className="list-unstyled">
                    {check.checkpoints.map((checkpoint) => (
                      <li
                        key={checkpoint.days}
                        className="mb-3"
                        data-testid={`checkpoint-${checkpoint.days}`}
                      >
                        <h3 className="h6 mb-1">
                          Dopo {checkpoint.days} giorni ({formatDate(checkpoint.dueOn)})
                        </h3>
                        {checkpoint.answer ? (
                          <p className="mb-0">
                            {checkpoint.answer.stillEmployed ? words.saidYes : words.saidNo} Risposta di{' '}
                            {checkpoint.answer.confirmedByName}, il {formatDate(checkpoint.answer.at)}.
                          </p>
                        ) : checkpoint.dueOn > today ? (
                          <p className="mb-0">Ancora presto: potrai rispondere da quel giorno.</p>
                        ) : (
                          <fieldset>
                            <legend className="fs-6 fw-normal">{words.question}</legend>
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
                                      ? words.yes
                                      : words.no}
                                  <span className="visually-hidden">
                                    {' '}
                                    (verifica a {checkpoint.days} giorni)
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
              );
            })}
          </ul>
        )}
      </PagedList>
    </>
  );
}
