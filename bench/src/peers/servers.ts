import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { API_NODE_FLAGS } from '../api-flags.js';

const benchDir = fileURLToPath(new URL('../../', import.meta.url));
const repoDir = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * PostGraphile 4 (v5 needs Node 22) requires graphql 15, and the workspace keeps one graphql, 16:
 * a pnpm alias would still put a second graphql in the lockfile and in reach of the workspace's
 * resolution. So it is installed with npm, pinned, into a git-ignored folder of its own, the first
 * time `--peers` runs.
 */
const PEERS_DIR = `${benchDir}.peers`;
const POSTGRAPHILE = ['postgraphile@4.14.1', 'graphql@15.10.1'];
const postgraphileCli = `${PEERS_DIR}/node_modules/postgraphile/cli.js`;

export function installPostgraphile() {
  if (existsSync(postgraphileCli)) return;
  console.log(`Installing ${POSTGRAPHILE.join(' and ')} into bench/.peers (once)...`);
  execFileSync('npm', ['install', '--prefix', PEERS_DIR, '--no-audit', '--no-fund', ...POSTGRAPHILE], {
    stdio: 'inherit',
  });
}

export interface Server {
  port: number;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

/** Starts a child process and waits until it prints `ready`. */
async function start(
  name: string,
  command: string[],
  env: Record<string, string>,
  ready: RegExp,
  port: number,
  cwd = repoDir,
): Promise<Server> {
  const child: ChildProcess = spawn(command[0]!, command.slice(1), {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start:\n${output}`)), 180_000);
    const listen = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', listen);
    child.stderr!.on('data', listen);
    child.on('exit', (code) => reject(new Error(`${name} exited with ${code}:\n${output}`)));
  });
  return {
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * This API as it runs in production: its own entry point, pool and logging (warnings only). With
 * BENCH_PROFILE_DIR set, it writes a CPU profile there when it stops (`node --cpu-prof`);
 * BENCH_API_ENTRY runs another build instead (e.g. an older commit's `apps/api/dist/main.js`).
 */
export async function startApi(databaseUrl: string, jwtPrivateKey: string): Promise<Server> {
  const port = await freePort();
  const profile = process.env.BENCH_PROFILE_DIR
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`]
    : [];
  return start(
    'the API',
    [process.execPath, ...API_NODE_FLAGS, ...profile, process.env.BENCH_API_ENTRY ?? 'apps/api/dist/main.js'],
    {
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      DATABASE_URL: databaseUrl,
      JWT_PRIVATE_KEY: jwtPrivateKey,
      ACCESS_TOKEN_TTL_SECONDS: '3600',
      SEED_DEMO: 'false',
      // Background work off, so that only the questions' statements are counted.
      OUTBOX_POLL_MS: '0',
      MATCHING_POLL_MS: '0',
      JOB_ALERT_POLL_MS: '0',
    },
    /is running at/,
    port,
  );
}

/** PostGraphile's CLI with its defaults: no authorization, relay connections, pool of 10. */
export async function startPostgraphile(databaseUrl: string): Promise<Server> {
  const port = await freePort();
  return start(
    'PostGraphile',
    [
      process.execPath,
      postgraphileCli,
      ...['--connection', databaseUrl, '--schema', 'public', '--host', '127.0.0.1', '--port', String(port)],
      ...['--disable-graphiql', '--disable-query-log', '--max-pool-size', '10'],
    ],
    { NODE_ENV: 'production' },
    /server listening on port/,
    port,
  );
}

export async function startFloor(databaseUrl: string): Promise<Server> {
  const port = await freePort();
  return start(
    'the floor',
    [process.execPath, '--import', 'tsx', 'src/peers/floor-server.ts', String(port)],
    { DATABASE_URL: databaseUrl },
    /listening/,
    port,
    benchDir,
  );
}
