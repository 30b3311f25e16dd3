import type { Resolvers } from '../../graphql/resolvers.generated.js';
import { networkOf, refuse } from '../../lib/actors.js';
import { notFound } from '../../lib/errors.js';
import { parsePageArgs, toConnection } from '../../lib/pagination.js';
import { payload } from '../../lib/payload.js';
import { canListCitizens, canReadCitizen, canRegisterCitizenForOthers } from './policy.js';

export const citizenResolvers: Resolvers = {
  Query: {
    citizens: async (_, args, { actor, services }) => {
      const networkId = networkOf(actor);
      if (!canListCitizens(actor, networkId)) refuse(actor);
      const page = parsePageArgs(args);
      const { rows, total } = await services.citizens.list(networkId, page);
      return toConnection(rows, page, total);
    },
    citizen: async (_, { id }, { actor, services }) => {
      const networkId = networkOf(actor);
      const citizen = await services.citizens.byId(networkId, id);
      if (!citizen || !canReadCitizen(actor, citizen)) throw notFound();
      return citizen;
    },
  },
  Mutation: {
    registerCitizen: (_, { input }, { services }) =>
      payload(async () => ({ citizen: await services.citizens.register(input) })),
    registerCitizenByOperator: (_, { input }, { actor, services }) => {
      const networkId = networkOf(actor);
      if (!canRegisterCitizenForOthers(actor, networkId) || actor.kind !== 'OPERATOR') refuse(actor);
      return payload(async () => ({
        citizen: await services.citizens.registerByOperator(networkId, actor.userId, input),
      }));
    },
  },
  Citizen: {
    id: (citizen) => citizen.userId,
    email: (citizen) => citizen.user.email,
    givenName: (citizen) => citizen.user.givenName,
    familyName: (citizen) => citizen.user.familyName,
    emailVerified: (citizen) => citizen.user.emailVerifiedAt !== null,
  },
};
