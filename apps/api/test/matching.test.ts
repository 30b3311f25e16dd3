import { auditLog, companyMembers, users, vacancies, vacancyLanguages } from '@sportello/db';
import { seedSynthetic } from '@sportello/db/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizenInput, DEMO, OTHER_OPERATOR, REGISTER_CITIZEN, seedOtherNetwork } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';
import { ESCO_SKILLS } from './skill-fixtures.js';
import { vacancyIn } from './vacancy-fixtures.js';

const WELDER = 'http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b';

let t: TestApp;
let operator: string;
let company: string;
let citizen: string;
let giulia: string;
let welding: string;

const MATCHES = `query($id: ID!, $first: Int, $filter: CandidateMatchFilter) {
  vacancy(id: $id) {
    matches(first: $first, filter: $filter) {
      score
      components { component points maxPoints reason }
      citizen { id }
      pseudonymousCandidate { alias ageBand province }
      application { id status }
    }
  }
}`;

beforeAll(async () => {
  t = await startTestApp();
  operator = (await t.login(DEMO.operator)).accessToken;
  company = (await t.login(DEMO.companyMember)).accessToken;
  citizen = (await t.login(DEMO.citizen)).accessToken;
  giulia = (await t.db.select({ id: users.id }).from(users).where(eq(users.email, DEMO.citizen)))[0]!.id;
  welding = (
    await t.db.select({ id: vacancies.id }).from(vacancies).where(eq(vacancies.occupationUri, WELDER))
  )[0]!.id;
});
afterAll(() => t?.close());

/** A citizen just registered: no CV yet. */
async function newCitizen() {
  const input = citizenInput();
  const id = (await t.gql(REGISTER_CITIZEN, { input })).data!.registerCitizen.citizen.id as string;
  await t.db.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, id));
  return { id, token: (await t.login(input.email, input.password)).accessToken };
}

describe('matches of a vacancy', () => {
  it('rank for operators the citizens who share their CV, with points and reasons per component', async () => {
    const result = await t.gql(MATCHES, { id: welding }, operator);
    expect(result.errors).toBeUndefined();
    const matches = result.data!.vacancy.matches;
    // Luca has not consented to share his CV.
    expect(matches).toHaveLength(1);
    const [match] = matches;
    expect(match.citizen).toEqual({ id: giulia });
    const reasons = Object.fromEntries(
      match.components.map((c: { component: string; reason: string }) => [c.component, c.reason]),
    );
    expect(reasons).toMatchObject({
      OCCUPATION: 'stessa professione ESCO cercata o svolta',
      DISTANCE: '0 km, entro il raggio di 25 km',
      EXPERIENCE: '123 mesi di esperienza nello stesso gruppo professionale, 24 mesi richiesti',
      DRIVING_LICENCES: '1 di 1 patente richiesta',
      EDUCATION: 'livello EQF 3 richiesto, livello EQF 3 conseguito',
    });
    const total = match.components.reduce((sum: number, c: { points: number }) => sum + c.points, 0);
    expect(match.score).toBeCloseTo(total, 5);
    expect(
      match.components.map((c: { maxPoints: number }) => c.maxPoints).reduce((a: number, b: number) => a + b),
    ).toBe(100);
    expect(match.application).toMatchObject({ status: 'SHORTLISTED' });
  });

  it('filter by minimum score, radius and, for the staff, target group', async () => {
    const run = (filter: object) => t.gql(MATCHES, { id: welding, filter }, operator);
    expect((await run({ minScore: 100 })).data!.vacancy.matches).toHaveLength(1);
    // English B2 required: Giulia declares none, and loses the 8 points of languages.
    await t.db.insert(vacancyLanguages).values({ vacancyId: welding, languageCode: 'en', minLevel: 'B2' });
    expect((await run({ minScore: 92.5 })).data!.vacancy.matches).toEqual([]);
    expect((await run({ minScore: 92, radiusKm: 0 })).data!.vacancy.matches).toHaveLength(1);
    await t.db.delete(vacancyLanguages).where(eq(vacancyLanguages.vacancyId, welding));
    // Giulia was born in 1979.
    expect((await run({ targetGroups: ['OVER_45'] })).data!.vacancy.matches).toHaveLength(1);
    expect((await run({ targetGroups: ['UNDER_30', 'NEET'] })).data!.vacancy.matches).toEqual([]);
    const refused = await t.gql(MATCHES, { id: welding, filter: { targetGroups: ['OVER_45'] } }, company);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuse bad filters', async () => {
    for (const variables of [{ first: 101 }, { filter: { minScore: 120 } }, { filter: { radiusKm: -1 } }]) {
      const result = await t.gql(MATCHES, { id: welding, ...variables }, operator);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('are pseudonymous for the company until the candidate accepts a proposal made in one step', async () => {
    // A second vacancy of the company, where Giulia has no application yet.
    const other = { id: await vacancyIn(t, { company, operator }, 'PUBLISHED') };
    const seen = await t.gql(MATCHES, { id: other.id }, company);
    const [match] = seen.data!.vacancy.matches;
    expect(match.citizen).toBeNull();
    expect(match.application).toBeNull();
    expect(match.pseudonymousCandidate.alias).toMatch(/^Candidato [0-9A-F]{6}$/);

    const proposed = await t.gql(
      'mutation($v: ID!, $c: ID!) { proposeCandidate(vacancyId: $v, citizenId: $c) { application { id status } userErrors { code } } }',
      { v: other.id, c: giulia },
      operator,
    );
    const application = proposed.data!.proposeCandidate.application;
    expect(application.status).toBe('PROPOSED');
    const stillHidden = (await t.gql(MATCHES, { id: other.id }, company)).data!.vacancy.matches[0];
    expect(stillHidden).toMatchObject({ citizen: null, application: { status: 'PROPOSED' } });

    await t.gql(
      'mutation($id: ID!) { acceptProposal(id: $id) { userErrors { code } } }',
      { id: application.id },
      citizen,
    );
    const disclosed = (await t.gql(MATCHES, { id: other.id }, company)).data!.vacancy.matches[0];
    expect(disclosed).toMatchObject({ citizen: { id: giulia }, application: { status: 'APPLIED' } });
  });

  it('of a reserved vacancy are recorded in the audit log', async () => {
    await t.db.update(vacancies).set({ law68Reserved: true }).where(eq(vacancies.id, welding));
    const result = await t.gql(MATCHES, { id: welding }, operator);
    expect(result.data!.vacancy.matches).toEqual([]);
    const audited = await t.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.subjectId, welding), eq(auditLog.action, 'special_categories.eligibility_filter')),
      );
    expect(audited).toHaveLength(1);
    await t.db.update(vacancies).set({ law68Reserved: false }).where(eq(vacancies.id, welding));
  });

  it('are refused to citizens and to other companies', async () => {
    const result = await t.gql(MATCHES, { id: welding }, citizen);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(result.data?.vacancy ?? null).toBeNull();
  });
});

describe('matching vacancies for the citizen', () => {
  it('rank the published vacancies with reasons', async () => {
    const result = await t.gql(
      '{ myMatchingVacancies { score vacancy { id status } components { component reason } } }',
      {},
      citizen,
    );
    expect(result.errors).toBeUndefined();
    const [match, ...rest] = result.data!.myMatchingVacancies;
    expect(rest.every((m: { vacancy: { status: string } }) => m.vacancy.status === 'PUBLISHED')).toBe(true);
    expect(match.vacancy.id).toBeDefined();
    expect(match.components).toHaveLength(9);
  });

  it('are empty for a citizen without a CV', async () => {
    const { token } = await newCitizen();
    const result = await t.gql('{ myMatchingVacancies { score } }', {}, token);
    expect(result.data!.myMatchingVacancies).toEqual([]);
  });
});

describe('why a citizen is not among the suggested candidates', () => {
  const STANDING = `query($v: ID!, $c: ID!) {
    vacancy(id: $v) {
      candidateStanding(citizenId: $c) { score rank cutoffScore summary components { component points reason } }
    }
  }`;
  let crowded: string;
  let ranked: { score: number; citizen: { id: string } }[];

  beforeAll(async () => {
    await seedOtherNetwork(t);
    // More than 50 candidates who share their CV and declare the vacancy's essential skill.
    const [member] = await t.db
      .select({ userId: users.id, networkId: users.networkId, companyId: companyMembers.companyId })
      .from(users)
      .innerJoin(companyMembers, eq(companyMembers.userId, users.id))
      .where(eq(users.email, DEMO.companyMember));
    const [staff] = await t.db.select({ id: users.id }).from(users).where(eq(users.email, DEMO.operator));
    await seedSynthetic(t.db, {
      networkId: member!.networkId!,
      companyId: member!.companyId,
      createdBy: member!.userId,
      proposedBy: staff!.id,
      vacancies: 0,
      citizens: 60,
      applicationsPerVacancy: 0,
      skillUris: [ESCO_SKILLS.forklift.uri],
    });
    crowded = await vacancyIn(t, { company, operator }, 'PUBLISHED', {
      title: 'Carrellista',
      skills: [{ skillUri: ESCO_SKILLS.forklift.uri, essential: true }],
    });
    ranked = (await t.gql(MATCHES, { id: crowded, first: 100 }, operator)).data!.vacancy.matches;
    expect(ranked.length).toBeGreaterThan(50);
  });

  it('compares the score of a citizen below the 50th with the 50th, component by component', async () => {
    const below = ranked[55]!;
    const result = await t.gql(STANDING, { v: crowded, c: below.citizen.id }, operator);
    expect(result.errors).toBeUndefined();
    const standing = result.data!.vacancy.candidateStanding;
    expect(standing).toMatchObject({ score: below.score, rank: null, cutoffScore: ranked[49]!.score });
    expect(standing.components).toHaveLength(9);
    expect(standing.summary).toMatch(
      /^Punteggio \d+,\d su 100, sotto i \d+,\d punti del 50° candidato suggerito/,
    );
  });

  it('gives the rank of a citizen among the best 50', async () => {
    const result = await t.gql(STANDING, { v: crowded, c: ranked[0]!.citizen.id }, operator);
    expect(result.data!.vacancy.candidateStanding).toMatchObject({ rank: 1, score: ranked[0]!.score });
    expect(result.data!.vacancy.candidateStanding.summary).toMatch(
      /^La persona compare tra i candidati suggeriti, al posto 1,/,
    );
  });

  it('names the missing essential skills and says why a citizen cannot be ranked at all', async () => {
    const withoutCv = (await t.gql(STANDING, { v: crowded, c: (await newCitizen()).id }, operator)).data!
      .vacancy.candidateStanding;
    expect(withoutCv).toMatchObject({ score: null, rank: null, components: [] });
    expect(withoutCv.summary).toBe(
      'La persona non ha ancora un CV: compilarlo è il primo passo per comparire.',
    );
    // Marco has a CV (a completed module attested a skill) but does not share it.
    const marco = (
      await t.db
        .select({ id: users.id })
        .from(users)
        .where(eq(users.email, 'marco.colombo@demo.sportellolavoro.it'))
    )[0]!.id;
    const unshared = (await t.gql(STANDING, { v: crowded, c: marco }, operator)).data!.vacancy
      .candidateStanding;
    expect(unshared.summary).toMatch(/^La persona non ha dato il consenso a condividere il CV/);
    const own = (await t.gql(STANDING, { v: crowded, c: giulia }, operator)).data!.vacancy.candidateStanding;
    const essential = own.components.find((c: { component: string }) => c.component === 'ESSENTIAL_SKILLS');
    expect(essential.reason).toBe('0 di 1 competenza essenziale; manca: operate forklift');
  });

  it('is for the staff of the network only', async () => {
    for (const token of [company, citizen, (await t.login(OTHER_OPERATOR)).accessToken]) {
      const result = await t.gql(STANDING, { v: crowded, c: giulia }, token);
      expect(result.data?.vacancy?.candidateStanding ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toMatch(/^(FORBIDDEN|NOT_FOUND)$/);
    }
    const stranger = await t.gql(
      STANDING,
      { v: crowded, c: '00000000-0000-4000-8000-000000000000' },
      operator,
    );
    expect(stranger.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
