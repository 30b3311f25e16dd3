import type { Actor } from '../../context.js';
import { isStaffOf } from '../../lib/actors.js';

type ApplicationRef = { networkId: string; companyId: string; citizenId: string };

export const isApplicant = (actor: Actor, application: ApplicationRef) =>
  actor.kind === 'CITIZEN' && actor.userId === application.citizenId;

/** The candidate answers the job interviews proposed to them. */
export const isInterviewCandidate = (actor: Actor, interview: { citizenId: string }) =>
  actor.kind === 'CITIZEN' && actor.userId === interview.citizenId;

export const isHiringCompany = (actor: Actor, application: { companyId: string }) =>
  actor.kind === 'COMPANY_MEMBER' && actor.companyId === application.companyId;

/** A company sees only its vacancies' applications; a citizen only their own. */
export const canReadApplication = (actor: Actor, application: ApplicationRef) =>
  isApplicant(actor, application) ||
  isHiringCompany(actor, application) ||
  isStaffOf(actor, application.networkId);

/**
 * The company sees who the candidate is once they applied or accepted a proposal, until the
 * candidature is pseudonymised, the retention period after its vacancy ended; before and after,
 * a pseudonymous profile.
 */
export const namedToCompany = (application: { disclosedAt: Date | null; pseudonymisedAt: Date | null }) =>
  application.disclosedAt !== null && application.pseudonymisedAt === null;

export const canSeeCandidateIdentity = (
  actor: Actor,
  application: ApplicationRef & { disclosedAt: Date | null; pseudonymisedAt: Date | null },
) =>
  isApplicant(actor, application) ||
  isStaffOf(actor, application.networkId) ||
  (isHiringCompany(actor, application) && namedToCompany(application));

export const canProposeCandidate = (actor: Actor, vacancy: { networkId: string }) =>
  actor.kind === 'OPERATOR' && actor.networkId === vacancy.networkId;

export const canListVacancyApplications = (actor: Actor, vacancy: { networkId: string; companyId: string }) =>
  isHiringCompany(actor, vacancy) || isStaffOf(actor, vacancy.networkId);

/** Operators follow their candidates' job interviews; companies and citizens see their own on the application. */
export const canListNetworkInterviews = (actor: Actor, networkId: string) => isStaffOf(actor, networkId);
