import type { Actor, UserActor } from '../../context.js';

export const isUser = (actor: Actor): actor is UserActor =>
  actor.kind !== 'ANONYMOUS' && actor.kind !== 'API_CLIENT';

export const canManageApiClients = (actor: Actor, networkId: string) =>
  actor.kind === 'NETWORK_ADMIN' && actor.networkId === networkId;

/** Operators and network admins set up a second factor for themselves; nobody else has one. */
export const canUseStaffTwoFactor = (actor: Actor): actor is UserActor =>
  actor.kind === 'OPERATOR' || actor.kind === 'NETWORK_ADMIN';

/** People log in with SPID or CIE in a browser; an integration has no one to log in. */
export const canUseSpidCieLogin = (actor: Actor) => actor.kind !== 'API_CLIENT';
