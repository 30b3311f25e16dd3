import type { Actor, UserActor } from '../../context.js';

export const isUser = (actor: Actor): actor is UserActor =>
  actor.kind !== 'ANONYMOUS' && actor.kind !== 'API_CLIENT';

export const canManageApiClients = (actor: Actor, networkId: string) =>
  actor.kind === 'NETWORK_ADMIN' && actor.networkId === networkId;
