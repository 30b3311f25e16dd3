import type { Resolvers } from '../../graphql/resolvers.generated.js';
import { networkOf, refuse } from '../../lib/actors.js';
import { notFound } from '../../lib/errors.js';
import { parsePageArgs } from '../../lib/pagination.js';
import { canSeeSkillsGap } from './policy.js';

export const orientationResolvers: Resolvers = {
  Query: {
    skillsGap: async (_, { citizenId, occupationUri }, { actor, services }) => {
      const networkId = networkOf(actor);
      const id = citizenId ?? (actor.kind === 'CITIZEN' ? actor.userId : null);
      if (!id) refuse(actor);
      const citizen = await services.citizens.byId(networkId, id);
      if (!citizen || !canSeeSkillsGap(actor, citizen)) throw notFound();
      return services.orientation.gap(citizen, occupationUri);
    },
  },
  SkillsGap: {
    vacancies: (gap, args, { services }) => services.orientation.vacancies(gap, parsePageArgs(args, 10)),
  },
};
