import {
  BusinessIdeaDetails,
  BusinessIdeaForm,
  type BusinessIdeaFormValues,
  it,
  PageTitle,
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { client } from '../client';
import { graphql } from '../gql';
import type { BusinessPlanStep } from '../gql/graphql';

const IdeasQuery = graphql(`
  query MyBusinessIdeasPage_Query {
    myBusinessIdeas {
      id
      title
      description
      needs
      atecoActivity {
        code
        title
      }
      comune {
        istatCode
        name
      }
      checklist {
        step
        label
        done
      }
      businessStartedOn
      partitaIva
      referrals {
        id
        status
        grantedAmountCents
        partner {
          id
          name
        }
        history {
          status
          grantedAmountCents
          note
          at
        }
      }
    }
    me {
      id
      network {
        memberComuni {
          istatCode
          name
        }
      }
    }
  }
`);

const AtecoQuery = graphql(`
  query MyBusinessIdeasPage_AtecoQuery($search: String!) {
    atecoActivities(search: $search, first: 30) {
      code
      title
    }
  }
`);

const SubmitMutation = graphql(`
  mutation MyBusinessIdeasPage_SubmitMutation($input: BusinessIdeaInput!, $idempotencyKey: String) {
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

const StepMutation = graphql(`
  mutation MyBusinessIdeasPage_StepMutation($ideaId: ID!, $step: BusinessPlanStep!, $done: Boolean!) {
    setBusinessPlanStep(ideaId: $ideaId, step: $step, done: $done) {
      businessIdea {
        id
        checklist {
          step
          label
          done
        }
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const searchAteco = async (search: string) =>
  (await client.request(AtecoQuery, { search })).atecoActivities.map((a) => ({
    value: a.code,
    label: `${a.code} – ${a.title}`,
  }));

/** Autoimpiego: the citizen's business ideas, their path to a microcredit, and a new idea. */
export function MyBusinessIdeasPage() {
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: ['myBusinessIdeas'], queryFn: () => client.request(IdeasQuery) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['myBusinessIdeas'] });
  const comuni = (query.data?.me?.network?.memberComuni ?? []).map((c) => ({
    value: c.istatCode,
    label: c.name,
  }));

  async function submit(values: BusinessIdeaFormValues) {
    const { submitBusinessIdea } = await client.request(SubmitMutation, {
      input: values,
      idempotencyKey: crypto.randomUUID(),
    });
    if (submitBusinessIdea.userErrors.length === 0) await refresh();
    return submitBusinessIdea.userErrors;
  }

  async function toggle(ideaId: string, step: string, done: boolean) {
    await client.request(StepMutation, { ideaId, step: step as BusinessPlanStep, done });
    await refresh();
  }

  const ideas = query.data?.myBusinessIdeas ?? [];
  return (
    <>
      <PageTitle>La mia idea d’impresa</PageTitle>
      <p className="sl-lead">
        Vuoi metterti in proprio? Scrivi la tua idea: lo sportello lavoro ti aiuta a preparare il piano
        d’impresa e, se serve, ti segnala a un ente di microcredito per un piccolo finanziamento.
      </p>
      {query.isPending ? <p>{it.common.loading}</p> : null}
      {ideas.map((idea) => (
        <BusinessIdeaDetails
          key={idea.id}
          idea={idea}
          onToggleStep={idea.businessStartedOn ? undefined : (step, done) => toggle(idea.id, step, done)}
        />
      ))}
      <section className="sl-section" aria-labelledby="new-idea">
        <h2 id="new-idea">{ideas.length ? 'Un’altra idea' : 'Scrivi la tua idea'}</h2>
        <BusinessIdeaForm
          comuni={comuni}
          searchAteco={searchAteco}
          submit={submit}
          submitLabel="Invia l’idea"
        />
      </section>
    </>
  );
}
