import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MatchingIndex } from './engine.js';
import { exhaustiveTopCitizens, exhaustiveTopVacancies } from './reference.js';
import { cvArb, plainCv, plainVacancy, vacancyArb, type World, worldArb } from './test-data.js';
import { type Match, type MatchQuery, MOTHER_TONGUE } from './types.js';

const queryArb: fc.Arbitrary<MatchQuery> = fc.record(
  {
    k: fc.integer({ min: 0, max: 15 }),
    today: fc.integer({ min: 98, max: 112 }),
    radiusKm: fc.constantFrom(0, 10, 30, 80),
    minScore: fc.integer({ min: 0, max: 900 }),
    targetGroups: fc.integer({ min: 1, max: 7 }),
  },
  { requiredKeys: ['k', 'today'] },
);

/** The engine's default, and probes small enough for the test data to reach the weaker lists. */
const probeArb = fc.constantFrom(undefined, 1, 4, 16);

const ranking = (matches: Match[]) => matches.map((m) => [m.key, m.score]);

/** With `bulk`, loaded as the indexer loads: postings deferred, then listed by the clustering. */
function indexOf(
  world: World,
  { bulk = false, probeCandidates }: { bulk?: boolean; probeCandidates?: number } = {},
): MatchingIndex {
  const index = new MatchingIndex(world.ref, { probeCandidates });
  if (bulk) index.deferPostings();
  for (const cv of world.cvs) index.upsertCv(cv);
  for (const v of world.vacancies) index.upsertVacancy(v);
  if (bulk) index.clusterCvRows();
  return index;
}

function expectSameTopK(index: MatchingIndex, world: World, q: MatchQuery) {
  for (const v of world.vacancies)
    expect(ranking(index.topCitizens(v, q))).toEqual(
      ranking(exhaustiveTopCitizens(world.cvs, v, world.ref, q)),
    );
  for (const cv of world.cvs)
    expect(ranking(index.topVacancies(cv, q))).toEqual(
      ranking(exhaustiveTopVacancies(world.vacancies, cv, world.ref, q)),
    );
}

describe('the engine returns exactly the exhaustive top k', () => {
  it('on random data with the ESCO relations', () => {
    fc.assert(
      fc.property(worldArb(true), queryArb, probeArb, (world, q, probeCandidates) =>
        expectSameTopK(indexOf(world, { probeCandidates }), world, q),
      ),
      { numRuns: 300 },
    );
  });

  it('on random data without the ESCO relations (skills data missing)', () => {
    fc.assert(
      fc.property(worldArb(false), queryArb, probeArb, (world, q, probeCandidates) =>
        expectSameTopK(indexOf(world, { probeCandidates }), world, q),
      ),
      { numRuns: 150 },
    );
  });

  it('after updates and removals of CVs and vacancies, the rows clustered before, after or never', () => {
    const updatesArb = worldArb(true).chain((world) =>
      fc.record({
        world: fc.constant(world),
        changedCvs: fc.array(
          fc.oneof(
            fc.nat(60).chain((i) => cvArb(world.cvs[i]?.key ?? `cv-new-${i}`)),
            fc.nat(60).map((i) => world.cvs[i]?.key ?? 'nobody'),
          ),
          { maxLength: 15 },
        ),
        changedVacancies: fc.array(
          fc.oneof(
            fc.nat(20).chain((i) => vacancyArb(world.vacancies[i]?.key ?? `v-new-${i}`)),
            fc.nat(20).map((i) => world.vacancies[i]?.key ?? 'none'),
          ),
          { maxLength: 6 },
        ),
        cluster: fc.constantFrom('bulk', 'before', 'after', 'never'),
        q: queryArb,
        probeCandidates: probeArb,
      }),
    );
    fc.assert(
      fc.property(updatesArb, ({ world, changedCvs, changedVacancies, cluster, q, probeCandidates }) => {
        const index = indexOf(world, { bulk: cluster === 'bulk', probeCandidates });
        if (cluster === 'before') index.clusterCvRows();
        const cvs = new Map(world.cvs.map((cv) => [cv.key, cv]));
        const vacancies = new Map(world.vacancies.map((v) => [v.key, v]));
        for (const change of changedCvs) {
          if (typeof change === 'string') {
            index.removeCv(change);
            cvs.delete(change);
          } else {
            index.upsertCv(change);
            cvs.set(change.key, change);
          }
        }
        for (const change of changedVacancies) {
          if (typeof change === 'string') {
            index.removeVacancy(change);
            vacancies.delete(change);
          } else {
            index.upsertVacancy(change);
            vacancies.set(change.key, change);
          }
        }
        if (cluster === 'after') index.clusterCvRows();
        const updated = { ref: world.ref, cvs: [...cvs.values()], vacancies: [...vacancies.values()] };
        expect(index.cvCount).toBe(cvs.size);
        for (const cv of updated.cvs) expect(index.cv(cv.key)).toEqual(cv);
        for (const v of updated.vacancies) expect(index.vacancy(v.key)).toEqual(v);
        expectSameTopK(index, updated, q);
      }),
      { numRuns: 200 },
    );
  });

  it("forgets the citizens an earlier query met when it reuses that query's stamp", () => {
    // Two places 470 km apart, unrelated occupations: the vacancy in Milan meets nobody in Rome, so
    // the Roman citizens keep the mark of the first query while the stamps go round.
    const ref = {
      comuneLatitude: Float64Array.of(45.46, 41.9),
      comuneLongitude: Float64Array.of(9.19, 12.5),
      occupationIsco: Int32Array.of(1111, 9999),
      occupationSkills: [[], []],
      relatedSkills: [[], []],
      languageCodes: ['it'],
    };
    const person = (key: string, comune: number) =>
      plainCv({ key, comune, skills: [comune], occupations: [comune] });
    const job = (key: string, comune: number) =>
      plainVacancy({ key, comune, occupation: comune, essentialSkills: [comune], optionalSkills: [] });
    const cvs = [person('milano-1', 0), person('milano-2', 0), person('roma-1', 1), person('roma-2', 1)];
    const milano = job('v-milano', 0);
    const roma = job('v-roma', 1);
    const index = indexOf({ ref, cvs, vacancies: [milano, roma] }, { bulk: true });
    const q = { k: 5, today: 100, radiusKm: 10 };
    const expected = ranking(exhaustiveTopCitizens(cvs, roma, ref, q));
    expect(expected.map(([key]) => key)).toEqual(['roma-1', 'roma-2']);
    // Each gap between two queries for Rome, from none to 40 queries for Milan, lands the next on
    // the stamp of the one before for any cycle of stamps up to 41 long.
    for (let gap = 0; gap <= 40; gap++) {
      expect(ranking(index.topCitizens(roma, q))).toEqual(expected);
      for (let n = 0; n < gap; n++) index.topCitizens(milano, q);
    }
  });

  it('breaks ties by key, whatever the order of insertion', () => {
    fc.assert(
      fc.property(worldArb(true), fc.integer({ min: 1, max: 10 }), (world, k) => {
        const q = { k, today: 100 };
        const forward = indexOf(world);
        const backward = indexOf({ ...world, cvs: [...world.cvs].reverse() });
        for (const v of world.vacancies)
          expect(ranking(backward.topCitizens(v, q))).toEqual(ranking(forward.topCitizens(v, q)));
      }),
      { numRuns: 100 },
    );
  });
});

describe('ties at the bar', () => {
  it('many citizens with the same profile enter by key, whatever the order of insertion', () => {
    fc.assert(
      fc.property(
        worldArb(true),
        cvArb('template'),
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.nat(), { minLength: 30, maxLength: 30 }),
        probeArb,
        (world, template, k, order, probeCandidates) => {
          fc.pre(world.vacancies.length > 0);
          const clones = order.map((n, i) => ({
            ...template,
            sharesCv: true,
            active: true,
            key: `tie-${(n % 1000).toString().padStart(3, '0')}-${i}`,
          }));
          const tied = { ...world, cvs: clones };
          const q = { k, today: 100 };
          const index = indexOf(tied, { probeCandidates });
          for (const v of world.vacancies)
            expect(ranking(index.topCitizens(v, q))).toEqual(
              ranking(exhaustiveTopCitizens(clones, v, world.ref, q)),
            );
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('the search stops by tiers', () => {
  // Citizens mostly in the vacancy's comune, each declaring some of its skills, holding a related
  // skill for some others, and holding its occupation, one of the same ISCO group or another; half
  // of them meet every other requirement in full. The top k then fills from the first tiers with scores close to
  // the bounds, and the bar (not a minimum score) decides where the search stops.
  it('returns exactly the exhaustive top k when the bar rises above the later tiers', () => {
    fc.assert(
      fc.property(
        worldArb(true),
        fc.array(
          fc.record({
            template: cvArb('template'),
            credits: fc.oneof(
              fc.constant(Array<number>(10).fill(0)),
              fc.array(fc.nat(2), { minLength: 10, maxLength: 10 }),
            ),
            radius: fc.constantFrom(0, 5, 20, 50, 100, 500),
            occupation: fc.nat(9),
            comune: fc.option(fc.nat(11)),
            perfect: fc.boolean(),
          }),
          { minLength: 10, maxLength: 60 },
        ),
        fc.integer({ min: 1, max: 12 }),
        fc.boolean(),
        probeArb,
        (world, people, k, skillless, probeCandidates) => {
          const listed = { ...world.vacancies[0]!, published: true, law68Reserved: false };
          // Without skills, everyone can reach the bar: the last scan, comune by comune, decides.
          const v = skillless ? { ...listed, essentialSkills: [], optionalSkills: [] } : listed;
          const required = [...v.essentialSkills, ...v.optionalSkills];
          const cvs = people.map(({ template, credits, radius, occupation, comune, perfect }, i) => {
            const skills = required.flatMap((s, j) =>
              credits[j] === 2 ? [s] : credits[j] === 1 ? (world.ref.relatedSkills[s] ?? []).slice(0, 1) : [],
            );
            const occupations = [occupation % 3 === 0 ? v.occupation : occupation];
            const full = {
              mobilityRadiusKm: radius,
              experiences: occupations.map((o) => ({ occupation: o, months: 60 })),
              languages: [0, 1, 2, 3].map((language) => ({ language, level: MOTHER_TONGUE })),
              eqfLevel: 8,
              fullTime: true,
              partTime: true,
              shifts: true,
              licences: 0x7fff,
            };
            return {
              ...template,
              ...(perfect ? full : {}),
              key: `near-${((i * 7919) % 1000).toString().padStart(3, '0')}-${i}`,
              network: v.network,
              comune: comune ?? (v.comune < 0 ? template.comune : v.comune),
              sharesCv: true,
              active: true,
              skills: [...new Set([...skills, ...(perfect ? [] : template.skills)])],
              occupations,
            };
          });
          const all = [...world.cvs, ...cvs];
          const index = indexOf({ ...world, cvs: all }, { probeCandidates });
          const q = { k, today: 100 };
          expect(ranking(index.topCitizens(v, q))).toEqual(
            ranking(exhaustiveTopCitizens(all, v, world.ref, q)),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('the weaker lists of the first tier', () => {
  // The probe reads the declared skill's list (as strong as the occupation's, and shorter) and sets
  // the bar at the score of the citizen declaring it. Those of the vacancy's occupation earn the
  // same score (the skill is essential for that occupation: half credit) and win the tie by key,
  // so their list must still add its citizens, though it is read after the bar is set.
  it('still add the citizens who can tie the bar', () => {
    const ref = {
      comuneLatitude: Float64Array.of(45.6),
      comuneLongitude: Float64Array.of(8.9),
      occupationIsco: Int32Array.of(2512, 9629),
      occupationSkills: [[0], []],
      relatedSkills: [[]],
      languageCodes: ['it'],
    };
    const cvs = [
      plainCv({ key: 'b-declares-the-skill', comune: 0, skills: [0], occupations: [1] }),
      plainCv({ key: 'a-holds-the-occupation', comune: 0, skills: [], occupations: [0] }),
      plainCv({ key: 'c-holds-the-occupation', comune: 0, skills: [], occupations: [0] }),
    ];
    const v = plainVacancy({ key: 'v', comune: 0, occupation: 0, essentialSkills: [0], optionalSkills: [] });
    const index = indexOf({ ref, cvs, vacancies: [v] }, { probeCandidates: 1 });
    const q = { k: 1, today: 100 };
    expect(ranking(index.topCitizens(v, q))).toEqual([['a-holds-the-occupation', 850]]);
    expect(ranking(index.topCitizens(v, q))).toEqual(ranking(exhaustiveTopCitizens(cvs, v, ref, q)));
  });
});

describe('vacancies with more required skills than a tally counts', () => {
  // The first tier counts a citizen's declared skills in 5 bits per kind; beyond 31 the count stands
  // for all of them. Citizens declaring 20 to 40 of 40 essential and 0 to 40 of 40 optional skills,
  // alike in all else, are ranked by those counts alone.
  it('still returns exactly the exhaustive top k', () => {
    const SKILLS = 80;
    const ref = {
      comuneLatitude: Float64Array.of(45.6),
      comuneLongitude: Float64Array.of(8.9),
      occupationIsco: Int32Array.of(7221),
      occupationSkills: [[]],
      relatedSkills: Array.from({ length: SKILLS }, () => []),
      languageCodes: ['it'],
    };
    const essentialSkills = Array.from({ length: 40 }, (_, s) => s);
    const optionalSkills = Array.from({ length: 40 }, (_, s) => 40 + s);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            essential: fc.subarray(essentialSkills, { minLength: 20 }),
            optional: fc.subarray(optionalSkills),
          }),
          { minLength: 1, maxLength: 40 },
        ),
        fc.integer({ min: 1, max: 8 }),
        probeArb,
        (people, k, probeCandidates) => {
          const cvs = people.map(({ essential, optional }, i) =>
            plainCv({
              key: `many-${((i * 7919) % 1000).toString().padStart(3, '0')}-${i}`,
              comune: 0,
              skills: [...essential, ...optional],
              occupations: [0],
            }),
          );
          const v = plainVacancy({
            key: 'v-many',
            comune: 0,
            occupation: 0,
            essentialSkills,
            optionalSkills,
          });
          const index = indexOf({ ref, cvs, vacancies: [v] }, { bulk: true, probeCandidates });
          const q = { k, today: 100 };
          expect(ranking(index.topCitizens(v, q))).toEqual(ranking(exhaustiveTopCitizens(cvs, v, ref, q)));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('postings', () => {
  it('stay exact after enough changes to be rebuilt', () => {
    fc.assert(
      fc.property(
        worldArb(true),
        fc.array(fc.nat(), { minLength: 1200, maxLength: 1200 }),
        (world, picks) => {
          fc.pre(world.cvs.length > 0);
          const index = indexOf(world);
          const cvs = [...world.cvs];
          picks.forEach((pick, n) => {
            const at = pick % cvs.length;
            const cv = cvs[at]!;
            // Rotate each CV's skills and occupations so that every change leaves stale entries.
            const changed = {
              ...cv,
              skills: cv.skills.map((s) => (s + n) % 24),
              occupations: cv.occupations.map((o) => (o + 1) % 10),
            };
            cvs[at] = changed;
            index.upsertCv(changed);
          });
          expectSameTopK(index, { ...world, cvs }, { k: 5, today: 100 });
        },
      ),
      { numRuns: 10 },
    );
  });
});
