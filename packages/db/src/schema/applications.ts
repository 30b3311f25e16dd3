import { sql } from 'drizzle-orm';
import {
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
import { appointmentMode } from './appointments.js';
import { citizens } from './citizens.js';
import { createdAt, id } from './columns.js';
import { companies } from './companies.js';
import { coverLetters } from './cover-letters.js';
import { users } from './identity.js';
import { internships } from './internships.js';
import { networks } from './network.js';
import { contractType, vacancies } from './vacancies.js';

export const applicationStatus = pgEnum('application_status', [
  /** An operator proposed the citizen; the citizen has not accepted yet. */
  'PROPOSED',
  'APPLIED',
  'SHORTLISTED',
  'INTERVIEW',
  'OFFER',
  'HIRED',
  'REJECTED',
  'WITHDRAWN',
  /** The company did not answer within twice the network's answer time: closed, the citizen told. */
  'NO_ANSWER',
]);

export const applications = pgTable(
  'applications',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    vacancyId: uuid()
      .notNull()
      .references(() => vacancies.id, { onDelete: 'cascade' }),
    /** Copied from the vacancy: every company read filters on it. */
    companyId: uuid()
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    citizenId: uuid()
      .notNull()
      .references(() => citizens.userId, { onDelete: 'cascade' }),
    status: applicationStatus().notNull(),
    /** The text the company reads: a snapshot, unchanged when the saved letter is edited later. */
    coverLetter: text(),
    /** The saved letter the snapshot was taken from, if the citizen chose one. */
    coverLetterId: uuid().references(() => coverLetters.id, { onDelete: 'set null' }),
    proposedBy: uuid().references(() => users.id),
    proposalNote: text(),
    /** When the citizen applied or accepted a proposal: from then on the company sees who they are. */
    disclosedAt: timestamp({ withTimezone: true }),
    /**
     * When the retention period after the vacancy ended ran out: the company no longer sees who the
     * candidate was, and the texts about them are blank; reports still count the candidature.
     */
    pseudonymisedAt: timestamp({ withTimezone: true }),
    /** When the company was reminded that the candidature awaits its answer (once). */
    companyRemindedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('applications_vacancy_citizen_idx').on(t.vacancyId, t.citizenId),
    // A vacancy's candidatures, most recently moved first, read a page at a time without sorting them all.
    // The network last (after the unique id, so it never changes the order): under row-level security
    // the count of a vacancy's candidatures is still read from the index alone.
    index('applications_vacancy_recent_idx').on(
      t.vacancyId,
      t.updatedAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
      t.networkId,
    ),
    index('applications_company_idx').on(t.companyId, t.updatedAt),
    index('applications_citizen_idx').on(t.citizenId),
    // The sweep of candidatures waiting for the company's answer.
    index('applications_awaiting_answer_idx').on(t.disclosedAt).where(sql`${t.status} = 'APPLIED'`),
  ],
);

/** The pipeline history: who moved an application, when, why. Append-only. */
export const applicationEvents = pgTable(
  'application_events',
  {
    id: id(),
    applicationId: uuid()
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    fromStatus: applicationStatus(),
    toStatus: applicationStatus().notNull(),
    /** Null for a change the system made, e.g. closing a candidature left unanswered. */
    actorUserId: uuid().references(() => users.id),
    reason: text(),
    at: createdAt(),
  },
  (t) => [index('application_events_application_idx').on(t.applicationId, t.at)],
);

export const placementSource = pgEnum('placement_source', ['APPLICATION', 'INTERNSHIP', 'EXTERNAL']);

/**
 * Inserimenti lavorativi: the outcome outcome-based funding pays for, so each one records how it
 * came about and who verified it.
 */
export const placements = pgTable(
  'placements',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    citizenId: uuid()
      .notNull()
      .references(() => citizens.userId, { onDelete: 'cascade' }),
    source: placementSource().notNull(),
    applicationId: uuid().references(() => applications.id),
    internshipId: uuid().references(() => internships.id),
    companyId: uuid().references(() => companies.id),
    /** For hires found elsewhere, the employer's name as the operator recorded it. */
    employerName: text().notNull(),
    contractType: contractType().notNull(),
    startsOn: date().notNull(),
    /** Null for open-ended contracts. */
    durationMonths: integer(),
    recordedBy: uuid()
      .notNull()
      .references(() => users.id),
    verifiedBy: uuid().references(() => users.id),
    verifiedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('placements_network_idx').on(t.networkId, t.startsOn),
    uniqueIndex('placements_application_idx').on(t.applicationId).where(sql`${t.applicationId} is not null`),
    // Traceable to its origin: a placement from a tirocinio names it, and only such a placement does.
    check(
      'placements_internship_source_check',
      sql`(${t.source} = 'INTERNSHIP') = (${t.internshipId} is not null)`,
    ),
    uniqueIndex('placements_internship_idx').on(t.internshipId).where(sql`${t.internshipId} is not null`),
  ],
);

export const interviewStatus = pgEnum('interview_status', [
  'PROPOSED',
  'ACCEPTED',
  'DECLINED',
  'CANCELLED',
  /** The candidate cannot come then and asked the company for another date. */
  'NEW_DATE_REQUESTED',
]);

/**
 * Job interviews a company proposes to a candidate, who accepts or declines. A candidate never has
 * two accepted interviews at overlapping times (exclusion constraint, migration 0011).
 */
export const interviews = pgTable(
  'interviews',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    applicationId: uuid()
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    citizenId: uuid()
      .notNull()
      .references(() => citizens.userId, { onDelete: 'cascade' }),
    companyId: uuid()
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    mode: appointmentMode().notNull(),
    /** Address for in-person interviews. */
    location: text(),
    videoUrl: text(),
    /** The company's message to the candidate with the proposal. */
    message: text(),
    status: interviewStatus().notNull().default('PROPOSED'),
    proposedBy: uuid()
      .notNull()
      .references(() => users.id),
    respondedAt: timestamp({ withTimezone: true }),
    /** The candidate's note with a refusal or a request for another date. */
    responseNote: text(),
    createdAt: createdAt(),
  },
  (t) => [
    index('interviews_application_idx').on(t.applicationId),
    index('interviews_citizen_idx').on(t.citizenId),
    index('interviews_network_starts_idx').on(t.networkId, t.startsAt),
  ],
);
