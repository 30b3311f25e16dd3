import { bigserial, index, integer, json, pgEnum, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cvs } from './cvs.js';

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

/**
 * What the matching index reads of each CV's sections, as JSON lists in the shape of its records,
 * skills and occupations by compact id: kept by triggers in the transaction that changes a section
 * (see the migration), so a full load reads one row per CV instead of aggregating every section's
 * rows again. A CV with no row here has empty sections.
 */
export const cvMatchingLists = pgTable('cv_matching_lists', {
  citizenId: uuid()
    .primaryKey()
    .references(() => cvs.citizenId, { onDelete: 'cascade' }),
  skills: json().notNull(),
  soughtOccupations: json().notNull(),
  experiences: json().notNull(),
  completedEqfLevels: json().notNull(),
  languages: json().notNull(),
  /**
   * The highest compact ids the lists use (-1: none): a loader whose vocabulary is older than
   * them reads the CV from its sections, by URI.
   */
  maxSkillId: integer().notNull(),
  maxOccupationId: integer().notNull(),
});
