import {
  contractTypeLabels,
  type FollowUpCheckpoint,
  FollowUpCheckpoints,
  type FollowUpWords,
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

/** The question and the answers, for a job or for a business of one's own. */
function wordsFor(check: Check): { title: string; what: string } & FollowUpWords {
  const common = {
    tooEarly: 'Ancora presto: potrai rispondere da quel giorno.',
    buttonContext: (days: number) => `(verifica a ${days} giorni)`,
  };
  if (check.kind === 'BUSINESS_STARTED')
    return {
      ...common,
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
    ...common,
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
  const [sending, setSending] = useState<{ id: string; days: number } | null>(null);
  const query = usePagedQuery(['employmentChecks'], async (after) => {
    const data = await client.request(ChecksQuery, { first: PAGE_SIZE, after });
    return data.employmentChecks;
  });

  async function answer(check: Check, checkpoint: FollowUpCheckpoint, stillEmployed: boolean) {
    if (sending) return;
    setSending({ id: check.id, days: checkpoint.days });
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
                  <FollowUpCheckpoints
                    checkpoints={check.checkpoints}
                    words={words}
                    sending={sending?.id === check.id ? sending.days : null}
                    busy={sending !== null}
                    onAnswer={(checkpoint, yes) => void answer(check, checkpoint, yes)}
                  />
                </li>
              );
            })}
          </ul>
        )}
      </PagedList>
    </>
  );
}
