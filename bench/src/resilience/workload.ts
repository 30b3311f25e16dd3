/**
 * The load and soak workload: virtual users of the three portals, each sending the portal's own
 * GraphQL operations (its persisted documents) one after the other with a think time between them,
 * against a database of its own on the local PostgreSQL and the built API as a separate process.
 */
import { randomUUID } from 'node:crypto';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { statementCounter } from '../peers/statement-counter.js';
import {
  type ApiProcess,
  graphql,
  percentile,
  portalOperations,
  printTable,
  type SeededNetwork,
  seedNetwork,
  signingKeyPem,
  sleep,
  startApi,
  startSmtpReceiver,
  tokenIssuer,
} from './common.js';

type Portal = 'citizen' | 'company' | 'operator';

interface Operation {
  portal: Portal;
  name: string;
  weight: number;
  write?: boolean;
  variables: (vu: VirtualUser) => Record<string, unknown>;
}

interface VirtualUser {
  index: number;
  /** The API instance this user's requests go to (round-robin by user, as a load balancer would). */
  apiUrl: string;
  portal: Portal;
  userId: string;
  token: string;
  cvRevision: number;
}

const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)]!;

function operations(network: SeededNetwork): Operation[] {
  const vacancy = () => pick(network.vacancyIds);
  return [
    // Citizens: their CV (read and save), vacancies that match them, a vacancy, candidatures.
    { portal: 'citizen', name: 'CvPage_MyCvQuery', weight: 20, variables: () => ({}) },
    {
      portal: 'citizen',
      name: 'MatchingVacanciesPage_MatchesQuery',
      weight: 15,
      variables: () => ({ first: 20 }),
    },
    { portal: 'citizen', name: 'ApplyPage_VacancyQuery', weight: 15, variables: () => ({ id: vacancy() }) },
    {
      portal: 'citizen',
      name: 'MyApplicationsPage_ApplicationsQuery',
      weight: 10,
      variables: () => ({ first: 20 }),
    },
    { portal: 'citizen', name: 'Notifications_UnreadQuery', weight: 10, variables: () => ({}) },
    { portal: 'citizen', name: 'Colloqui_AvailableSlotsQuery', weight: 5, variables: () => ({ first: 20 }) },
    {
      portal: 'citizen',
      name: 'CvPage_SaveCvMutation',
      weight: 8,
      write: true,
      variables: (vu) => ({
        input: {
          headline: `Revisione ${++vu.cvRevision}`,
          summary: 'Curriculum salvato dalla prova di carico.',
          soughtOccupationUris: [],
          experiences: [],
          education: [],
          languages: [],
          certifications: [],
        },
      }),
    },
    {
      portal: 'citizen',
      name: 'ApplyPage_ApplyMutation',
      weight: 4,
      write: true,
      variables: () => ({ vacancyId: vacancy(), coverLetter: `Candidatura di prova ${randomUUID()}` }),
    },
    // Companies: their vacancies, one vacancy, its candidatures, suggested candidates.
    {
      portal: 'company',
      name: 'VacanciesPage_CompanyVacanciesQuery',
      weight: 30,
      variables: () => ({ first: 20 }),
    },
    { portal: 'company', name: 'VacancyPage_VacancyQuery', weight: 20, variables: () => ({ id: vacancy() }) },
    {
      portal: 'company',
      name: 'VacancyPage_ApplicationsQuery',
      weight: 35,
      variables: () => ({ id: vacancy(), first: 20 }),
    },
    {
      portal: 'company',
      name: 'SuggestedCandidates_MatchesQuery',
      weight: 15,
      variables: () => ({ id: vacancy(), first: 10 }),
    },
    // Operators: the day's list, citizens, a citizen's page, the caseload, the network's vacancies.
    { portal: 'operator', name: 'TodayPage_TodayQuery', weight: 15, variables: () => ({}) },
    { portal: 'operator', name: 'CitizensPage_CitizensQuery', weight: 20, variables: () => ({ first: 20 }) },
    {
      portal: 'operator',
      name: 'CitizenPage_CitizenQuery',
      weight: 30,
      variables: () => ({ id: pick(network.citizenIds) }),
    },
    { portal: 'operator', name: 'CaseloadPage_CaseloadQuery', weight: 15, variables: () => ({}) },
    {
      portal: 'operator',
      name: 'VacanciesPage_NetworkVacanciesQuery',
      weight: 20,
      variables: () => ({ first: 20 }),
    },
  ];
}

export interface Sample {
  name: string;
  ms: number;
  error?: string;
  at: number;
}

export interface Environment {
  apis: ApiProcess[];
  /** Statements the API instances have run so far, when prepared with `countStatements`. */
  statements?: () => number;
  network: SeededNetwork;
  users: VirtualUser[];
  operations: Operation[];
  stop(): Promise<void>;
}

/** API instances by default: one per CPU core (a Node process runs JavaScript on one core), at least 2. */
export const defaultInstances = () => Math.max(2, availableParallelism());

/**
 * A database of its own on the server of DATABASE_URL (default: the local PostgreSQL), seeded,
 * and `instances` API processes on it (ports `port`, `port + 1`, ...), each with a pool of
 * `poolSize`; `vus` virtual users: 70% citizens (each their own), 15% company, 15% operators,
 * spread over the instances round-robin.
 */
export async function prepare(options: {
  vus: number;
  citizens: number;
  port: number;
  instances: number;
  probeIntervalMs?: number;
  poolSize?: number;
  /** The API instances reach PostgreSQL through a proxy that counts their statements (a hop each). */
  countStatements?: boolean;
}): Promise<Environment> {
  const server = new URL(process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres');
  const name = `sportello_bench_${process.pid}`;
  const admin = postgres(server.toString(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const smtp = await startSmtpReceiver();
  const apis: ApiProcess[] = [];
  const counter = options.countStatements
    ? await statementCounter({ host: url.hostname, port: Number(url.port || 5432) })
    : null;
  const apiUrl = new URL(url);
  if (counter) {
    apiUrl.hostname = '127.0.0.1';
    apiUrl.port = String(counter.port);
  }
  const drop = async () => {
    await Promise.all(apis.map((api) => api.stop()));
    await counter?.close();
    await smtp.close();
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
  try {
    console.log(
      `Seeding ${name}: demo network, ${options.citizens} citizens with CVs, 200 vacancies, 20 candidatures each ...`,
    );
    const network = await seedNetwork(url.toString(), {
      citizens: options.citizens,
      vacancies: 200,
      slots: 2000,
      applicationsPerVacancy: 20,
    });
    const key = signingKeyPem();
    for (let i = 0; i < Math.max(1, options.instances); i++) {
      apis.push(
        await startApi({
          name: `api ${i + 1}`,
          databaseUrl: apiUrl.toString(),
          port: options.port + i,
          privateKeyPem: key,
          smtpUrl: smtp.url,
          poolSize: options.poolSize,
          probeIntervalMs: options.probeIntervalMs,
          logFile: join(tmpdir(), `sportello-bench-api-${process.pid}-${i + 1}.log`),
        }),
      );
    }
    const tokens = tokenIssuer(key, network);
    const users: VirtualUser[] = [];
    for (let index = 0; index < options.vus; index++) {
      const share = index % 20;
      const portal: Portal = share < 14 ? 'citizen' : share < 17 ? 'company' : 'operator';
      const userId =
        portal === 'citizen'
          ? network.citizenIds[index % network.citizenIds.length]!
          : portal === 'company'
            ? network.company.userId
            : network.operator.userId;
      const token =
        portal === 'citizen'
          ? await tokens.citizen(userId)
          : portal === 'company'
            ? await tokens.company()
            : await tokens.operator();
      const apiUrl = apis[index % apis.length]!.url;
      users.push({ index, apiUrl, portal, userId, token, cvRevision: 0 });
    }
    // Warm-up of every instance, not measured: the first matching question waits for the index to load.
    const citizenVu = users.find((vu) => vu.portal === 'citizen');
    const companyVu = users.find((vu) => vu.portal === 'company');
    for (const api of apis) {
      if (citizenVu) {
        await graphql(
          api.url,
          citizenVu.token,
          portalOperations('citizen')('MatchingVacanciesPage_MatchesQuery'),
          { first: 20 },
          300_000,
        );
      }
      if (companyVu) {
        const query = portalOperations('company')('SuggestedCandidates_MatchesQuery');
        await graphql(api.url, companyVu.token, query, { id: network.vacancyIds[0], first: 10 }, 300_000);
      }
    }
    return {
      apis,
      statements: counter?.statements,
      network,
      users,
      operations: operations(network),
      stop: drop,
    };
  } catch (error) {
    await drop();
    throw error;
  }
}

function portalQueries(environment: Environment) {
  const texts = {
    citizen: portalOperations('citizen'),
    company: portalOperations('company'),
    operator: portalOperations('operator'),
  };
  const byPortal = new Map<Portal, { operation: Operation; query: string }[]>();
  for (const operation of environment.operations) {
    const list = byPortal.get(operation.portal) ?? [];
    list.push({ operation, query: texts[operation.portal](operation.name) });
    byPortal.set(operation.portal, list);
  }
  return byPortal;
}

/** Sends one operation as this user; the sample's time is the whole round trip. */
async function send(vu: VirtualUser, operation: Operation, query: string): Promise<Sample> {
  const variables = operation.variables(vu);
  const started = performance.now();
  const result = await graphql(vu.apiUrl, vu.token, query, variables, 30_000);
  const ms = performance.now() - started;
  const error =
    result.status === 0
      ? `no answer (${result.failure})`
      : result.status !== 200 || result.errors?.length
        ? `${result.status} ${result.errors?.[0]?.extensions?.code ?? ''}`.trim()
        : undefined;
  return { name: operation.name, ms, error, at: Date.now() };
}

/**
 * Runs every virtual user until `until`: an operation of its portal drawn by weight, then a think
 * time drawn between 0.5 and 1.5 × `thinkMs`. Users start spread over the first `rampMs`.
 */
export async function runUsers(
  environment: Environment,
  options: { until: number; thinkMs: number; rampMs: number; onSample: (sample: Sample) => void },
) {
  const byPortal = portalQueries(environment);
  const draw = (portal: Portal) => {
    const list = byPortal.get(portal)!;
    const total = list.reduce((sum, entry) => sum + entry.operation.weight, 0);
    let r = Math.random() * total;
    for (const entry of list) {
      r -= entry.operation.weight;
      if (r < 0) return entry;
    }
    return list.at(-1)!;
  };
  await Promise.all(
    environment.users.map(async (vu, i) => {
      await sleep((options.rampMs * i) / environment.users.length);
      while (Date.now() < options.until) {
        const { operation, query } = draw(vu.portal);
        options.onSample(await send(vu, operation, query));
        await sleep(options.thinkMs * (0.5 + Math.random()));
      }
    }),
  );
}

/**
 * Each operation alone: the statements it runs (mean of `probes` requests one at a time, when the
 * environment counts them), then `concurrency` users of its portal sending it without pause for
 * `seconds`: what one operation costs, where the mix only shows what they cost together.
 */
export async function measureEach(
  environment: Environment,
  options: { concurrency: number; seconds: number; probes: number; only?: string },
) {
  const rows: (string | number)[][] = [];
  for (const [portal, entries] of portalQueries(environment)) {
    const users = environment.users.filter((vu) => vu.portal === portal).slice(0, options.concurrency);
    for (const { operation, query } of entries) {
      if (options.only && !operation.name.includes(options.only)) continue;
      let statements = '';
      if (environment.statements) {
        const before = environment.statements();
        for (let i = 0; i < options.probes; i++) await send(users[i % users.length]!, operation, query);
        statements = ((environment.statements() - before) / options.probes).toFixed(1);
      }
      const samples: Sample[] = [];
      const until = Date.now() + options.seconds * 1000;
      await Promise.all(
        users.map(async (vu) => {
          while (Date.now() < until) samples.push(await send(vu, operation, query));
        }),
      );
      const times = samples.map((s) => s.ms).sort((a, b) => a - b);
      rows.push([
        `${portal} ${operation.name}${operation.write ? ' (write)' : ''}`,
        statements,
        (samples.length / options.seconds).toFixed(1),
        percentile(times, 0.5).toFixed(1),
        percentile(times, 0.95).toFixed(1),
        samples.filter((s) => s.error).length,
      ]);
    }
  }
  printTable(['operation', 'statements', 'requests/s', 'p50 ms', 'p95 ms', 'errors'], rows);
}

/** p50/p95/p99 per operation, errors, and the totals. */
export function report(samples: Sample[], seconds: number, operationsInOrder: Operation[]) {
  const rows: (string | number)[][] = [];
  const all: number[] = [];
  let errors = 0;
  const kinds = new Map<string, number>();
  for (const operation of operationsInOrder) {
    const mine = samples.filter((s) => s.name === operation.name);
    const times = mine.map((s) => s.ms).sort((a, b) => a - b);
    const failed = mine.filter((s) => s.error);
    for (const f of failed) kinds.set(f.error!, (kinds.get(f.error!) ?? 0) + 1);
    errors += failed.length;
    all.push(...times);
    rows.push([
      `${operation.portal} ${operation.name}${operation.write ? ' (write)' : ''}`,
      mine.length,
      failed.length,
      percentile(times, 0.5).toFixed(0),
      percentile(times, 0.95).toFixed(0),
      percentile(times, 0.99).toFixed(0),
    ]);
  }
  all.sort((a, b) => a - b);
  rows.push([
    'all',
    all.length,
    errors,
    percentile(all, 0.5).toFixed(0),
    percentile(all, 0.95).toFixed(0),
    percentile(all, 0.99).toFixed(0),
  ]);
  printTable(['operation', 'requests', 'errors', 'p50 ms', 'p95 ms', 'p99 ms'], rows);
  console.log(
    `\n${(all.length / seconds).toFixed(1)} requests/s; errors: ${errors}`,
    errors ? Object.fromEntries(kinds) : '',
  );
}
