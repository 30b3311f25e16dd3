import type { Actor } from '../../context.js';
import { isStaffOf } from '../../lib/actors.js';

type ModuleRef = { networkId: string; status: string };
type EnrolmentRef = { networkId: string; citizenId: string };

export const canListTrainingModules = (actor: Actor, networkId: string) => isStaffOf(actor, networkId);

/** Creating, editing, publishing, cancelling, enrolling and completing are desk tasks: operators of the network. */
export const canManageTraining = (actor: Actor, networkId: string) =>
  actor.kind === 'OPERATOR' && actor.networkId === networkId;

/** The staff read any module of their network; citizens of the network the published ones. */
export const canReadTrainingModule = (actor: Actor, module: ModuleRef) =>
  isStaffOf(actor, module.networkId) ||
  (actor.kind === 'CITIZEN' && actor.networkId === module.networkId && module.status === 'PUBLISHED');

/** A citizen asks for a place themself, in a module they can see. */
export const canRequestPlace = (actor: Actor, module: ModuleRef) =>
  actor.kind === 'CITIZEN' && canReadTrainingModule(actor, module);

export const isEnrolledCitizen = (actor: Actor, enrolment: EnrolmentRef) =>
  actor.kind === 'CITIZEN' && actor.userId === enrolment.citizenId;

export const canWithdrawEnrolment = (actor: Actor, enrolment: EnrolmentRef) =>
  canManageTraining(actor, enrolment.networkId) || isEnrolledCitizen(actor, enrolment);
