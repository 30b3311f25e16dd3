import type { Actor } from '../../context.js';
import { LIVE_EVENT_SCOPES, type LiveEvent } from './events.js';

/** Operators, network admins and API clients subscribe; each event is then checked for each of them. */
export const canSubscribeToLiveEvents = (actor: Actor): boolean =>
  actor.kind === 'OPERATOR' || actor.kind === 'NETWORK_ADMIN' || actor.kind === 'API_CLIENT';

/**
 * Operators hear the events of their sportello and those addressed to them; network admins only
 * those addressed to them; API clients those of their network their scopes allow.
 */
export function mayReceive(actor: Actor, event: LiveEvent): boolean {
  if (actor.kind === 'ANONYMOUS' || actor.networkId !== event.networkId) return false;
  switch (actor.kind) {
    case 'OPERATOR':
      return (
        (actor.sportelloId !== null && event.sportelloIds.includes(actor.sportelloId)) ||
        event.userIds.includes(actor.userId)
      );
    case 'NETWORK_ADMIN':
      return event.userIds.includes(actor.userId);
    case 'API_CLIENT':
      return actor.scopes.includes(LIVE_EVENT_SCOPES[event.kind]);
    default:
      return false;
  }
}
