import type { UserActor } from '../../context.js';
import type { Resolvers } from '../../graphql/resolvers.generated.js';
import { networkOf, refuse } from '../../lib/actors.js';
import { badInput, notFound } from '../../lib/errors.js';
import { canFilterByTargetGroup, canSeeMatches, canSeeStanding } from './policy.js';

export const matchingResolvers: Resolvers = {
  Query: {
    myMatchingVacancies: async (_, { first, radiusKm, minScore }, { actor, services }) => {
      networkOf(actor);
      if (actor.kind !== 'CITIZEN') refuse(actor);
      return services.matching.vacancies(actor.userId, { first, radiusKm, minScore });
    },
  },
  Vacancy: {
    matches: async (vacancy, { first, filter }, { actor, services }) => {
      if (!canSeeMatches(actor, vacancy)) refuse(actor);
      if (filter?.targetGroups?.length && !canFilterByTargetGroup(actor, vacancy.networkId))
        throw badInput('Il filtro per gruppi target è riservato agli operatori della rete.');
      return services.matching.candidates(vacancy, { first, ...filter }, (actor as UserActor).userId);
    },
    candidateStanding: async (vacancy, { citizenId }, { actor, services }) => {
      if (!canSeeStanding(actor, vacancy)) refuse(actor);
      const citizen = await services.citizens.byId(vacancy.networkId, citizenId);
      if (!citizen) throw notFound();
      const standing = await services.matching.standing(vacancy, citizen.userId, (actor as UserActor).userId);
      return {
        score: standing.match?.score ?? null,
        components: standing.match?.components ?? [],
        rank: standing.rank,
        cutoffScore: standing.cutoffScore,
        summary: standing.summary,
      };
    },
  },
};
