import type { Actor } from '../../context.js';
import { isStaffOf } from '../../lib/actors.js';
import { isSelf } from '../citizens/policy.js';

type CitizenRef = { userId: string; networkId: string };

/** Orientation works on the CV: the citizen themself and the staff of their network, nobody else. */
export const canSeeSkillsGap = (actor: Actor, citizen: CitizenRef) =>
  isSelf(actor, citizen) || isStaffOf(actor, citizen.networkId);

/** An operator of the sportello that has the citizen in charge. */
const isOperatorInCharge = (actor: Actor, citizen: CitizenRef, inChargeAt: string | null) =>
  actor.kind === 'OPERATOR' &&
  actor.networkId === citizen.networkId &&
  inChargeAt !== null &&
  actor.sportelloId === inChargeAt;

/** Orientation records are written by the sportello in charge of the citizen. */
export const canRecordOrientation = isOperatorInCharge;

/** Every record of the citizen: the citizen and the sportello in charge. */
export const canReadAllOrientationRecords = (actor: Actor, citizen: CitizenRef, inChargeAt: string | null) =>
  isSelf(actor, citizen) || isOperatorInCharge(actor, citizen, inChargeAt);

/**
 * Another operator of the network reads only the records they wrote (e.g. after a transfer),
 * without the constraints, and each read is audited.
 */
export const canReadOwnOrientationRecords = (actor: Actor, citizen: CitizenRef) =>
  actor.kind === 'OPERATOR' && actor.networkId === citizen.networkId;

/** Constraints (hours, transport, care duties) are personal data: the citizen and the sportello in charge. */
export const canReadOrientationConstraints = canReadAllOrientationRecords;
