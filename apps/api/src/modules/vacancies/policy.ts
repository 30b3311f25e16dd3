import type { Actor } from '../../context.js';
import { isStaffOf } from '../../lib/actors.js';

type VacancyRef = { networkId: string; companyId: string; status: string; expiresOn: string };

export const isCompanyMemberOf = (actor: Actor, companyId: string) =>
  actor.kind === 'COMPANY_MEMBER' && actor.companyId === companyId;

export const isPubliclyVisible = (vacancy: VacancyRef, today: string) =>
  vacancy.status === 'PUBLISHED' && vacancy.expiresOn >= today;

export const canReadVacancy = (actor: Actor, vacancy: VacancyRef, today: string) =>
  isPubliclyVisible(vacancy, today) ||
  isCompanyMemberOf(actor, vacancy.companyId) ||
  isStaffOf(actor, vacancy.networkId);

export const canEditVacancy = (actor: Actor, vacancy: VacancyRef) =>
  isCompanyMemberOf(actor, vacancy.companyId);

/** Moderation is a desk task: operators of the vacancy's network. */
export const canModerateVacancy = (actor: Actor, vacancy: { networkId: string }) =>
  actor.kind === 'OPERATOR' && actor.networkId === vacancy.networkId;

export const canListForModeration = (actor: Actor, networkId: string) => isStaffOf(actor, networkId);
