import type { Actor } from '../../context.js';
import { isStaffOf } from '../../lib/actors.js';
import { namedToCompany } from '../applications/policy.js';

/**
 * The network's staff, and the members of the company that published the vacancy unless it is
 * reserved under law 68/1999: its matches are all people on the lists, so for a reserved vacancy the
 * sportello proposes the candidates and the company sees only those proposed.
 */
export const canSeeMatches = (
  actor: Actor,
  vacancy: { networkId: string; companyId: string; law68Reserved: boolean },
) =>
  isStaffOf(actor, vacancy.networkId) ||
  (actor.kind === 'COMPANY_MEMBER' && actor.companyId === vacancy.companyId && !vacancy.law68Reserved);

/** Target groups derive from age: a filter for the staff's programmes, never for companies. */
export const canFilterByTargetGroup = (actor: Actor, networkId: string) => isStaffOf(actor, networkId);

/** The company sees a pseudonym unless the match's candidature names the person to it. */
export const canSeeMatchedCitizen = (
  actor: Actor,
  match: {
    networkId: string;
    application: { disclosedAt: Date | null; pseudonymisedAt: Date | null } | null;
  },
) => isStaffOf(actor, match.networkId) || (match.application !== null && namedToCompany(match.application));

/** Comparing one named citizen with the ranking is for the network's staff only. */
export const canSeeStanding = (actor: Actor, vacancy: { networkId: string }) =>
  isStaffOf(actor, vacancy.networkId);
