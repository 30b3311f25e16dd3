import type { Resolvers } from '../../graphql/resolvers.generated.js';
import { networkOf, refuse } from '../../lib/actors.js';
import { payload } from '../../lib/payload.js';
import { canHandleErasure, canRequestOwnErasure, canSetRetention } from './policy.js';

export const privacyResolvers: Resolvers = {
  Query: {
    myErasure: (_, __, { actor, services }) => {
      if (!canRequestOwnErasure(actor)) refuse(actor);
      return services.erasure.ofCitizen(actor.userId);
    },
    erasureRequests: (_, { status }, { actor, services }) => {
      const networkId = networkOf(actor);
      if (!canHandleErasure(actor, networkId)) refuse(actor);
      return services.erasure.list(networkId, status);
    },
    retentionPolicy: (_, __, { actor, services }) => {
      const networkId = networkOf(actor);
      if (!canHandleErasure(actor, networkId)) refuse(actor);
      return services.retention.policy(networkId);
    },
  },
  Mutation: {
    requestErasure: (_, { confirm }, { actor, services }) => {
      if (!canRequestOwnErasure(actor)) refuse(actor);
      return payload(() => services.erasure.request(actor, confirm));
    },
    executeErasure: (_, { id, identityConfirmed }, { actor, services }) => {
      const networkId = networkOf(actor);
      if (!canHandleErasure(actor, networkId) || actor.kind === 'API_CLIENT' || actor.kind === 'ANONYMOUS')
        refuse(actor);
      return payload(async () => ({
        request: await services.erasure.execute(networkId, id, actor.userId, identityConfirmed),
      }));
    },
    requestErasureAtDesk: (_, { citizenId, identityConfirmed }, { actor, services }) => {
      const networkId = networkOf(actor);
      if (!canHandleErasure(actor, networkId) || actor.kind === 'API_CLIENT' || actor.kind === 'ANONYMOUS')
        refuse(actor);
      return payload(() =>
        services.erasure.requestAtDesk(networkId, citizenId, actor.userId, identityConfirmed),
      );
    },
    setRetentionMonths: (_, { months }, { actor, services }) => {
      const networkId = networkOf(actor);
      if (!canSetRetention(actor, networkId) || actor.kind !== 'NETWORK_ADMIN') refuse(actor);
      return payload(async () => ({
        retentionPolicy: await services.retention.setMonths(networkId, months, actor.userId),
      }));
    },
  },
};
