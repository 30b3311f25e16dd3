import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { citizens } from './citizens.js';
import { createdAt, id } from './columns.js';
import { companies, companySites } from './companies.js';
import { skillLevel } from './cvs.js';
import { operators, users } from './identity.js';
import { networks, sportelli } from './network.js';
import { escoSkills } from './reference.js';

export const internshipType = pgEnum('internship_type', [
  'EXTRACURRICULAR',
  /** Tirocinio di inclusione: for people on the law 68/1999 lists (collocamento mirato). */
  'INCLUSION',
]);

export const internshipStatus = pgEnum('internship_status', [
  'PROPOSED',
  'AGREEMENT_SIGNED',
  'ACTIVE',
  'SUSPENDED',
  'INTERRUPTED',
  'COMPLETED',
]);

export const internshipOutcome = pgEnum('internship_outcome', [
  'OBJECTIVES_ACHIEVED',
  'OBJECTIVES_PARTIALLY_ACHIEVED',
  'OBJECTIVES_NOT_ACHIEVED',
]);

/** Most weekly hours of a tirocinio: never more than a full-time contract. */
export const MAX_INTERNSHIP_WEEKLY_HOURS = 40;

/**
 * Tirocini: a company hosts a citizen on a training project promoted by a sportello, under a
 * company tutor and a promoting tutor (an operator of that sportello).
 */
export const internships = pgTable(
  'internships',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    companyId: uuid()
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    companySiteId: uuid().references(() => companySites.id, { onDelete: 'set null' }),
    citizenId: uuid()
      .notNull()
      .references(() => citizens.userId, { onDelete: 'cascade' }),
    sportelloId: uuid()
      .notNull()
      .references(() => sportelli.id),
    promotingTutorId: uuid()
      .notNull()
      .references(() => operators.userId),
    /** The company tutor is a person at the company, not necessarily a user of the platform. */
    companyTutorName: text().notNull(),
    companyTutorRole: text(),
    companyTutorEmail: text(),
    companyTutorPhone: text(),
    type: internshipType().notNull(),
    objectives: text().notNull(),
    activities: text().notNull(),
    startsOn: date().notNull(),
    endsOn: date().notNull(),
    hoursPerWeek: integer().notNull(),
    monthlyIndemnityCents: integer().notNull(),
    status: internshipStatus().notNull().default('PROPOSED'),
    agreementSignedAt: timestamp({ withTimezone: true }),
    /** Why it was last suspended or interrupted. */
    statusReason: text(),
    evaluationOutcome: internshipOutcome(),
    evaluationJudgement: text(),
    evaluatedBy: uuid().references(() => users.id),
    evaluatedAt: timestamp({ withTimezone: true }),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('internships_network_idx').on(t.networkId, t.status, t.startsOn),
    index('internships_company_idx').on(t.companyId, t.startsOn),
    index('internships_citizen_idx').on(t.citizenId, t.startsOn),
    check('internships_period_check', sql`${t.endsOn} > ${t.startsOn}`),
    check(
      'internships_hours_check',
      sql`${t.hoursPerWeek} between 1 and ${sql.raw(String(MAX_INTERNSHIP_WEEKLY_HOURS))}`,
    ),
    check('internships_indemnity_check', sql`${t.monthlyIndemnityCents} >= 0`),
    check(
      'internships_evaluation_check',
      sql`(${t.status} = 'COMPLETED') = (${t.evaluatedAt} is not null and ${t.evaluationOutcome} is not null)`,
    ),
  ],
);

export const internshipSkillKind = pgEnum('internship_skill_kind', ['TARGET', 'ACQUIRED']);

/** ESCO skills of the training project: those to acquire, and those the final evaluation attests. */
export const internshipSkills = pgTable(
  'internship_skills',
  {
    internshipId: uuid()
      .notNull()
      .references(() => internships.id, { onDelete: 'cascade' }),
    skillUri: text()
      .notNull()
      .references(() => escoSkills.uri),
    kind: internshipSkillKind().notNull(),
    /** The level the final evaluation attests, for acquired skills. */
    level: skillLevel(),
  },
  (t) => [
    primaryKey({ columns: [t.internshipId, t.kind, t.skillUri] }),
    check('internship_skills_level_check', sql`(${t.kind} = 'ACQUIRED') = (${t.level} is not null)`),
  ],
);

/** The lifecycle history: who moved an internship, when, why. Append-only. */
export const internshipStatusEvents = pgTable(
  'internship_status_events',
  {
    id: id(),
    internshipId: uuid()
      .notNull()
      .references(() => internships.id, { onDelete: 'cascade' }),
    fromStatus: internshipStatus(),
    toStatus: internshipStatus().notNull(),
    actorUserId: uuid()
      .notNull()
      .references(() => users.id),
    reason: text(),
    at: createdAt(),
  },
  (t) => [index('internship_status_events_internship_idx').on(t.internshipId, t.at)],
);

/** Monitoring by either tutor: the hours attended over a period and how it went. */
export const internshipMonitoringEntries = pgTable(
  'internship_monitoring_entries',
  {
    id: id(),
    internshipId: uuid()
      .notNull()
      .references(() => internships.id, { onDelete: 'cascade' }),
    periodStartsOn: date().notNull(),
    periodEndsOn: date().notNull(),
    hoursAttended: integer().notNull(),
    note: text().notNull(),
    authorUserId: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('internship_monitoring_entries_internship_idx').on(t.internshipId, t.periodStartsOn),
    check('internship_monitoring_entries_period_check', sql`${t.periodEndsOn} >= ${t.periodStartsOn}`),
    check('internship_monitoring_entries_hours_check', sql`${t.hoursAttended} >= 0`),
  ],
);
