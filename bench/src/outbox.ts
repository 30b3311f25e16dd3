/**
 * How fast the email outbox empties: N emails queued with the outbox's own `enqueueEmail`, then
 * delivered by its worker (`drain`) to a local SMTP receiver that takes `--latency-ms` to accept
 * each message, as a real relay does. Runs the app's mailer (a pool of SMTP connections, a claimed
 * batch handed over as many at a time as connections) and, unless `--before 0`, the previous way
 * (one message at a time, a new SMTP connection each) on the same database, and prints emails/s,
 * the copies received more than once and the messages never received, by Message-ID.
 * On PostgreSQL only: a database of its own on DATABASE_URL's server, dropped afterwards.
 *
 *   pnpm bench:outbox [-- --emails 2000 --latency-ms 20 --instances 1 --before 1]
 */
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMailer, type Mailer } from '@sportello/api/dist/lib/mailer.js';
import { createOutboxWorker, enqueueEmail } from '@sportello/api/dist/modules/notifications/outbox.js';
import { type Db, outbox } from '@sportello/db';
import { createTemplate, createTestDatabase, dropTemplate } from '@sportello/db/testing';
import { and, eq, isNull } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { pino } from 'pino';
import { option, startSmtpReceiver } from './resilience/common.js';

const EMAILS = option('emails', 2000);
const LATENCY_MS = option('latency-ms', 20);
/** API instances draining the outbox at once, each with its own mailer. */
const INSTANCES = option('instances', 1);
const BEFORE = option('before', 1) > 0;
const WARM_UP = 100;
const FROM = 'Sportello Lavoro <noreply@sportellolavoro.it>';
const DOMAIN = 'bench.sportellolavoro.it';
const log = pino({ level: 'silent' });

interface Outcome {
  emails: number;
  seconds: number;
  emailsPerSecond: number;
  /** Copies received beyond the first, by Message-ID. */
  duplicates: number;
  /** Queued messages the receiver never got. */
  missing: number;
  /** Rows not recorded as sent at the end. */
  unsent: number;
  /** SMTP connections opened to the receiver. */
  connections: number;
}

/** The mailer as it was: one message at a time, each on a new SMTP connection. */
function connectionPerMessage(smtpUrl: string): Mailer {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  return {
    outbox: null,
    connections: 1,
    async send(mail) {
      await transport.sendMail({ from: FROM, ...mail });
    },
    close: () => transport.close(),
  };
}

const pooled = (smtpUrl: string): Mailer => createMailer({ smtpUrl, from: FROM, log });

async function queue(db: Db, kind: string, count: number): Promise<string[]> {
  for (let start = 0; start < count; start += 100) {
    await db.transaction(async (tx) => {
      for (let n = start; n < Math.min(count, start + 100); n++) {
        await enqueueEmail(tx, {
          kind,
          networkId: null,
          mail: {
            to: `cittadino.${n}@esempio.it`,
            subject: 'Novità sulla tua candidatura',
            text: `Ciao,\n\nla tua candidatura n. ${n} è stata letta dall'azienda.\n\nSportello Lavoro`,
          },
        });
      }
    });
  }
  const rows = await db.select({ id: outbox.id }).from(outbox).where(eq(outbox.kind, kind));
  return rows.map((row) => row.id);
}

async function deliver(
  db: Db,
  kind: string,
  count: number,
  newMailer: (smtpUrl: string) => Mailer,
): Promise<Outcome> {
  const ids = await queue(db, kind, count);
  const receiver = await startSmtpReceiver({ latencyMs: LATENCY_MS });
  const mailers = Array.from({ length: INSTANCES }, () => newMailer(receiver.url));
  const started = performance.now();
  await Promise.all(
    mailers.map((mailer) => createOutboxWorker({ db, mailer, log, messageIdDomain: DOMAIN }).drain()),
  );
  const seconds = (performance.now() - started) / 1000;
  for (const mailer of mailers) mailer.close();
  await receiver.close();
  const copies = ids.map((id) => receiver.received.get(`<${id}@${DOMAIN}>`) ?? 0);
  const unsent = await db
    .select({ id: outbox.id })
    .from(outbox)
    .where(and(eq(outbox.kind, kind), isNull(outbox.sentAt)));
  return {
    emails: ids.length,
    seconds: Number(seconds.toFixed(2)),
    emailsPerSecond: Number((ids.length / seconds).toFixed(1)),
    duplicates: copies.reduce((sum, n) => sum + Math.max(0, n - 1), 0),
    missing: copies.filter((n) => n === 0).length,
    unsent: unsent.length,
    connections: receiver.connections(),
  };
}

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is required: the benchmark runs on PostgreSQL');
  const template = await createTemplate(databaseUrl, join(tmpdir(), `sportello-outbox-${process.pid}.tar`));
  const database = await createTestDatabase(databaseUrl, template);
  try {
    const loadBefore = loadavg();
    console.log(
      `${EMAILS} emails, receiver latency ${LATENCY_MS} ms, ${INSTANCES} instance(s); load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')}`,
    );
    await deliver(database.db, 'bench.warm-up', WARM_UP, pooled);
    const before = BEFORE ? await deliver(database.db, 'bench.before', EMAILS, connectionPerMessage) : null;
    const now = await deliver(database.db, 'bench.pooled', EMAILS, pooled);

    const columns = ['emails/s', 'seconds', 'duplicates', 'missing', 'unsent', 'connections'];
    const row = (label: string, r: Outcome) =>
      [r.emailsPerSecond, r.seconds, r.duplicates, r.missing, r.unsent, r.connections].reduce<string>(
        (line, value, i) => `${line} ${String(value).padStart(columns[i]!.length)}`,
        label.padEnd(34),
      );
    console.log(`\n${'delivery'.padEnd(34)} ${columns.join(' ')}`);
    if (before) console.log(row('one at a time, a connection each', before));
    console.log(row('pooled, a batch side by side', now));
    const ratio = before ? Number((now.emailsPerSecond / before.emailsPerSecond).toFixed(1)) : null;
    if (ratio) console.log(`\npooled / one at a time: ${ratio}x`);
    const loadAfter = loadavg();
    console.log(`load average after: ${loadAfter.map((l) => l.toFixed(2)).join(' ')}`);
    console.log(
      JSON.stringify({
        emails: EMAILS,
        latencyMs: LATENCY_MS,
        instances: INSTANCES,
        pooled: now,
        before,
        ratio,
        loadAverage: { before: loadBefore[0], after: loadAfter[0] },
      }),
    );
  } finally {
    await database.destroy();
    await dropTemplate(databaseUrl, template);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
