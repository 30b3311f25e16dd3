import { outbox } from '@sportello/db';
import { eq, sql } from 'drizzle-orm';
import { pino } from 'pino';
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
});
