import {
  citizens,
  companyMembers,
  cvExperiences,
  cvs,
  PREPARE_MAX_PARAMETERS,
  users,
  vacancies,
} from '@sportello/db';
import { type SyntheticData, seedSynthetic } from '@sportello/db/testing';
import { todayInItaly } from '@sportello/domain';
import { eq, inArray } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, OTHER_OPERATOR, seedOtherNetwork } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';
import { ESCO_SKILLS } from './skill-fixtures.js';

/**
 * The hot nested reads are planned into one SQL statement (a list's count included) whatever the page
 * size, and answer exactly what the per-level loaders answer, to every actor.
 */
let t: TestApp;
let loadersOnly: FastifyInstance;
let data: SyntheticData;
const tokens: Record<'operator' | 'admin' | 'company' | 'otherOperator', string> = {
  operator: '',
  admin: '',
  company: '',
  otherOperator: '',
};
const PAGE_SIZES = [2, 10, 50];

beforeAll(async () => {
  t = await startTestApp();
  await seedOtherNetwork(t);
  const [member] = await t.db
    .select({ userId: users.id, networkId: users.networkId, companyId: companyMembers.companyId })
    .from(users)
    .innerJoin(companyMembers, eq(companyMembers.userId, users.id))
    .where(eq(users.email, DEMO.companyMember));
  const [operator] = await t.db.select({ id: users.id }).from(users).where(eq(users.email, DEMO.operator));
  data = await seedSynthetic(t.db, {
    networkId: member!.networkId!,
    companyId: member!.companyId,
    createdBy: member!.userId,
    proposedBy: operator!.id,
    vacancies: 50,
    citizens: 50,
    applicationsPerVacancy: 50,
    skillUris: [ESCO_SKILLS.forklift, ESCO_SKILLS.stacking, ESCO_SKILLS.lifting, ESCO_SKILLS.safety].map(
      (s) => s.uri,
    ),
  });
  tokens.operator = (await t.login(DEMO.operator)).accessToken;
  tokens.admin = (await t.login(DEMO.admin)).accessToken;
  tokens.company = (await t.login(DEMO.companyMember)).accessToken;
  tokens.otherOperator = (await t.login(OTHER_OPERATOR)).accessToken;
  loadersOnly = await t.newInstance({ planNestedReads: false });

  // A candidate further along the pipeline, with an interview, on the vacancy the answers are compared on.
  const candidate = await t.gql(
    'query($id: ID!) { vacancy(id: $id) { applications(first: 1, status: APPLIED) { edges { node { id } } } } }',
    { id: data.vacancyIds[1] },
    tokens.company,
  );
  const applicationId = candidate.data!.vacancy.applications.edges[0].node.id;
  const moved = await t.gql(
    'mutation($id: ID!) { moveApplication(id: $id, status: SHORTLISTED, reason: "Profilo adatto") { userErrors { code } } }',
    { id: applicationId },
    tokens.company,
  );
  expect(moved.data!.moveApplication.userErrors).toEqual([]);
  const interview = await t.gql(
    'mutation($id: ID!, $input: ProposeInterviewInput!) { proposeInterview(applicationId: $id, input: $input) { userErrors { code } } }',
    {
      id: applicationId,
      input: {
        startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        durationMinutes: 30,
        mode: 'ONLINE',
      },
    },
    tokens.company,
  );
  expect(interview.data!.proposeInterview.userErrors).toEqual([]);
}, 120_000);
afterAll(async () => {
  await loadersOnly?.close();
  await t?.close();
});

const CANDIDATE = `
  id status coverLetter createdAt
  history { fromStatus toStatus actorRole reason at }
  interviews { id status startsAt mode videoUrl application { status } }
  pseudonymousCandidate {
    alias ageBand province soughtOccupations { label } educationEqfLevels
    experiences { occupation { label } months } languages { languageCode languageName }
  }
  candidateCv {
    headline summary updatedAt experiences { employer } skills { level skill { label } }
    completeness { score missing { section } }
  }
  citizen {
    id givenName familyName email age targetGroups emailVerified
    residenceComune { name provinceCode }
    ... on Citizen { cv {
      headline summary updatedAt
      soughtOccupations { uri label }
      experiences { employer jobTitle startsOn endsOn occupation { label } comune { name } }
      education { institution title { label eqfLevel } }
      languages { languageCode languageName motherTongue listening writing }
      certifications { name }
      skills { level source skill { uri label skillType } }
      completeness { score missing { section } }
    } }
  }`;

const VACANCY = `
  id title status companyName publicUrl drivingLicences expiresOn createdAt
  occupation { uri label iscoGroup }
  workplaceComune { istatCode name }
  languages { languageCode languageName minLevel }
  skills { essential skill { uri label } }`;

const OPERATOR_VACANCY = `query($id: ID!, $n: Int) { vacancy(id: $id) {
  ${VACANCY}
  applications(first: $n) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { ${CANDIDATE} } }
  }
} }`;

const NETWORK_VACANCIES = `query($n: Int) { networkVacancies(first: $n) {
  totalCount
  edges { node {
    ${VACANCY}
    applications(first: 3) { totalCount edges { node {
      status citizen { givenName residenceComune { name } cv { headline completeness { score } languages { languageName } } }
    } } }
  } }
} }`;

const SEARCH = `query($n: Int, $f: VacancySearchInput) { vacancySearch(first: $n, filter: $f) {
  totalCount
  edges { node { ${VACANCY} } }
} }`;

/** The reply to a query, whose body the byte-for-byte comparisons read. */
function post(app: FastifyInstance, query: string, variables: Record<string, unknown> = {}, token?: string) {
  return app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    payload: JSON.stringify({ query, variables }),
  });
}

async function run(app: FastifyInstance, query: string, variables: Record<string, unknown>, token?: string) {
  const response = await post(app, query, variables, token);
  return response.json() as {
    data?: Record<string, any>;
    errors?: { path: unknown[]; extensions: { code: string } }[];
  };
}

/** Runs the query three times (the JIT compiles it after the first) and returns the statements of each. */
async function statementsOf(query: string, variables: Record<string, unknown>, token?: string) {
  const counts: number[] = [];
  let last: Awaited<ReturnType<typeof run>> | undefined;
  for (let i = 0; i < 3; i++) {
    t.statements.length = 0;
    last = await run(t.app, query, variables, token);
    expect(last.errors, JSON.stringify(last.errors)).toBeUndefined();
    counts.push(t.statements.length);
  }
  return { counts, result: last! };
}

describe('hot reads in one statement whatever the page size', () => {
  for (const n of PAGE_SIZES) {
    it(`the operator's vacancy -> candidatures -> citizen -> CV, ${n} candidatures`, async () => {
      const { counts, result } = await statementsOf(
        OPERATOR_VACANCY,
        { id: data.vacancyIds[0], n },
        tokens.operator,
      );
      const page = result.data!.vacancy.applications;
      expect(page.edges).toHaveLength(n);
      expect(page.totalCount).toBe(50);
      const cv = page.edges[0].node.citizen.cv;
      expect(cv.experiences.length).toBeGreaterThan(1);
      expect(cv.soughtOccupations.length).toBeGreaterThan(1);
      expect(cv.education[0].title.label).toBeTruthy();
      expect(cv.skills).toHaveLength(4);
      expect(result.data!.vacancy.skills.map((s: any) => s.essential)).toEqual([true, true, false, false]);
      expect(counts).toEqual([1, 1, 1]);
    });

    it(`the company's candidatures with pseudonymous profiles, ${n} candidatures`, async () => {
      const query = `query($id: ID!, $n: Int) { vacancy(id: $id) { applications(first: $n) { edges { node {
        status citizen { givenName familyName }
        pseudonymousCandidate { alias ageBand province soughtOccupations { label } experiences { occupation { label } months } }
        candidateCv { headline summary }
      } } } } }`;
      const { counts, result } = await statementsOf(query, { id: data.vacancyIds[0], n }, tokens.company);
      expect(result.data!.vacancy.applications.edges).toHaveLength(n);
      expect(counts).toEqual([1, 1, 1]);
    });

    it(`the network's vacancies with their candidatures, ${n} vacancies`, async () => {
      const { counts, result } = await statementsOf(NETWORK_VACANCIES, { n }, tokens.admin);
      expect(result.data!.networkVacancies.edges).toHaveLength(n);
      expect(result.data!.networkVacancies.edges[0].node.applications.edges).toHaveLength(3);
      expect(counts).toEqual([1, 1, 1]);
    });

    it(`the public vacancy search, ${n} vacancies`, async () => {
      const { counts, result } = await statementsOf(SEARCH, { n }, undefined);
      expect(result.data!.vacancySearch.edges).toHaveLength(n);
      expect(counts).toEqual([1, 1, 1]);
    });
  }

  it('the hot reads’ statements are few-parametered enough to be prepared and kept', async () => {
    const asks: [string, Record<string, unknown>, string?][] = [
      [OPERATOR_VACANCY, { id: data.vacancyIds[0], n: 25 }, tokens.operator],
      [NETWORK_VACANCIES, { n: 20 }, tokens.admin],
      [SEARCH, { n: 20 }],
    ];
    for (const [query, variables, token] of asks) {
      t.statements.length = 0;
      await run(t.app, query, variables, token);
      for (const statement of t.statements) {
        // Placeholders, not the `'$0'` keys of the planned documents.
        const placeholders = [...statement.matchAll(/(?<!')\$(\d+)/g)].map((m) => Number(m[1]));
        expect(Math.max(0, ...placeholders), statement.slice(0, 80)).toBeLessThanOrEqual(
          PREPARE_MAX_PARAMETERS,
        );
      }
    }
  });

  it('the public search around a comune, in the same statements', async () => {
    const filter = { comuneCode: DEMO.legnano, radiusKm: 300, text: 'offerta sintetica' };
    const { counts, result } = await statementsOf(SEARCH, { n: 10, f: filter }, undefined);
    expect(result.data!.vacancySearch.edges.length).toBeGreaterThan(0);
    expect(counts).toEqual([1, 1, 1]);
    const unknown = await run(t.app, SEARCH, { n: 10, f: { comuneCode: '999999', radiusKm: 10 } });
    expect(unknown.data!.vacancySearch).toMatchObject({ totalCount: 0, edges: [] });
  });

  it('a page past the end still counts the list, in a statement of its own', async () => {
    const whole = await run(
      t.app,
      'query { vacancySearch(first: 100) { totalCount pageInfo { endCursor } } }',
      {},
    );
    const { totalCount, pageInfo } = whole.data!.vacancySearch;
    expect(totalCount).toBeLessThanOrEqual(100);
    const past = `query($after: String) { vacancySearch(first: 5, after: $after) { totalCount edges { node { title } } } }`;
    const { counts, result } = await statementsOf(past, { after: pageInfo.endCursor });
    expect(result.data!.vacancySearch).toEqual({ totalCount, edges: [] });
    expect(counts).toEqual([2, 2, 2]);
  });

  it('without totalCount a list is one statement', async () => {
    const { counts } = await statementsOf(
      'query { vacancySearch(first: 10) { edges { node { title } } } }',
      {},
    );
    expect(counts).toEqual([1, 1, 1]);
  });
});

describe('planned answers are the loaders’ answers, actor by actor', () => {
  const cases: [string, string, () => Record<string, unknown>][] = [
    ['vacancy', OPERATOR_VACANCY, () => ({ id: data.vacancyIds[1], n: 12 })],
    ['networkVacancies', NETWORK_VACANCIES, () => ({ n: 5 })],
    ['vacancySearch', SEARCH, () => ({ n: 20, f: { comuneCode: DEMO.legnano, radiusKm: 50 } })],
  ];
  for (const [name, query, variables] of cases) {
    for (const actor of [...(Object.keys(tokens) as (keyof typeof tokens)[]), 'anonymous'] as const) {
      it(`${name} as ${actor}`, async () => {
        const token = actor === 'anonymous' ? undefined : tokens[actor];
        const planned = await run(t.app, query, variables(), token);
        const loaded = await run(loadersOnly, query, variables(), token);
        expect(planned).toEqual(loaded);
      });
    }
  }
});

describe('the same nested query, different answers by actor', () => {
  const QUERY = `query($id: ID!) { vacancy(id: $id) { applications(first: 6) { edges { node {
    status
    citizen { givenName }
    pseudonymousCandidate { alias soughtOccupations { label } }
  } } } } }`;
  const CV_QUERY = `query($id: ID!) { vacancy(id: $id) { applications(first: 6) { edges { node {
    citizen { cv { headline } }
  } } } } }`;

  it('the history and the interviews come with the candidatures', async () => {
    const result = await run(t.app, OPERATOR_VACANCY, { id: data.vacancyIds[1], n: 1 }, tokens.operator);
    const [{ node }] = result.data!.vacancy.applications.edges;
    expect(node.history.map((e: any) => [e.toStatus, e.actorRole])).toEqual([
      ['APPLIED', 'Cittadino'],
      ['SHORTLISTED', 'Azienda'],
    ]);
    expect(node.interviews).toMatchObject([
      { status: 'PROPOSED', mode: 'ONLINE', application: { status: 'SHORTLISTED' } },
    ]);
  });

  it('the operator sees every candidate; the company only those who applied or accepted', async () => {
    const id = data.vacancyIds[2];
    const operator = await run(t.app, QUERY, { id }, tokens.operator);
    const company = await run(t.app, QUERY, { id }, tokens.company);
    expect(operator.errors).toBeUndefined();
    expect(company.errors).toBeUndefined();
    const seenBy = (result: typeof operator) =>
      result.data!.vacancy.applications.edges.map((e: any) => [
        e.node.status,
        e.node.citizen?.givenName ?? null,
      ]);
    const byOperator = seenBy(operator);
    const byCompany = seenBy(company);
    expect(byOperator.every(([, name]: string[]) => name !== null)).toBe(true);
    for (const [i, [status, name]] of byCompany.entries()) {
      if (status === 'PROPOSED') expect(name).toBeNull();
      else expect(name).toBe(byOperator[i][1]);
    }
    expect(byCompany.some(([status]: string[]) => status === 'PROPOSED')).toBe(true);
    // The pseudonymous profile is the same for both, and names nobody.
    expect(company.data!.vacancy.applications.edges[2].node.pseudonymousCandidate.alias).toMatch(
      /^Candidato /,
    );
  });

  it('the operator reads the CVs; the company is refused them', async () => {
    const id = data.vacancyIds[2];
    const operator = await run(t.app, CV_QUERY, { id }, tokens.operator);
    expect(operator.errors).toBeUndefined();
    expect(operator.data!.vacancy.applications.edges[0].node.citizen.cv.headline).toMatch(
      /^Profilo sintetico/,
    );
    const company = await run(t.app, CV_QUERY, { id }, tokens.company);
    expect(company.errors?.length).toBeGreaterThan(0);
    expect(company.errors!.every((e) => e.extensions.code === 'FORBIDDEN')).toBe(true);
    expect(company.data!.vacancy.applications.edges.every((e: any) => e.node.citizen?.cv == null)).toBe(true);
  });

  it('the public sees the published vacancy, not its candidatures', async () => {
    const result = await run(t.app, QUERY, { id: data.vacancyIds[3] }, undefined);
    expect(result.errors).toMatchObject([
      { path: ['vacancy', 'applications'], extensions: { code: 'FORBIDDEN' } },
    ]);
    expect(result.data!.vacancy).toBeNull();
  });

  // PGlite is not scoped by network (see DatabaseHandle.forNetwork).
  it.skipIf(!process.env.DATABASE_URL)(
    'another network’s operator, under row-level security, finds no vacancy at all',
    async () => {
      const result = await run(t.app, QUERY, { id: data.vacancyIds[3] }, tokens.otherOperator);
      expect(result.errors).toMatchObject([{ path: ['vacancy'], extensions: { code: 'NOT_FOUND' } }]);
      expect(result.data!.vacancy).toBeNull();
    },
  );
});

describe('the planner reads the selection as GraphQL defines it', () => {
  it('aliases, fragments, inline fragments, @include and @skip, and the same field with other arguments', async () => {
    const query = `query($id: ID!, $yes: Boolean!, $no: Boolean!) { vacancy(id: $id) {
      name: title
      ...Where
      ... on Vacancy { occupation { label } }
      skipped: companyName @skip(if: $yes)
      kept: companyName @include(if: $yes)
      dropped: description @include(if: $no)
      few: applications(first: 1) { totalCount edges { node { citizen { givenName } } } }
      more: applications(first: 4) { edges { node { id } } }
      applied: applications(first: 50, status: APPLIED) { totalCount }
    } }
    fragment Where on Vacancy { workplaceComune { name } languages { languageCode } }`;
    const variables = { id: data.vacancyIds[4], yes: true, no: false };
    t.statements.length = 0;
    const planned = await run(t.app, query, variables, tokens.operator);
    expect(t.statements).toHaveLength(1);
    const loaded = await run(loadersOnly, query, variables, tokens.operator);
    expect(planned).toEqual(loaded);
    const vacancy = planned.data!.vacancy;
    expect(Object.keys(vacancy)).not.toContain('skipped');
    expect(Object.keys(vacancy)).not.toContain('dropped');
    expect(vacancy.kept).toBeTruthy();
    expect(vacancy.few.edges).toHaveLength(1);
    expect(vacancy.more.edges).toHaveLength(4);
    expect(vacancy.applied.totalCount).toBeLessThan(50);

    // The same operation with other variables is planned anew where they change the selection.
    const flipped = await run(t.app, query, { ...variables, yes: false, no: true }, tokens.operator);
    expect(flipped).toEqual(
      await run(loadersOnly, query, { ...variables, yes: false, no: true }, tokens.operator),
    );
    expect(Object.keys(flipped.data!.vacancy)).toEqual(expect.arrayContaining(['skipped', 'dropped']));
    expect(Object.keys(flipped.data!.vacancy)).not.toContain('kept');
  });

  it('lists without a policy or a computed field pass through as PostgreSQL writes them, byte for byte', async () => {
    const query = `query($id: ID!) { vacancy(id: $id) { applications(first: 5) { edges { node {
      history { toStatus actorRole at }
      citizen { cv { headline skills { level skill { label } } experiences { employer occupation { label } } } }
    } } } } }`;
    const send = (app: FastifyInstance, text: string) =>
      post(app, text, { id: data.vacancyIds[2] }, tokens.operator);
    t.statements.length = 0;
    const planned = await send(t.app, query);
    expect(t.statements.join(' ')).toContain('string_agg');
    expect(planned.body).toBe((await send(loadersOnly, query)).body);

    // In a batch, each operation's texts go to its own answer.
    const batch = (app: FastifyInstance) =>
      app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.operator}` },
        payload: JSON.stringify([2, 3].map((i) => ({ query, variables: { id: data.vacancyIds[i] } }))),
      });
    const batched = await batch(t.app);
    expect(batched.json()[0].data.vacancy).toEqual(JSON.parse(planned.body).data.vacancy);
    expect(batched.body).toBe((await batch(loadersOnly)).body);

    // GraphQL builds the objects when __typename is asked for, which the plan does not see.
    const typed = query.replace('skill { label }', 'skill { label __typename }');
    t.statements.length = 0;
    const withTypes = await send(t.app, typed);
    expect(t.statements.join(' ')).not.toContain('string_agg');
    expect(withTypes.body).toBe((await send(loadersOnly, typed)).body);
  });

  it('a page of candidatures passes through with its policies decided in SQL, byte for byte, to each actor', async () => {
    const query = `query($n: Int, $after: String) { networkVacancies(first: $n) { totalCount edges { node {
      title status companyName occupation { label }
      applications(first: 3, after: $after) {
        count: totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node { status citizen { givenName familyName residenceComune { name } cv { headline } } } }
      }
    } } } }`;
    const send = (app: FastifyInstance, variables: Record<string, unknown>, token?: string) =>
      post(app, query, variables, token);
    const after = Buffer.from('o:45', 'utf8').toString('base64url');
    for (const variables of [{ n: 4 }, { n: 2, after }]) {
      for (const actor of ['operator', 'admin', 'company', 'otherOperator'] as const) {
        t.statements.length = 0;
        const planned = await send(t.app, variables, tokens[actor]);
        const staff = actor !== 'company';
        // Staff read it all from PostgreSQL's text, the vacancies' page included; the company is
        // refused the CVs, by the loaders.
        expect(t.statements.join(' ').includes('string_agg'), actor).toBe(staff);
        expect(t.statements.join(' ').includes(`'"title":'`), actor).toBe(staff);
        expect(planned.body, actor).toBe((await send(loadersOnly, variables, tokens[actor])).body);
      }
    }
    const last = JSON.parse((await send(t.app, { n: 1, after }, tokens.operator)).body);
    expect(last.data.networkVacancies.edges[0].node.applications).toMatchObject({
      count: 50,
      pageInfo: { hasNextPage: true },
    });
  });

  it('ages and CV completeness are written by PostgreSQL as JavaScript computes them, byte for byte', async () => {
    const query = `query($id: ID!) { vacancy(id: $id) { title applications(first: 6) { totalCount edges { node {
      status citizen { id givenName age cv { headline completeness { score missing { section message } } } }
    } } } } }`;
    const variables = { id: data.vacancyIds[3] };
    const send = (app: FastifyInstance) => post(app, query, variables, tokens.operator);
    const page = JSON.parse((await send(t.app)).body).data.vacancy.applications.edges;
    const ids: string[] = page.map((e: any) => e.node.citizen.id);
    const today = todayInItaly();
    const yearsAgo = (years: number, days: number) => {
      const day = new Date(`${today}T12:00:00Z`);
      day.setUTCFullYear(day.getUTCFullYear() - years);
      day.setUTCDate(day.getUTCDate() + days);
      return day.toISOString().slice(0, 10);
    };
    // A birthday today, tomorrow, yesterday, and on 29 February.
    const births = [yearsAgo(40, 0), yearsAgo(40, 1), yearsAgo(40, -1), '1996-02-29'];
    // Blank to JavaScript's trim (only whitespace it removes), then not blank (a zero-width space it keeps).
    const texts = [
      { headline: ' \u00a0\u3000\t', summary: '\u2028\ufeff\u202f\u1680' },
      { headline: '\u200b', summary: '  Magazziniere  ' },
      { headline: null, summary: '' },
    ];
    const savedCitizens = await t.db
      .select({ userId: citizens.userId, birthDate: citizens.birthDate })
      .from(citizens)
      .where(inArray(citizens.userId, ids));
    const savedCvs = await t.db
      .select({ citizenId: cvs.citizenId, headline: cvs.headline, summary: cvs.summary })
      .from(cvs)
      .where(inArray(cvs.citizenId, ids));
    try {
      for (const [i, birthDate] of births.entries()) {
        await t.db.update(citizens).set({ birthDate }).where(eq(citizens.userId, ids[i]!));
      }
      for (const [i, text] of texts.entries()) {
        await t.db.update(cvs).set(text).where(eq(cvs.citizenId, ids[i]!));
      }
      t.statements.length = 0;
      const planned = await send(t.app);
      expect(t.statements.join(' ')).toContain(`'"age":'`);
      expect(t.statements.join(' ')).toContain(`'"completeness":'`);
      expect(planned.body).toBe((await send(loadersOnly)).body);
      const candidates = JSON.parse(planned.body).data.vacancy.applications.edges.map(
        (e: any) => e.node.citizen,
      );
      const byId = new Map(candidates.map((c: any) => [c.id, c]));
      expect(ids.slice(0, 3).map((id) => (byId.get(id) as any).age)).toEqual([40, 39, 40]);
      expect((byId.get(ids[0]!) as any).cv.completeness.missing.map((m: any) => m.section)).toEqual(
        expect.arrayContaining(['HEADLINE', 'SUMMARY']),
      );
      expect((byId.get(ids[1]!) as any).cv.completeness.missing.map((m: any) => m.section)).not.toContain(
        'HEADLINE',
      );
    } finally {
      for (const { userId, birthDate } of savedCitizens) {
        await t.db.update(citizens).set({ birthDate }).where(eq(citizens.userId, userId));
      }
      for (const { citizenId, ...text } of savedCvs) {
        await t.db.update(cvs).set(text).where(eq(cvs.citizenId, citizenId));
      }
    }
  });

  it('a page of vacancies is written whole by PostgreSQL, today’s expired ones included, byte for byte', async () => {
    const search = `query($n: Int, $after: String) { vacancySearch(first: $n, after: $after) {
      total: totalCount pageInfo { endCursor hasNextPage }
      edges { node { title companyName contractType occupation { label } workplaceComune { name provinceCode }
        languages { languageName minLevel } skills { essential skill { label } } } cursor }
    } }`;
    const network = `{ networkVacancies(first: 50) { edges { node { title status } } } }`;
    const after = Buffer.from('o:2', 'utf8').toString('base64url');
    for (const variables of [{ n: 5 }, { n: 3, after }, { n: 0 }]) {
      t.statements.length = 0;
      const planned = await post(t.app, search, variables);
      expect(t.statements.join(' ')).toContain(`'"title":'`);
      // A skill is read once, joined to the vacancy's skill, for its label and for the list's order.
      expect(t.statements.join(' ').match(/"esco_skills"/g)).toHaveLength(1);
      expect(planned.body).toBe((await post(loadersOnly, search, variables)).body);
    }
    const id = data.vacancyIds[7]!;
    const [before] = await t.db
      .select({ expiresOn: vacancies.expiresOn })
      .from(vacancies)
      .where(eq(vacancies.id, id));
    await t.db.update(vacancies).set({ expiresOn: '2020-01-31' }).where(eq(vacancies.id, id));
    try {
      const planned = await post(t.app, network, {}, tokens.admin);
      expect(planned.body).toBe((await post(loadersOnly, network, {}, tokens.admin)).body);
      expect(JSON.parse(planned.body).data.networkVacancies.edges.map((e: any) => e.node.status)).toContain(
        'EXPIRED',
      );
    } finally {
      await t.db.update(vacancies).set({ expiresOn: before!.expiresOn }).where(eq(vacancies.id, id));
    }
  });

  it('a candidate the company may not name sends the page to the loaders, which hide them', async () => {
    const query = `query($id: ID!) { vacancy(id: $id) { applications(first: 8) { totalCount edges { node {
      status citizen { givenName }
    } } } } }`;
    const send = (app: FastifyInstance) => post(app, query, { id: data.vacancyIds[2] }, tokens.company);
    const planned = await send(t.app);
    expect(planned.body).toBe((await send(loadersOnly)).body);
    const edges = JSON.parse(planned.body).data.vacancy.applications.edges.map((e: any) => e.node);
    expect(edges.some((node: any) => node.status === 'PROPOSED' && node.citizen === null)).toBe(true);
    expect(edges.some((node: any) => node.citizen?.givenName)).toBe(true);

    // In a page PostgreSQL writes whole, such a candidate has the page read again as objects.
    const list = `{ companyVacancies(first: 3) { edges { node { title applications(first: 8) { edges { node {
      status citizen { givenName }
    } } } } } } }`;
    const sendList = (app: FastifyInstance) => post(app, list, {}, tokens.company);
    t.statements.length = 0;
    const page = await sendList(t.app);
    expect(t.statements[0]).toContain(`'"title":'`);
    expect(t.statements[1]).toContain(`'title', "vacancies"."title"`);
    expect(page.body).toBe((await sendList(loadersOnly)).body);
    expect(page.body).toContain('"citizen":null');
  });

  it('only the requested columns are read', async () => {
    t.statements.length = 0;
    await run(
      t.app,
      'query($id: ID!) { vacancy(id: $id) { title } }',
      { id: data.vacancyIds[0] },
      tokens.operator,
    );
    const [statement] = t.statements;
    expect(statement).toContain('"title"');
    expect(statement).not.toContain('"description"');
    expect(statement).not.toContain('"salary_min_cents"');
  });

  it('a page argument the planner cannot use is answered by the loader, at the field', async () => {
    const result = await run(
      t.app,
      'query($id: ID!) { vacancy(id: $id) { title applications(first: 2, after: "nonsense") { totalCount } } }',
      { id: data.vacancyIds[0] },
      tokens.operator,
    );
    expect(result.errors).toMatchObject([
      { path: ['vacancy', 'applications'], extensions: { code: 'BAD_USER_INPUT' } },
    ]);
    // The connection is not nullable, so the error nulls the vacancy, as it always has.
    expect(result.data!.vacancy).toBeNull();
  });
});

// Last in the file: it changes a candidate whom the tests above read.
describe('a candidature’s CV, planned', () => {
  it('is the loaders’ CV, a candidate who never worked included, and is read in the same statement', async () => {
    const query = `query($id: ID!) { vacancy(id: $id) { applications(first: 50) { edges { node {
      citizen { id }
      candidateCv { headline completeness { score missing { section } } }
    } } } } }`;
    const variables = { id: data.vacancyIds[5] };
    const before = await run(t.app, query, variables, tokens.operator);
    const first = before.data!.vacancy.applications.edges[0].node;
    await t.db
      .update(citizens)
      .set({ employmentStatus: 'NEVER_EMPLOYED' })
      .where(eq(citizens.userId, first.citizen.id));
    await t.db.delete(cvExperiences).where(eq(cvExperiences.citizenId, first.citizen.id));

    t.statements.length = 0;
    const planned = await run(t.app, query, variables, tokens.operator);
    expect(t.statements).toHaveLength(1);
    expect(planned).toEqual(await run(loadersOnly, query, variables, tokens.operator));
    // Nobody is marked down for the experience they could not have.
    const edges = planned.data!.vacancy.applications.edges.map((e: any) => e.node);
    const neverWorked = edges.find((node: any) => node.citizen.id === first.citizen.id);
    expect(neverWorked.candidateCv.completeness).toEqual(first.candidateCv.completeness);
    expect(neverWorked.candidateCv.completeness.missing).not.toContainEqual({ section: 'EXPERIENCE' });
  });
});
