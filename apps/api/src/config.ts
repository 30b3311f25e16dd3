import { isIP } from 'node:net';
import { z } from 'zod';

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const isAddressOrRange = (entry: string) => {
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (version === 4 ? 32 : 128);
};

/** A PostgreSQL URL, also with several `host:port` separated by commas (as libpq and postgres.js read it). */
const isPostgresUrl = (value: string) => {
  const match = /^postgres(?:ql)?:\/\/(?:[^@/]*@)?([^/?#]*)/.exec(value);
  if (!match) return false;
  const hosts = match[1]!.split(',');
  if (hosts.some((host) => host === '')) return false;
  // WHATWG URLs take one host only: check the rest of the URL with the first one.
  return URL.canParse(value.replace(match[1]!, hosts[0]!));
};

/** Fastify's `trustProxy`: false (trust nobody), a hop count, or the list of trusted addresses. */
const trustedProxies = z
  .string()
  .optional()
  .transform((value, context): false | number | string[] => {
    if (value === undefined) return false;
    if (/^\d+$/.test(value)) {
      const hops = Number(value);
      if (hops >= 1 && hops <= 10) return hops;
      context.addIssue({ code: 'custom', message: 'a hop count must be between 1 and 10' });
      return z.NEVER;
    }
    const entries = value.split(',').map((entry) => entry.trim());
    const wrong = entries.filter((entry) => !isAddressOrRange(entry));
    if (wrong.length === 0) return entries;
    context.addIssue({
      code: 'custom',
      message: `not an IP address or CIDR range: ${wrong.join(', ')} (use a hop count, or addresses and ranges separated by commas)`,
    });
    return z.NEVER;
  });

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** The address users reach the portals at; links in emails point there. */
  PUBLIC_URL: z.url().optional(),
  /**
   * postgres://user@host:port/db; several hosts separated by commas for a replicated cluster, with
   * `?target_session_attrs=read-write` so that the pool always connects to the current primary.
   */
  DATABASE_URL: optionalString.pipe(
    z
      .string()
      .refine(isPostgresUrl, 'must be a postgres:// or postgresql:// URL (hosts separated by commas)')
      .optional(),
  ),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** PostgreSQL cancels a request's statement after this long, so none holds a pooled connection longer. */
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(1000),
  PGLITE_DATA_DIR: z.string().default('.data/pglite'),
  /** PKCS#8 PEM of an Ed25519 private key; required in production, generated under .data otherwise. */
  JWT_PRIVATE_KEY: optionalString,
  JWT_ISSUER: z.string().default('sportello-lavoro'),
  JWT_AUDIENCE: z.string().default('sportello-lavoro-api'),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(3600).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(30),
  /** smtp://user:pass@host:port; without it emails are kept in memory and shown at /dev/mail. */
  SMTP_URL: optionalString.pipe(
    z
      .url()
      .refine((url) => /^smtps?:\/\//.test(url), 'must be an smtp:// or smtps:// URL')
      .optional(),
  ),
  MAIL_FROM: z.string().default('Sportello Lavoro <noreply@sportellolavoro.local>'),
  /** Seed the demo network when the database has no network yet. */
  SEED_DEMO: z.enum(['auto', 'true', 'false']).default('auto'),
  /** Online colloqui get a unique room under this address (any Jitsi-compatible server). */
  VIDEO_ROOM_BASE_URL: z.url().default('https://meet.jit.si'),
  /**
   * How many hours before a colloquio its reminder goes out; a colloquio booked closer to its start
   * gets the reminder at once.
   */
  BOOKING_REMINDER_HOURS: z.coerce.number().int().min(1).max(720).default(24),
  /** How often the outbox worker looks for emails to send; 0 turns the background worker off. */
  OUTBOX_POLL_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
  /**
   * How often the matching index reads the change feed, so a change shows in matches within this
   * time; 0 turns the background reader off and the index catches up before every use.
   */
  MATCHING_POLL_MS: z.coerce.number().int().min(0).max(60_000).default(250),
  /** How often due job alert digests are looked for; 0 turns the scheduler off. */
  JOB_ALERT_POLL_MS: z.coerce.number().int().min(0).max(3_600_000).default(60_000),
  /** How often candidatures waiting for the company's answer are looked for; 0 turns it off. */
  COMPANY_ANSWER_POLL_MS: z.coerce.number().int().min(0).max(86_400_000).default(900_000),
  /** How often retention notices are sent and expired accounts anonymised; 0 turns it off. */
  RETENTION_POLL_MS: z.coerce.number().int().min(0).max(86_400_000).default(3_600_000),
  /**
   * Trusted documents: every operation from the portals (and from anyone but API clients) must be
   * one of the portals' own, sent by hash. Recommended in production.
   */
  TRUSTED_DOCUMENTS_ONLY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  /** How often patto actions gone past their due date are looked for, to tell the sportello live. */
  OVERDUE_ACTIONS_POLL_MS: z.coerce.number().int().min(0).max(86_400_000).default(600_000),
  /** How often due webhook deliveries are looked for; 0 turns the background sender off. */
  WEBHOOK_POLL_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
  /** Attempts of a webhook delivery before it is dead-lettered. */
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(10),
  /** The first retry of a webhook waits about this long, each next one twice as long. */
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
  /** How long a webhook receiver has to answer. */
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  /**
   * Which proxies in front of the API may set X-Forwarded-For: none (the default), a hop count, or
   * a comma-separated list of addresses and CIDR ranges. The client address the login and reset
   * limits count is read through them only.
   */
  TRUSTED_PROXIES: optionalString.pipe(trustedProxies),
  /**
   * The OpenID Connect provider citizens log in with (SPID and CIE through a national gateway or a
   * regional proxy). Unset: in production the portals offer no SPID/CIE login; elsewhere the API
   * starts a development provider of its own with test identities.
   */
  OIDC_ISSUER: optionalString.pipe(z.url().optional()),
  OIDC_CLIENT_ID: optionalString,
  /** The client's secret at the provider (client_secret_basic); or else OIDC_CLIENT_PRIVATE_KEY. */
  OIDC_CLIENT_SECRET: optionalString,
  /** PKCS#8 PEM of the key the client signs its assertions with (private_key_jwt). */
  OIDC_CLIENT_PRIVATE_KEY: optionalString,
  OIDC_SCOPE: z.string().trim().default('openid profile email'),
  /** Port of the development provider (0: any free port); it listens on HOST. */
  OIDC_DEV_PORT: z.coerce.number().int().min(0).max(65535).default(0),
});

export type Env = z.infer<typeof envSchema>;

export interface Config extends Env {
  publicUrl: string;
  production: boolean;
  /** OIDC_ISSUER is the development provider the API started itself (see dev-provider/). */
  oidcDevelopmentProvider: boolean;
}

export class ConfigError extends Error {}

/** Parses the environment once; a bad value names the variable and stops the process. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const parsed = result.data;
  const production = parsed.NODE_ENV === 'production';
  if (production && !parsed.JWT_PRIVATE_KEY) {
    throw new ConfigError('Invalid configuration:\n  JWT_PRIVATE_KEY: required when NODE_ENV=production');
  }
  const oidcProblems = [
    ...(parsed.OIDC_ISSUER && !parsed.OIDC_CLIENT_ID ? ['OIDC_CLIENT_ID: required with OIDC_ISSUER'] : []),
    ...(parsed.OIDC_ISSUER && !parsed.OIDC_CLIENT_SECRET === !parsed.OIDC_CLIENT_PRIVATE_KEY
      ? ['OIDC_CLIENT_SECRET: give either it or OIDC_CLIENT_PRIVATE_KEY with OIDC_ISSUER']
      : []),
  ];
  if (oidcProblems.length) {
    throw new ConfigError(`Invalid configuration:\n${oidcProblems.map((line) => `  ${line}`).join('\n')}`);
  }
  return {
    ...parsed,
    production,
    oidcDevelopmentProvider: false,
    publicUrl: (parsed.PUBLIC_URL ?? `http://localhost:${parsed.PORT}`).replace(/\/$/, ''),
  };
}
