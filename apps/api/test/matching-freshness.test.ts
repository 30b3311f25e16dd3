import { users, vacancies } from '@sportello/db';
import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatchingState } from '../src/modules/matching/indexer.js';
import { DEMO } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';

const WELDER = 'http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b';
const WAREHOUSE = 'http://data.europa.eu/esco/occupation/bea705fe-06ac-4147-b8e0-6e8ac1208d8f';

let t: TestApp;
let second: FastifyInstance;
let giulia: string;

beforeAll(async () => {
  t = await startTestApp({ env: { MATCHING_POLL_MS: '200' } });
  second = await t.newInstance();
  await Promise.all([t.app.ready(), second.ready()]);
  giulia = (await t.db.select({ id: users.id }).from(users).where(eq(users.email, DEMO.citizen)))[0]!.id;
});
afterAll(async () => {
  await second?.close();
  await t?.close();
});

/** Milliseconds until the instance's index satisfies the check (fails after 5 s). */
async function timeUntil(app: FastifyInstance, check: (state: MatchingState) => boolean) {
  const start = performance.now();
  for (;;) {
    if (check(await app.matching.current())) return performance.now() - start;
    if (performance.now() - start > 5000) throw new Error('the change never reached the index');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('freshness of the matching index, polling the change feed', () => {
  it('shows a CV saved through the API in every instance within a second', async () => {
    // Both instances have built their index before the change.
    await Promise.all([
      timeUntil(t.app, (s) => s.index.cv(giulia) !== undefined),
      timeUntil(second, (s) => s.index.cv(giulia) !== undefined),
    ]);
    const token = (await t.login(DEMO.citizen)).accessToken;
    const saved = await t.gql(
      `mutation($input: CvInput!) { saveCv(input: $input) { userErrors { field } } }`,
      {
        input: {
          soughtOccupationUris: [WAREHOUSE],
          experiences: [],
          education: [],
          languages: [{ languageCode: 'it', motherTongue: true }],
          certifications: [],
        },
      },
      token,
    );
    expect(saved.data?.saveCv.userErrors).toEqual([]);
    const changed = (s: MatchingState) =>
      JSON.stringify(s.index.cv(giulia)?.occupations) ===
      JSON.stringify([s.vocabulary.occupation(WAREHOUSE)]);
    const [first, other] = await Promise.all([timeUntil(t.app, changed), timeUntil(second, changed)]);
    expect(first).toBeLessThan(1000);
    expect(other).toBeLessThan(1000);
  });

  it('shows the last of concurrent changes to a vacancy within a second', async () => {
    const [welding] = await t.db
      .select({ id: vacancies.id })
      .from(vacancies)
      .where(eq(vacancies.occupationUri, WELDER));
    await Promise.all(
      [6, 12, 18, 36].map((months) =>
        t.db.update(vacancies).set({ minExperienceMonths: months }).where(eq(vacancies.id, welding!.id)),
      ),
    );
    const [row] = await t.query<{ months: number }>(
      sql`select min_experience_months as months from vacancies where id = ${welding!.id}`,
    );
    const elapsed = await timeUntil(
      second,
      (s) => s.index.vacancy(welding!.id)?.minExperienceMonths === row!.months,
    );
    expect(elapsed).toBeLessThan(1000);
  });

  // Change ids come from a sequence: a transaction can commit after one that took a later id.
  it.skipIf(!process.env.DATABASE_URL)('applies a change that commits after a later one', async () => {
    const [welding, warehouse] = await t.db
      .select({ id: vacancies.id })
      .from(vacancies)
      .orderBy(vacancies.title);
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let written!: () => void;
    const wrote = new Promise<void>((resolve) => {
      written = resolve;
    });
    const slow = t.db.transaction(async (tx) => {
      await tx.update(vacancies).set({ minExperienceMonths: 48 }).where(eq(vacancies.id, warehouse!.id));
      written();
      await held;
    });
    await wrote;
    await t.db.update(vacancies).set({ minExperienceMonths: 7 }).where(eq(vacancies.id, welding!.id));
    await timeUntil(second, (s) => s.index.vacancy(welding!.id)?.minExperienceMonths === 7);
    // Several polls go by while the earlier change is still uncommitted.
    await new Promise((r) => setTimeout(r, 800));
    release();
    await slow;
    const elapsed = await timeUntil(
      second,
      (s) => s.index.vacancy(warehouse!.id)?.minExperienceMonths === 48,
    );
    expect(elapsed).toBeLessThan(1000);
  });
});
