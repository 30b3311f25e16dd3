import { randomUUID } from 'node:crypto';
import type { Db, Tx } from '@sportello/db';
import { sql } from 'drizzle-orm';
import type { ApiScope } from '../../context.js';

/** The PostgreSQL channel every API instance listens on. */
export const LIVE_CHANNEL = 'live_events';

/**
 * What the operators' portal hears without reloading, with the API client scope that lets an
 * integrator hear it too. A new kind is one more line here and in the GraphQL enum.
 */
export const LIVE_EVENT_SCOPES = {
  APPLICATION_RECEIVED: 'APPLICATION_EVENTS',
  BOOKING_CHANGED: 'CASE_EVENTS',
  ACTION_OVERDUE: 'CASE_EVENTS',
} as const satisfies Record<string, ApiScope>;

export type LiveEventKind = keyof typeof LIVE_EVENT_SCOPES;

/**
 * One event as it travels through NOTIFY. It carries ids, a title without personal names and the
 * audience; who may receive it is decided per subscriber (`mayReceive`).
 */
export interface LiveEvent {
  id: string;
  kind: LiveEventKind;
  networkId: string;
  /** The sportelli whose operators hear it. */
  sportelloIds: string[];
  /** Staff members who hear it wherever they work (e.g. the operator who published the vacancy). */
  userIds: string[];
  subjectId: string;
  title: string;
  /** The page in the operators' portal. */
  path: string;
  occurredAt: string;
}

export type LiveEventInput = Omit<LiveEvent, 'id' | 'occurredAt'>;

/**
 * Sends the event when the caller's transaction commits (NOTIFY is transactional): a rolled-back
 * change is never announced, and every instance, this one included, hears a committed one.
 */
export async function announce(tx: Db | Tx, input: LiveEventInput): Promise<void> {
  const event: LiveEvent = { id: randomUUID(), occurredAt: new Date().toISOString(), ...input };
  await tx.execute(sql`select pg_notify(${LIVE_CHANNEL}, ${JSON.stringify(event)})`);
}

export function parseLiveEvent(payload: string): LiveEvent | null {
  try {
    const event = JSON.parse(payload) as LiveEvent;
    return event.kind in LIVE_EVENT_SCOPES && typeof event.networkId === 'string' ? event : null;
  } catch {
    return null;
  }
}
