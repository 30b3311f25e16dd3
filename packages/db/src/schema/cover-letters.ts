import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { citizens } from './citizens.js';
import { createdAt, id } from './columns.js';
import { users } from './identity.js';
import { networks } from './network.js';
import { vacancies } from './vacancies.js';

/**
 * A citizen's cover letter: drafted from one of the templates shipped with the API, then edited
 * freely by the citizen or by the network's staff on the citizen's behalf.
 */
export const coverLetters = pgTable(
  'cover_letters',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    citizenId: uuid()
      .notNull()
      .references(() => citizens.userId, { onDelete: 'cascade' }),
    /** The vacancy the letter answers; the letter outlives a deleted vacancy. */
    vacancyId: uuid().references(() => vacancies.id, { onDelete: 'set null' }),
    /** Key of the template the draft came from. */
    templateKey: text().notNull(),
    title: text().notNull(),
    body: text().notNull(),
    /** Bumped at every change: an edit based on an older revision is refused, never lost silently. */
    revision: integer().notNull().default(1),
    lastEditedBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('cover_letters_citizen_idx').on(t.citizenId, t.updatedAt),
    check('cover_letters_body_length_check', sql`char_length(${t.body}) <= 5000`),
    check('cover_letters_title_length_check', sql`char_length(${t.title}) <= 120`),
  ],
);
