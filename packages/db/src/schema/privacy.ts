import { sql } from 'drizzle-orm';
import { index, pgEnum, pgTable, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { citizens } from './citizens.js';
import { createdAt, id } from './columns.js';
import { users } from './identity.js';
import { networks } from './network.js';

export const erasureOrigin = pgEnum('erasure_origin', [
  /** The citizen asked in the portal. */
  'CITIZEN',
  /** The account stayed inactive past the network's retention period, after a notice. */
  'RETENTION',
  /** The person asked in person at the sportello, whose staff checked their identity. */
  'DESK',
]);

export const erasureStatus = pgEnum('erasure_status', ['PENDING', 'COMPLETED']);

/**
 * A request to erase a citizen (art. 17 GDPR). The row outlives the erasure, naming the citizen
 * only by the id that no longer leads to anyone, so the network can show when a request was met.
 */
export const erasureRequests = pgTable(
  'erasure_requests',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    citizenId: uuid()
      .notNull()
      .references(() => citizens.userId, { onDelete: 'cascade' }),
    origin: erasureOrigin().notNull(),
    status: erasureStatus().notNull().default('PENDING'),
    requestedAt: createdAt(),
    completedAt: timestamp({ withTimezone: true }),
    /** The staff member who executed it; null when it ran at once or by the retention job. */
    completedBy: uuid().references(() => users.id),
  },
  (t) => [
    // One request waiting per citizen: asking again returns the same one.
    uniqueIndex('erasure_requests_pending_idx').on(t.citizenId).where(sql`${t.status} = 'PENDING'`),
    index('erasure_requests_network_idx').on(t.networkId, t.status, t.requestedAt),
  ],
);

/**
 * The notice an inactive citizen got before the retention job anonymises the account; activity
 * after `notifiedAt` cancels it (the row is deleted and the clock starts again).
 */
export const retentionNotices = pgTable(
  'retention_notices',
  {
    citizenId: uuid()
      .primaryKey()
      .references(() => citizens.userId, { onDelete: 'cascade' }),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    notifiedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('retention_notices_notified_idx').on(t.notifiedAt)],
);
