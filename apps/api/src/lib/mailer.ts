import type { FastifyBaseLogger } from 'fastify';
import nodemailer from 'nodemailer';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Stable id, so a message delivered twice after a crash is recognisable as one. */
  messageId?: string;
  /** An iCalendar invitation (text/calendar), shown by mail clients as an event; attached as `filename`. */
  calendar?: { method: 'REQUEST' | 'CANCEL'; content: string; filename?: string };
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
}

export interface StoredMail extends Mail {
  date: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
  /** The messages kept locally when no SMTP server is configured, newest first. */
  readonly outbox: StoredMail[] | null;
  close(): void;
}

const OUTBOX_CAPACITY = 200;

export function createMailer(options: {
  smtpUrl?: string | undefined;
  from: string;
  log: FastifyBaseLogger;
}): Mailer {
  const { smtpUrl, from, log } = options;
  if (smtpUrl) {
    // Well inside the email outbox's lease: a hand-over either ends or fails before it runs out.
    const transport = nodemailer.createTransport({
      url: smtpUrl,
      connectionTimeout: 30_000,
      greetingTimeout: 30_000,
      socketTimeout: 60_000,
    });
    return {
      outbox: null,
      async send(mail) {
        await transport.sendMail(toMessage(from, mail));
      },
      close: () => transport.close(),
    };
  }
  const outbox: StoredMail[] = [];
  // jsonTransport still builds the full message, so an invalid address fails here as it would on SMTP.
  const transport = nodemailer.createTransport({ jsonTransport: true });
  return {
    outbox,
    async send(mail) {
      await transport.sendMail(toMessage(from, mail));
      outbox.unshift({ ...mail, date: new Date().toISOString() });
      outbox.length = Math.min(outbox.length, OUTBOX_CAPACITY);
      log.info({ to: mail.to, subject: mail.subject }, 'mail kept in the local outbox (see /dev/mail)');
    },
    close: () => transport.close(),
  };
}

function toMessage(from: string, { calendar, ...mail }: Mail) {
  return {
    from,
    ...mail,
    ...(calendar
      ? {
          icalEvent: { method: calendar.method, content: calendar.content },
          attachments: [
            {
              filename: calendar.filename ?? 'colloquio.ics',
              content: calendar.content,
              contentType: 'text/calendar',
            },
          ],
        }
      : {}),
  };
}
