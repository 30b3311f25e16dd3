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
  /** How many messages it hands over at once: one per pooled SMTP connection. */
  readonly connections: number;
  close(): void;
}

const OUTBOX_CAPACITY = 200;
const SMTP_CONNECTIONS = 5;
/**
 * A hand-over, a wait for a free pooled connection included, ends or fails within this, so the
 * email outbox's lease outlasts the hand-overs of a batch. The socket timeouts alone do not bound a
 * server that trickles its replies.
 */
const SEND_TIMEOUT_MS = 90_000;

export function createMailer(options: {
  smtpUrl?: string | undefined;
  from: string;
  log: FastifyBaseLogger;
}): Mailer {
  const { smtpUrl, from, log } = options;
  if (smtpUrl) {
    // Connections stay open across messages (a new one per message costs the relay's greeting and
    // EHLO each time); each is replaced after `maxMessages`, as relays limit messages per session.
    const transport = nodemailer.createTransport({
      url: smtpUrl,
      pool: true,
      maxConnections: SMTP_CONNECTIONS,
      maxMessages: 100,
      connectionTimeout: 30_000,
      greetingTimeout: 30_000,
      socketTimeout: 60_000,
    });
    return {
      outbox: null,
      connections: SMTP_CONNECTIONS,
      async send(mail) {
        const message = { ...toMessage(from, mail), signal: AbortSignal.timeout(SEND_TIMEOUT_MS) };
        await transport.sendMail(message);
      },
      close: () => transport.close(),
    };
  }
  const outbox: StoredMail[] = [];
  // jsonTransport still builds the full message, so an invalid address fails here as it would on SMTP.
  const transport = nodemailer.createTransport({ jsonTransport: true });
  return {
    outbox,
    // One at a time, so the local mailbox lists the messages in the order they were queued.
    connections: 1,
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
