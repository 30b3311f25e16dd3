import type { AddressInfo } from 'node:net';
import { outbox } from '@sportello/db';
import { eq, sql } from 'drizzle-orm';
import { pino } from 'pino';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer, type Mailer } from '../src/lib/mailer.js';
import { createOutboxWorker, enqueueEmail } from '../src/modules/notifications/outbox.js';
import { uniqueEmail } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';

let t: TestApp;
const log = pino({ level: 'silent' });

beforeAll(async () => {
  t = await startTestApp();
  await t.app.outbox.drain(); // what the demo seed queued
});
afterAll(() => t?.close());

const smtpMailer = () => createMailer({ smtpUrl: t.config.SMTP_URL, from: t.config.MAIL_FROM, log });
const worker = (mailer: Mailer = smtpMailer()) =>
  createOutboxWorker({ db: t.db, mailer, log, messageIdDomain: 'localhost' });

async function queue(to: string, subject = 'Prova di consegna') {
  await enqueueEmail(t.db, { kind: 'TEST', networkId: null, mail: { to, subject, text: 'Testo di prova.' } });
  const [row] = await t.query<{ id: string }>(sql`select id from outbox where payload->>'to' = ${to}`);
  return row!.id;
}

const copiesTo = (to: string) => t.mails.filter((mail) => mail.to.includes(to));
const sentAt = async (id: string) =>
  (await t.db.select({ sentAt: outbox.sentAt }).from(outbox).where(eq(outbox.id, id)))[0]!.sentAt;

describe('email outbox', () => {
  it('a delivery whose record fails (the database went away) is recorded on retry, not sent again', async () => {
    const to = uniqueEmail('failover');
    // The first attempt to record this message as sent fails, as it does when the primary dies
    // right after the SMTP server took the message. A sequence counts across rolled-back statements.
    await t.query(sql.raw('create sequence outbox_sent_mark_attempts'));
    await t.query(
      sql.raw(`create function fail_first_sent_mark() returns trigger language plpgsql as $$
        begin
          if new.sent_at is not null and old.sent_at is null and new.payload->>'to' = '${to}'
             and nextval('outbox_sent_mark_attempts') = 1 then
            raise exception 'terminating connection due to administrator command';
          end if;
          return new;
        end $$`),
    );
    await t.query(
      sql.raw(
        'create trigger fail_first_sent_mark before update on outbox for each row execute function fail_first_sent_mark()',
      ),
    );
    try {
      const id = await queue(to);
      const instance = worker();
      expect(await instance.drain()).toBe(1);
      await expect.poll(() => copiesTo(to).length).toBe(1);
      expect(await sentAt(id)).not.toBeNull();

      // Nothing is left to send: a second run, here or on another instance, sends no copy.
      expect(await worker().drain()).toBe(0);
      expect(await instance.drain()).toBe(0);
      expect(copiesTo(to)).toHaveLength(1);
    } finally {
      await t.query(sql.raw('drop trigger fail_first_sent_mark on outbox'));
      await t.query(sql.raw('drop function fail_first_sent_mark'));
      await t.query(sql.raw('drop sequence outbox_sent_mark_attempts'));
    }
  });

  it('a message claimed by an instance that died goes out once its lease ends, once', async () => {
    const to = uniqueEmail('lease');
    const id = await queue(to);
    const stuck: Mailer = { ...smtpMailer(), send: () => new Promise<void>(() => {}) };
    void worker(stuck).drain(); // claims the message, then never finishes the hand-over
    await expect
      .poll(
        async () =>
          (
            await t.query<{ leased: boolean }>(
              sql`select not_before > now() as leased from outbox where id = ${id}`,
            )
          )[0]!.leased,
      )
      .toBe(true);

    const other = worker();
    expect(await other.drain()).toBe(0); // still leased to the first instance
    await t.query(sql`update outbox set not_before = now() where id = ${id}`); // the lease runs out
    expect(await other.drain()).toBe(1);
    await expect.poll(() => copiesTo(to).length).toBe(1);
    expect(await sentAt(id)).not.toBeNull();
  });

  it('two instances draining a burst at once send every message once', async () => {
    const tag = uniqueEmail('burst').split('@')[0]!;
    const recipients = Array.from({ length: 25 }, (_, n) => `${tag}-${n}@esempio.it`);
    for (const to of recipients) await queue(to);
    const delivered = await Promise.all([worker().drain(), worker().drain()]);
    expect(delivered[0] + delivered[1]).toBe(25);
    await expect.poll(() => t.mails.filter((mail) => mail.to.includes(tag)).length).toBe(25);
    const ids = new Set(t.mails.filter((mail) => mail.to.includes(tag)).map((mail) => mail.messageId));
    expect(ids.size).toBe(25);
  });

  it('a batch goes out several at a time, each once; a refused recipient holds back and resends none', async () => {
    const tag = uniqueEmail('pool').split('@')[0]!;
    const refused = `${tag}-rifiutato@esempio.it`;
    const received = new Map<string, number>();
    const relay = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      closeTimeout: 200,
      onRcptTo(address, _session, callback) {
        if (address.address === refused)
          callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
        else callback();
      },
      onData(stream, _session, callback) {
        let head = '';
        stream.on('data', (chunk: Buffer) => {
          head += chunk.toString('utf8');
        });
        stream.on('end', () => {
          const messageId = head.match(/^Message-ID: (.+)$/im)?.[1]?.trim() ?? '';
          received.set(messageId, (received.get(messageId) ?? 0) + 1);
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
    const relayMailer = createMailer({
      smtpUrl: `smtp://127.0.0.1:${(relay.server.address() as AddressInfo).port}`,
      from: t.config.MAIL_FROM,
      log,
    });
    let inFlight = 0;
    let mostAtOnce = 0;
    const counting: Mailer = {
      ...relayMailer,
      async send(mail) {
        mostAtOnce = Math.max(mostAtOnce, ++inFlight);
        try {
          await relayMailer.send(mail);
        } finally {
          inFlight--;
        }
      },
    };
    try {
      const accepted = [];
      for (let n = 0; n < 8; n++) accepted.push(await queue(`${tag}-${n}@esempio.it`));
      const refusedId = await queue(refused);
      const instance = worker(counting);

      expect(await instance.drain()).toBe(9);
      expect(mostAtOnce).toBeGreaterThan(1);
      expect(mostAtOnce).toBeLessThanOrEqual(relayMailer.connections);
      for (const id of accepted) {
        expect(received.get(`<${id}@localhost>`)).toBe(1);
        expect(await sentAt(id)).not.toBeNull();
      }
      const [failed] = await t.db.select().from(outbox).where(eq(outbox.id, refusedId));
      expect(failed).toMatchObject({ sentAt: null, attempts: 1 });
      expect(failed!.lastError).toContain('550');

      // The refused message is tried again when its backoff ends; none of the others goes out again.
      await t.query(sql`update outbox set not_before = now() where id = ${refusedId}`);
      expect(await instance.drain()).toBe(1);
      expect((await t.db.select().from(outbox).where(eq(outbox.id, refusedId)))[0]).toMatchObject({
        sentAt: null,
        attempts: 2,
      });
      expect([...received.values()]).toEqual(accepted.map(() => 1));
    } finally {
      relayMailer.close();
      await new Promise<void>((resolve) => relay.close(() => resolve()));
    }
  });
});
