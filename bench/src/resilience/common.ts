/**
 * What the failover, load and soak benchmarks share: the built API started as separate processes
 * (as in production), a seeded network, access tokens, the portals' own GraphQL operations, an SMTP
 * receiver and percentiles.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { createWriteStream, readFileSync } from 'node:fs';
import { Agent } from 'node:http';
import { fileURLToPath } from 'node:url';
import { seedDemo } from '@sportello/api/dist/demo-seed.js';
import { TokenService } from '@sportello/api/dist/lib/tokens.js';
import {
  appointmentSlots,
  companyMembers,
  createDb,
  loadReferenceData,
  operators,
  users,
} from '@sportello/db';
import { seedSynthetic } from '@sportello/db/testing';
import { eq, sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { API_NODE_FLAGS } from '../api-flags.js';
import { send } from '../http-post.js';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const apiMain = `${repoRoot}apps/api/dist/main.js`;
const probeModule = fileURLToPath(new URL('./probe.mjs', import.meta.url));

/** `--name value` on the command line, else `BENCH_NAME` in the environment. */
export function textOption(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0
    ? process.argv[index + 1]
    : process.env[`BENCH_${name.toUpperCase().replaceAll('-', '_')}`];
}

/** A numeric `textOption`, else the default. */
export function option(name: string, fallback: number): number {
  const raw = textOption(name);
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name}: not a number: ${raw}`);
  return value;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function signingKeyPem(): string {
  return generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

/** The operations a portal sends (its persisted documents), by operation name. */
export function portalOperations(portal: 'citizen' | 'company' | 'operator'): (name: string) => string {
  const documents = JSON.parse(
    readFileSync(`${repoRoot}apps/${portal}-web/src/gql/persisted-documents.json`, 'utf8'),
  ) as Record<string, string>;
  const byName = new Map<string, string>();
  for (const text of Object.values(documents)) {
    for (const match of text.matchAll(/(?:query|mutation) (\w+)/g)) byName.set(match[1]!, text);
  }
  return (name) => {
    const text = byName.get(name);
    if (!text) throw new Error(`the ${portal} portal has no operation ${name}`);
    return text;
  };
}

export interface GraphqlResult {
  /** HTTP status; 0 when no answer came (connection refused, reset, timeout). */
  status: number;
  /** Why no answer came: the socket's error code or message. */
  failure?: string;
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** The virtual users' connections, kept alive as a browser keeps them. */
const agent = new Agent({ keepAlive: true });

export async function graphql(
  baseUrl: string,
  token: string | undefined,
  query: string,
  variables: Record<string, unknown> = {},
  timeoutMs = 15_000,
): Promise<GraphqlResult> {
  try {
    const response = await send(
      agent,
      {
        port: Number(new URL(baseUrl).port),
        path: '/graphql',
        // What a browser (and fetch) asks for on plain HTTP: the API compresses as it would for them.
        headers: {
          'accept-encoding': 'gzip, deflate',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      JSON.stringify({ query, variables }),
      timeoutMs,
    );
    let body: Omit<GraphqlResult, 'status'> = {};
    try {
      body = JSON.parse(response.body);
    } catch {}
    return { status: response.status, ...body };
  } catch (error) {
    return { status: 0, failure: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
  }
}

/** A failure the client may retry with the same request: no answer, a 5xx, or an internal error. */
export function retriable(result: GraphqlResult): boolean {
  if (result.status === 0 || result.status >= 500) return true;
  return (result.errors ?? []).some((error) => ['INTERNAL', undefined].includes(error.extensions?.code));
}

export interface ApiProcess {
  url: string;
  pid: number;
  child: ChildProcess;
  /** Samples the probe sends over IPC when started with `probe` (see probe.mjs). */
  samples: ProbeSample[];
  stop(): Promise<void>;
}

export interface ProbeSample {
  at: number;
  rssMb: number;
  heapUsedMb: number;
  /** Event-loop delay over the last interval (ms). */
  delayP50: number;
  delayP99: number;
  delayMax: number;
}

/**
 * The built API (`apps/api/dist/main.js`) as a process of its own, in production mode, with its
 * background workers on. With `probe`, a preloaded module reports its RSS and event-loop delay.
 * With BENCH_PROFILE_DIR set, it writes a CPU profile there when it stops (`node --cpu-prof`).
 */
export async function startApi(options: {
  name: string;
  databaseUrl: string;
  port: number;
  privateKeyPem: string;
  smtpUrl?: string;
  poolSize?: number;
  probeIntervalMs?: number;
  logFile: string;
}): Promise<ApiProcess> {
  const log = createWriteStream(options.logFile);
  const profile = process.env.BENCH_PROFILE_DIR
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`]
    : [];
  const probe = options.probeIntervalMs ? ['--import', probeModule] : [];
  const args = [...API_NODE_FLAGS, ...profile, ...probe, apiMain];
  const child = spawn(process.execPath, args, {
    cwd: `${repoRoot}apps/api`,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(options.port),
      PUBLIC_URL: `http://127.0.0.1:${options.port}`,
      LOG_LEVEL: 'warn',
      DATABASE_URL: options.databaseUrl,
      DATABASE_POOL_SIZE: String(options.poolSize ?? 10),
      JWT_PRIVATE_KEY: options.privateKeyPem,
      SEED_DEMO: 'false',
      ...(options.smtpUrl ? { SMTP_URL: options.smtpUrl } : {}),
      ...(options.probeIntervalMs ? { BENCH_PROBE_INTERVAL_MS: String(options.probeIntervalMs) } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const samples: ProbeSample[] = [];
  child.on('message', (message) => samples.push(message as ProbeSample));
  const url = `http://127.0.0.1:${options.port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`${options.name} exited (${child.exitCode}); see ${options.logFile}`);
    const ready = await fetch(`${url}/health/live`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() - started > 180_000) throw new Error(`${options.name} not ready after 180 s`);
    await sleep(250);
  }
  return {
    url,
    pid: child.pid!,
    child,
    samples,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export interface SeededNetwork {
  networkId: string;
  citizenIds: string[];
  vacancyIds: string[];
  slotIds: string[];
  operator: { userId: string; sportelloId: string };
  admin: { userId: string };
  company: { userId: string; companyId: string };
}

/**
 * Migrates the database, loads the reference data, seeds the demo network and adds generated
 * citizens (with full CVs), published vacancies and free colloquio slots, each at its own time.
 */
export async function seedNetwork(
  databaseUrl: string,
  sizes: { citizens: number; vacancies: number; slots: number; applicationsPerVacancy: number },
): Promise<SeededNetwork> {
  const database = await createDb({ databaseUrl, poolSize: 4, statementTimeoutMs: 600_000 });
  try {
    await database.migrate();
    await database.unbounded(async (db) => {
      await loadReferenceData(db);
      await seedDemo(db);
    });
    const { db } = database;
    const staff = async (email: string) => {
      const [user] = await db.select().from(users).where(eq(users.email, email));
      if (!user?.networkId) throw new Error(`no demo user ${email}`);
      return user;
    };
    const operatorUser = await staff('operatore.legnano@demo.sportellolavoro.it');
    const [operator] = await db.select().from(operators).where(eq(operators.userId, operatorUser.id));
    const adminUser = await staff('admin.rete@demo.sportellolavoro.it');
    const memberUser = await staff('hr@officinemeccanichelegnano.demo');
    const [member] = await db.select().from(companyMembers).where(eq(companyMembers.userId, memberUser.id));
    const networkId = operatorUser.networkId!;
    const data = await seedSynthetic(db, {
      networkId,
      companyId: member!.companyId,
      createdBy: memberUser.id,
      proposedBy: operatorUser.id,
      citizens: sizes.citizens,
      vacancies: sizes.vacancies,
      applicationsPerVacancy: sizes.applicationsPerVacancy,
    });
    // Free slots from 400 days ahead (after the demo ones), 20 minutes each, one after the other: no two overlap.
    const first = Math.ceil(Date.now() / 86_400_000) * 86_400_000 + 400 * 86_400_000;
    const slotIds: string[] = [];
    for (let i = 0; i < sizes.slots; i += 500) {
      const rows = Array.from({ length: Math.min(500, sizes.slots - i) }, (_, j) => {
        const startsAt = new Date(first + (i + j) * 20 * 60_000);
        return {
          id: randomUUID(),
          networkId,
          sportelloId: operator!.sportelloId,
          operatorId: operatorUser.id,
          kind: 'COUNSELLING' as const,
          mode: 'IN_PERSON' as const,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 20 * 60_000),
        };
      });
      await db.insert(appointmentSlots).values(rows);
      slotIds.push(...rows.map((row) => row.id));
    }
    // The statistics a running service has, not those of the tables the migrations left empty.
    await db.execute(sql`analyze`);
    return {
      networkId,
      citizenIds: data.citizenIds,
      vacancyIds: data.vacancyIds,
      slotIds,
      operator: { userId: operatorUser.id, sportelloId: operator!.sportelloId },
      admin: { userId: adminUser.id },
      company: { userId: memberUser.id, companyId: member!.companyId },
    };
  } finally {
    await database.close();
  }
}

/** Access tokens signed with the API's key, as a login would issue them (valid for hours). */
export function tokenIssuer(privateKeyPem: string, network: SeededNetwork) {
  const tokens = new TokenService({
    privateKeyPem,
    issuer: 'sportello-lavoro',
    audience: 'sportello-lavoro-api',
    accessTokenTtlSeconds: 12 * 3600,
  });
  const sign = async (
    kind: 'CITIZEN' | 'OPERATOR' | 'NETWORK_ADMIN' | 'COMPANY_MEMBER',
    userId: string,
    extra: { sportelloId?: string; companyId?: string } = {},
  ) =>
    (
      await tokens.signUser(
        {
          kind,
          userId,
          networkId: network.networkId,
          sportelloId: extra.sportelloId ?? null,
          companyId: extra.companyId ?? null,
        },
        randomUUID(),
      )
    ).token;
  return {
    citizen: (userId: string) => sign('CITIZEN', userId),
    operator: () => sign('OPERATOR', network.operator.userId, { sportelloId: network.operator.sportelloId }),
    admin: () => sign('NETWORK_ADMIN', network.admin.userId),
    company: () => sign('COMPANY_MEMBER', network.company.userId, { companyId: network.company.companyId }),
  };
}

/**
 * An SMTP server that counts the messages it receives by Message-ID, and the connections opened to
 * it; with `latencyMs`, it takes that long to accept each message, as a real relay does.
 */
export async function startSmtpReceiver(options: { latencyMs?: number } = {}) {
  const received = new Map<string, number>();
  let withoutId = 0;
  let connections = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onConnect(_session, callback) {
      connections++;
      callback();
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const headers =
          Buffer.concat(chunks)
            .toString('utf8')
            .split(/\r?\n\r?\n/)[0] ?? '';
        const id = /^Message-ID:\s*(\S+)/im.exec(headers)?.[1];
        if (id) received.set(id, (received.get(id) ?? 0) + 1);
        else withoutId++;
        if (options.latencyMs) setTimeout(callback, options.latencyMs);
        else callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    withoutId: () => withoutId,
    connections: () => connections,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

/** Prints rows as an aligned table (first column left, the others right). */
export function printTable(header: string[], rows: (string | number)[][]) {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  for (const [index, row] of cells.entries()) {
    console.log(
      row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '),
    );
    if (index === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

/** Least-squares slope of y over x. */
export function slope(points: [number, number][]): number {
  const n = points.length;
  if (n < 2) return Number.NaN;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const sxy = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return sxy / sxx;
}
