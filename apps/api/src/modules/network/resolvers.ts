import type { Resolvers } from '../../graphql/resolvers.generated.js';
import { networkOf, refuse } from '../../lib/actors.js';
import { payload } from '../../lib/payload.js';
import { canManageNetwork, canReadNetworkOperations, canSeeSportelli } from './policy.js';

const MAX_COMUNI_RESULTS = 50;

export const networkResolvers: Resolvers = {
  Query: {
    networks: (_, __, { services }) => services.network.listNetworks(),
    network: async (_, { slug }, { services }) => (await services.network.networkBySlug(slug)) ?? null,
    comuni: (_, { search, first }, { services }) =>
      services.network.searchComuni(search, Math.min(Math.max(first ?? 20, 1), MAX_COMUNI_RESULTS)),
    memberships: (_, __, { actor, services }) => {
      const networkId = networkOf(actor);
      if (!canReadNetworkOperations(actor, networkId)) refuse(actor);
      return services.network.listMemberships(networkId);
    },
    sportelli: (_, __, { actor, services }) => {
      const networkId = networkOf(actor);
      if (!canSeeSportelli(actor, networkId)) refuse(actor);
      return services.network.listSportelli(networkId);
    },
    operators: (_, __, { actor, services }) => {
      const networkId = networkOf(actor);
      if (!canManageNetwork(actor, networkId)) refuse(actor);
      return services.network.listOperators(networkId);
    },
  },
  Mutation: {
    createSportello: (_, { input }, { actor, services }) => {
      const networkId = networkOf(actor);
      if (!canManageNetwork(actor, networkId)) refuse(actor);
      return payload(async () => ({ sportello: await services.network.createSportello(networkId, input) }));
    },
    updateNetworkPrivacy: (_, { input }, { actor, services }) => {
      const networkId = networkOf(actor);
      if (!canManageNetwork(actor, networkId) || actor.kind !== 'NETWORK_ADMIN') refuse(actor);
      return payload(async () => ({
        network: await services.network.updatePrivacy(networkId, input, actor.userId),
      }));
    },
    setStaffTwoFactorRequired: (_, { required }, { actor, services }) => {
      const networkId = networkOf(actor);
      if (!canManageNetwork(actor, networkId) || actor.kind !== 'NETWORK_ADMIN') refuse(actor);
      return payload(async () => ({
        staffTwoFactorRequired: await services.network.setStaffTwoFactorRequired(
          networkId,
          required,
          actor.userId,
        ),
      }));
    },
    setCompanyResponseDays: (_, { days }, { actor, services }) => {
      const networkId = networkOf(actor);
      if (!canManageNetwork(actor, networkId) || actor.kind !== 'NETWORK_ADMIN') refuse(actor);
      return payload(async () => ({
        companyResponseDays: await services.network.setCompanyResponseDays(networkId, days, actor.userId),
      }));
    },
    setVacancyPayRequired: (_, { required }, { actor, services }) => {
      const networkId = networkOf(actor);
      if (!canManageNetwork(actor, networkId) || actor.kind !== 'NETWORK_ADMIN') refuse(actor);
      return payload(async () => ({
        vacancyPayRequired: await services.network.setVacancyPayRequired(networkId, required, actor.userId),
      }));
    },
    createOperator: (_, { input }, { actor, services }) => {
      const networkId = networkOf(actor);
      if (!canManageNetwork(actor, networkId)) refuse(actor);
      return payload(async () => ({ operator: await services.network.createOperator(networkId, input) }));
    },
  },
  Comune: {
    istatCode: (comune) => comune.istatCode,
  },
  Operator: {
    id: (operator) => operator.user.id,
    // Operators are invited by email, so theirs is never missing.
    email: (operator) => operator.user.email!,
    givenName: (operator) => operator.user.givenName,
    familyName: (operator) => operator.user.familyName,
  },
};
