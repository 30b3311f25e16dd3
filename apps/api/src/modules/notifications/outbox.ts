import { type Db, outbox, type Tx } from '@sportello/db';
import { and, asc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Mail, Mailer } from '../../lib/mailer.js';

export interface EmailMessage {
  kind: string;
  networkId: string | null;
  mail: Mail;
  /** Groups the messages about one subject (e.g. a booking). */
  subjectId?: string;
  notBefore?: Date;
  /** Clear the payload once the message is sent or set aside (the last email to an erased person). */
  forgetOnSend?: boolean;
}

const BATCH = 10;
const MAX_ATTEMPTS = 8;
const FORGOTTEN = { forgotten: true };
/** Far longer than an SMTP hand-over may take (the mailer's time limit on one is set below it). */
const LEASE_SECONDS = 300;

type OutboxRow = typeof outbox.$inferSelect;

/** Writes an email in the caller's transaction: it exists exactly when the change does. */
export async function enqueueEmail(tx: Db | Tx, message: EmailMessage): Promise<void> {
  await tx.insert(outbox).values({
    kind: message.kind,
    networkId: message.networkId,
    payload: message.mail,
    subjectId: message.subjectId ?? null,
    notBefore: message.notBefore ?? sql`now()`,
    forgetOnSend: message.forgetOnSend ?? false,
  });
}

/** Drops messages not yet sent about a subject, e.g. the reminder of a cancelled colloquio. */
export async function discardPending(tx: Db | Tx, subjectId: string, kind: string): Promise<void> {
  await tx
    .update(outbox)
    .set({ discardedAt: sql`now()` })
    .where(
      and(
        eq(outbox.subjectId, subjectId),
        eq(outbox.kind, kind),
        isNull(outbox.sentAt),
        isNull(outbox.discardedAt),
      ),
    );
}

/**
 * Delivers due messages, each exactly once while the sending instance lives:
 * - a short transaction claims a batch (FOR UPDATE SKIP LOCKED) by moving its `not_before` a lease
 *   ahead, so no other instance takes those rows while this one sends them;
 * - the batch goes out as many messages at a time as the mailer has connections, so a message never
 *   waits in the mailer's queue; each connection takes its share of the batch in turn (two messages
 *   with the SMTP mailer's five connections), each hand-over ending or failing within the mailer's
 *   time limit, so all of them end well inside the lease;
 * - each message is marked sent right after its own SMTP hand-over, in its own statement, retried
 *   until the database answers again (a failover of the primary takes seconds), so a mark lost to a
 *   broken connection does not send the message a second time; a failed hand-over is recorded on
 *   its own row only, for a later attempt, and does not hold back the others.
 * Only if this instance dies between a hand-over and its mark does the message go out again, once
 * the lease ends; its Message-ID, derived from the row, lets mail systems recognise the copy.
 */
export function createOutboxWorker(options: {
  db: Db;
  mailer: Mailer;
  log: FastifyBaseLogger;
  messageIdDomain: string;
  /** How long a claimed message stays with the instance that claimed it. */
  leaseSeconds?: number;
}) {
  const { db, mailer, log } = options;
  const leaseSeconds = options.leaseSeconds ?? LEASE_SECONDS;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let stopping = false;

  async function claimBatch(): Promise<OutboxRow[]> {
    return db.transaction(async (tx) => {
      const due = await tx
        .select()
        .from(outbox)
        .where(and(isNull(outbox.sentAt), isNull(outbox.discardedAt), lte(outbox.notBefore, sql`now()`)))
        .orderBy(asc(outbox.notBefore))
        .limit(BATCH)
        .for('update', { skipLocked: true });
      if (due.length > 0) {
        await tx
          .update(outbox)
          .set({ notBefore: sql`now() + make_interval(secs => ${leaseSeconds})` })
          .where(
            inArray(
              outbox.id,
              due.map((row) => row.id),
            ),
          );
      }
      return due;
    });
  }

  /** Runs a write until it succeeds, waiting longer each time, for as long as the lease lasts. */
  async function persist(write: () => Promise<unknown>, outboxId: string): Promise<void> {
    const deadline = Date.now() + (leaseSeconds * 1000) / 2;
    for (let wait = 250; ; wait = Math.min(wait * 2, 5000)) {
      try {
        await write();
        return;
      } catch (error) {
        if (stopping || Date.now() + wait > deadline) throw error;
        log.warn({ err: error, outboxId }, 'recording an email delivery failed; retrying');
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  }

  async function deliver(row: OutboxRow): Promise<void> {
    const mail = row.payload as Mail;
    const attempts = row.attempts + 1;
    try {
      await mailer.send({ ...mail, messageId: `<${row.id}@${options.messageIdDomain}>` });
    } catch (error) {
      log.warn({ err: error, outboxId: row.id, attempts }, 'email delivery failed');
      await db
        .update(outbox)
        .set({
          attempts,
          lastError: String((error as Error).message).slice(0, 500),
          // Exponential backoff; after the last attempt the message is set aside for a human.
          notBefore: sql`now() + make_interval(secs => ${2 ** attempts * 5})`,
          discardedAt: attempts >= MAX_ATTEMPTS ? sql`now()` : null,
          ...(row.forgetOnSend && attempts >= MAX_ATTEMPTS ? { payload: FORGOTTEN } : {}),
        })
        .where(eq(outbox.id, row.id));
      return;
    }
    await persist(
      () =>
        db
          .update(outbox)
          .set({ sentAt: sql`now()`, attempts, ...(row.forgetOnSend ? { payload: FORGOTTEN } : {}) })
          .where(eq(outbox.id, row.id)),
      row.id,
    );
  }

  async function deliverBatch(): Promise<number> {
    const due = await claimBatch();
    const waiting = [...due];
    const lane = async () => {
      for (let row = waiting.shift(); row; row = waiting.shift()) await deliver(row);
    };
    const lanes = await Promise.allSettled(Array.from({ length: mailer.connections }, lane));
    const failed = lanes.find((outcome) => outcome.status === 'rejected');
    if (failed) throw failed.reason;
    return due.length;
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
      stopping = false;
      timer = setInterval(() => {
        drain().catch((error) => log.error({ err: error }, 'outbox worker failed'));
      }, intervalMs);
      timer.unref();
    },
    async stop() {
      stopping = true;
      clearInterval(timer);
      timer = undefined;
      await running?.catch(() => undefined);
    },
  };
}

export type OutboxWorker = ReturnType<typeof createOutboxWorker>;
