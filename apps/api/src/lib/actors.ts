import type { Actor } from '../context.js';
import { forbidden, notFound, unauthenticated } from './errors.js';
import type { PlanActor } from './sql-planner/plan.js';

/** The network whose staff (operators and network admins) the actor is, if any. */
export const staffNetwork = (actor: Actor | PlanActor): string | null =>
  (actor.kind === 'OPERATOR' || actor.kind === 'NETWORK_ADMIN') && 'networkId' in actor
    ? actor.networkId
    : null;

/** Operators and network admins: the staff who run a network. */
export const isStaffOf = (actor: Actor, networkId: string): boolean => staffNetwork(actor) === networkId;

/** The network an authenticated actor belongs to; anonymous callers are refused. */
export function networkOf(actor: Actor): string {
  if (actor.kind === 'ANONYMOUS') throw unauthenticated();
  if (!actor.networkId) throw forbidden();
  return actor.networkId;
}

/** For operations with no object to hide: anonymous gets UNAUTHENTICATED, others FORBIDDEN. */
export function refuse(actor: Actor): never {
  throw actor.kind === 'ANONYMOUS' ? unauthenticated() : forbidden();
}

/**
 * What `load` finds, when the actor may act on it with `allowed`; anything else answers like a
 * missing object, so existence never leaks.
 */
export async function findAllowed<T>(
  actor: Actor,
  load: () => Promise<T | undefined>,
  allowed: (found: T) => boolean,
): Promise<T> {
  networkOf(actor);
  const found = await load();
  if (!found || !allowed(found)) throw notFound();
  return found;
}
