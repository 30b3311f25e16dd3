import type { Actor } from '../../context.js';
import { isStaffOf } from '../../lib/actors.js';

export const canReadNetworkOperations = (actor: Actor, networkId: string) =>
  isStaffOf(actor, networkId) ||
  (actor.kind === 'API_CLIENT' && actor.networkId === networkId && actor.scopes.includes('NETWORK_READ'));

/** The sportelli and their contacts are public to everyone with an account in the network. */
export const canSeeSportelli = (actor: Actor, networkId: string) =>
  canReadNetworkOperations(actor, networkId) ||
  ((actor.kind === 'CITIZEN' || actor.kind === 'COMPANY_MEMBER') && actor.networkId === networkId);

export const canManageNetwork = (actor: Actor, networkId: string) =>
  actor.kind === 'NETWORK_ADMIN' && actor.networkId === networkId;
