import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  integer,
  jsonb,
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
import { users } from './identity.js';
import { networks } from './network.js';
import { comuni } from './reference.js';

/**
 * Active labour-policy programs (cantieri di lavoro, lavori di pubblica utilità, borse lavoro...):
 * owned by a member comune, or by the network itself when `ownerComuneCode` is null.
 */
export const programs = pgTable(
  'programs',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    ownerComuneCode: text().references(() => comuni.istatCode),
    /** Free text: every network names its own kinds of program. */
    kind: text().notNull(),
    title: text().notNull(),
    description: text().notNull(),
    budgetCents: bigint({ mode: 'number' }).notNull(),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('programs_network_idx').on(t.networkId, t.createdAt),
    check('programs_budget_check', sql`${t.budgetCents} >= 0`),
  ],
);

/**
 * Bando: the call for applicants of a program. Its eligibility rules and ranking criteria are data
 * (validated by the API's zod schemas), published with the call and never changed after it opens.
 */
export const programCalls = pgTable(
  'program_calls',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    opensOn: date().notNull(),
    closesOn: date().notNull(),
    places: integer().notNull(),
    hourlyRateCents: integer().notNull(),
    rules: jsonb().notNull(),
    rankingCriteria: jsonb().notNull(),
    /** Set once, when the graduatoria is published: its rows never change afterwards. */
    rankingPublishedAt: timestamp({ withTimezone: true }),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('program_calls_network_idx').on(t.networkId, t.closesOn),
    index('program_calls_program_idx').on(t.programId),
    check('program_calls_window_check', sql`${t.closesOn} >= ${t.opensOn}`),
    check('program_calls_places_check', sql`${t.places} >= 1`),
    check('program_calls_rate_check', sql`${t.hourlyRateCents} >= 0`),
  ],
);

/**
 * Domanda: a citizen's application to a call, with what they declared (ISEE, the day they became
 * unemployed) and the eligibility check made when it was submitted. Only eligible ones are stored.
 */
export const programApplications = pgTable(
  'program_applications',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    callId: uuid()
      .notNull()
      .references(() => programCalls.id, { onDelete: 'cascade' }),
    citizenId: uuid()
      .notNull()
      .references(() => citizens.userId, { onDelete: 'cascade' }),
    /** Declared ISEE in cents (economic data: read for the check and the ranking, audited). */
    iseeCents: bigint({ mode: 'number' }),
    /** Declared start of the current unemployment (the DID day). */
    unemployedSince: date(),
    /** The per-rule outcome of the eligibility check at submission. */
    checks: jsonb().notNull(),
    /** The citizen themself, or the operator who applied on their behalf. */
    submittedBy: uuid()
      .notNull()
      .references(() => users.id),
    submittedAt: createdAt(),
  },
  (t) => [
    uniqueIndex('program_applications_call_citizen_idx').on(t.callId, t.citizenId),
    index('program_applications_citizen_idx').on(t.citizenId),
    check('program_applications_isee_check', sql`${t.iseeCents} is null or ${t.iseeCents} >= 0`),
  ],
);

/** Graduatoria: written once when published, never updated (a trigger refuses it). */
export const programRankingRows = pgTable(
  'program_ranking_rows',
  {
    callId: uuid()
      .notNull()
      .references(() => programCalls.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    applicationId: uuid()
      .notNull()
      .references(() => programApplications.id, { onDelete: 'cascade' }),
    score: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.callId, t.position] }),
    uniqueIndex('program_ranking_rows_application_idx').on(t.applicationId),
  ],
);

/** ACTIVE -> INTERRUPTED (with a reason) or ENDED (with an outcome). */
export const programParticipationStatus = pgEnum('program_participation_status', [
  'ACTIVE',
  'INTERRUPTED',
  'ENDED',
]);

export const programOutcome = pgEnum('program_outcome', [
  /** assunto */
  'HIRED',
  /** avviato a un percorso di formazione */
  'TRAINING',
  'NONE',
]);

/** An admitted applicant's participation, on a project of the comune, paid per hour attended. */
export const programParticipations = pgTable(
  'program_participations',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    callId: uuid()
      .notNull()
      .references(() => programCalls.id, { onDelete: 'cascade' }),
    applicationId: uuid()
      .notNull()
      .references(() => programApplications.id, { onDelete: 'cascade' }),
    citizenId: uuid()
      .notNull()
      .references(() => citizens.userId, { onDelete: 'cascade' }),
    projectDescription: text().notNull(),
    place: text().notNull(),
    tutor: text().notNull(),
    weeklyHours: integer().notNull(),
    status: programParticipationStatus().notNull().default('ACTIVE'),
    interruptionReason: text(),
    outcome: programOutcome(),
    admittedBy: uuid()
      .notNull()
      .references(() => users.id),
    admittedAt: createdAt(),
    closedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('program_participations_application_idx').on(t.applicationId),
    // At most one active participation per citizen, across every program.
    uniqueIndex('program_participations_active_idx').on(t.citizenId).where(sql`${t.status} = 'ACTIVE'`),
    index('program_participations_call_idx').on(t.callId),
    check('program_participations_hours_check', sql`${t.weeklyHours} between 1 and 40`),
    check(
      'program_participations_closed_check',
      sql`(${t.status} = 'ACTIVE') = (${t.closedAt} is null)
        and (${t.status} = 'INTERRUPTED') = (${t.interruptionReason} is not null)
        and (${t.status} = 'ENDED') = (${t.outcome} is not null)`,
    ),
  ],
);

/** Hours attended on a day, recorded by the sportello; the indemnity is paid on them. */
export const programAttendance = pgTable(
  'program_attendance',
  {
    participationId: uuid()
      .notNull()
      .references(() => programParticipations.id, { onDelete: 'cascade' }),
    day: date().notNull(),
    hours: integer().notNull(),
    recordedBy: uuid()
      .notNull()
      .references(() => users.id),
    recordedAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.participationId, t.day] }),
    check('program_attendance_hours_check', sql`${t.hours} between 0 and 12`),
  ],
);
