/**
 * The matching benchmark at scale, on PostgreSQL:
 *
 *   pnpm bench:matching -- --cvs 1000000 [--vacancies 100000] [--queries 200] [--regenerate]
 *
 * Generates the data into a database of its own (`sportello_bench` next to DATABASE_URL's, kept
 * for the next run of the same size), loads the matching index the way the API does, then runs a
 * rotating mix of vacancies and citizens, broad and rare profiles, through the engine and through
 * the plain-PostgreSQL peer, checking that both return the same top 50. The last line printed is
 * one JSON object with the figures.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { createSpecialCategoryService } from '@sportello/api/dist/modules/citizens/special-categories.js';
import { createMatchingIndexer } from '@sportello/api/dist/modules/matching/indexer.js';
import { createMatchingSource } from '@sportello/api/dist/modules/matching/source.js';
import { createDb, loadReferenceData } from '@sportello/db';
import { dayNumber, type Match } from '@sportello/matching';
import { pino } from 'pino';
import postgres from 'postgres';
import { generate, generated, recordGenerateTime } from './matching-data.js';
import { SqlPeer } from './matching-peer.js';

const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    cvs: { type: 'string', default: '100000' },
    vacancies: { type: 'string' },
    queries: { type: 'string', default: '200' },
    regenerate: { type: 'boolean', default: false },
  },
});
const K = 50;
const WARM_UP = 10;
const DATABASE = 'sportello_bench';
const sizes = {
  cvs: Number(args.cvs),
  vacancies: Number(args.vacancies ?? Math.max(1, Math.round(Number(args.cvs) / 10))),
};
const QUERIES = Number(args.queries);

const log = (line: string) => console.log(line);
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
};
const round = (n: number, digits = 2) => Number(n.toFixed(digits));
const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

function databaseUrl(name: string): string {
  const url = new URL(process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres');
  url.pathname = `/${name}`;
  return url.toString();
}

/** Generates the data unless this size is already there; returns the generation time in seconds. */
async function prepareDatabase(): Promise<number> {
  const existing = postgres(databaseUrl(DATABASE), { max: 1, onnotice: () => {} });
  const found = await generated(existing).catch(() => null);
  await existing.end();
  if (!args.regenerate && found?.cvs === sizes.cvs && found.vacancies === sizes.vacancies) {
    log(`Reusing database ${DATABASE} (${sizes.cvs} CVs, ${sizes.vacancies} vacancies)`);
    // Kept data meets the schema of the code under test.
    const handle = await createDb({ databaseUrl: databaseUrl(DATABASE), poolSize: 1 });
    await handle.migrate();
    await handle.close();
    return found.generateS;
  }
  const admin = postgres(databaseUrl('postgres'), { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${DATABASE} with (force)`);
  await admin.unsafe(`create database ${DATABASE}`);
  await admin.end();
  const handle = await createDb({ databaseUrl: databaseUrl(DATABASE), poolSize: 2 });
  await handle.migrate();
  await loadReferenceData(handle.db);
  await handle.close();
  const sql = postgres(databaseUrl(DATABASE), { max: 1, onnotice: () => {} });
  const started = performance.now();
  log(`Generating ${sizes.cvs} CVs and ${sizes.vacancies} vacancies in ${DATABASE}`);
  await generate(sql, sizes, log);
  const seconds = (performance.now() - started) / 1000;
  await recordGenerateTime(sql, seconds);
  await sql.end();
  log(`Generated in ${round(seconds, 1)} s`);
  return seconds;
}

/**
 * CPU-seconds the machine's cores have been busy, all processes together (Linux's /proc/stat; null
 * elsewhere): with the loading process's own CPU time, it splits the index load between the API and
 * PostgreSQL.
 */
function machineBusySeconds(): number | null {
  try {
    const [user, nice, system, , , irq, softirq] = readFileSync('/proc/stat', 'utf8')
      .split('\n', 1)[0]!
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    // The kernel counts in USER_HZ ticks, 100 per second on every Linux architecture Node runs on.
    return (user! + nice! + system! + irq! + softirq!) / 100;
  } catch {
    return null;
  }
}

function memory() {
  global.gc?.();
  const m = process.memoryUsage();
  return { rss: m.rss, held: m.heapUsed + m.arrayBuffers };
}

/** Every `step`-th item of a list, `count` in all. */
function spread<T>(items: T[], count: number): T[] {
  if (items.length <= count) return items;
  const step = items.length / count;
  return Array.from({ length: count }, (_, i) => items[Math.floor(i * step)]!);
}

/** Half from the most common occupations, half from the rarest. */
function broadAndRare<T>(items: T[], popularity: (item: T) => number, count: number): T[] {
  const sorted = [...items].sort((a, b) => popularity(b) - popularity(a));
  const quarter = Math.max(1, Math.floor(sorted.length / 4));
  return [...spread(sorted.slice(0, quarter), count / 2), ...spread(sorted.slice(-quarter), count / 2)];
}

const same = (a: Match[], b: Match[]) =>
  a.length === b.length && a.every((m, i) => m.key === b[i]!.key && m.score === b[i]!.score);

async function main() {
  const generateS = await prepareDatabase();
  const handle = await createDb({ databaseUrl: databaseUrl(DATABASE), poolSize: 4 });
  const logger = pino({ level: 'silent' }) as unknown as Parameters<typeof createMatchingIndexer>[0]['log'];
  const source = createMatchingSource(handle.db, createSpecialCategoryService(handle.db));
  const indexer = createMatchingIndexer({ db: handle.db, source, log: logger });

  const before = memory();
  const busyBefore = machineBusySeconds();
  const cpuBefore = process.cpuUsage();
  let started = performance.now();
  const { index, vocabulary, builtOn } = await indexer.current();
  const loadS = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const loadCpuS = (cpu.user + cpu.system) / 1e6;
  const busyAfter = machineBusySeconds();
  const loadBusyS = busyBefore === null || busyAfter === null ? null : busyAfter - busyBefore;
  const after = memory();
  log(`Index loaded: ${index.cvCount} CVs, ${index.vacancyCount} vacancies in ${round(loadS, 1)} s,`);
  log(
    `  ${round(loadCpuS, 1)} CPU-seconds in this process, ${loadBusyS === null ? 'unknown' : round(loadBusyS, 1)} on the whole machine`,
  );
  log(`  ${mb(after.held - before.held)} MiB held by the index, process RSS ${mb(after.rss)} MiB`);

  const sql = postgres(databaseUrl(DATABASE), { max: 1, onnotice: () => {} });
  const cvKeys = (await sql<{ id: string }[]>`select citizen_id::text as id from cvs`).map((r) => r.id);
  const vacancyKeys = (await sql<{ id: string }[]>`select id::text as id from vacancies`).map((r) => r.id);
  const peer = new SqlPeer(sql, vocabulary.ref);
  started = performance.now();
  await peer.load(
    (function* () {
      for (const key of cvKeys) yield index.cv(key)!;
    })(),
    (function* () {
      for (const key of vacancyKeys) yield index.vacancy(key)!;
    })(),
  );
  log(`Peer's profile tables written in ${round((performance.now() - started) / 1000, 1)} s`);

  const today = dayNumber(builtOn);
  const q = { k: K, today };
  const cvsByOccupation = new Map<number, number>();
  const vacanciesByOccupation = new Map<number, number>();
  for (const key of cvKeys)
    for (const o of index.cv(key)!.occupations) cvsByOccupation.set(o, (cvsByOccupation.get(o) ?? 0) + 1);
  const liveVacancies = vacancyKeys
    .map((key) => index.vacancy(key)!)
    .filter((v) => v.published && v.expiresDay >= today);
  for (const v of liveVacancies)
    vacanciesByOccupation.set(v.occupation, (vacanciesByOccupation.get(v.occupation) ?? 0) + 1);
  const queryVacancies = broadAndRare(liveVacancies, (v) => cvsByOccupation.get(v.occupation) ?? 0, QUERIES);
  const queryCvs = broadAndRare(
    spread(cvKeys, 20_000)
      .map((key) => index.cv(key)!)
      .filter((cv) => cv.sharesCv && cv.active),
    (cv) => vacanciesByOccupation.get(cv.occupations[0] ?? -1) ?? 0,
    QUERIES,
  );

  const time = async <T>(run: () => T | Promise<T>) => {
    const t = performance.now();
    const result = await run();
    return { result, ms: performance.now() - t };
  };
  const figures = {
    vacancy: { engine: [] as number[], peer: [] as number[] },
    citizen: { engine: [] as number[], peer: [] as number[] },
  };
  let identical = true;
  let mismatches = 0;
  for (let i = 0; i < WARM_UP; i++) {
    index.topCitizens(queryVacancies[i % queryVacancies.length]!, q);
    index.topVacancies(queryCvs[i % queryCvs.length]!, q);
    await peer.topCitizens(queryVacancies[i % queryVacancies.length]!, K);
    await peer.topVacancies(queryCvs[i % queryCvs.length]!, K, today);
  }
  const rounds = Math.max(queryVacancies.length, queryCvs.length);
  for (let i = 0; i < rounds; i++) {
    const vacancy = queryVacancies[i % queryVacancies.length]!;
    const cv = queryCvs[i % queryCvs.length]!;
    const engineCitizens = await time(() => index.topCitizens(vacancy, q));
    const peerCitizens = await time(() => peer.topCitizens(vacancy, K));
    const engineVacancies = await time(() => index.topVacancies(cv, q));
    const peerVacancies = await time(() => peer.topVacancies(cv, K, today));
    figures.vacancy.engine.push(engineCitizens.ms);
    figures.vacancy.peer.push(peerCitizens.ms);
    figures.citizen.engine.push(engineVacancies.ms);
    figures.citizen.peer.push(peerVacancies.ms);
    for (const [engine, sqlTop, what] of [
      [engineCitizens.result, peerCitizens.result, `vacancy ${vacancy.key}`],
      [engineVacancies.result, peerVacancies.result, `citizen ${cv.key}`],
    ] as const) {
      if (same(engine, sqlTop)) continue;
      identical = false;
      if (mismatches++ < 3) {
        const at = engine.findIndex((m, j) => m.key !== sqlTop[j]?.key || m.score !== sqlTop[j]?.score);
        log(
          `Different top ${K} for ${what} at rank ${at}: engine ${JSON.stringify(engine[at])}, SQL ${JSON.stringify(sqlTop[at])}`,
        );
      }
    }
  }

  const row = (label: string, values: number[]) =>
    `${label.padEnd(34)} ${round(percentile(values, 0.5)).toString().padStart(10)} ${round(percentile(values, 0.95)).toString().padStart(10)}`;
  log(`\n${'top 50'.padEnd(34)} ${'p50 ms'.padStart(10)} ${'p95 ms'.padStart(10)}`);
  log(row('citizens for a vacancy, engine', figures.vacancy.engine));
  log(row('citizens for a vacancy, PostgreSQL', figures.vacancy.peer));
  log(row('vacancies for a citizen, engine', figures.citizen.engine));
  log(row('vacancies for a citizen, PostgreSQL', figures.citizen.peer));
  log(
    `${rounds} rounds of ${queryVacancies.length} vacancies and ${queryCvs.length} citizens (half broad, half rare); identical: ${identical}`,
  );

  const engineAll = [...figures.vacancy.engine, ...figures.citizen.engine];
  const peerAll = [...figures.vacancy.peer, ...figures.citizen.peer];
  const p50 = (values: number[]) => round(percentile(values, 0.5));
  const p95 = (values: number[]) => round(percentile(values, 0.95));
  const speedup = (peerTimes: number[], engineTimes: number[]) =>
    round(percentile(peerTimes, 0.95) / percentile(engineTimes, 0.95), 1);
  let cvSkills = 0;
  for (const key of cvKeys) cvSkills += index.cv(key)!.skills.length;
  let vacancySkills = 0;
  for (const key of vacancyKeys) {
    const v = index.vacancy(key)!;
    vacancySkills += v.essentialSkills.length + v.optionalSkills.length;
  }
  await sql.end();
  await indexer.stop();
  await handle.close();
  console.log(
    JSON.stringify({
      cvs: index.cvCount,
      vacancies: index.vacancyCount,
      queries: { vacancies: queryVacancies.length, citizens: queryCvs.length },
      skills_per_cv: round(cvSkills / cvKeys.length, 1),
      skills_per_vacancy: round(vacancySkills / vacancyKeys.length, 1),
      generate_s: round(generateS, 1),
      index_load_s: round(loadS, 1),
      index_load_cpu_s: round(loadCpuS, 1),
      index_load_machine_busy_s: loadBusyS === null ? null : round(loadBusyS, 1),
      index_mib: mb(after.held - before.held),
      rss_mib: mb(after.rss),
      engine_p50_ms: p50(engineAll),
      engine_p95_ms: p95(engineAll),
      peer_p50_ms: p50(peerAll),
      peer_p95_ms: p95(peerAll),
      speedup: speedup(peerAll, engineAll),
      speedup_vacancy_to_citizens: speedup(figures.vacancy.peer, figures.vacancy.engine),
      speedup_citizen_to_vacancies: speedup(figures.citizen.peer, figures.citizen.engine),
      vacancy_to_citizens: {
        engine_p50_ms: p50(figures.vacancy.engine),
        engine_p95_ms: p95(figures.vacancy.engine),
        peer_p50_ms: p50(figures.vacancy.peer),
        peer_p95_ms: p95(figures.vacancy.peer),
      },
      citizen_to_vacancies: {
        engine_p50_ms: p50(figures.citizen.engine),
        engine_p95_ms: p95(figures.citizen.engine),
        peer_p50_ms: p50(figures.citizen.peer),
        peer_p95_ms: p95(figures.citizen.peer),
      },
      identical,
      // The machine is shared: figures taken under load are not comparable with quiet ones.
      load_average: round(loadavg()[0]!, 1),
    }),
  );
}

await main();
