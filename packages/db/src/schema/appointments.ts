import { sql } from 'drizzle-orm';
import { check, index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { citizens } from './citizens.js';
import { createdAt, id } from './columns.js';
import { companies } from './companies.js';
import { users } from './identity.js';
import { networks, sportelli } from './network.js';

export const appointmentKind = pgEnum('appointment_kind', ['ORIENTATION', 'COUNSELLING']);
export const appointmentMode = pgEnum('appointment_mode', ['IN_PERSON', 'ONLINE']);

/**
 * Time an operator offers for colloqui. An operator's open slots never overlap: an exclusion
 * constraint on the time range (migration 0005) enforces it.
 */
export const appointmentSlots = pgTable(
  'appointment_slots',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    sportelloId: uuid()
      .notNull()
      .references(() => sportelli.id),
    operatorId: uuid()
      .notNull()
      .references(() => users.id),
    kind: appointmentKind().notNull(),
    mode: appointmentMode().notNull(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    cancelledAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('appointment_slots_sportello_start_idx').on(t.sportelloId, t.startsAt),
    // The network's free slots, soonest first, read a page at a time.
    index('appointment_slots_network_start_idx')
      .on(t.networkId, t.startsAt)
      .where(sql`${t.cancelledAt} is null`),
    check('appointment_slots_period_check', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/**
 * What an orientation colloquio is for: a colloquio di orientamento or a bilancio di competenze,
 * recorded afterwards in an orientation record (orientation.ts).
 */
export const orientationPurpose = pgEnum('orientation_purpose', [
  'ORIENTATION_INTERVIEW',
  'SKILLS_ASSESSMENT',
]);

export const bookingStatus = pgEnum('booking_status', ['BOOKED', 'CANCELLED', 'ATTENDED', 'NO_SHOW']);

/**
 * A slot booked by a citizen or a company. One live booking per slot, and no person in two live
 * bookings at overlapping times: both enforced by the database (migration 0005), so concurrent
 * requests cannot double-book.
 */
export const bookings = pgTable(
  'bookings',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    slotId: uuid()
      .notNull()
      .references(() => appointmentSlots.id),
    citizenId: uuid().references(() => citizens.userId),
    companyId: uuid().references(() => companies.id),
    bookedBy: uuid()
      .notNull()
      .references(() => users.id),
    status: bookingStatus().notNull().default('BOOKED'),
    /** Copied from the slot so the per-person exclusion constraint can see the time range. */
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    videoUrl: text(),
    outcomeNotes: text(),
    /** Set by the operator (or citizen) who books an orientation slot for a precise purpose. */
    purpose: orientationPurpose(),
    /** Incremented at each change, for calendar clients (iCalendar SEQUENCE). */
    sequence: integer().notNull().default(0),
    createdAt: createdAt(),
    cancelledAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('bookings_slot_idx').on(t.slotId),
    index('bookings_citizen_idx').on(t.citizenId),
    index('bookings_company_idx').on(t.companyId),
    check('bookings_one_party_check', sql`(${t.citizenId} is null) <> (${t.companyId} is null)`),
  ],
);
