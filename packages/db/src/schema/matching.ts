import { bigserial, index, pgEnum, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';

export const matchingSubject = pgEnum('matching_subject', ['CV', 'VACANCY']);

/**
 * Every write that can change a match appends a row here (by triggers, see the migration), so that
 * each API instance keeps its in-memory matching index fresh by reading the rows after the last id
 * it has seen. Rows older than a day are deleted.
 */
export const matchingChanges = pgTable(
  'matching_changes',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    subject: matchingSubject().notNull(),
    /** The citizen (for CV) or the vacancy. */
    subjectId: uuid().notNull(),
    changedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('matching_changes_changed_at_idx').on(t.changedAt)],
);
