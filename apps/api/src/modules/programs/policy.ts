import type { Actor } from '../../context.js';
import { isStaffOf } from '../../lib/actors.js';

type NetworkRef = { networkId: string };
type CitizenRef = NetworkRef & { citizenId: string };

/** Operators and network admins read the network's programs, calls, applications and rankings. */
export const canReadPrograms = (actor: Actor, networkId: string) => isStaffOf(actor, networkId);

/**
 * Defining programs and calls, applying on a citizen's behalf, publishing the graduatoria,
 * admitting, attendance and closing a participation are desk tasks: operators of the network.
 */
export const canManagePrograms = (actor: Actor, networkId: string) =>
  actor.kind === 'OPERATOR' && actor.networkId === networkId;

/** Citizens of the network see its calls; the staff too. */
export const canReadCall = (actor: Actor, call: NetworkRef) =>
  isStaffOf(actor, call.networkId) || (actor.kind === 'CITIZEN' && actor.networkId === call.networkId);

/** The applicant themself, or the network's staff. */
export const canReadApplication = (actor: Actor, application: CitizenRef) =>
  isStaffOf(actor, application.networkId) ||
  (actor.kind === 'CITIZEN' && actor.userId === application.citizenId);
