import { randomBytes, randomUUID } from 'node:crypto';
import {
  apiClients,
  type Db,
  webhookDeliveries,
  webhookDeliveryAttempts,
  webhookEvents,
  webhookSubscriptions,
} from '@sportello/db';
import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { ApiScope } from '../../context.js';
import { UserErrors, userError } from '../../lib/errors.js';
import type { Page } from '../../lib/pagination.js';
import { createSecretBox, type SecretBox } from '../../lib/secret-box.js';
import type { TokenService } from '../../lib/tokens.js';
import { isUuid } from '../../lib/validation.js';
import { endpointUrlProblem } from './endpoint-url.js';
import { scopeOf, type WebhookEventKind } from './events.js';

export type DeliveryStatus = 'PENDING' | 'DELIVERED' | 'DEAD';

export interface WebhookSubscriptionView {
  id: string;
  networkId: string;
  apiClientId: string;
  apiClientName: string;
  url: string;
  events: WebhookEventKind[];
  active: boolean;
  createdAt: Date;
  disabledAt: Date | null;
}

export interface WebhookDeliveryView {
  id: string;
  subscriptionId: string;
  eventId: string;
  event: WebhookEventKind;
  occurredAt: Date | string;
  status: DeliveryStatus;
  nextAttemptAt: Date | string | null;
  deliveredAt: Date | string | null;
  attempts: { attemptedAt: string; statusCode: number | null; error: string | null; durationMs: number }[];
}

/** Standard Webhooks secrets: `whsec_` and the base64 of 32 random bytes. */
const newSigningSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

/** Seals the signing secrets under a key of their own, derived from the server's signing key. */
export const webhookSecretBox = (tokens: TokenService) =>
  createSecretBox(tokens.deriveKey('webhook-secrets'));

/** The context the secret is sealed with: a ciphertext copied to another subscription does not open. */
export const secretContext = (subscriptionId: string) => `webhook-subscription:${subscriptionId}`;

const subscriptionColumns = {
  id: webhookSubscriptions.id,
  networkId: webhookSubscriptions.networkId,
  apiClientId: webhookSubscriptions.apiClientId,
  apiClientName: apiClients.name,
  url: webhookSubscriptions.url,
  events: webhookSubscriptions.events,
  createdAt: webhookSubscriptions.createdAt,
  disabledAt: webhookSubscriptions.disabledAt,
};

type SubscriptionRow = Omit<WebhookSubscriptionView, 'active' | 'events'> & { events: string[] };

const view = (row: SubscriptionRow): WebhookSubscriptionView => ({
  ...row,
  events: row.events as WebhookEventKind[],
  active: row.disabledAt === null,
});

export function createWebhookService(deps: { db: Db; secretBox: SecretBox; production: boolean }) {
  const { db, secretBox } = deps;

  const subscriptions = () =>
    db
      .select(subscriptionColumns)
      .from(webhookSubscriptions)
      .innerJoin(apiClients, eq(apiClients.id, webhookSubscriptions.apiClientId))
      .$dynamic();

  async function subscriptionById(id: string): Promise<WebhookSubscriptionView | undefined> {
    if (!isUuid(id)) return undefined;
    const [row] = await subscriptions().where(eq(webhookSubscriptions.id, id));
    return row && view(row);
  }

  async function deliveriesWhere(where: ReturnType<typeof and>, page: Page) {
    const attempts = sql<WebhookDeliveryView['attempts']>`coalesce((
      select json_agg(json_build_object(
        'attemptedAt', a.attempted_at, 'statusCode', a.status_code, 'error', a.error, 'durationMs', a.duration_ms
      ) order by a.attempted_at)
      from ${webhookDeliveryAttempts} a where a.delivery_id = ${webhookDeliveries.id}), '[]'::json)`;
    return db
      .select({
        id: webhookDeliveries.id,
        subscriptionId: webhookDeliveries.subscriptionId,
        eventId: webhookDeliveries.eventId,
        event: sql<WebhookEventKind>`${webhookEvents.kind}`,
        occurredAt: webhookEvents.occurredAt,
        status: webhookDeliveries.status,
        nextAttemptAt: sql<
          Date | string | null
        >`case when ${webhookDeliveries.status} = 'PENDING' then ${webhookDeliveries.nextAttemptAt} end`,
        deliveredAt: webhookDeliveries.deliveredAt,
        attempts,
      })
      .from(webhookDeliveries)
      .innerJoin(webhookEvents, eq(webhookEvents.id, webhookDeliveries.eventId))
      .where(where)
      .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
      .limit(page.limit + 1)
      .offset(page.offset);
  }

  return {
    subscriptionById,

    list: (networkId: string, apiClientId: string | null) =>
      subscriptions()
        .where(
          and(
            eq(webhookSubscriptions.networkId, networkId),
            apiClientId ? eq(webhookSubscriptions.apiClientId, apiClientId) : undefined,
          ),
        )
        .orderBy(desc(webhookSubscriptions.createdAt))
        .then((rows) => rows.map(view)),

    /**
     * A new subscription of a client of the network, for events its scopes allow; the secret comes
     * back once and is stored sealed.
     */
    async create(input: {
      networkId: string;
      apiClientId: string | null | undefined;
      url: string;
      events: WebhookEventKind[];
      createdBy: string | null;
    }): Promise<{ subscription: WebhookSubscriptionView; secret: string }> {
      const [client] =
        input.apiClientId && isUuid(input.apiClientId)
          ? await db
              .select()
              .from(apiClients)
              .where(and(eq(apiClients.id, input.apiClientId), eq(apiClients.networkId, input.networkId)))
          : [];
      const errors = [];
      if (!client || client.revokedAt) {
        errors.push(userError('apiClientId', 'UNKNOWN_CLIENT', 'Scegli un client attivo della rete.'));
      }
      const problem = endpointUrlProblem(input.url, deps.production);
      if (problem) errors.push(userError('url', 'INVALID_URL', problem));
      const events = [...new Set(input.events)];
      if (events.length === 0) {
        errors.push(userError('events', 'REQUIRED', 'Scegli almeno un evento da ricevere.'));
      }
      const granted = (client?.scopes ?? []) as ApiScope[];
      const outOfScope = client ? events.filter((kind) => !granted.includes(scopeOf(kind))) : [];
      if (outOfScope.length) {
        errors.push(
          userError(
            'events',
            'OUT_OF_SCOPE',
            'Il client non ha il permesso per alcuni degli eventi scelti: togli quelli non consentiti o crea un client con i permessi giusti.',
          ),
        );
      }
      if (errors.length) throw new UserErrors(errors);
      const secret = newSigningSecret();
      const id = randomUUID();
      await db.insert(webhookSubscriptions).values({
        id,
        networkId: input.networkId,
        apiClientId: client!.id,
        url: input.url.trim(),
        events,
        secretCiphertext: secretBox.seal(secret, secretContext(id)),
        createdBy: input.createdBy,
      });
      return { subscription: (await subscriptionById(id))!, secret };
    },

    async disable(subscription: WebhookSubscriptionView): Promise<WebhookSubscriptionView> {
      const [row] = await db
        .update(webhookSubscriptions)
        .set({ disabledAt: sql`now()` })
        .where(and(eq(webhookSubscriptions.id, subscription.id), isNull(webhookSubscriptions.disabledAt)))
        .returning({ id: webhookSubscriptions.id });
      if (!row) {
        throw new UserErrors([userError('id', 'ALREADY_DISABLED', 'Questo collegamento è già disattivato.')]);
      }
      return (await subscriptionById(subscription.id))!;
    },

    async deliveries(subscriptionId: string, status: DeliveryStatus | null | undefined, page: Page) {
      const where = and(
        eq(webhookDeliveries.subscriptionId, subscriptionId),
        status ? eq(webhookDeliveries.status, status) : undefined,
      );
      const [rows, [total]] = await Promise.all([
        deliveriesWhere(where, page),
        db.select({ n: count() }).from(webhookDeliveries).where(where),
      ]);
      return { rows: rows as WebhookDeliveryView[], total: total?.n ?? 0 };
    },

    async deliveryById(id: string): Promise<WebhookDeliveryView | undefined> {
      if (!isUuid(id)) return undefined;
      const [row] = await deliveriesWhere(eq(webhookDeliveries.id, id), { limit: 1, offset: 0 });
      return row as WebhookDeliveryView | undefined;
    },

    /**
     * Queues the delivery again, due now, with a fresh count of attempts; the event and so its id
     * and body stay the same. The earlier attempts stay in the log.
     */
    async replay(delivery: WebhookDeliveryView, subscription: WebhookSubscriptionView) {
      if (!subscription.active) {
        throw new UserErrors([
          userError('id', 'SUBSCRIPTION_DISABLED', 'Il collegamento è disattivato: non si può reinviare.'),
        ]);
      }
      await db
        .update(webhookDeliveries)
        .set({ status: 'PENDING', attempts: 0, nextAttemptAt: sql`now()`, deliveredAt: null })
        .where(eq(webhookDeliveries.id, delivery.id));
      return (await this.deliveryById(delivery.id))!;
    },
  };
}

export type WebhookService = ReturnType<typeof createWebhookService>;
