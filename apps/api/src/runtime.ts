import { join } from 'node:path';
import { createDb, type DatabaseHandle, loadReferenceData } from '@sportello/db';
import type { FastifyBaseLogger } from 'fastify';
import { pino } from 'pino';
import type { Config } from './config.js';
import { seedDemo, seedDemoCandidates } from './demo-seed.js';
import { createMailer, type Mailer } from './lib/mailer.js';
import { resolveSigningKeyPem } from './lib/signing-key.js';
import { TokenService } from './lib/tokens.js';
import { deriveAliasKey } from './modules/applications/pseudonymous.js';

export interface Runtime {
  database: DatabaseHandle;
  tokens: TokenService;
  mailer: Mailer;
  aliasKey: Buffer;
  /** The demo network is (or was already) seeded: its logins can be shown. */
  demo: boolean;
}

/** Opens the database, applies migrations and reference data, and prepares keys and mail. */
export async function prepareRuntime(config: Config, log: FastifyBaseLogger = pino()): Promise<Runtime> {
  const database = await createDb({
    databaseUrl: config.DATABASE_URL,
    pgliteDataDir: config.PGLITE_DATA_DIR,
    poolSize: config.DATABASE_POOL_SIZE,
    statementTimeoutMs: config.STATEMENT_TIMEOUT_MS,
  });
  await database.migrate();
  const seedWanted =
    config.SEED_DEMO === 'true' || (config.SEED_DEMO === 'auto' && database.driver === 'pglite');
  await database.unbounded(async (db) => {
    const started = Date.now();
    const reports = await loadReferenceData(db);
    log.info({ datasets: reports, ms: Date.now() - started }, 'reference data ready');
    if (seedWanted && (await seedDemo(db))) {
      await seedDemoCandidates(db);
      log.info('demo network seeded');
    }
  });

  const privateKeyPem = await resolveSigningKeyPem(
    config.JWT_PRIVATE_KEY,
    join(config.PGLITE_DATA_DIR, '..', 'jwt-signing-key.pem'),
  );
  const tokens = new TokenService({
    privateKeyPem,
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
    accessTokenTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
  });
  const mailer = createMailer({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM, log });
  return { database, tokens, mailer, aliasKey: deriveAliasKey(privateKeyPem), demo: seedWanted };
}
