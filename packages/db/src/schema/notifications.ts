import { sql } from 'drizzle-orm';
import {
  boolean,
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
import { vacancies } from './vacancies.js';

/**
 * Transactional outbox: a message is written in the same transaction as the change it reports, and
 * a worker delivers it later. A committed change therefore always gets its message, and a rolled
 * back one never does.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: id(),
    networkId: uuid(),
    kind: text().notNull(),
    payload: jsonb().notNull(),
    /** Not delivered before this time (reminders, retries with backoff). */
    notBefore: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Groups messages about one subject, e.g. to drop a booking's pending reminder on cancellation. */
    subjectId: text(),
    attempts: integer().notNull().default(0),
    lastError: text(),
    sentAt: timestamp({ withTimezone: true }),
    discardedAt: timestamp({ withTimezone: true }),
    /** The payload is cleared once sent or set aside: the last email to an erased person. */
    forgetOnSend: boolean().notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index('outbox_pending_idx').on(t.notBefore).where(sql`sent_at is null and discarded_at is null`)],
);

export const portal = pgEnum('portal', ['CITIZEN', 'COMPANY', 'OPERATOR']);

/** What happened, told to one person in the portal they use; the email, if any, is in the outbox. */
export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    networkId: uuid().references(() => networks.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** One of the kinds the notifications module defines (text, so a new kind needs no migration). */
    kind: text().notNull(),
    title: text().notNull(),
    body: text().notNull(),
    portal: portal().notNull(),
    /** The page inside the portal, e.g. "/tirocini/<id>". */
    path: text().notNull(),
    subjectId: uuid(),
    readAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.createdAt),
    index('notifications_unread_idx').on(t.userId).where(sql`${t.readAt} is null`),
  ],
);

/** Only the choices a person made: without a row, the email of a kind is sent. */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text().notNull(),
    email: boolean().notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

export const jobAlertFrequency = pgEnum('job_alert_frequency', ['DAILY', 'WEEKLY']);

/** A citizen's request for a periodic email of new vacancies matching their CV. */
export const jobAlerts = pgTable(
  'job_alerts',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    citizenId: uuid()
      .notNull()
      .references(() => citizens.userId, { onDelete: 'cascade' }),
    frequency: jobAlertFrequency().notNull(),
    /** 0-100: the least matching score a vacancy needs to be in the digest. */
    minScore: integer().notNull(),
    /** Only vacancies published after this are in a digest. */
    since: timestamp({ withTimezone: true }).notNull().defaultNow(),
    nextRunAt: timestamp({ withTimezone: true }).notNull(),
    lastSentAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('job_alerts_citizen_idx').on(t.citizenId), index('job_alerts_due_idx').on(t.nextRunAt)],
);

/** The vacancies each alert has already sent, so none comes twice. */
export const jobAlertDeliveries = pgTable(
  'job_alert_deliveries',
  {
    alertId: uuid()
      .notNull()
      .references(() => jobAlerts.id, { onDelete: 'cascade' }),
    vacancyId: uuid()
      .notNull()
      .references(() => vacancies.id, { onDelete: 'cascade' }),
    sentAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.alertId, t.vacancyId] })],
);
