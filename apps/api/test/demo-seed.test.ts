import { vacancies } from '@sportello/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCandidates } from '../src/demo-seed.js';
import { DEMO } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';

const WELDER = 'http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
  await seedDemoCandidates(t.db);
});
afterAll(() => t?.close());

describe('the demo’s matching candidates', () => {
  it('give the welding vacancy several ranked candidates who share their CV', async () => {
    const [welding] = await t.db
      .select({ id: vacancies.id })
      .from(vacancies)
      .where(eq(vacancies.occupationUri, WELDER));
    const operator = (await t.login(DEMO.operator)).accessToken;
    const result = await t.gql(
      `query($id: ID!) { vacancy(id: $id) { matches { score citizen { givenName } application { status } } } }`,
      { id: welding!.id },
      operator,
    );
    expect(result.errors).toBeUndefined();
    const matches = result.data!.vacancy.matches as {
      citizen: { givenName: string };
      application: unknown;
    }[];
    expect(matches.map((m) => m.citizen.givenName).sort()).toEqual(['Davide', 'Giulia', 'Marco', 'Sara']);
    // Only Giulia has applied: the others can be proposed.
    expect(matches.filter((m) => m.application).map((m) => m.citizen.givenName)).toEqual(['Giulia']);
  });

  it('give Giulia a published vacancy to apply to besides the one she applied for', async () => {
    const citizen = (await t.login(DEMO.citizen)).accessToken;
    const result = await t.gql('query { myMatchingVacancies { score vacancy { title } } }', {}, citizen);
    expect(result.errors).toBeUndefined();
    expect(
      result.data!.myMatchingVacancies.map((m: { vacancy: { title: string } }) => m.vacancy.title).sort(),
    ).toEqual(['Saldatore / saldatrice a filo', 'Saldatore / saldatrice a punti']);
  });
});
