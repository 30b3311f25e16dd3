import type { Actor } from '../../context.js';
import { isStaffOf } from '../../lib/actors.js';

export const canListCompanies = (actor: Actor, networkId: string) =>
  isStaffOf(actor, networkId) ||
  (actor.kind === 'API_CLIENT' && actor.networkId === networkId && actor.scopes.includes('COMPANIES_READ'));

export const canReadCompany = (actor: Actor, company: { id: string; networkId: string }) =>
  canListCompanies(actor, company.networkId) ||
  (actor.kind === 'COMPANY_MEMBER' && actor.companyId === company.id);

/** Verification is a desk task: operators of the company's network. */
export const canReviewCompany = (actor: Actor, company: { networkId: string }) =>
  actor.kind === 'OPERATOR' && actor.networkId === company.networkId;

/** Profile and members are managed by the company's owners. */
export const canManageCompany = (actor: Actor, companyId: string, role: 'OWNER' | 'MEMBER' | null) =>
  actor.kind === 'COMPANY_MEMBER' && actor.companyId === companyId && role === 'OWNER';

export const canSeeCompanyMembers = (actor: Actor, company: { id: string; networkId: string }) =>
  (actor.kind === 'COMPANY_MEMBER' && actor.companyId === company.id) || isStaffOf(actor, company.networkId);
