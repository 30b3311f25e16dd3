import type { UserActor } from '../../context.js';
import type { Resolvers } from '../../graphql/resolvers.generated.js';
import { networkOf, refuse } from '../../lib/actors.js';
import { badInput } from '../../lib/errors.js';
import { canFilterByTargetGroup, canSeeMatches } from './policy.js';

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
  },
};
