import type { Actor, UserActor } from '../../context.js';
import { isStaffOf } from '../../lib/actors.js';

type CaseRef = { networkId: string; citizenId: string; sportelloId: string; closedAt: Date | null };

/** Presa in carico is a desk act: an operator of the citizen's network, at the operator's sportello. */
export const canTakeInCharge = (actor: Actor, citizen: { networkId: string }) =>
  actor.kind === 'OPERATOR' && actor.networkId === citizen.networkId && actor.sportelloId !== null;

/** The operators of the sportello in charge: they alone read the patto and the whole diary. */
export const isCaseOperator = (actor: Actor, c: CaseRef) =>
  actor.kind === 'OPERATOR' && actor.networkId === c.networkId && actor.sportelloId === c.sportelloId;

/** The citizen whose case it is: the patto and the shared diary notes. */
export const isCaseCitizen = (actor: Actor, c: CaseRef) =>
  actor.kind === 'CITIZEN' && actor.userId === c.citizenId;

/**
 * Who the case is at and since when: operators of the network, so that a colleague elsewhere knows
 * whom to ask or transfers it. Such a read is audited (`isAuditedRead`).
 */
export const canReadCaseHeader = (actor: Actor, c: CaseRef) =>
  (actor.kind === 'OPERATOR' && actor.networkId === c.networkId) || isCaseCitizen(actor, c);

export const canReadPatto = (actor: Actor, c: CaseRef) => isCaseOperator(actor, c) || isCaseCitizen(actor, c);

/** The citizen reads the notes shared with them; the sportello in charge reads them all. */
export const canReadDiaryEntry = (actor: Actor, c: CaseRef, entry: { visibility: string }) =>
  isCaseOperator(actor, c) || (isCaseCitizen(actor, c) && entry.visibility === 'SHARED');

/** Reads by someone other than the sportello in charge and the citizen go to the audit log. */
export const isAuditedRead = (actor: Actor, c: CaseRef) =>
  !isCaseOperator(actor, c) && !isCaseCitizen(actor, c);

/** Caseload and "to do today": operators, of their own sportello. */
export const canReadCaseload = (actor: Actor): actor is UserActor & { sportelloId: string } =>
  actor.kind === 'OPERATOR' && actor.sportelloId !== null;

/** Counts per sportello, never names or notes: the network's staff. */
export const canReadCaseCounts = (actor: Actor, networkId: string) => isStaffOf(actor, networkId);
