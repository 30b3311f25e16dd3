import type { AddressInfo } from 'node:net';
import { createTestDatabase, type TestDatabase } from '@sportello/db/testing';
import type { SQL } from 'drizzle-orm';
import { exportPKCS8, generateKeyPair } from 'jose';
import { simpleParser } from 'mailparser';
import { pino } from 'pino';
import { SMTPServer } from 'smtp-server';
import { inject } from 'vitest';
import { type AppDeps, buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { DEMO_PASSWORD, seedDemo } from '../src/demo-seed.js';
import { createMailer } from '../src/lib/mailer.js';
import { TokenService } from '../src/lib/tokens.js';
import { deriveAliasKey } from '../src/modules/applications/pseudonymous.js';

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  messageId: string;
  /** The iCalendar invitation attached, if any. */
  calendar: string | null;
  /** Raw header lines by lower-case name, e.g. `list-unsubscribe`. */
  headers: Record<string, string>;
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string }; path?: string[] }[];
}

/** A real SMTP server on a free local port that keeps what it receives. */
async function startSmtp() {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    // Pooled connections of mailers a test did not close would otherwise hold the close for 30 s.
    closeTimeout: 200,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const to = Array.isArray(parsed.to) ? parsed.to[0]?.text : parsed.to?.text;
          const ics = parsed.attachments.find((a) => a.contentType.startsWith('text/calendar'));
          mails.push({
            to: to ?? '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            messageId: parsed.messageId ?? '',
            calendar: ics ? ics.content.toString('utf8') : null,
            headers: Object.fromEntries(parsed.headerLines.map((h) => [h.key, h.line])),
          });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    mails,
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export type TestApp = Awaited<ReturnType<typeof startTestApp>>;

/**
 * The real app over a database of its own (cloned from the migrated template, demo network seeded),
 * with a real SMTP server receiving its emails.
 */
export async function startTestApp(
  options: { env?: Record<string, string>; statementTimeoutMs?: number } = {},
) {
  const statements: string[] = [];
  const database: TestDatabase = await createTestDatabase(
    process.env.DATABASE_URL || undefined,
    inject('dbTemplate'),
    {
      onQuery: (sql) => statements.push(sql),
      ...(options.statementTimeoutMs ? { statementTimeoutMs: options.statementTimeoutMs } : {}),
    },
  );
  await seedDemo(database.db);
  const smtp = await startSmtp();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SMTP_URL: smtp.url,
    PUBLIC_URL: 'http://localhost:3000',
    // Tests deliver queued emails on demand with app.outbox.drain().
    OUTBOX_POLL_MS: '0',
    // The matching index is built on first use and catches up before each use.
    MATCHING_POLL_MS: '0',
    // Background jobs run on demand in tests (`app.<job>.run()`, `app.webhooks.drain()`), so they
    // neither race a test nor add to the statements a test counts.
    COMPANY_ANSWER_POLL_MS: '0',
    RETENTION_POLL_MS: '0',
    OVERDUE_ACTIONS_POLL_MS: '0',
    WEBHOOK_POLL_MS: '0',
    ...options.env,
  });
  const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const privateKeyPem = await exportPKCS8(privateKey);
  const tokens = new TokenService({
    privateKeyPem,
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
    accessTokenTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
  });
  const newMailer = () =>
    createMailer({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM, log: pino({ level: 'silent' }) });
  /** Another API instance on the same database, as a second server or a restart would be. */
  const newInstance = (deps: Partial<AppDeps> = {}) =>
    buildApp({
      config,
      database,
      tokens,
      mailer: newMailer(),
      aliasKey: deriveAliasKey(privateKeyPem),
      ...deps,
    });
  const app = await newInstance();

  async function gql<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<T>> {
    const response = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      payload: JSON.stringify({ query, variables }),
    });
    return { status: response.statusCode, ...(response.json() as object) };
  }

  async function login(
    email: string,
    password = DEMO_PASSWORD,
  ): Promise<{ accessToken: string; refreshToken: string }> {
    const result = await gql(
      `mutation($input: LoginInput!) { login(input: $input) { session { accessToken refreshToken } userErrors { code message } } }`,
      { input: { email, password } },
    );
    const session = result.data?.login?.session;
    if (!session) throw new Error(`login failed for ${email}: ${JSON.stringify(result)}`);
    return session;
  }

  /** Waits for a mail to arrive (delivery is asynchronous) and returns the first link in it. */
  async function linkFromMail(to: string, subjectPart: string): Promise<string> {
    for (let attempt = 0; attempt < 100; attempt++) {
      const mail = [...smtp.mails]
        .reverse()
        .find((m) => m.to.includes(to) && m.subject.includes(subjectPart));
      const link = mail?.text.match(/https?:\/\/\S+/)?.[0];
      if (link) return link;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(
      `no mail "${subjectPart}" for ${to}; got ${JSON.stringify(smtp.mails.map((m) => [m.to, m.subject]))}`,
    );
  }

  /** Raw SQL rows, whichever driver (postgres.js returns an array, PGlite an object with rows). */
  async function query<T>(statement: SQL): Promise<T[]> {
    const result = (await database.db.execute(statement)) as unknown;
    return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
  }

  return {
    app,
    query,
    db: database.db,
    database,
    tokens,
    signingKeyPem: privateKeyPem,
    newInstance,
    config,
    mails: smtp.mails,
    statements,
    gql,
    login,
    linkFromMail,
    tokenFromLink: (link: string) => new URL(link).searchParams.get('token')!,
    async close() {
      await app.close();
      await database.destroy();
      await smtp.close();
    },
  };
}
