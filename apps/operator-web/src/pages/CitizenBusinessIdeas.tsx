import { BusinessIdeaForm, type BusinessIdeaFormValues, referralStatusLabels } from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useMe } from '../AppLayout';
import { client } from '../client';
import { graphql } from '../gql';
import { useMemberComuni } from '../member-comuni';

const CitizenIdeasQuery = graphql(`
  query CitizenBusinessIdeas_Query($citizenId: ID!) {
    businessIdeas(citizenId: $citizenId, first: 50) {
      edges {
        node {
          id
          title
          businessStartedOn
          referrals {
            id
            status
          }
        }
      }
    }
  }
`);

const SubmitForCitizenMutation = graphql(`
  mutation CitizenBusinessIdeas_SubmitMutation($input: BusinessIdeaInput!, $idempotencyKey: String) {
    submitBusinessIdea(input: $input, idempotencyKey: $idempotencyKey) {
      businessIdea {
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

export const AtecoSearchQuery = graphql(`
  query BusinessIdeas_AtecoQuery($search: String!) {
    atecoActivities(search: $search, first: 30) {
      code
      title
    }
  }
`);

export const searchAteco = async (search: string) =>
  (await client.request(AtecoSearchQuery, { search })).atecoActivities.map((a) => ({
    value: a.code,
    label: `${a.code} – ${a.title}`,
  }));

/** The citizen's business ideas (autoimpiego), and a new one written with them. */
export function CitizenBusinessIdeas({ citizenId }: { citizenId: string }) {
  const isOperator = useMe().data?.me?.kind === 'OPERATOR';
  const comuni = useMemberComuni();
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: ['businessIdeas', citizenId],
    queryFn: () => client.request(CitizenIdeasQuery, { citizenId }),
  });

  async function submit(values: BusinessIdeaFormValues) {
    const { submitBusinessIdea } = await client.request(SubmitForCitizenMutation, {
      input: { ...values, citizenId },
      idempotencyKey: crypto.randomUUID(),
    });
    if (submitBusinessIdea.userErrors.length === 0)
      await queryClient.invalidateQueries({ queryKey: ['businessIdeas'] });
    return submitBusinessIdea.userErrors;
  }

  const ideas = query.data?.businessIdeas.edges.map((e) => e.node) ?? [];
  return (
    <section className="sl-section" aria-labelledby="business-ideas">
      <h2 id="business-ideas">Idee d’impresa e microcredito</h2>
      {ideas.length === 0 ? (
        <p>Nessuna idea d’impresa.</p>
      ) : (
        <ul data-testid="citizen-business-ideas">
          {ideas.map((idea) => {
            const last = idea.referrals[0];
            return (
              <li key={idea.id}>
                <Link to={`/autoimpiego/${idea.id}`}>{idea.title}</Link>
                {' – '}
                {idea.businessStartedOn
                  ? 'impresa avviata'
                  : last
                    ? `microcredito: ${referralStatusLabels[last.status].toLowerCase()}`
                    : 'non ancora segnalata a un ente di microcredito'}
              </li>
            );
          })}
        </ul>
      )}
      {isOperator ? (
        <details>
          <summary>Scrivi un’idea d’impresa con la persona</summary>
          <BusinessIdeaForm
            comuni={comuni.comuni.map((c) => ({ value: c.istatCode, label: c.name }))}
            searchAteco={searchAteco}
            submit={submit}
            submitLabel="Salva l’idea"
            addressee="lei"
          />
        </details>
      ) : null}
    </section>
  );
}
