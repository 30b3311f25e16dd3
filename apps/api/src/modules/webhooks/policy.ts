import type { Actor } from '../../context.js';

interface Owned {
  networkId: string;
  apiClientId: string;
}

/** Network admins manage the webhooks of every API client of their network; a client, its own. */
export const canManageWebhooks = (actor: Actor, networkId: string): boolean =>
  (actor.kind === 'NETWORK_ADMIN' || actor.kind === 'API_CLIENT') && actor.networkId === networkId;

/** A client subscribes only itself; an admin names a client of the network (checked by the service). */
export const canSubscribeFor = (actor: Actor, apiClientId: string | null | undefined): boolean =>
  actor.kind === 'NETWORK_ADMIN' ||
  (actor.kind === 'API_CLIENT' && (!apiClientId || apiClientId === actor.clientId));

export const canManageSubscription = (actor: Actor, subscription: Owned): boolean =>
  canManageWebhooks(actor, subscription.networkId) &&
  (actor.kind === 'NETWORK_ADMIN' ||
    (actor.kind === 'API_CLIENT' && actor.clientId === subscription.apiClientId));
