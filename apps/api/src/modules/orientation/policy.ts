import type { Actor } from '../../context.js';
import { isStaffOf } from '../../lib/actors.js';
import { isSelf } from '../citizens/policy.js';

/** Orientation works on the CV: the citizen themself and the staff of their network, nobody else. */
export const canSeeSkillsGap = (actor: Actor, citizen: { userId: string; networkId: string }) =>
  isSelf(actor, citizen) || isStaffOf(actor, citizen.networkId);
