import { sql } from 'drizzle-orm';
import {
  check,
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
import { comuni } from './reference.js';
import { trainingMode } from './training.js';

/** Job Club cycles, laboratori (CV, interview simulation, digital skills) and group orientation. */
export const groupActivityKind = pgEnum('group_activity_kind', [
  'JOB_CLUB',
  'CV_WORKSHOP',
  'INTERVIEW_SIMULATION',
  'DIGITAL_SKILLS',
  'GROUP_ORIENTATION',
]);

/** DRAFT -> PUBLISHED (citizens see it and enrol) -> ENDED; DRAFT or PUBLISHED -> CANCELLED. */
export const groupActivityStatus = pgEnum('group_activity_status', [
  'DRAFT',
  'PUBLISHED',
  'CANCELLED',
  'ENDED',
]);

/** An activity for a group of citizens, run by a sportello in one or more sessions. */
export const groupActivities = pgTable(
  'group_activities',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    sportelloId: uuid()
      .notNull()
      .references(() => sportelli.id),
    kind: groupActivityKind().notNull(),
    title: text().notNull(),
    description: text().notNull(),
    /** An operator of the network, or else someone from outside named as free text. */
    facilitatorOperatorId: uuid().references(() => users.id),
    facilitatorName: text(),
    capacity: integer().notNull(),
    status: groupActivityStatus().notNull().default('DRAFT'),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('group_activities_network_idx').on(t.networkId, t.status),
    check('group_activities_capacity_check', sql`${t.capacity} >= 1`),
    check(
      'group_activities_facilitator_check',
      sql`(${t.facilitatorOperatorId} is null) <> (${t.facilitatorName} is null)`,
    ),
  ],
);

/** The meetings of an activity: at an address in a member comune, or in a video room. */
export const groupSessions = pgTable(
  'group_sessions',
  {
    id: id(),
    activityId: uuid()
      .notNull()
      .references(() => groupActivities.id, { onDelete: 'cascade' }),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    mode: trainingMode().notNull(),
    comuneCode: text().references(() => comuni.istatCode),
    address: text(),
    videoUrl: text(),
    topic: text().notNull(),
    /** Grows with each move, so calendars update the event instead of adding one. */
    sequence: integer().notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    index('group_sessions_activity_idx').on(t.activityId, t.startsAt),
    check('group_sessions_period_check', sql`${t.endsAt} > ${t.startsAt}`),
    check(
      'group_sessions_place_check',
      sql`case when ${t.mode} = 'IN_PERSON' then ${t.comuneCode} is not null and ${t.address} is not null and ${t.videoUrl} is null else ${t.videoUrl} is not null and ${t.comuneCode} is null and ${t.address} is null end`,
    ),
  ],
);

export const groupEnrolmentStatus = pgEnum('group_enrolment_status', ['ENROLLED', 'WITHDRAWN']);

/** A citizen's place in an activity. Withdrawn ones free their seat. */
export const groupEnrolments = pgTable(
  'group_enrolments',
  {
    id: id(),
    activityId: uuid()
      .notNull()
      .references(() => groupActivities.id, { onDelete: 'cascade' }),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    citizenId: uuid()
      .notNull()
      .references(() => citizens.userId, { onDelete: 'cascade' }),
    status: groupEnrolmentStatus().notNull().default('ENROLLED'),
    /** The citizen themself, when they asked for the place; otherwise the operator who enrolled them. */
    enrolledBy: uuid()
      .notNull()
      .references(() => users.id),
    enrolledAt: createdAt(),
    withdrawnAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    // One place per citizen and activity; after a withdrawal the citizen may enrol again.
    uniqueIndex('group_enrolments_activity_citizen_idx')
      .on(t.activityId, t.citizenId)
      .where(sql`${t.status} <> 'WITHDRAWN'`),
    index('group_enrolments_citizen_idx').on(t.citizenId, t.enrolledAt),
    check(
      'group_enrolments_withdrawn_check',
      sql`(${t.status} = 'WITHDRAWN') = (${t.withdrawnAt} is not null)`,
    ),
  ],
);

export const attendanceStatus = pgEnum('attendance_status', ['PRESENT', 'ABSENT', 'EXCUSED']);

/**
 * The attendance register, append-only: a correction is a new row, and the latest row of a session
 * and enrolment is what counts.
 */
export const groupAttendance = pgTable(
  'group_attendance',
  {
    id: id(),
    sessionId: uuid()
      .notNull()
      .references(() => groupSessions.id, { onDelete: 'cascade' }),
    enrolmentId: uuid()
      .notNull()
      .references(() => groupEnrolments.id, { onDelete: 'cascade' }),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    status: attendanceStatus().notNull(),
    recordedBy: uuid()
      .notNull()
      .references(() => users.id),
    recordedAt: createdAt(),
  },
  (t) => [
    index('group_attendance_session_idx').on(t.sessionId, t.enrolmentId, t.recordedAt),
    index('group_attendance_enrolment_idx').on(t.enrolmentId),
  ],
);
