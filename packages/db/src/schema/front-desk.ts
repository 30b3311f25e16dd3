import { sql } from 'drizzle-orm';
import { check, date, index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { citizens } from './citizens.js';
import { createdAt, id } from './columns.js';
import { users } from './identity.js';
import { networks, sportelli } from './network.js';
import { comuni } from './reference.js';

export const contactChannel = pgEnum('contact_channel', ['DESK', 'PHONE', 'EMAIL', 'VIDEO']);
export const contactTopic = pgEnum('contact_topic', [
  'INFORMATION',
  'CV_HELP',
  'ORIENTATION',
  'COMPANY',
  'OTHER',
]);
export const contactOutcome = pgEnum('contact_outcome', [
  'INFORMATION_GIVEN',
  'APPOINTMENT_BOOKED',
  'REGISTERED',
  'TAKEN_IN_CHARGE',
]);

/**
 * Accoglienza: every first contact with a sportello, also anonymous walk-ins and phone calls. An
 * anonymous contact (no citizen) holds no personal data: no free text either, which a check
 * enforces. Never deleted: a contact entered by mistake gets a row in the corrections table.
 */
export const frontDeskContacts = pgTable(
  'front_desk_contacts',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    sportelloId: uuid()
      .notNull()
      .references(() => sportelli.id),
    recordedBy: uuid()
      .notNull()
      .references(() => users.id),
    contactedOn: date().notNull(),
    channel: contactChannel().notNull(),
    topic: contactTopic().notNull(),
    /** The comune the person comes from (or calls about): a member comune of the network. */
    comuneCode: text()
      .notNull()
      .references(() => comuni.istatCode),
    outcome: contactOutcome().notNull(),
    /** Only for a registered citizen: a short note is personal data. */
    note: text(),
    citizenId: uuid().references(() => citizens.userId, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('front_desk_contacts_sportello_day_idx').on(t.sportelloId, t.contactedOn),
    index('front_desk_contacts_network_day_idx').on(t.networkId, t.contactedOn),
    index('front_desk_contacts_citizen_idx').on(t.citizenId, t.createdAt),
    check(
      'front_desk_contacts_anonymous_no_note_check',
      sql`${t.citizenId} is not null or ${t.note} is null`,
    ),
  ],
);

/** A contact marked as entered by mistake: kept, excluded from the counts. One mark per contact. */
export const frontDeskContactCorrections = pgTable('front_desk_contact_corrections', {
  contactId: uuid()
    .primaryKey()
    .references(() => frontDeskContacts.id, { onDelete: 'cascade' }),
  markedBy: uuid()
    .notNull()
    .references(() => users.id),
  markedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
