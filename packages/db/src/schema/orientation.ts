import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bookings, orientationPurpose } from './appointments.js';
import { citizens } from './citizens.js';
import { createdAt, id } from './columns.js';
import { users } from './identity.js';
import { networks, sportelli } from './network.js';
import { escoOccupations } from './reference.js';

export const transportMeans = pgEnum('transport_means', ['OWN_CAR', 'PUBLIC_TRANSPORT', 'NONE']);

/**
 * The structured record of an individual orientation, written by an operator of the sportello in
 * charge. Constraints (hours, transport, care duties) are personal data: the API shows them to the
 * sportello in charge and to the citizen only. Records are never changed: a new one supersedes.
 */
export const orientationRecords = pgTable(
  'orientation_records',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    citizenId: uuid()
      .notNull()
      .references(() => citizens.userId, { onDelete: 'cascade' }),
    /** Where it was written: the sportello in charge at the time. */
    sportelloId: uuid()
      .notNull()
      .references(() => sportelli.id),
    writtenBy: uuid()
      .notNull()
      .references(() => users.id),
    kind: orientationPurpose().notNull(),
    /** The colloquio booked for it, if any. */
    bookingId: uuid().references(() => bookings.id),
    heldOn: date().notNull(),
    interests: text().notNull(),
    strengths: text().notNull(),
    hoursPerWeek: integer(),
    transport: transportMeans().notNull(),
    careDuties: boolean().notNull(),
    careDutiesNote: text(),
    summary: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('orientation_records_citizen_idx').on(t.citizenId, t.heldOn),
    uniqueIndex('orientation_records_booking_idx').on(t.bookingId),
    check('orientation_records_care_note_check', sql`${t.careDuties} or ${t.careDutiesNote} is null`),
    check(
      'orientation_records_hours_check',
      sql`${t.hoursPerWeek} is null or ${t.hoursPerWeek} between 1 and 60`,
    ),
  ],
);

/** The target occupations agreed in the record, in ESCO, in the order given. */
export const orientationRecordOccupations = pgTable(
  'orientation_record_occupations',
  {
    recordId: uuid()
      .notNull()
      .references(() => orientationRecords.id, { onDelete: 'cascade' }),
    occupationUri: text()
      .notNull()
      .references(() => escoOccupations.uri),
    position: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.recordId, t.occupationUri] })],
);
