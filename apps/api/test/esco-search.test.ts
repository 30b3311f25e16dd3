import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './harness.js';
import { ESCO_SKILLS } from './skill-fixtures.js';
import { WAREHOUSE, WELDER } from './vacancy-fixtures.js';

/** The public ESCO searches over the real reference data, as every portal's pickers use them. */
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const skills = async (search: string) =>
  (await t.gql('query($q: String!) { escoSkills(search: $q) { uri label } }', { q: search })).data!
    .escoSkills as { uri: string; label: string }[];
const occupations = async (search: string) =>
  (await t.gql('query($q: String!) { escoOccupations(search: $q) { uri label labelEn } }', { q: search }))
    .data!.escoOccupations as { uri: string; label: string; labelEn: string }[];

describe('ESCO skill search', () => {
  it('finds a skill by an alternative label, words in any order, prefixes, case aside', async () => {
    expect((await skills('excel microsoft')).map((s) => s.label)).toContain('use spreadsheets software');
    expect((await skills('FORKL oper'))[0]).toEqual(ESCO_SKILLS.forklift);
  });

  it('puts preferred labels first and finds nothing for one letter', async () => {
    const found = await skills('stack goods');
    expect(found[0]).toEqual(ESCO_SKILLS.stacking);
    expect(await skills('a')).toEqual([]);
  });
});

describe('ESCO occupation search', () => {
  it('searches Italian labels first, accents and case aside, then English ones', async () => {
    expect((await occupations('magazziniere'))[0]).toMatchObject({
      uri: WAREHOUSE,
      label: 'magazziniere/magazziniera',
      labelEn: 'warehouse worker',
    });
    expect((await occupations('SALDATRICE'))[0]!.uri).toBe(WELDER);
    // "responsabile della contabilità" is found without its accent, and in capitals.
    for (const text of ['contabilita responsabile', 'CONTABILITÀ resp'])
      expect((await occupations(text)).map((o) => o.label)).toContain('responsabile della contabilità');
    expect((await occupations('welder'))[0]!.uri).toBe(WELDER);
  });

  it('refuses a text longer than 200 characters with an Italian message', async () => {
    for (const field of ['escoOccupations', 'escoSkills']) {
      const result = await t.gql(`query($q: String!) { ${field}(search: $q) { uri } }`, {
        q: 'a'.repeat(201),
      });
      expect(result.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
        ['BAD_USER_INPUT', 'Il campo search può avere al massimo 200 caratteri.'],
      ]);
    }
    expect(
      (await t.gql('query($q: String!) { escoSkills(search: $q) { uri } }', { q: 'a'.repeat(200) })).errors,
    ).toBeUndefined();
  });

  it('answers in a few statements, with the indexes', async () => {
    t.statements.length = 0;
    await skills('excel microsoft');
    await occupations('magazziniere');
    expect(t.statements).toHaveLength(2);
  });
});

describe('ESCO occupations by URI', () => {
  const BY_URI = `query($uris: [ID!]!) { escoOccupationsByUri(uris: $uris) {
    uri iscoGroupLabel
    essential: skills(relation: ESSENTIAL) { uri label }
    optional: skills(relation: OPTIONAL) { uri }
    all: skills { uri }
  } }`;

  it('gives the essential and optional ESCO skills of each occupation, in the order asked', async () => {
    const result = await t.gql(BY_URI, {
      uris: [WAREHOUSE, 'http://data.europa.eu/esco/occupation/non-esiste', WELDER],
    });
    expect(result.errors).toBeUndefined();
    const [warehouse, welder] = result.data!.escoOccupationsByUri;
    expect([warehouse.uri, welder.uri]).toEqual([WAREHOUSE, WELDER]);
    expect(warehouse.essential).toContainEqual(ESCO_SKILLS.stacking);
    expect(warehouse.essential.map((s: { uri: string }) => s.uri)).not.toContain(ESCO_SKILLS.arcWelding.uri);
    expect(welder.essential).toContainEqual(ESCO_SKILLS.arcWelding);
    expect(welder.optional).toContainEqual({ uri: ESCO_SKILLS.blueprints.uri });
    expect(welder.all).toHaveLength(welder.essential.length + welder.optional.length);
    expect(welder.iscoGroupLabel).toBe('Saldatori e tagliatori a fiamma');
  });

  it('asks the skills of all the occupations in one statement per relation', async () => {
    t.statements.length = 0;
    await t.gql(BY_URI, { uris: [WAREHOUSE, WELDER] });
    // The occupations, their ISCO groups, and each relation asked (essential, optional, all).
    expect(t.statements).toHaveLength(5);
  });

  it('refuses more than 20 occupations', async () => {
    const result = await t.gql(BY_URI, { uris: Array.from({ length: 21 }, (_, i) => `uri-${i}`) });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
