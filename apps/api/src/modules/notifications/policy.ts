import type { Actor, UserActor } from '../../context.js';

/** Notifications belong to a person: any signed-in user reads and manages their own, nobody else's. */
export const hasInbox = (actor: Actor): actor is UserActor =>
  actor.kind !== 'ANONYMOUS' && actor.kind !== 'API_CLIENT';

/** Job alerts are matched on a CV: citizens ask for their own. */
export const canHaveJobAlert = (actor: Actor): actor is UserActor & { networkId: string } =>
  actor.kind === 'CITIZEN' && actor.networkId !== null;
