import type { Actor } from '../../context.js';
import { isStaffOf } from '../../lib/actors.js';

type InternshipRef = { networkId: string; companyId: string; citizenId: string };

export const canListInternships = (actor: Actor, networkId: string) => isStaffOf(actor, networkId);

export const isTrainee = (actor: Actor, internship: InternshipRef) =>
  actor.kind === 'CITIZEN' && actor.userId === internship.citizenId;

export const isHostCompany = (actor: Actor, internship: InternshipRef) =>
  actor.kind === 'COMPANY_MEMBER' && actor.companyId === internship.companyId;

/** Promoting, signing, moving along and evaluating a tirocinio are desk tasks: operators of the network. */
export const canManageInternship = (actor: Actor, internship: { networkId: string }) =>
  actor.kind === 'OPERATOR' && actor.networkId === internship.networkId;

export const canReadInternship = (actor: Actor, internship: InternshipRef) =>
  isStaffOf(actor, internship.networkId) || isHostCompany(actor, internship) || isTrainee(actor, internship);

/** Monitoring comes from both tutors: the promoting side and the host company. */
export const canMonitorInternship = (actor: Actor, internship: InternshipRef) =>
  canManageInternship(actor, internship) || isHostCompany(actor, internship);
