import { index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns.js';

/** Append-only: the application role never updates or deletes these rows. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: id(),
    networkId: uuid(),
    actorUserId: uuid(),
    actorClientId: uuid(),
    action: text().notNull(),
    subjectType: text().notNull(),
    subjectId: text().notNull(),
    reason: text(),
    details: jsonb(),
    at: createdAt(),
  },
  (t) => [
    index('audit_log_network_at_idx').on(t.networkId, t.at),
    index('audit_log_subject_idx').on(t.subjectType, t.subjectId),
  ],
);
