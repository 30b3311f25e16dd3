import type { Actor } from '../../context.js';

type ContactRef = { networkId: string; sportelloId: string };

/** Accoglienza is desk work: an operator with a sportello records at it. */
export const canRecordContacts = (actor: Actor) =>
  actor.kind === 'OPERATOR' && actor.networkId !== null && actor.sportelloId !== null;

/** A contact (which may name a citizen) is read and corrected by the operators of its sportello only. */
export const canHandleContact = (actor: Actor, contact: ContactRef) =>
  actor.kind === 'OPERATOR' &&
  actor.networkId === contact.networkId &&
  actor.sportelloId === contact.sportelloId;

/**
 * Counts, never persons: operators of their own sportello; network admins of every sportello of
 * their network. `sportelloId` null means the whole network.
 */
export const canCountContacts = (actor: Actor, scope: { networkId: string; sportelloId: string | null }) =>
  (actor.kind === 'NETWORK_ADMIN' && actor.networkId === scope.networkId) ||
  (canRecordContacts(actor) &&
    actor.kind === 'OPERATOR' &&
    actor.networkId === scope.networkId &&
    scope.sportelloId === actor.sportelloId);
