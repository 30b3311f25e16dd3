import type { Actor, UserActor } from '../../context.js';
import { isStaffOf } from '../../lib/actors.js';

type ProjectRef = { networkId: string; sportelloId: string };

/** Projects and their counts: the network's operators and admins. Companies never: keep it simple. */
export const canReadOutplacement = (actor: Actor, networkId: string) => isStaffOf(actor, networkId);

/** Who the workers are and how they are doing: the network's operators, not its admins. */
export const canReadOutplacementWorkers = (actor: Actor, project: ProjectRef) =>
  actor.kind === 'OPERATOR' && actor.networkId === project.networkId;

/** Opening a project is a desk act: an operator at a sportello, which takes the group in charge. */
export const canCreateOutplacement = (actor: Actor): actor is UserActor & { sportelloId: string } =>
  actor.kind === 'OPERATOR' && actor.sportelloId !== null;

/** Adding workers, taking them in charge and recording outcomes: the sportello in charge. */
export const canManageOutplacement = (actor: Actor, project: ProjectRef) =>
  actor.kind === 'OPERATOR' &&
  actor.networkId === project.networkId &&
  actor.sportelloId === project.sportelloId;
