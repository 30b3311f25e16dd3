/**
 * `pnpm bench:reads -- --peers`: this API against PostGraphile 4 (no authorization at all) and the
 * floor (one hand-written statement per question, PostgreSQL's JSON sent as it is) on the same
 * PostgreSQL database and generated data, each server in a process of its own.
 *
 * First a counting pass, through a proxy that counts the statements each server sends to
 * PostgreSQL, which also checks that the three answer with the same data. Then the servers are
 * started again without the proxy and loaded in interleaved rounds: in each round every question is
 * asked of every server (in a rotating order) by BENCH_CONCURRENCY clients for BENCH_ROUND_SECONDS.
 * Ratios are medians of the per-round ratios. The last line printed is one JSON object.
 */
import { generateKeyPairSync } from 'node:crypto';
import { Agent } from 'node:http';
import { isDeepStrictEqual } from 'node:util';
import { DEMO_PASSWORD } from '@sportello/api/dist/demo-seed.js';
import { createTemplate, createTestDatabase, dropTemplate } from '@sportello/db/testing';
import { sql } from 'drizzle-orm';
import { send } from './http-post.js';
import { type LoadResult, load, type Target } from './peers/load.js';
import {
  QUESTIONS as ALL_QUESTIONS,
  POSTGRAPHILE_SEARCH_FUNCTION,
  type Question,
} from './peers/questions.js';
import {
  installPostgraphile,
  type Server,
  startApi,
  startFloor,
  startPostgraphile,
} from './peers/servers.js';
import { statementCounter } from './peers/statement-counter.js';
import { seedReads } from './reads-seed.js';

const size = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const SIZES = {
  citizens: size('BENCH_CITIZENS', 1000),
  vacancies: size('BENCH_VACANCIES', 50),
  applicationsPerVacancy: size('BENCH_APPLICATIONS_PER_VACANCY', 50),
  skills: size('BENCH_SKILLS', 5),
};
const ROUNDS = size('BENCH_ROUNDS', 5);
const ROUND_MS = size('BENCH_ROUND_SECONDS', 3) * 1000;
const CONCURRENCY = size('BENCH_CONCURRENCY', 8);
const COUNTED_REQUESTS = 5;
/** `BENCH_ONLY`: ask only the questions whose name contains it (to profile one). */
const QUESTIONS = ALL_QUESTIONS.filter((question) => question.name.includes(process.env.BENCH_ONLY ?? ''));

const PEERS = ['api', 'postgraphile', 'floor'] as const;
type Peer = (typeof PEERS)[number];
type Servers = Record<Peer, Server>;

interface Seeded {
  vacancyIds: string[];
  networkId: string;
}

function targets(question: Question, servers: Servers, data: Seeded, token: string) {
  const ids = data.vacancyIds;
  const target = (
    server: Server,
    path: string,
    headers: Record<string, string>,
    body: (id: string) => unknown,
  ) => ({
    port: server.port,
    path,
    headers,
    bodies: ids.map((id) => JSON.stringify(body(id))),
  });
  return {
    api: target(
      servers.api,
      '/graphql',
      question.anonymous ? {} : { authorization: `Bearer ${token}` },
      (id) => ({
        query: question.api.query,
        variables: question.api.variables(id),
      }),
    ),
    postgraphile: target(servers.postgraphile, '/graphql', {}, (id) => ({
      query: question.postgraphile.query,
      variables: question.postgraphile.variables(id, data.networkId),
    })),
    floor: target(servers.floor, `/${ALL_QUESTIONS.indexOf(question)}`, {}, (id) => ({
      vacancyId: id,
      networkId: data.networkId,
    })),
  } satisfies Record<Peer, Target>;
}

/** The three servers, each on its connection string; if one fails to start, the others are stopped. */
async function startAll(urls: Record<Peer, string>, jwtKey: string): Promise<Servers> {
  const started = await Promise.allSettled([
    startApi(urls.api, jwtKey),
    startPostgraphile(urls.postgraphile),
    startFloor(urls.floor),
  ]);
  const failed = started.find((result) => result.status === 'rejected');
  if (failed) {
    await Promise.all(started.map((result) => (result.status === 'fulfilled' ? result.value.stop() : null)));
    throw failed.reason;
  }
  const [api, postgraphile, floor] = started.map(
    (result) => (result as PromiseFulfilledResult<Server>).value,
  );
  return { api: api!, postgraphile: postgraphile!, floor: floor! };
}

const stopAll = (servers: Servers) => Promise.all(Object.values(servers).map((server) => server.stop()));

async function login(port: number): Promise<string> {
  const agent = new Agent();
  const response = await send(
    agent,
    { port, path: '/graphql', headers: {} },
    JSON.stringify({
      query: 'mutation($input: LoginInput!) { login(input: $input) { session { accessToken } } }',
      variables: { input: { email: 'admin.rete@demo.sportellolavoro.it', password: DEMO_PASSWORD } },
    }),
  );
  agent.destroy();
  const token = JSON.parse(response.body).data?.login.session?.accessToken;
  if (!token) throw new Error(`login failed: ${response.body}`);
  return token;
}

/** Where two answers first differ, for the report. */
function firstDifference(a: unknown, b: unknown, path = ''): string {
  if (isDeepStrictEqual(a, b)) return '';
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = firstDifference((a as never)[key], (b as never)[key], `${path}.${key}`);
      if (found) return found;
    }
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 120)} vs ${JSON.stringify(b)?.slice(0, 120)}`;
}

interface Counted {
  statements: Record<Peer, number>;
  identical: boolean;
}

/** Statements per request of each server, and whether the three answer with the same data. */
async function countAndCompare(databaseUrl: string, jwtKey: string, data: Seeded) {
  const pg = new URL(databaseUrl);
  const counters = await Promise.all(
    PEERS.map(() => statementCounter({ host: pg.hostname, port: Number(pg.port || 5432) })),
  );
  const proxied = (peer: number) => {
    const through = new URL(databaseUrl);
    through.hostname = '127.0.0.1';
    through.port = String(counters[peer]!.port);
    return through.toString();
  };
  const servers = await startAll(
    { api: proxied(0), postgraphile: proxied(1), floor: proxied(2) },
    jwtKey,
  ).catch(async (error) => {
    await Promise.all(counters.map((counter) => counter.close()));
    throw error;
  });
  const token = await login(servers.api.port);
  const results: Counted[] = [];
  const agent = new Agent({ keepAlive: true });
  try {
    for (const question of QUESTIONS) {
      const asked = targets(question, servers, data, token);
      const answers = {} as Record<Peer, unknown>;
      const statements = {} as Record<Peer, number>;
      for (const [i, peer] of PEERS.entries()) {
        const target = asked[peer];
        // Warm up (JIT, prepared statements), then count.
        for (let n = 0; n < 3; n++) await send(agent, target, target.bodies[n]!);
        const before = counters[i]!.statements();
        for (let n = 0; n < COUNTED_REQUESTS; n++) {
          const response = await send(agent, target, target.bodies[n]!);
          const parsed = JSON.parse(response.body);
          if (response.status !== 200 || parsed.errors)
            throw new Error(`${peer}: ${response.body.slice(0, 500)}`);
          if (n === 0) answers[peer] = parsed.data;
        }
        statements[peer] = (counters[i]!.statements() - before) / COUNTED_REQUESTS;
      }
      const ours = question.normalise ? question.normalise(answers.api) : answers.api;
      const differences = (['postgraphile', 'floor'] as const)
        .map((peer) => [peer, firstDifference(ours, question.fromPeer(answers[peer]))] as const)
        .filter(([, difference]) => difference);
      for (const [peer, difference] of differences)
        console.log(`  ${question.name}: ${peer} differs at ${difference}`);
      results.push({ statements, identical: differences.length === 0 });
    }
  } finally {
    agent.destroy();
    await stopAll(servers);
    await Promise.all(counters.map((counter) => counter.close()));
  }
  return results;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

async function measure(databaseUrl: string, jwtKey: string, data: Seeded) {
  const servers = await startAll({ api: databaseUrl, postgraphile: databaseUrl, floor: databaseUrl }, jwtKey);
  const token = await login(servers.api.port);
  const rounds: Record<Peer, LoadResult>[][] = QUESTIONS.map(() => []);
  try {
    const asked = QUESTIONS.map((question) => targets(question, servers, data, token));
    console.log('Warming up...');
    for (const byPeer of asked) for (const peer of PEERS) await load(byPeer[peer], CONCURRENCY, 1500);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [index, byPeer] of asked.entries()) {
        const results = {} as Record<Peer, LoadResult>;
        for (let turn = 0; turn < PEERS.length; turn++) {
          const peer = PEERS[(round + turn) % PEERS.length]!;
          results[peer] = await load(byPeer[peer], CONCURRENCY, ROUND_MS);
        }
        rounds[index]!.push(results);
      }
      // Each round's req/s, question by question (this API / PostGraphile / floor): how much they move.
      const figures = rounds.map((byQuestion) => {
        const results = byQuestion[round]!;
        return PEERS.map((peer) => results[peer].rps.toFixed(0)).join('/');
      });
      console.log(`round ${round + 1}/${ROUNDS}: ${figures.join(', ')}`);
    }
  } finally {
    await stopAll(servers);
  }
  return rounds;
}

export async function comparePeers() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl)
    throw new Error('--peers needs PostgreSQL: set DATABASE_URL (PostGraphile cannot use PGlite).');
  installPostgraphile();
  console.log('Seeding PostgreSQL:', SIZES);
  const template = await createTemplate(databaseUrl, '');
  const database = await createTestDatabase(databaseUrl, template);
  try {
    const seeded = await seedReads(database, SIZES);
    await database.db.execute(sql.raw(POSTGRAPHILE_SEARCH_FUNCTION));
    // As autovacuum would have after the seeding: visibility map set, so every server's counts
    // read only the index, and no vacuum starts in the middle of the rounds.
    await database.db.execute(sql`vacuum (analyze)`);
    const jwtKey = generateKeyPairSync('ed25519')
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString();
    const url = database.url!;

    console.log('Counting statements and comparing answers...');
    const counted = await countAndCompare(url, jwtKey, seeded);
    console.log(
      `Loading: ${ROUNDS} interleaved rounds of ${ROUND_MS / 1000} s per question and server, ${CONCURRENCY} concurrent clients`,
    );
    const rounds = await measure(url, jwtKey, seeded);
    report(counted, rounds);
  } finally {
    await database.destroy();
    await dropTemplate(databaseUrl, template);
  }
}

function report(counted: Counted[], rounds: Record<Peer, LoadResult>[][]) {
  const summary = QUESTIONS.map((question, index) => {
    const perRound = rounds[index]!;
    const of = (peer: Peer) => {
      const latencies = perRound.flatMap((round) => round[peer].latencies).sort((a, b) => a - b);
      const requests = perRound.reduce((sum, round) => sum + round[peer].requests, 0);
      return {
        rps: median(perRound.map((round) => round[peer].rps)),
        p50: percentile(latencies, 0.5),
        p95: percentile(latencies, 0.95),
        bytes: perRound.reduce((sum, round) => sum + round[peer].bytes, 0) / requests,
        statements: counted[index]!.statements[peer],
      };
    };
    const ratio = (peer: Peer) => median(perRound.map((round) => round.api.rps / round[peer].rps));
    return {
      question,
      peers: { api: of('api'), postgraphile: of('postgraphile'), floor: of('floor') },
      vsPostgraphile: ratio('postgraphile'),
      vsFloor: ratio('floor'),
      identical: counted[index]!.identical,
    };
  });

  const names: Record<Peer, string> = {
    api: 'this API',
    postgraphile: 'PostGraphile 4',
    floor: 'floor (1 SQL)',
  };
  console.log(
    `\n${'question / server'.padEnd(50)}${['req/s', 'p50 ms', 'p95 ms', 'bytes', 'SQL/req'].map((h) => h.padStart(9)).join('')}`,
  );
  for (const { question, peers, vsPostgraphile, vsFloor, identical } of summary) {
    console.log(question.name);
    for (const peer of PEERS) {
      const p = peers[peer];
      const cells = [
        p.rps.toFixed(0),
        p.p50.toFixed(1),
        p.p95.toFixed(1),
        p.bytes.toFixed(0),
        p.statements.toFixed(1),
      ];
      console.log(`  ${names[peer].padEnd(48)}${cells.map((c) => c.padStart(9)).join('')}`);
    }
    console.log(
      `  this API / PostGraphile ${vsPostgraphile.toFixed(2)}x, / floor ${vsFloor.toFixed(2)}x; same data: ${identical ? 'yes' : 'NO'}`,
    );
  }
  const round2 = (value: number) => Math.round(value * 100) / 100;
  console.log(
    JSON.stringify({
      questions: summary.map(({ question, peers, vsPostgraphile, vsFloor, identical }) => ({
        name: question.name,
        rps: round2(peers.api.rps),
        postgraphile_rps: round2(peers.postgraphile.rps),
        floor_rps: round2(peers.floor.rps),
        vs_postgraphile: round2(vsPostgraphile),
        vs_floor: round2(vsFloor),
        identical,
      })),
    }),
  );
}
