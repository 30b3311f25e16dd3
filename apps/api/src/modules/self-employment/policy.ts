import type { Actor } from '../../context.js';
import { isStaffOf } from '../../lib/actors.js';

/** Operators and network admins read the network's business ideas, referrals and partners. */
export const canReadSelfEmployment = (actor: Actor, networkId: string) => isStaffOf(actor, networkId);

/** Referring, recording the partner's answers and the business started are desk tasks. */
export const canManageSelfEmployment = (actor: Actor, networkId: string) =>
  actor.kind === 'OPERATOR' && actor.networkId === networkId;

/** Partners are organisations the network works with: its admin registers them. */
export const canRegisterPartner = (actor: Actor, networkId: string) =>
  actor.kind === 'NETWORK_ADMIN' && actor.networkId === networkId;

/** The citizen whose idea it is, or the network's staff. */
export const canReadIdea = (actor: Actor, idea: { networkId: string; citizenId: string }) =>
  isStaffOf(actor, idea.networkId) || (actor.kind === 'CITIZEN' && actor.userId === idea.citizenId);

/** The citizen ticks their own business-plan steps; operators of the network too. */
export const canEditChecklist = (actor: Actor, idea: { networkId: string; citizenId: string }) =>
  canManageSelfEmployment(actor, idea.networkId) ||
  (actor.kind === 'CITIZEN' && actor.userId === idea.citizenId);
