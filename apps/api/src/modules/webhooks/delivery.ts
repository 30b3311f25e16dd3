import {
  type Db,
  webhookDeliveries,
  webhookDeliveryAttempts,
  webhookEvents,
  webhookSubscriptions,
} from '@sportello/db';
import { and, asc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { Webhook } from 'standardwebhooks';
import type { SecretBox } from '../../lib/secret-box.js';
import { resolvesToInternal } from './endpoint-url.js';
import { WEBHOOK_EVENTS, type WebhookEventKind } from './events.js';
import { secretContext } from './service.js';

export interface WebhookDeliverySettings {
  maxAttempts: number;
  /** The first retry waits about this long, each next one twice as long (with jitter). */
  retryBaseMs: number;
  timeoutMs: number;
  /** Refuse endpoints that resolve to internal addresses (production). */
  publicOnly: boolean;
}

const BATCH = 10;
const MAX_RETRY_DELAY_MS = 6 * 60 * 60 * 1000;
const USER_AGENT = 'SportelloLavoro-Webhooks/1';

/**
 * Exponential backoff with jitter: the n-th retry waits between half and all of base · 2^(n-1),
 * at most six hours, so receivers coming back up are not hit by every sender at once.
 */
export function retryDelayMs(attempt: number, baseMs: number, random = Math.random): number {
  const ceiling = Math.min(baseMs * 2 ** (attempt - 1), MAX_RETRY_DELAY_MS);
  return Math.round(ceiling * (0.5 + random() / 2));
}

/** The body every delivery and replay of an event carries, byte for byte. */
export function eventBody(event: {
  id: string;
  kind: WebhookEventKind;
  networkId: string;
  occurredAt: Date;
  data: unknown;
}): string {
  return JSON.stringify({
    id: event.id,
    type: WEBHOOK_EVENTS[event.kind].type,
    timestamp: event.occurredAt.toISOString(),
    networkId: event.networkId,
    data: event.data,
  });
}

interface Claimed {
  id: string;
  attempts: number;
  subscriptionId: string;
  url: string;
  secretCiphertext: string;
  event: { id: string; kind: WebhookEventKind; networkId: string; occurredAt: Date; data: unknown };
}

interface Outcome {
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

/**
 * Sends due deliveries. A batch is claimed with FOR UPDATE SKIP LOCKED and leased (its due time
 * pushed past the HTTP timeout) in one short transaction, then sent outside any transaction, so
 * several API instances never send a row at once and no connection waits on a slow receiver. An
 * instance that dies mid-send leaves the lease to expire and another sends it again: delivery is
 * at least once, and receivers deduplicate by the event id.
 */
export function createWebhookWorker(options: {
  db: Db;
  secretBox: SecretBox;
  log: FastifyBaseLogger;
  settings: WebhookDeliverySettings;
}) {
  const { db, secretBox, log, settings } = options;
  const leaseMs = settings.timeoutMs + 30_000;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;

  async function claim(): Promise<Claimed[]> {
    return db.transaction(async (tx) => {
      const due = await tx
        .select({ id: webhookDeliveries.id })
        .from(webhookDeliveries)
        .innerJoin(webhookSubscriptions, eq(webhookSubscriptions.id, webhookDeliveries.subscriptionId))
        .where(
          and(
            eq(webhookDeliveries.status, 'PENDING'),
            lte(webhookDeliveries.nextAttemptAt, sql`now()`),
            isNull(webhookSubscriptions.disabledAt),
          ),
        )
        .orderBy(asc(webhookDeliveries.nextAttemptAt))
        .limit(BATCH)
        .for('update', { of: webhookDeliveries, skipLocked: true });
      if (due.length === 0) return [];
      const ids = due.map((row) => row.id);
      await tx
        .update(webhookDeliveries)
        .set({
          attempts: sql`${webhookDeliveries.attempts} + 1`,
          nextAttemptAt: sql`now() + make_interval(secs => ${leaseMs / 1000})`,
        })
        .where(inArray(webhookDeliveries.id, ids));
      return tx
        .select({
          id: webhookDeliveries.id,
          attempts: webhookDeliveries.attempts,
          subscriptionId: webhookDeliveries.subscriptionId,
          url: webhookSubscriptions.url,
          secretCiphertext: webhookSubscriptions.secretCiphertext,
          event: {
            id: webhookEvents.id,
            kind: sql<WebhookEventKind>`${webhookEvents.kind}`,
            networkId: webhookEvents.networkId,
            occurredAt: webhookEvents.occurredAt,
            data: webhookEvents.data,
          },
        })
        .from(webhookDeliveries)
        .innerJoin(webhookSubscriptions, eq(webhookSubscriptions.id, webhookDeliveries.subscriptionId))
        .innerJoin(webhookEvents, eq(webhookEvents.id, webhookDeliveries.eventId))
        .where(inArray(webhookDeliveries.id, ids));
    });
  }

  async function send(row: Claimed): Promise<Outcome> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    try {
      if (settings.publicOnly && (await resolvesToInternal(row.url))) {
        return { statusCode: null, error: 'Indirizzo interno: invio rifiutato.', durationMs: elapsed() };
      }
      const body = eventBody(row.event);
      const secret = secretBox.open(row.secretCiphertext, secretContext(row.subscriptionId));
      const timestamp = new Date();
      const response = await fetch(row.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': USER_AGENT,
          'webhook-id': row.event.id,
          'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
          'webhook-signature': new Webhook(secret).sign(row.event.id, timestamp, body),
        },
        body,
        // A redirect could lead anywhere, internal addresses included: it counts as a failure.
        redirect: 'manual',
        signal: AbortSignal.timeout(settings.timeoutMs),
      });
      await response.body?.cancel();
      const ok = response.status >= 200 && response.status < 300;
      return {
        statusCode: response.status,
        error: ok ? null : `Risposta HTTP ${response.status}`,
        durationMs: elapsed(),
      };
    } catch (error) {
      return { statusCode: null, error: describeFailure(error, settings.timeoutMs), durationMs: elapsed() };
    }
  }

  async function record(row: Claimed, outcome: Outcome): Promise<void> {
    const delivered = outcome.error === null;
    const dead = !delivered && row.attempts >= settings.maxAttempts;
    await db.transaction(async (tx) => {
      await tx.insert(webhookDeliveryAttempts).values({ deliveryId: row.id, ...outcome });
      await tx
        .update(webhookDeliveries)
        .set(
          delivered
            ? { status: 'DELIVERED', deliveredAt: sql`now()` }
            : dead
              ? { status: 'DEAD' }
              : {
                  nextAttemptAt: sql`now() + make_interval(secs => ${
                    retryDelayMs(row.attempts, settings.retryBaseMs) / 1000
                  })`,
                },
        )
        .where(eq(webhookDeliveries.id, row.id));
    });
    if (!delivered) {
      log.warn(
        { deliveryId: row.id, attempts: row.attempts, dead, error: outcome.error },
        'webhook delivery failed',
      );
    }
  }

  async function deliverBatch(): Promise<number> {
    const claimed = await claim();
    await Promise.all(claimed.map(async (row) => record(row, await send(row))));
    return claimed.length;
  }

  /** Runs batches until nothing is due; concurrent calls share the run in progress. */
  async function drain(): Promise<number> {
    if (running) return running;
    running = (async () => {
      let total = 0;
      for (let sent = await deliverBatch(); sent > 0; sent = await deliverBatch()) total += sent;
      return total;
    })().finally(() => {
      running = undefined;
    });
    return running;
  }

  return {
    drain,
    start(intervalMs: number) {
      if (intervalMs <= 0 || timer) return;
      timer = setInterval(() => {
        drain().catch((error) => log.error({ err: error }, 'webhook worker failed'));
      }, intervalMs);
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
      timer = undefined;
      await running?.catch(() => undefined);
    },
  };
}

export type WebhookWorker = ReturnType<typeof createWebhookWorker>;

/** A short Italian line for the delivery log; no answer came from the receiver. */
function describeFailure(error: unknown, timeoutMs: number): string {
  const name = (error as Error | undefined)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return `Nessuna risposta entro il tempo massimo (${timeoutMs} ms).`;
  }
  const code = ((error as { cause?: { code?: unknown } } | undefined)?.cause?.code ?? '') as string;
  return code ? `Connessione non riuscita (${code}).` : 'Connessione non riuscita.';
}
