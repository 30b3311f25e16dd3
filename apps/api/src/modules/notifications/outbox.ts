import { type Db, outbox, type Tx } from '@sportello/db';
import { and, asc, eq, isNull, lte, sql } from 'drizzle-orm';
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
 * Delivers due messages. Rows are claimed with FOR UPDATE SKIP LOCKED inside a transaction that
 * also marks them sent, so several API instances never send the same row. A crash between the SMTP
 * hand-over and the commit can repeat a message: its Message-ID, derived from the row, lets mail
 * systems recognise the copy.
 */
export function createOutboxWorker(options: {
  db: Db;
  mailer: Mailer;
  log: FastifyBaseLogger;
  messageIdDomain: string;
}) {
  const { db, mailer, log } = options;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;

  async function deliverBatch(): Promise<number> {
    return db.transaction(async (tx) => {
      const due = await tx
        .select()
        .from(outbox)
        .where(and(isNull(outbox.sentAt), isNull(outbox.discardedAt), lte(outbox.notBefore, sql`now()`)))
        .orderBy(asc(outbox.notBefore))
        .limit(BATCH)
        .for('update', { skipLocked: true });
      for (const row of due) {
        const mail = row.payload as Mail;
        try {
          await mailer.send({ ...mail, messageId: `<${row.id}@${options.messageIdDomain}>` });
          await tx
            .update(outbox)
            .set({
              sentAt: sql`now()`,
              attempts: row.attempts + 1,
              ...(row.forgetOnSend ? { payload: FORGOTTEN } : {}),
            })
            .where(eq(outbox.id, row.id));
        } catch (error) {
          const attempts = row.attempts + 1;
          log.warn({ err: error, outboxId: row.id, attempts }, 'email delivery failed');
          await tx
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
        }
      }
      return due.length;
    });
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
        drain().catch((error) => log.error({ err: error }, 'outbox worker failed'));
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

export type OutboxWorker = ReturnType<typeof createOutboxWorker>;
