import type { UserActor } from '../../context.js';
import type { Resolvers } from '../../graphql/resolvers.generated.js';
import { networkOf } from '../../lib/actors.js';
import { notFound } from '../../lib/errors.js';
import { payload } from '../../lib/payload.js';
import { canTakeInCharge } from './policy.js';

export const caseworkResolvers: Resolvers = {
  Mutation: {
    takeCitizenInCharge: async (_, { citizenId, reason }, { actor, services }) => {
      const networkId = networkOf(actor);
      const citizen = await services.citizens.byId(networkId, citizenId);
      if (!citizen || !canTakeInCharge(actor, citizen)) throw notFound();
      const operator = actor as UserActor;
      return payload(async () => ({
        caseAssignment: await services.casework.takeInCharge(
          {
            userId: citizen.userId,
            networkId: citizen.networkId,
            email: citizen.user.email,
            givenName: citizen.user.givenName,
            familyName: citizen.user.familyName,
          },
          { userId: operator.userId, sportelloId: operator.sportelloId! },
          reason,
        ),
      }));
    },
  },
  CaseAssignment: {
    citizen: async (assignment, _, { services }) =>
      (await services.citizens.byIds([assignment.citizenId]))[0]!,
    sportello: async (assignment, _, { services }) =>
      (await services.network.sportelliByIds([assignment.sportelloId]))[0]!,
  },
};
