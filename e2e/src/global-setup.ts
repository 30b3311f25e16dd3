import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDatabase } from '@sportello/db/testing';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_PATH } from './browser.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the API (and the portals it serves) listens, e.g. http://127.0.0.1:41234. */
    baseUrl: string;
    /** Set when there is no Chromium and the browser tests are skipped. */
    skipReason: string;
  }
}

const root = fileURLToPath(new URL('../../', import.meta.url));
const apiDir = join(root, 'apps/api');
export const artifactsDir = join(root, 'e2e/artifacts');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitUntilReady(url: string, child: ChildProcess, log: () => string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The API exited with code ${child.exitCode} before it was ready:\n${log()}`);
    }
    try {
      const response = await fetch(`${url}/health/ready`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The API was not ready within ${timeoutMs / 1000} s:\n${log()}`);
}

/**
 * Starts the API as `pnpm start` runs it (`node dist/main.js` in apps/api, here with source maps for
 * the test log's stack traces), on a free port, with a fresh embedded database (PGlite: reference
 * data loaded and demo data seeded because it has no network yet) and no SMTP_URL, so emails land
 * in the dev mailbox at GET /dev/mail. The built portals must exist (`pnpm test` builds them).
 * With E2E_DATABASE_URL (a PostgreSQL server), the database is instead a new one on that server,
 * dropped at the end: the journeys then go through PostgreSQL, the network pools and row-level
 * security, as in production.
 */
export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM_PATH)) {
    const missing = `Chromium not found at ${CHROMIUM_PATH} (apt-get install chromium)`;
    if (process.env.E2E_REQUIRE_BROWSER === '1') {
      throw new Error(`${missing}: E2E_REQUIRE_BROWSER=1 requires the browser tests.`);
    }
    const reason = `${missing}: browser tests skipped.`;
    console.warn(`\n${reason}\n`);
    project.provide('skipReason', reason);
    project.provide('baseUrl', '');
    return;
  }
  project.provide('skipReason', '');

  const missing = [
    'apps/api/dist/main.js',
    'apps/citizen-web/dist',
    'apps/company-web/dist',
    'apps/operator-web/dist',
  ]
    .filter((path) => !existsSync(join(root, path)))
    .join(', ');
  if (missing) throw new Error(`Not built: ${missing}. Run "pnpm build" first.`);

  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'sportello-e2e-'));
  const database = process.env.E2E_DATABASE_URL
    ? await createDatabase(process.env.E2E_DATABASE_URL, 'sportello_e2e')
    : undefined;
  mkdirSync(artifactsDir, { recursive: true });
  const logPath = join(artifactsDir, 'api.log');
  const logFile = createWriteStream(logPath);
  let tail = '';

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: String(port),
    PGLITE_DATA_DIR: join(dataDir, 'pglite'),
    SEED_DEMO: 'auto',
    LOG_LEVEL: 'warn',
    // Every colloquio in the next 30 days is inside the reminder's lead, so its reminder is due at
    // once and the tests read it in the dev mailbox.
    BOOKING_REMINDER_HOURS: '720',
    // The address the browser uses: the SPID/CIE login comes back to it, with its cookie.
    PUBLIC_URL: `http://127.0.0.1:${port}`,
  };
  // The embedded database (or the one created above) and the dev mailbox: never a PostgreSQL or
  // SMTP server from the environment. The development SPID/CIE provider too.
  for (const name of ['DATABASE_URL', 'SMTP_URL', 'JWT_PRIVATE_KEY', 'OIDC_ISSUER']) delete env[name];
  if (database) Object.assign(env, { DATABASE_URL: database.url, SEED_DEMO: 'true' });

  const child = spawn(process.execPath, ['--enable-source-maps', 'dist/main.js'], {
    cwd: apiDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (chunk: Buffer) => {
    logFile.write(chunk);
    tail = (tail + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    // The first start loads the reference data (ESCO with its 124,000 relations).
    await waitUntilReady(baseUrl, child, () => tail, 300_000);
  } catch (error) {
    child.kill('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
    await database?.drop();
    throw error;
  }
  project.provide('baseUrl', baseUrl);

  return async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
    logFile.end();
    await rm(dataDir, { recursive: true, force: true });
    await database?.drop();
  };
}
