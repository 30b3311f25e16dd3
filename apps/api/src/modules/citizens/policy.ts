import type { Actor } from '../../context.js';
import { isStaffOf } from '../../lib/actors.js';

type CitizenRef = { userId: string; networkId: string };

export const isSelf = (actor: Actor, citizen: CitizenRef) =>
  actor.kind === 'CITIZEN' && actor.userId === citizen.userId;

export const canListCitizens = (actor: Actor, networkId: string) => isStaffOf(actor, networkId);

export const canReadCitizen = (actor: Actor, citizen: CitizenRef) =>
  isStaffOf(actor, citizen.networkId) || isSelf(actor, citizen);

/** Operators help citizens at the desk, so staff may edit a profile on the citizen's behalf. */
export const canEditCitizen = canReadCitizen;

/** Assisted registration happens at a desk: operators only. */
export const canRegisterCitizenForOthers = (actor: Actor, networkId: string) =>
  actor.kind === 'OPERATOR' && actor.networkId === networkId;

/**
 * Special-category data: the citizen, and operators of the sportello that has the citizen in
 * charge. Nobody else, network admins included.
 */
export const canAccessSpecialCategories = (
  actor: Actor,
  citizen: CitizenRef,
  inChargeAtSportelloId: string | null,
) =>
  isSelf(actor, citizen) ||
  (actor.kind === 'OPERATOR' &&
    actor.networkId === citizen.networkId &&
    inChargeAtSportelloId !== null &&
    actor.sportelloId === inChargeAtSportelloId);
