import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns.js';
import { apiClients, users } from './identity.js';
import { networks } from './network.js';

/**
 * An API client's endpoint that receives the network's events it subscribed to. The signing secret
 * is encrypted by the API (AES-256-GCM): it must be read back to sign each delivery.
 */
export const webhookSubscriptions = pgTable(
  'webhook_subscriptions',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    apiClientId: uuid()
      .notNull()
      .references(() => apiClients.id, { onDelete: 'cascade' }),
    url: text().notNull(),
    /** Event kinds the webhooks module defines (text, so a new kind needs no migration). */
    events: text().array().notNull(),
    secretCiphertext: text().notNull(),
    /** The network admin who created it; null when the client subscribed with its own token. */
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    disabledAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('webhook_subscriptions_network_idx').on(t.networkId),
    index('webhook_subscriptions_client_idx').on(t.apiClientId),
  ],
);

/**
 * What happened, written in the transaction of the change (transactional outbox). The id is the
 * event id receivers deduplicate by: every delivery and replay of the event carries it.
 */
export const webhookEvents = pgTable(
  'webhook_events',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    kind: text().notNull(),
    /** Ids and states only, never personal data. */
    data: jsonb().notNull(),
    occurredAt: createdAt(),
  },
  (t) => [index('webhook_events_network_idx').on(t.networkId, t.occurredAt)],
);

export const webhookDeliveryStatus = pgEnum('webhook_delivery_status', ['PENDING', 'DELIVERED', 'DEAD']);

/** One event for one subscription, retried with backoff until delivered or dead-lettered. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    subscriptionId: uuid()
      .notNull()
      .references(() => webhookSubscriptions.id, { onDelete: 'cascade' }),
    eventId: uuid()
      .notNull()
      .references(() => webhookEvents.id, { onDelete: 'cascade' }),
    status: webhookDeliveryStatus().notNull().default('PENDING'),
    /** Attempts since it was queued or last replayed; the dead letter comes at the maximum. */
    attempts: integer().notNull().default(0),
    /** Due time of the next attempt; while an instance is sending, the end of its lease. */
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    deliveredAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('webhook_deliveries_due_idx').on(t.nextAttemptAt).where(sql`status = 'PENDING'`),
    index('webhook_deliveries_subscription_idx').on(t.subscriptionId, t.createdAt),
  ],
);

/** The delivery log: every HTTP attempt with its outcome. */
export const webhookDeliveryAttempts = pgTable(
  'webhook_delivery_attempts',
  {
    id: id(),
    deliveryId: uuid()
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: 'cascade' }),
    /** The receiver's HTTP status; null when no answer came (timeout, refused connection). */
    statusCode: integer(),
    error: text(),
    durationMs: integer().notNull(),
    attemptedAt: createdAt(),
  },
  (t) => [index('webhook_delivery_attempts_delivery_idx').on(t.deliveryId, t.attemptedAt)],
);
