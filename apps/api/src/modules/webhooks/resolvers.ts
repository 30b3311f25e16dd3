import type { Resolvers } from '../../graphql/resolvers.generated.js';
import { findAllowed, networkOf, refuse } from '../../lib/actors.js';
import { parsePageArgs, toConnection } from '../../lib/pagination.js';
import { payload } from '../../lib/payload.js';
import { canManageSubscription, canManageWebhooks, canSubscribeFor } from './policy.js';

export const webhookResolvers: Resolvers = {
  Query: {
    webhookSubscriptions: (_, __, { actor, services }) => {
      const networkId = networkOf(actor);
      if (!canManageWebhooks(actor, networkId)) refuse(actor);
      return services.webhooks.list(networkId, actor.kind === 'API_CLIENT' ? actor.clientId : null);
    },
    webhookDeliveries: async (_, { subscriptionId, status, ...pageArgs }, { actor, services }) => {
      const page = parsePageArgs(pageArgs);
      const subscription = await findAllowed(
        actor,
        () => services.webhooks.subscriptionById(subscriptionId),
        (found) => canManageSubscription(actor, found),
      );
      const { rows, total } = await services.webhooks.deliveries(subscription.id, status, page);
      return toConnection(rows, page, total);
    },
  },
  Mutation: {
    createWebhookSubscription: (_, { input }, { actor, services }) => {
      const networkId = networkOf(actor);
      if (!canManageWebhooks(actor, networkId) || !canSubscribeFor(actor, input.apiClientId)) refuse(actor);
      return payload(() =>
        services.webhooks.create({
          networkId,
          apiClientId: actor.kind === 'API_CLIENT' ? actor.clientId : input.apiClientId,
          url: input.url,
          events: input.events,
          createdBy: actor.kind === 'NETWORK_ADMIN' ? actor.userId : null,
        }),
      );
    },
    disableWebhookSubscription: async (_, { id }, { actor, services }) => {
      const subscription = await findAllowed(
        actor,
        () => services.webhooks.subscriptionById(id),
        (found) => canManageSubscription(actor, found),
      );
      return payload(async () => ({ subscription: await services.webhooks.disable(subscription) }));
    },
    replayWebhookDelivery: async (_, { id }, { actor, services }) => {
      const delivery = await services.webhooks.deliveryById(id);
      const subscription = await findAllowed(
        actor,
        async () => delivery && services.webhooks.subscriptionById(delivery.subscriptionId),
        (found) => canManageSubscription(actor, found),
      );
      return payload(async () => ({ delivery: await services.webhooks.replay(delivery!, subscription) }));
    },
  },
};
