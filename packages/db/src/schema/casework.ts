import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { citizens } from './citizens.js';
import { createdAt, id } from './columns.js';
import { users } from './identity.js';
import { networks, sportelli } from './network.js';

export const caseCloseReason = pgEnum('case_close_reason', [
  'HIRED',
  'MOVED_AWAY',
  'NO_LONGER_INTERESTED',
  'NO_CONTACT',
  'OTHER',
]);

/**
 * The citizen's file (fascicolo) at the sportello that has them in charge: opened by the presa in
 * carico, moved on a transfer (the assignments in `case_assignments` keep the history), closed with
 * a reason. One open case per citizen in the network.
 */
export const cases = pgTable(
  'cases',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    citizenId: uuid()
      .notNull()
      .references(() => citizens.userId, { onDelete: 'cascade' }),
    /** The sportello in charge: it alone reads and writes the patto and the diary. */
    sportelloId: uuid()
      .notNull()
      .references(() => sportelli.id),
    /** The operator who took the citizen in charge at that sportello. */
    takenBy: uuid()
      .notNull()
      .references(() => users.id),
    inChargeSince: timestamp({ withTimezone: true }).notNull().defaultNow(),
    openedAt: createdAt(),
    /** The current version of the patto di servizio, if one was drafted. */
    pattoVersionId: uuid().references((): AnyPgColumn => pattoVersions.id),
    closedAt: timestamp({ withTimezone: true }),
    closedBy: uuid().references(() => users.id),
    closeReason: caseCloseReason(),
    closeNote: text(),
  },
  (t) => [
    uniqueIndex('cases_open_idx').on(t.citizenId).where(sql`${t.closedAt} is null`),
    index('cases_sportello_idx').on(t.sportelloId, t.closedAt),
    check('cases_closed_check', sql`(${t.closedAt} is null) = (${t.closeReason} is null)`),
  ],
);

export const pattoAcceptanceChannel = pgEnum('patto_acceptance_channel', ['ONLINE', 'DESK']);

/**
 * A version of the patto di servizio personalizzato. Versions are never changed, only accepted:
 * a change makes the next version, which the citizen accepts again.
 */
export const pattoVersions = pgTable(
  'patto_versions',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    caseId: uuid()
      .notNull()
      .references((): AnyPgColumn => cases.id, { onDelete: 'cascade' }),
    version: integer().notNull(),
    objectives: text().notNull(),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    acceptedAt: timestamp({ withTimezone: true }),
    /** The day of the acceptance: today online, the day the citizen signed at the desk. */
    acceptedOn: date(),
    acceptanceChannel: pattoAcceptanceChannel(),
    /** For acceptances at the desk: the operator who recorded it. */
    acceptanceRecordedBy: uuid().references(() => users.id),
  },
  (t) => [
    uniqueIndex('patto_versions_case_version_idx').on(t.caseId, t.version),
    check('patto_versions_accepted_check', sql`(${t.acceptedAt} is null) = (${t.acceptanceChannel} is null)`),
  ],
);

export const pattoActionKind = pgEnum('patto_action_kind', [
  'ORIENTATION_INTERVIEW',
  'SKILLS_ASSESSMENT',
  'JOB_CLUB',
  'TRAINING_MODULE',
  'INTERNSHIP',
  'JOB_SEARCH',
  'SELF_EMPLOYMENT',
  'OTHER',
]);

export const pattoActionAssignee = pgEnum('patto_action_assignee', ['CITIZEN', 'OPERATOR']);

export const pattoActionStatus = pgEnum('patto_action_status', ['TODO', 'DONE', 'CANCELLED']);

/** An action agreed in a version of the patto. Its status is progress, not a change of the agreement. */
export const pattoActions = pgTable(
  'patto_actions',
  {
    id: id(),
    versionId: uuid()
      .notNull()
      .references(() => pattoVersions.id, { onDelete: 'cascade' }),
    caseId: uuid()
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    kind: pattoActionKind().notNull(),
    description: text().notNull(),
    dueOn: date(),
    assignee: pattoActionAssignee().notNull(),
    status: pattoActionStatus().notNull().default('TODO'),
    statusChangedAt: timestamp({ withTimezone: true }),
    statusChangedBy: uuid().references(() => users.id),
    /** When the sportello was told live that the action went past its due date (once). */
    overdueAnnouncedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('patto_actions_version_idx').on(t.versionId, t.position),
    index('patto_actions_due_idx').on(t.caseId, t.status, t.dueOn),
  ],
);

export const diaryVisibility = pgEnum('diary_visibility', ['INTERNAL', 'SHARED']);

export const diaryContactChannel = pgEnum('diary_contact_channel', [
  'PHONE_CALL',
  'EMAIL',
  'MEETING',
  'MESSAGE',
]);

export const diaryContactOutcome = pgEnum('diary_contact_outcome', [
  'REACHED',
  'NOT_REACHED',
  'LEFT_MESSAGE',
  'NO_SHOW',
]);

/**
 * The case diary: dated notes and contacts by the operators of the sportello in charge. Never
 * changed nor deleted: a correction is a new entry that names the one it corrects.
 */
export const caseDiaryEntries = pgTable(
  'case_diary_entries',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    caseId: uuid()
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    /** The sportello the author wrote from. */
    sportelloId: uuid()
      .notNull()
      .references(() => sportelli.id),
    authorId: uuid()
      .notNull()
      .references(() => users.id),
    occurredOn: date().notNull(),
    visibility: diaryVisibility().notNull(),
    body: text().notNull(),
    /** For contacts: how, and with what outcome. */
    contactChannel: diaryContactChannel(),
    contactOutcome: diaryContactOutcome(),
    /** One correction per entry: a later one corrects the correction. */
    correctsId: uuid().references((): AnyPgColumn => caseDiaryEntries.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('case_diary_entries_case_idx').on(t.caseId, t.occurredOn),
    uniqueIndex('case_diary_entries_corrects_idx').on(t.correctsId),
    check(
      'case_diary_entries_contact_check',
      sql`(${t.contactChannel} is null) = (${t.contactOutcome} is null)`,
    ),
  ],
);
