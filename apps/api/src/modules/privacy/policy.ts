import type { Actor, UserActor } from '../../context.js';
import { isStaffOf } from '../../lib/actors.js';
import { canReadPatto } from '../casework/policy.js';
import { canAccessSpecialCategories, isSelf } from '../citizens/policy.js';
import { canReadAllOrientationRecords } from '../orientation/policy.js';

type CitizenRef = { userId: string; networkId: string };
type CaseRef = { networkId: string; citizenId: string; sportelloId: string; closedAt: Date | null };

/** A citizen downloads their own data; nobody downloads another citizen's through this route. */
export const canExportOwnCitizenData = (actor: Actor): boolean => actor.kind === 'CITIZEN';

/** A member of a company downloads the company's data (the company is their account). */
export const canExportOwnCompanyData = (actor: Actor): boolean =>
  actor.kind === 'COMPANY_MEMBER' && actor.companyId !== null;

/**
 * The staff of the citizen's network produce the export at the desk, for a citizen who asks there
 * (art. 15 GDPR), as they read the profile: operators and network admins. Every such export is
 * audited and told to the citizen.
 */
export const canExportCitizenData = (actor: Actor, citizen: CitizenRef): boolean =>
  isStaffOf(actor, citizen.networkId) || isSelf(actor, citizen);

/**
 * The staff of the company's network produce its export at the desk (the company asks there, or an
 * authority asks the network): operators and network admins. Audited, and told to the company.
 */
export const canExportCompanyData = (actor: Actor, company: { networkId: string }): boolean =>
  isStaffOf(actor, company.networkId);

/**
 * What the export holds follows the rules of reading each part: a section the requester may not
 * read is withheld and the export says so (the citizen gets it whole from the portal, or from the
 * sportello in charge).
 */
export interface ExportScope {
  /** The special-category data and the audit of its reads: the citizen and the sportello in charge. */
  specialCategories: boolean;
  /** Orientation records, with their constraints (hours, transport, care duties): the citizen and the sportello in charge. */
  orientation: boolean;
  /** The patto and the shared diary notes of a case: the citizen and the case's sportello. */
  caseFile: (c: CaseRef) => boolean;
}

export const exportScope = (actor: Actor, citizen: CitizenRef, inChargeAt: string | null): ExportScope => ({
  specialCategories: canAccessSpecialCategories(actor, citizen, inChargeAt),
  orientation: canReadAllOrientationRecords(actor, citizen, inChargeAt),
  caseFile: (c) => canReadPatto(actor, c),
});

/** A citizen asks to erase their own data; nobody asks for another person through the portal. */
export const canRequestOwnErasure = (actor: Actor): actor is UserActor & { networkId: string } =>
  actor.kind === 'CITIZEN' && actor.networkId !== null;

/**
 * The staff of the citizen's network see the requests and execute them: operators and network
 * admins (the request names a network; other networks, companies and citizens are refused).
 */
export const canHandleErasure = (actor: Actor, networkId: string): boolean => isStaffOf(actor, networkId);

/** The retention period is a choice of the network: its admins set it. */
export const canSetRetention = (actor: Actor, networkId: string): boolean =>
  actor.kind === 'NETWORK_ADMIN' && actor.networkId === networkId;
