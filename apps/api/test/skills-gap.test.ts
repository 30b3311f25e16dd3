import { randomUUID } from 'node:crypto';
import { escoOccupationSkills, escoSkillBroader, users, vacancies } from '@sportello/db';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizenInput, DEMO, OTHER_OPERATOR, REGISTER_CITIZEN, seedOtherNetwork } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';
import { internshipIn, internshipInput } from './internship-fixtures.js';
import { ESCO_SKILLS } from './skill-fixtures.js';
import { inDays, vacancyIn } from './vacancy-fixtures.js';

// Real ESCO v1.1.1 data, loaded with the reference tables. The leather measuring operator needs six
// essential skills, s1-s6 (and optionally s7, among others); the bus driver needs s4 and none of the
// others; s8 is directly broader than s3 in the skill hierarchy and related to no other of s1-s6.
const MEASURER = 'http://data.europa.eu/esco/occupation/2c94916d-bd7d-4855-ab89-574d2c439a63';
const BUS_DRIVER = 'http://data.europa.eu/esco/occupation/00cee175-1376-43fb-9f02-ba3d7a910a58';
// The one ESCO occupation without essential skills.
const SPECIALIST_DENTIST = 'http://data.europa.eu/esco/occupation/a580e79a-b752-49c1-b033-b5ab2b34bfba';
const skill = (id: string) => `http://data.europa.eu/esco/skill/${id}`;
const S = [
  skill('5033c2fb-ec55-4b8e-b0a4-9379593f1e1c'), // maintain equipment
  skill('e3211ab2-18b5-49b4-90de-d395f3be2378'), // execute working instructions
  skill('cab119c5-ff95-4499-b91a-54e9f6c5cde1'), // work in textile manufacturing teams
  skill('74aa45cf-175f-47ef-9978-d9de437d92ba'), // stay alert
  skill('5592ab32-4e7a-4cda-8e64-ca36d5de8a10'), // adapt to changing situations
  skill('fc54bd7f-0c03-4fdd-af8c-5eb4021e716d'), // identify with the company's goals
  skill('f632251a-4078-4546-b19f-7ef528d08325'), // use IT tools
  skill('60c78287-22eb-4103-9c8c-28deaa460da0'), // work in teams
  ESCO_SKILLS.forklift.uri,
  ESCO_SKILLS.spreadsheets.uri,
];

const GAP = `query($c: ID, $o: ID!, $first: Int, $after: String) {
  skillsGap(citizenId: $c, occupationUri: $o) {
    occupation { uri label }
    notice
    essentialSkills { skill { uri } status reason openInternships }
    missingSkills { uri }
    coverage { essential held related missing percent summary }
    internshipHosts { companyName openInternships skills { uri } }
    vacancies(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { vacancy { id title } skills { uri } essentialCount } }
    }
  }
}`;

let t: TestApp;
let operator: string;
let company: string;
let anna: { id: string; token: string };
const uri = (n: number) => S[n - 1]!;
const vacancy: Record<string, string> = {};

async function newCitizen() {
  const input = citizenInput();
  const id = (await t.gql(REGISTER_CITIZEN, { input })).data!.registerCitizen.citizen.id as string;
  await t.db.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, id));
  return { id, token: (await t.login(input.email, input.password)).accessToken };
}

const published = (title: string, skills: { skillUri: string; essential: boolean }[]) =>
  vacancyIn(t, { company, operator }, 'PUBLISHED', { title, occupationUri: MEASURER, skills });

beforeAll(async () => {
  t = await startTestApp();
  await seedOtherNetwork(t);
  operator = (await t.login(DEMO.operator)).accessToken;
  company = (await t.login(DEMO.companyMember)).accessToken;
  const companyId = (await t.gql('{ me { company { id } } }', {}, company)).data!.me.company.id as string;

  // Anna declares s1 and s8, has worked as a bus driver, and a tirocinio attested s2.
  anna = await newCitizen();
  const saved = await t.gql(
    `mutation($c: ID, $input: CvInput!) { saveCv(citizenId: $c, input: $input) { userErrors { field message } } }`,
    {
      c: anna.id,
      input: {
        soughtOccupationUris: [MEASURER],
        experiences: [
          {
            employer: 'Autolinee Rossi',
            jobTitle: 'Autista',
            occupationUri: BUS_DRIVER,
            startsOn: '2015-03-01',
            endsOn: '2020-06-30',
          },
        ],
        education: [],
        languages: [{ languageCode: 'it', motherTongue: true }],
        certifications: [],
        skills: [
          { skillUri: uri(1), level: 'ADVANCED' },
          { skillUri: uri(8), level: 'BASIC' },
        ],
      },
    },
    operator,
  );
  expect(saved.data!.saveCv.userErrors).toEqual([]);
  const attesting = await internshipIn(
    t,
    operator,
    'ACTIVE',
    internshipInput(companyId, anna.id, { targetSkillUris: [uri(2)] }),
  );
  const completed = await t.gql(
    `mutation($id: ID!, $input: CompleteInternshipInput!) { completeInternship(id: $id, input: $input) { userErrors { field message } } }`,
    {
      id: attesting,
      input: {
        outcome: 'OBJECTIVES_ACHIEVED',
        judgement: 'Obiettivi raggiunti.',
        acquiredSkills: [{ skillUri: uri(2), level: 'INTERMEDIATE' }],
      },
    },
    operator,
  );
  expect(completed.data!.completeInternship.userErrors).toEqual([]);

  // Other people's tirocini: two open ones aim at s5 (one also at s3), a suspended one at s6.
  const luca = await newCitizen();
  await internshipIn(
    t,
    operator,
    'PROPOSED',
    internshipInput(companyId, luca.id, { targetSkillUris: [uri(5)] }),
  );
  await internshipIn(
    t,
    operator,
    'AGREEMENT_SIGNED',
    internshipInput(companyId, luca.id, { targetSkillUris: [uri(5), uri(3)], startsOn: inDays(10) }),
  );
  const suspended = await internshipIn(
    t,
    operator,
    'ACTIVE',
    internshipInput(companyId, luca.id, { targetSkillUris: [uri(6)] }),
  );
  await t.gql(
    'mutation($id: ID!) { suspendInternship(id: $id, reason: "Malattia del tirocinante") { userErrors { code } } }',
    { id: suspended },
    operator,
  );

  vacancy.both = await published('Magazziniere esperto', [
    { skillUri: uri(5), essential: true },
    { skillUri: uri(6), essential: false },
    { skillUri: uri(1), essential: true },
  ]);
  vacancy.optional = await published('Addetto al magazzino', [{ skillUri: uri(6), essential: false }]);
  vacancy.related = await published('Carrellista', [{ skillUri: uri(4), essential: true }]);
  vacancy.held = await published('Magazziniere junior', [{ skillUri: uri(1), essential: true }]);
  vacancy.expired = await published('Magazziniere scaduto', [{ skillUri: uri(5), essential: true }]);
  await t.db
    .update(vacancies)
    .set({ expiresOn: inDays(-1) })
    .where(eq(vacancies.id, vacancy.expired));
  vacancy.draft = await vacancyIn(t, { company, operator }, 'DRAFT', {
    title: 'Bozza',
    skills: [{ skillUri: uri(5), essential: true }],
  });
});
afterAll(() => t?.close());

describe('skills gap', () => {
  it('tells the citizen which essential skills they hold, attested, related or missing', async () => {
    const result = await t.gql(GAP, { o: MEASURER }, anna.token);
    expect(result.errors).toBeUndefined();
    const gap = result.data!.skillsGap;
    expect(gap.occupation.uri).toBe(MEASURER);
    expect(gap.notice).toBeNull();
    const status = Object.fromEntries(
      gap.essentialSkills.map((i: { skill: { uri: string }; status: string }) => [i.skill.uri, i.status]),
    );
    expect(status).toEqual({
      [uri(1)]: 'DECLARED',
      [uri(2)]: 'ATTESTED',
      [uri(3)]: 'RELATED',
      [uri(4)]: 'RELATED',
      [uri(5)]: 'MISSING',
      [uri(6)]: 'MISSING',
    });
    // Missing first, then related, then held, each by label; the optional s7 is not among them.
    expect(gap.essentialSkills.map((i: { status: string }) => i.status)).toEqual([
      'MISSING',
      'MISSING',
      'RELATED',
      'RELATED',
      'ATTESTED',
      'DECLARED',
    ]);
    const reason = (n: number) =>
      gap.essentialSkills.find((i: { skill: { uri: string } }) => i.skill.uri === uri(n)).reason;
    expect(reason(3)).toBe('Competenza affine nel CV: work in teams');
    expect(reason(4)).toMatch(/^Essenziale per .+, professione del CV$/);
    expect(reason(1)).toBeNull();
    expect(gap.missingSkills.map((k: { uri: string }) => k.uri).sort()).toEqual([uri(5), uri(6)]);
    expect(gap.coverage).toEqual({
      essential: 6,
      held: 2,
      related: 2,
      missing: 2,
      percent: 50,
      summary: '2 di 6 competenze essenziali, più 2 affini',
    });
  });

  it('counts the open tirocini aiming at each skill and names their hosts, never their trainees', async () => {
    const gap = (await t.gql(GAP, { o: MEASURER }, anna.token)).data!.skillsGap;
    const open = Object.fromEntries(
      gap.essentialSkills.map((i: { skill: { uri: string }; openInternships: number }) => [
        i.skill.uri,
        i.openInternships,
      ]),
    );
    // s2's tirocinio is completed and s6's suspended: neither is open.
    expect(open).toEqual({ [uri(1)]: 0, [uri(2)]: 0, [uri(3)]: 1, [uri(4)]: 0, [uri(5)]: 2, [uri(6)]: 0 });
    expect(gap.internshipHosts).toEqual([
      {
        companyName: expect.any(String),
        openInternships: 2,
        skills: expect.arrayContaining([{ uri: uri(5) }, { uri: uri(3) }]),
      },
    ]);
    expect(gap.internshipHosts[0].skills).toHaveLength(2);
    expect(JSON.stringify(gap)).not.toMatch(/Luca|trainee/);
  });

  it('lists published, unexpired vacancies asking for skills to build, most of them first, paged', async () => {
    const first = (await t.gql(GAP, { o: MEASURER, first: 2 }, anna.token)).data!.skillsGap.vacancies;
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((e: { node: { vacancy: { id: string } } }) => e.node.vacancy.id)).toEqual([
      vacancy.both,
      vacancy.related,
    ]);
    expect(first.edges[0].node).toMatchObject({
      skills: [{ uri: uri(5) }, { uri: uri(6) }],
      essentialCount: 1,
      vacancy: { title: 'Magazziniere esperto' },
    });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = (await t.gql(GAP, { o: MEASURER, first: 2, after: first.pageInfo.endCursor }, anna.token))
      .data!.skillsGap.vacancies;
    expect(next.edges.map((e: { node: { vacancy: { id: string } } }) => e.node.vacancy.id)).toEqual([
      vacancy.optional,
    ]);
    expect(next.pageInfo.hasNextPage).toBe(false);
    const past = (await t.gql(GAP, { o: MEASURER, first: 2, after: next.pageInfo.endCursor }, anna.token))
      .data!.skillsGap.vacancies;
    expect(past).toMatchObject({ totalCount: 3, edges: [], pageInfo: { hasNextPage: false } });
  });

  it('bounds the page of vacancies', async () => {
    for (const variables of [{ first: 101 }, { first: -1 }, { after: 'non-un-cursore' }]) {
      const result = await t.gql(GAP, { o: MEASURER, ...variables }, anna.token);
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('is the same for the staff of the network, asked for the citizen', async () => {
    const own = await t.gql(GAP, { o: MEASURER }, anna.token);
    for (const token of [operator, (await t.login(DEMO.admin)).accessToken]) {
      const staff = await t.gql(GAP, { c: anna.id, o: MEASURER }, token);
      expect(staff.errors).toBeUndefined();
      expect(staff.data).toEqual(own.data);
    }
  });

  it('refuses anybody else exactly as a citizen that does not exist', async () => {
    const other = await newCitizen();
    const refusals = [
      [
        await t.gql(GAP, { c: anna.id, o: MEASURER }, other.token),
        await t.gql(GAP, { c: randomUUID(), o: MEASURER }, other.token),
      ],
      [
        await t.gql(GAP, { c: anna.id, o: MEASURER }, company),
        await t.gql(GAP, { c: randomUUID(), o: MEASURER }, company),
      ],
      [
        await t.gql(GAP, { c: anna.id, o: MEASURER }, (await t.login(OTHER_OPERATOR)).accessToken),
        await t.gql(GAP, { c: randomUUID(), o: MEASURER }, (await t.login(OTHER_OPERATOR)).accessToken),
      ],
    ];
    for (const [refused, missing] of refusals) {
      expect(refused!.data).toBeNull();
      expect(refused!.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
      expect(missing!.errors).toEqual(refused!.errors);
    }
    expect((await t.gql(GAP, { o: MEASURER }, company)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(GAP, { c: anna.id, o: MEASURER })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('agrees with the matching score on what a CV covers', async () => {
    // Marco does not seek the occupation (seeking it gives half credit in matching, never in the
    // gap): he declares s8, above s3, and has worked as a bus driver, which needs s4.
    const marco = await newCitizen();
    await t.gql(
      `mutation($input: CvInput!) { saveCv(input: $input) { userErrors { field } } }`,
      {
        input: {
          soughtOccupationUris: [],
          experiences: [
            {
              employer: 'Autolinee Bianchi',
              jobTitle: 'Autista',
              occupationUri: BUS_DRIVER,
              startsOn: '2018-01-01',
            },
          ],
          education: [],
          languages: [{ languageCode: 'it', motherTongue: true }],
          certifications: [],
          skills: [
            { skillUri: uri(1), level: 'BASIC' },
            { skillUri: uri(8), level: 'BASIC' },
          ],
        },
      },
      marco.token,
    );
    const full = await published(
      'Magazziniere completo',
      [1, 2, 3, 4, 5, 6].map((n) => ({ skillUri: uri(n), essential: true })),
    );
    const matches = await t.gql(
      '{ myMatchingVacancies(first: 100) { vacancy { id } components { component points maxPoints reason } } }',
      {},
      marco.token,
    );
    const essential = matches
      .data!.myMatchingVacancies.find((m: { vacancy: { id: string } }) => m.vacancy.id === full)
      .components.find((c: { component: string }) => c.component === 'ESSENTIAL_SKILLS');
    expect(essential.reason).toMatch(
      /^1 di 6 competenze essenziali, più 2 affini \(metà punteggio\); mancano: /,
    );
    for (const missing of [
      'execute working instructions',
      'adapt to changing situations',
      'identify with the company',
    ])
      expect(essential.reason).toContain(missing);
    const gap = (await t.gql(GAP, { o: MEASURER }, marco.token)).data!.skillsGap;
    expect(gap.coverage).toMatchObject({ held: 1, related: 2, missing: 3, percent: 33 });
    expect(gap.coverage.summary).toBe('1 di 6 competenze essenziali, più 2 affini');
    expect(Math.round((100 * essential.points) / essential.maxPoints)).toBe(gap.coverage.percent);
    await t.db.delete(vacancies).where(eq(vacancies.id, full));
  });

  it('rejects an unknown occupation with an Italian message', async () => {
    const result = await t.gql(GAP, { o: 'http://data.europa.eu/esco/occupation/non-esiste' }, anna.token);
    expect(result.data).toBeNull();
    expect(result.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['BAD_USER_INPUT', 'Professione ESCO sconosciuta: scegline una dall’elenco.'],
    ]);
  });

  it('says so when ESCO names no essential skill for the occupation', async () => {
    const gap = (await t.gql(GAP, { o: SPECIALIST_DENTIST }, anna.token)).data!.skillsGap;
    expect(gap).toMatchObject({
      occupation: { uri: SPECIALIST_DENTIST },
      notice: 'ESCO non indica competenze essenziali per questa professione.',
      essentialSkills: [],
      missingSkills: [],
      coverage: {
        essential: 0,
        percent: 0,
        summary: 'nessuna competenza essenziale nota per questa professione',
      },
      internshipHosts: [],
      vacancies: { totalCount: 0, edges: [] },
    });
  });

  it('runs in a number of SQL statements independent of the skills and of the page', async () => {
    const statements = async (first: number) => {
      t.statements.length = 0;
      const result = await t.gql(GAP, { o: MEASURER, first }, anna.token);
      expect(result.errors).toBeUndefined();
      expect(result.data!.skillsGap.vacancies.edges).toHaveLength(first);
      return t.statements.length;
    };
    const one = await statements(1);
    expect(await statements(3)).toBe(one);
    // Twice as many essential skills, related and missing ones, tirocini and vacancies (two real skills
    // made essential to the occupation for this test only).
    await t.db
      .insert(escoOccupationSkills)
      .values([9, 10].map((n) => ({ occupationUri: MEASURER, skillUri: uri(n), relationType: 'essential' })));
    await t.db.insert(escoSkillBroader).values({ skillUri: uri(10), broaderUri: uri(1) });
    await published('Magazziniere con patentino', [
      { skillUri: uri(9), essential: true },
      { skillUri: uri(10), essential: true },
    ]);
    expect(await statements(4)).toBe(one);
    await t.db
      .delete(escoOccupationSkills)
      .where(
        and(
          eq(escoOccupationSkills.occupationUri, MEASURER),
          inArray(escoOccupationSkills.skillUri, [uri(9), uri(10)]),
        ),
      );
    await t.db.delete(escoSkillBroader).where(eq(escoSkillBroader.skillUri, uri(10)));
  });
});
