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
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { citizens } from './citizens.js';
import { createdAt, id } from './columns.js';
import { skillLevel } from './cvs.js';
import { users } from './identity.js';
import { networks, sportelli } from './network.js';
import { comuni, escoSkills } from './reference.js';

/** DRAFT -> PUBLISHED (citizens see it and enrol) -> CANCELLED; DRAFT -> CANCELLED. */
export const trainingModuleStatus = pgEnum('training_module_status', ['DRAFT', 'PUBLISHED', 'CANCELLED']);

export const trainingMode = pgEnum('training_mode', ['IN_PERSON', 'ONLINE']);

/**
 * Moduli formativi: short courses offered in the network by an ente di formazione, run by a
 * sportello, that build ESCO skills.
 */
export const trainingModules = pgTable(
  'training_modules',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    sportelloId: uuid()
      .notNull()
      .references(() => sportelli.id),
    title: text().notNull(),
    /** The ente di formazione, as free text: it need not be a user of the platform. */
    provider: text().notNull(),
    description: text().notNull(),
    hours: integer().notNull(),
    startsOn: date().notNull(),
    endsOn: date().notNull(),
    mode: trainingMode().notNull(),
    /** Where it is held, exactly for IN_PERSON modules: a member comune of the network. */
    comuneCode: text().references(() => comuni.istatCode),
    seats: integer().notNull(),
    status: trainingModuleStatus().notNull().default('DRAFT'),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('training_modules_network_idx').on(t.networkId, t.status, t.startsOn),
    check('training_modules_period_check', sql`${t.endsOn} >= ${t.startsOn}`),
    check('training_modules_hours_check', sql`${t.hours} >= 1`),
    check('training_modules_seats_check', sql`${t.seats} >= 1`),
    check('training_modules_place_check', sql`(${t.mode} = 'IN_PERSON') = (${t.comuneCode} is not null)`),
  ],
);

/** The ESCO skills a module builds, with the level its completion attests. */
export const trainingModuleSkills = pgTable(
  'training_module_skills',
  {
    moduleId: uuid()
      .notNull()
      .references(() => trainingModules.id, { onDelete: 'cascade' }),
    skillUri: text()
      .notNull()
      .references(() => escoSkills.uri),
    level: skillLevel().notNull(),
    position: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.moduleId, t.skillUri] }),
    index('training_module_skills_skill_idx').on(t.skillUri),
  ],
);

/** ENROLLED -> COMPLETED (the module's skills enter the CV) or WITHDRAWN. */
export const trainingEnrolmentStatus = pgEnum('training_enrolment_status', [
  'ENROLLED',
  'WITHDRAWN',
  'COMPLETED',
]);

/** Iscrizioni: a citizen's place in a module. Withdrawn ones free their seat. */
export const trainingEnrolments = pgTable(
  'training_enrolments',
  {
    id: id(),
    moduleId: uuid()
      .notNull()
      .references(() => trainingModules.id, { onDelete: 'cascade' }),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    citizenId: uuid()
      .notNull()
      .references(() => citizens.userId, { onDelete: 'cascade' }),
    status: trainingEnrolmentStatus().notNull().default('ENROLLED'),
    /** The citizen themself, when they asked for the place; otherwise the operator who enrolled them. */
    enrolledBy: uuid()
      .notNull()
      .references(() => users.id),
    enrolledAt: createdAt(),
    withdrawnAt: timestamp({ withTimezone: true }),
    completedAt: timestamp({ withTimezone: true }),
    completedBy: uuid().references(() => users.id),
  },
  (t) => [
    // One place per citizen and module; after a withdrawal the citizen may enrol again.
    uniqueIndex('training_enrolments_module_citizen_idx')
      .on(t.moduleId, t.citizenId)
      .where(sql`${t.status} <> 'WITHDRAWN'`),
    index('training_enrolments_citizen_idx').on(t.citizenId, t.enrolledAt),
    check(
      'training_enrolments_withdrawn_check',
      sql`(${t.status} = 'WITHDRAWN') = (${t.withdrawnAt} is not null)`,
    ),
    check(
      'training_enrolments_completed_check',
      sql`(${t.status} = 'COMPLETED') = (${t.completedAt} is not null and ${t.completedBy} is not null)`,
    ),
  ],
);
