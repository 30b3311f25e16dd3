import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns.js';

/**
 * Transactional outbox: a message is written in the same transaction as the change it reports, and
 * a worker delivers it later. A committed change therefore always gets its message, and a rolled
 * back one never does.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: id(),
    networkId: uuid(),
    kind: text().notNull(),
    payload: jsonb().notNull(),
    /** Not delivered before this time (reminders, retries with backoff). */
    notBefore: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Groups messages about one subject, e.g. to drop a booking's pending reminder on cancellation. */
    subjectId: text(),
    attempts: integer().notNull().default(0),
    lastError: text(),
    sentAt: timestamp({ withTimezone: true }),
    discardedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('outbox_pending_idx').on(t.notBefore).where(sql`sent_at is null and discarded_at is null`)],
);
