import type { Actor } from '../../context.js';
import { isStaffOf } from '../../lib/actors.js';

export const canListPlacements = (actor: Actor, networkId: string) => isStaffOf(actor, networkId);

/** Recording and verifying placements are desk tasks: operators of the network. */
export const canManagePlacements = (actor: Actor, networkId: string) =>
  actor.kind === 'OPERATOR' && actor.networkId === networkId;
