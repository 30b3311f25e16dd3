import type { Actor } from '../../context.js';
import { isStaffOf } from '../../lib/actors.js';

export const canListCitizens = (actor: Actor, networkId: string) => isStaffOf(actor, networkId);

export const canReadCitizen = (actor: Actor, citizen: { userId: string; networkId: string }) =>
  isStaffOf(actor, citizen.networkId) || (actor.kind === 'CITIZEN' && actor.userId === citizen.userId);

/** Assisted registration happens at a desk: operators only. */
export const canRegisterCitizenForOthers = (actor: Actor, networkId: string) =>
  actor.kind === 'OPERATOR' && actor.networkId === networkId;
