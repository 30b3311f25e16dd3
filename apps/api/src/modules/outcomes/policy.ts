import type { Actor } from '../../context.js';
import type { Outcome } from './rules.js';

/** Contracts, statements and the whole ledger are the network's accounts: its admins. */
export const canManageFunding = (actor: Actor, networkId: string) =>
  actor.kind === 'NETWORK_ADMIN' && actor.networkId === networkId;

/** The ledger with the groups at hire: admins the network's, operators their sportello's outcomes. */
export const canListOutcomes = (actor: Actor, networkId: string) =>
  (actor.kind === 'NETWORK_ADMIN' || actor.kind === 'OPERATOR') && actor.networkId === networkId;

/** Who may answer "still employed?": the employer, the person, or an operator of the sportello credited. */
export function followUpSourceOf(actor: Actor, outcome: Outcome): 'COMPANY' | 'CITIZEN' | 'OPERATOR' | null {
  if (actor.kind === 'ANONYMOUS' || actor.kind === 'API_CLIENT' || actor.networkId !== outcome.networkId)
    return null;
  if (actor.kind === 'COMPANY_MEMBER' && outcome.companyId !== null && actor.companyId === outcome.companyId)
    return 'COMPANY';
  if (actor.kind === 'CITIZEN' && actor.userId === outcome.citizenId) return 'CITIZEN';
  if (actor.kind === 'OPERATOR' && actor.sportelloId === outcome.sportelloId) return 'OPERATOR';
  return null;
}
