import type { Actor } from '../../context.js';
import { isStaffOf } from '../../lib/actors.js';

export const canReadNetworkOperations = (actor: Actor, networkId: string) =>
  isStaffOf(actor, networkId) ||
  (actor.kind === 'API_CLIENT' && actor.networkId === networkId && actor.scopes.includes('NETWORK_READ'));

export const canManageNetwork = (actor: Actor, networkId: string) =>
  actor.kind === 'NETWORK_ADMIN' && actor.networkId === networkId;
