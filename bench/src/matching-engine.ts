/**
 * Micro benchmark of the pure matching engine against the exhaustive reference scorer, on data
 * generated in memory: real comuni (clustered around the demo network's member comuni) and real
 * ESCO occupations; skills are synthetic ids, to time the engine alone (`matching-bench.ts` runs it
 * on the real ESCO occupation–skill relations, loaded from PostgreSQL).
 *
 *   pnpm --filter @sportello/bench engine [-- --sizes 100000,1000000 --queries 50]
 *
 * It prints figures and checks that both return the same top 50; it asserts no time.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  type CvProfile,
  exhaustiveTopCitizens,
  exhaustiveTopVacancies,
  heldLicenceMask,
  licenceMask,
  type Match,
  MatchingIndex,
  MOTHER_TONGUE,
  type ReferenceData,
  type VacancyProfile,
} from '@sportello/matching';
import { parse } from 'csv-parse/sync';

const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    sizes: { type: 'string', default: '100000,1000000' },
    queries: { type: 'string', default: '50' },
  },
});
const K = 50;
const SKILLS = 13_000;
const MEMBER_COMUNI = [
  'Busto Garolfo',
  'Legnano',
  'Parabiago',
  'Canegrate',
  'Somma Lombardo',
  'Gavirate',
  'Varese',
];

/** mulberry32: the same data on every run. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const dataDir = new URL('../../packages/db/reference-data/', import.meta.url);
const read = (file: string) =>
  parse(readFileSync(new URL(file, dataDir)), { columns: true }) as Record<string, string>[];

const comuni = read('comuni.csv');
const occupationRows = read('esco_occupations.csv');
const members = comuni.filter((c) => MEMBER_COMUNI.includes(c.name!));
const km = (a: Record<string, string>, b: Record<string, string>) =>
  Math.hypot(
    (Number(a.latitude) - Number(b.latitude)) * 111,
    (Number(a.longitude) - Number(b.longitude)) * 78,
  );
const near = (radius: number) =>
  comuni.flatMap((c, i) => (members.some((m) => km(c, m) <= radius) ? [i] : []));
const memberIds = members.map((m) => comuni.indexOf(m));
const near30 = near(30);
const near60 = near(60);

const rnd = random(42);
const pick = <T>(a: readonly T[], r = rnd) => a[Math.floor(r() * a.length)]!;
/** Zipf-like: low indices far more often. */
const skewed = (n: number, r = rnd) => Math.floor(n * r() ** 2.5);

const skillRelated: number[][] = Array.from({ length: SKILLS }, () => []);
for (let s = 64; s < SKILLS; s++) {
  const broader = Math.floor(s / 8);
  skillRelated[s]!.push(broader);
  skillRelated[broader]!.push(s);
}
const occupationSkills = occupationRows.map(() =>
  Array.from({ length: 15 }, () => Math.floor(rnd() * SKILLS)),
);
const ref: ReferenceData = {
  comuneLatitude: Float64Array.from(comuni, (c) => Number(c.latitude)),
  comuneLongitude: Float64Array.from(comuni, (c) => Number(c.longitude)),
  occupationIsco: Int32Array.from(occupationRows, (o) => Number(o.isco_group)),
  occupationSkills,
  relatedSkills: skillRelated,
  languageCodes: ['it', 'en', 'fr', 'de', 'es', 'ro', 'ar'],
};
// The demand concentrates on a few hundred occupations, as in a local labour market.
const popular = Array.from({ length: 300 }, (_, i) => (i * 7919) % occupationRows.length);
const place = (r: () => number) => {
  const x = r();
  return x < 0.4 ? pick(memberIds, r) : x < 0.85 ? pick(near30, r) : pick(near60, r);
};
const unique = (a: number[]) => [...new Set(a)];

function cv(i: number): CvProfile {
  const r = random(1000 + i);
  const main = popular[skewed(popular.length, r)]!;
  const occupations = unique([main, ...(r() < 0.5 ? [popular[skewed(popular.length, r)]!] : [])]);
  const skills = unique(
    Array.from({ length: 6 + Math.floor(r() * 14) }, () =>
      r() < 0.7 ? pick(occupationSkills[main]!, r) : Math.floor(r() * SKILLS),
    ),
  );
  const languages = [{ language: 0, level: MOTHER_TONGUE }];
  if (r() < 0.6) languages.push({ language: 1, level: 1 + Math.floor(r() * 6) });
  if (r() < 0.15) languages.push({ language: 2 + Math.floor(r() * 5), level: 1 + Math.floor(r() * 6) });
  return {
    key: `c${(i * 2654435761) % 4294967291}`.padStart(11, '0'),
    network: 0,
    comune: place(r),
    mobilityRadiusKm: pick([5, 10, 15, 20, 30, 50], r),
    skills,
    occupations,
    experiences: Array.from({ length: Math.floor(r() * 4) }, () => ({
      occupation: r() < 0.6 ? main : popular[skewed(popular.length, r)]!,
      months: 1 + Math.floor(r() * 120),
    })),
    languages,
    eqfLevel: pick([0, 2, 3, 4, 4, 4, 5, 6, 6, 7, 8], r),
    fullTime: r() < 0.85,
    partTime: r() < 0.6,
    shifts: r() < 0.4,
    licences: heldLicenceMask(r() < 0.7 ? (r() < 0.1 ? ['C'] : ['B']) : []),
    sharesCv: r() < 0.85,
    active: r() < 0.97,
    law68Eligible: r() < 0.03,
    targetGroups: Math.floor(r() * 8),
  };
}

function vacancy(i: number): VacancyProfile {
  const r = random(9_000_000 + i);
  const occupation = popular[skewed(popular.length, r)]!;
  const remote = r() < 0.05;
  return {
    key: `v${(i * 2654435761) % 4294967291}`.padStart(11, '0'),
    network: 0,
    published: r() < 0.9,
    expiresDay: 20_500,
    comune: place(r),
    remote,
    occupation,
    essentialSkills: unique(
      Array.from({ length: 3 + Math.floor(r() * 6) }, () => pick(occupationSkills[occupation]!, r)),
    ),
    optionalSkills: unique(Array.from({ length: Math.floor(r() * 5) }, () => Math.floor(r() * SKILLS))),
    languages: r() < 0.4 ? [{ language: 1, minLevel: 2 + Math.floor(r() * 3) }] : [],
    minEqfLevel: pick([0, 0, 3, 4, 4, 6], r),
    minExperienceMonths: pick([0, 0, 6, 12, 24], r),
    partTime: r() < 0.25,
    shifts: r() < 0.2,
    licences: r() < 0.3 ? licenceMask(['B']) : 0,
    law68Reserved: r() < 0.03,
  };
}

const percentile = (times: number[], p: number) => {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const fmt = (ms: number) => ms.toFixed(1);
const same = (a: Match[], b: Match[]) =>
  a.length === b.length && a.every((m, i) => m.key === b[i]!.key && m.score === b[i]!.score);

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
}

const gc = (globalThis as { gc?: () => void }).gc;
const memory = () => {
  gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

for (const size of args.sizes.split(',').map(Number)) {
  const vacancyCount = Math.max(1000, size / 10);
  const queries = Number(args.queries);
  const before = memory();
  const index = new MatchingIndex(ref);
  const [, loadMs] = time(() => {
    for (let i = 0; i < size; i++) index.upsertCv(cv(i));
    for (let i = 0; i < vacancyCount; i++) index.upsertVacancy(vacancy(i));
  });
  const engineMb = (memory() - before) / 2 ** 20;
  const cvs = Array.from({ length: size }, (_, i) => cv(i));
  const vacancies = Array.from({ length: vacancyCount }, (_, i) => vacancy(i));
  const q = { k: K, today: 20_400 };
  const exhaustiveRuns = Math.max(3, Math.round((queries * 100_000) / size / 4));

  const directions = [
    {
      name: 'vacancy -> citizens',
      engine: (j: number) => index.topCitizens(vacancies[(j * 7) % vacancyCount]!, q),
      exhaustive: (j: number) => exhaustiveTopCitizens(cvs, vacancies[(j * 7) % vacancyCount]!, ref, q),
    },
    {
      name: 'citizen -> vacancies',
      engine: (j: number) => index.topVacancies(cvs[(j * 7919) % size]!, q),
      exhaustive: (j: number) => exhaustiveTopVacancies(vacancies, cvs[(j * 7919) % size]!, ref, q),
    },
  ];
  console.log(
    `\n${size} CVs, ${vacancyCount} vacancies: index built in ${fmt(loadMs)} ms, ${engineMb.toFixed(0)} MiB`,
  );
  for (const d of directions) {
    d.engine(0);
    const engineTimes: number[] = [];
    const results: Match[][] = [];
    for (let j = 0; j < queries; j++) {
      const [result, ms] = time(() => d.engine(j));
      engineTimes.push(ms);
      results.push(result);
    }
    const exhaustiveTimes: number[] = [];
    let identical = true;
    for (let j = 0; j < exhaustiveRuns; j++) {
      const [result, ms] = time(() => d.exhaustive(j));
      exhaustiveTimes.push(ms);
      identical &&= same(result, results[j]!);
    }
    const engineP95 = percentile(engineTimes, 95);
    const exhaustiveP95 = percentile(exhaustiveTimes, 95);
    console.log(
      `${d.name.padEnd(22)} top-${K}: engine p50 ${fmt(percentile(engineTimes, 50))} ms, p95 ${fmt(engineP95)} ms` +
        ` (${queries} queries); exhaustive p50 ${fmt(percentile(exhaustiveTimes, 50))} ms, p95 ${fmt(exhaustiveP95)} ms` +
        ` (${exhaustiveRuns} queries); ratio ${(exhaustiveP95 / engineP95).toFixed(1)}x; identical ${identical}`,
    );
  }
}
