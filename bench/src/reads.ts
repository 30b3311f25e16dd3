/**
 * The hot nested reads, planned into one statement versus read level by level by the batched
 * loaders: the same queries against two instances of the API over the same seeded database.
 * Prints p50/p95 per query and the ratio. Run with `pnpm bench:reads` (PGlite), or with
 * DATABASE_URL set (PostgreSQL: a database of its own is created and dropped).
 * With `--peers`, the same questions against PostGraphile and the floor instead (see reads-peers.ts).
 */
import { generateKeyPairSync } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '@sportello/api/dist/app.js';
import { loadConfig } from '@sportello/api/dist/config.js';
import { DEMO_PASSWORD } from '@sportello/api/dist/demo-seed.js';
import { createMailer } from '@sportello/api/dist/lib/mailer.js';
import { TokenService } from '@sportello/api/dist/lib/tokens.js';
import { deriveAliasKey } from '@sportello/api/dist/modules/applications/pseudonymous.js';
import { createTemplate, createTestDatabase, dropTemplate } from '@sportello/db/testing';
import { pino } from 'pino';
import { QUESTIONS } from './peers/questions.js';
import { comparePeers } from './reads-peers.js';
import { seedReads } from './reads-seed.js';

const size = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const SIZES = {
  citizens: size('BENCH_CITIZENS', 1000),
  vacancies: size('BENCH_VACANCIES', 200),
  applicationsPerVacancy: size('BENCH_APPLICATIONS_PER_VACANCY', 30),
};
const RUNS = size('BENCH_RUNS', 200);
const WARM_UP = 20;

/** The same three questions the peers are asked (`--peers`), all as the network's admin here. */
const QUERIES = Object.fromEntries(QUESTIONS.map((question) => [question.name, question.api]));

type App = Awaited<ReturnType<typeof buildApp>>;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

async function main() {
  const databaseUrl = process.env.DATABASE_URL || undefined;
  console.log(`Seeding ${databaseUrl ? 'PostgreSQL' : 'PGlite'}:`, SIZES);
  const template = await createTemplate(databaseUrl, join(tmpdir(), `sportello-bench-${process.pid}.tar`));
  const database = await createTestDatabase(databaseUrl, template);
  try {
    const data = await seedReads(database, SIZES);

    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      OUTBOX_POLL_MS: '0',
      JWT_PRIVATE_KEY: generateKeyPairSync('ed25519')
        .privateKey.export({ type: 'pkcs8', format: 'pem' })
        .toString(),
    });
    const tokens = new TokenService({
      privateKeyPem: config.JWT_PRIVATE_KEY!,
      issuer: config.JWT_ISSUER,
      audience: config.JWT_AUDIENCE,
      accessTokenTtlSeconds: 3600,
    });
    const instance = (planNestedReads: boolean) =>
      buildApp({
        config,
        database,
        tokens,
        mailer: createMailer({ from: config.MAIL_FROM, log: pino({ level: 'silent' }) }),
        aliasKey: deriveAliasKey(config.JWT_PRIVATE_KEY!),
        planNestedReads,
      });
    const apps = { planner: await instance(true), loaders: await instance(false) };
    const token = await login(apps.planner, 'admin.rete@demo.sportellolavoro.it');

    console.log(`\n${RUNS} runs each after ${WARM_UP} to warm up (JIT on), times in ms:\n`);
    console.log('query'.padEnd(58), 'planner p50/p95', '  loaders p50/p95', '  p50 ratio');
    for (const [name, { query, variables }] of Object.entries(QUERIES)) {
      const timings: Record<string, number[]> = {};
      for (const [kind, app] of Object.entries(apps)) {
        const times: number[] = [];
        for (let i = 0; i < WARM_UP + RUNS; i++) {
          const vacancyId = data.vacancyIds[i % data.vacancyIds.length]!;
          const started = process.hrtime.bigint();
          const result = await graphql(app, query, variables(vacancyId), token);
          const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
          if (result.errors) throw new Error(`${kind}: ${JSON.stringify(result.errors)}`);
          if (i >= WARM_UP) times.push(elapsed);
        }
        timings[kind] = times.sort((a, b) => a - b);
      }
      const [planner, loaders] = [timings.planner!, timings.loaders!];
      const cell = (t: number[]) =>
        `${percentile(t, 0.5).toFixed(1)} / ${percentile(t, 0.95).toFixed(1)}`.padStart(15);
      const ratio = percentile(loaders, 0.5) / percentile(planner, 0.5);
      console.log(name.padEnd(58), cell(planner), ' ', cell(loaders), `  ${ratio.toFixed(2)}x`);
    }
    await apps.planner.close();
    await apps.loaders.close();
  } finally {
    await database.destroy();
    await dropTemplate(databaseUrl, template);
  }
}

async function graphql(app: App, query: string, variables: Record<string, unknown>, token?: string) {
  const response = await app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    payload: JSON.stringify({ query, variables }),
  });
  return response.json() as { data?: unknown; errors?: unknown[] };
}

async function login(app: App, email: string): Promise<string> {
  const result = (await graphql(
    app,
    'mutation($input: LoginInput!) { login(input: $input) { session { accessToken } } }',
    { input: { email, password: DEMO_PASSWORD } },
  )) as { data?: { login: { session: { accessToken: string } | null } } };
  const session = result.data?.login.session;
  if (!session) throw new Error(`login failed: ${JSON.stringify(result)}`);
  return session.accessToken;
}

(process.argv.includes('--peers') ? comparePeers() : main()).catch((error) => {
  console.error(error);
  process.exit(1);
});
