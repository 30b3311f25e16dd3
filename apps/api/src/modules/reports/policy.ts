import type { Actor } from '../../context.js';

/**
 * The labour-market report holds only k-anonymous aggregates: the network's admins and its
 * operators read it; companies, citizens and other networks do not.
 */
export const canReadReports = (actor: Actor, networkId: string) =>
  (actor.kind === 'NETWORK_ADMIN' || actor.kind === 'OPERATOR') && actor.networkId === networkId;

/** The minimum count of published figures is a network setting: its admins. */
export const canSetReportMinCount = (actor: Actor, networkId: string) =>
  actor.kind === 'NETWORK_ADMIN' && actor.networkId === networkId;
