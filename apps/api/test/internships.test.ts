import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  citizenInput,
  companyInput,
  DEMO,
  OTHER_OPERATOR,
  REGISTER_CITIZEN,
  REGISTER_COMPANY,
  seedOtherNetwork,
} from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';
import {
  INTERNSHIP_FIELDS,
  internshipIn,
  internshipInput,
  PROPOSE_INTERNSHIP,
} from './internship-fixtures.js';
import { ESCO_SKILLS } from './skill-fixtures.js';
import { inDays } from './vacancy-fixtures.js';

let t: TestApp;
let operator: string;
let admin: string;
let company: string;
let giulia: string;
let giuliaId: string;
let companyId: string;

beforeAll(async () => {
  t = await startTestApp();
  await seedOtherNetwork(t);
  operator = (await t.login(DEMO.operator)).accessToken;
  admin = (await t.login(DEMO.admin)).accessToken;
  company = (await t.login(DEMO.companyMember)).accessToken;
  giulia = (await t.login(DEMO.citizen)).accessToken;
  giuliaId = (await t.gql('{ me { id } }', {}, giulia)).data!.me.id;
  companyId = (await t.gql('{ me { company { id } } }', {}, company)).data!.me.company.id;
});
afterAll(() => t?.close());

const input = (overrides: Record<string, unknown> = {}) => internshipInput(companyId, giuliaId, overrides);
const active = (overrides: Record<string, unknown> = {}) =>
  internshipIn(t, operator, 'ACTIVE', input(overrides));

const READ = `query($id: ID!) { internship(id: $id) { ${INTERNSHIP_FIELDS}
  history { fromStatus toStatus actorRole reason }
  monitoringEntries { periodStartsOn periodEndsOn hoursAttended note authorSide authorName }
  evaluation { outcome judgement }
  placement { id source employerName contractType startsOn }
} }`;
const move = (mutation: string, args = '') =>
  `mutation($id: ID!) { ${mutation}(id: $id${args}) { internship { status statusReason } userErrors { field code message } } }`;
const SIGN = move('signInternshipAgreement');
const START = move('startInternship');
const SUSPEND = `mutation($id: ID!, $r: String!) { suspendInternship(id: $id, reason: $r) { internship { status statusReason } userErrors { field code message } } }`;
const RESUME = move('resumeInternship');
const INTERRUPT = `mutation($id: ID!, $r: String!) { interruptInternship(id: $id, reason: $r) { internship { status statusReason } userErrors { field code message } } }`;
const MONITOR = `mutation($id: ID!, $input: MonitoringEntryInput!) {
  addInternshipMonitoringEntry(id: $id, input: $input) { internship { monitoringEntries { hoursAttended authorSide } } userErrors { field code message } }
}`;
const COMPLETE = `mutation($id: ID!, $input: CompleteInternshipInput!) {
  completeInternship(id: $id, input: $input) { internship { status evaluation { outcome judgement } placement { id source } } userErrors { field code message } }
}`;
const evaluation = (overrides: Record<string, unknown> = {}) => ({
  outcome: 'OBJECTIVES_ACHIEVED',
  judgement: 'Ha raggiunto gli obiettivi con impegno e puntualità.',
  acquiredSkills: [],
  ...overrides,
});
const monitoring = (overrides: Record<string, unknown> = {}) => ({
  periodStartsOn: inDays(-30),
  periodEndsOn: inDays(-24),
  hoursAttended: 28,
  note: 'Settimana regolare, buon inserimento nel reparto.',
  ...overrides,
});

async function countRows(table: string): Promise<number> {
  const [row] = await t.query<{ n: number }>(sql.raw(`select count(*)::int as n from "${table}"`));
  return Number(row!.n);
}

async function newCitizen() {
  const registration = citizenInput();
  const id = (await t.gql(REGISTER_CITIZEN, { input: registration })).data!.registerCitizen.citizen
    .id as string;
  await t.gql('mutation($t: String!) { verifyEmail(token: $t) { ok } }', {
    t: t.tokenFromLink(await t.linkFromMail(registration.email, 'Conferma')),
  });
  return { id, token: (await t.login(registration.email, registration.password)).accessToken };
}

describe('tirocini: lifecycle', () => {
  it('proposed, signed, started, monitored by both tutors, suspended, resumed and completed with a hire', async () => {
    const key = randomUUID();
    const proposed = await t.gql(PROPOSE_INTERNSHIP, { input: input(), key }, operator);
    const internship = proposed.data!.proposeInternship.internship;
    expect(proposed.data!.proposeInternship.userErrors).toEqual([]);
    expect(internship).toMatchObject({
      status: 'PROPOSED',
      type: 'EXTRACURRICULAR',
      hoursPerWeek: 30,
      monthlyIndemnityCents: 50_000,
      company: { legalName: expect.stringContaining('Officine Meccaniche Legnano') },
      trainee: { givenName: 'Giulia' },
      sportello: { name: 'Sportello Lavoro Legnano' },
      promotingTutor: { givenName: 'Chiara' },
      companyTutor: { name: 'Roberta Sala', email: 'roberta.sala@officine.example' },
    });
    // A retry with the same key answers with the same tirocinio; another request with it is refused.
    const retried = await t.gql(PROPOSE_INTERNSHIP, { input: input(), key }, operator);
    expect(retried.data!.proposeInternship.internship.id).toBe(internship.id);
    const reused = await t.gql(PROPOSE_INTERNSHIP, { input: input({ hoursPerWeek: 20 }), key }, operator);
    expect(reused.data!.proposeInternship.userErrors[0].code).toBe('IDEMPOTENCY_KEY_REUSED');

    const early = await t.gql(START, { id: internship.id }, operator);
    expect(early.data!.startInternship.userErrors[0]).toMatchObject({
      field: 'id',
      code: 'INVALID_TRANSITION',
    });
    const signed = await t.gql(SIGN, { id: internship.id }, operator);
    expect(signed.data!.signInternshipAgreement.internship.status).toBe('AGREEMENT_SIGNED');
    expect(
      (await t.gql(START, { id: internship.id }, operator)).data!.startInternship.internship.status,
    ).toBe('ACTIVE');

    const byOperator = await t.gql(MONITOR, { id: internship.id, input: monitoring() }, operator);
    expect(byOperator.data!.addInternshipMonitoringEntry.userErrors).toEqual([]);
    const byCompany = await t.gql(
      MONITOR,
      { id: internship.id, input: monitoring({ periodStartsOn: inDays(-23), periodEndsOn: inDays(-17) }) },
      company,
    );
    expect(byCompany.data!.addInternshipMonitoringEntry.internship.monitoringEntries).toEqual([
      { hoursAttended: 28, authorSide: 'PROMOTING' },
      { hoursAttended: 28, authorSide: 'COMPANY' },
    ]);

    const noReason = await t.gql(SUSPEND, { id: internship.id, r: ' ' }, operator);
    expect(noReason.data!.suspendInternship.userErrors[0]).toMatchObject({
      field: 'reason',
      code: 'REQUIRED',
    });
    const suspended = await t.gql(SUSPEND, { id: internship.id, r: 'Malattia del tirocinante' }, operator);
    expect(suspended.data!.suspendInternship.internship).toEqual({
      status: 'SUSPENDED',
      statusReason: 'Malattia del tirocinante',
    });
    const whileSuspended = await t.gql(COMPLETE, { id: internship.id, input: evaluation() }, operator);
    expect(whileSuspended.data!.completeInternship.userErrors[0].code).toBe('INVALID_TRANSITION');
    expect((await t.gql(RESUME, { id: internship.id }, operator)).data!.resumeInternship.internship).toEqual({
      status: 'ACTIVE',
      statusReason: null,
    });

    const completed = await t.gql(
      COMPLETE,
      {
        id: internship.id,
        input: evaluation({
          hire: { contractType: 'APPRENTICESHIP', startsOn: inDays(121), durationMonths: 36 },
        }),
      },
      operator,
    );
    expect(completed.data!.completeInternship.userErrors).toEqual([]);
    expect(completed.data!.completeInternship.internship).toMatchObject({
      status: 'COMPLETED',
      evaluation: { outcome: 'OBJECTIVES_ACHIEVED' },
      placement: { source: 'INTERNSHIP' },
    });

    // The trainee reads it, with its history and who moved it.
    const read = await t.gql(READ, { id: internship.id }, giulia);
    expect(
      read.data!.internship.history.map(
        (e: { toStatus: string; actorRole: string }) => `${e.toStatus}:${e.actorRole}`,
      ),
    ).toEqual([
      'PROPOSED:Operatore',
      'AGREEMENT_SIGNED:Operatore',
      'ACTIVE:Operatore',
      'SUSPENDED:Operatore',
      'ACTIVE:Operatore',
      'COMPLETED:Operatore',
    ]);
    expect(read.data!.internship.monitoringEntries[1]).toMatchObject({ authorName: 'Roberta Sala' });

    // The hire is a placement traceable to the tirocinio.
    const placements = await t.gql(
      '{ placements(verified: false) { edges { node { source employerName contractType internship { id } } } } }',
      {},
      operator,
    );
    const placement = placements
      .data!.placements.edges.map((e: { node: any }) => e.node)
      .find((p: any) => p.internship?.id === internship.id);
    expect(placement).toMatchObject({ source: 'INTERNSHIP', contractType: 'APPRENTICESHIP' });
    expect(placement.employerName).toContain('Officine Meccaniche Legnano');

    // Closed: no more moves, no more monitoring.
    const after = await t.gql(INTERRUPT, { id: internship.id, r: 'Ripensamento' }, operator);
    expect(after.data!.interruptInternship.userErrors[0].code).toBe('INVALID_TRANSITION');
    const late = await t.gql(MONITOR, { id: internship.id, input: monitoring() }, company);
    expect(late.data!.addInternshipMonitoringEntry.userErrors[0].code).toBe('NOT_IN_PROGRESS');
  });

  it('an interruption needs its reason, from an active or suspended tirocinio', async () => {
    const id = await active();
    const noReason = await t.gql(INTERRUPT, { id, r: '' }, operator);
    expect(noReason.data!.interruptInternship.userErrors[0]).toMatchObject({
      field: 'reason',
      code: 'REQUIRED',
    });
    await t.gql(SUSPEND, { id, r: 'Chiusura estiva del reparto' }, operator);
    const interrupted = await t.gql(
      INTERRUPT,
      { id, r: 'Il tirocinante ha trovato lavoro altrove' },
      operator,
    );
    expect(interrupted.data!.interruptInternship.internship).toEqual({
      status: 'INTERRUPTED',
      statusReason: 'Il tirocinante ha trovato lavoro altrove',
    });
    const resumed = await t.gql(RESUME, { id }, operator);
    expect(resumed.data!.resumeInternship.userErrors[0].code).toBe('INVALID_TRANSITION');
    const proposed = await internshipIn(t, operator, 'PROPOSED', input());
    const early = await t.gql(INTERRUPT, { id: proposed, r: 'Azienda non più disponibile' }, operator);
    expect(early.data!.interruptInternship.userErrors[0].code).toBe('INVALID_TRANSITION');
  });

  it('completing without a hire records no placement; a bad hire changes nothing', async () => {
    const id = await active();
    const placementsBefore = await countRows('placements');
    const badHire = await t.gql(
      COMPLETE,
      {
        id,
        input: evaluation({ hire: { contractType: 'FIXED_TERM', startsOn: inDays(200), durationMonths: 0 } }),
      },
      operator,
    );
    expect(badHire.data!.completeInternship.userErrors[0]).toMatchObject({
      field: 'durationMonths',
      code: 'OUT_OF_RANGE',
    });
    expect((await t.gql(READ, { id }, operator)).data!.internship.status).toBe('ACTIVE');
    const noJudgement = await t.gql(COMPLETE, { id, input: evaluation({ judgement: 'ok' }) }, operator);
    expect(noJudgement.data!.completeInternship.userErrors[0].field).toBe('judgement');
    const done = await t.gql(
      COMPLETE,
      { id, input: evaluation({ outcome: 'OBJECTIVES_PARTIALLY_ACHIEVED' }) },
      operator,
    );
    expect(done.data!.completeInternship.internship).toMatchObject({ status: 'COMPLETED', placement: null });
    expect(await countRows('placements')).toBe(placementsBefore);
  });
});

describe('tirocini: ESCO skills', () => {
  const SKILLS = `query($id: ID!) { internship(id: $id) { targetSkills { uri label } acquiredSkills { skill { uri } level } } }`;
  const CV_SKILLS = `query($id: ID!) { citizen(id: $id) { cv { skills { skill { uri } level source internship { id } } } } }`;

  it('the project names the skills to acquire; the evaluation attests some, which enter the CV', async () => {
    const { arcWelding: welding, protectiveGear: safety, blueprints: reading } = ESCO_SKILLS;
    const { id: trainee } = await newCitizen();
    // The trainee had declared one of them: the attestation replaces the declaration.
    await t.gql(
      `mutation($id: ID, $input: CvInput!) { saveCv(citizenId: $id, input: $input) { userErrors { field message } } }`,
      {
        id: trainee,
        input: {
          headline: 'Aspirante saldatore',
          soughtOccupationUris: [],
          experiences: [],
          education: [],
          languages: [],
          certifications: [],
          skills: [{ skillUri: safety.uri, level: 'BASIC' }],
        },
      },
      operator,
    );
    const id = await internshipIn(
      t,
      operator,
      'ACTIVE',
      internshipInput(companyId, trainee, { targetSkillUris: [welding.uri, safety.uri, reading.uri] }),
    );
    const project = await t.gql(SKILLS, { id }, company);
    expect(project.data!.internship.targetSkills.map((s: { label: string }) => s.label)).toEqual([
      'apply arc welding techniques',
      'read standard blueprints',
      'wear appropriate protective gear',
    ]);

    const unknown = await t.gql(
      COMPLETE,
      {
        id,
        input: evaluation({
          acquiredSkills: [
            { skillUri: welding.uri, level: 'INTERMEDIATE' },
            { skillUri: 'urn:sportello:test:skill:inesistente', level: 'BASIC' },
            { skillUri: welding.uri, level: 'BASIC' },
          ],
        }),
      },
      operator,
    );
    expect(unknown.data!.completeInternship.userErrors).toEqual([
      expect.objectContaining({ field: 'acquiredSkills[1].skillUri', code: 'UNKNOWN_SKILL' }),
      expect.objectContaining({ field: 'acquiredSkills[2].skillUri', code: 'DUPLICATE' }),
    ]);

    const done = await t.gql(
      COMPLETE,
      {
        id,
        input: evaluation({
          acquiredSkills: [
            { skillUri: welding.uri, level: 'INTERMEDIATE' },
            { skillUri: safety.uri, level: 'ADVANCED' },
          ],
        }),
      },
      operator,
    );
    expect(done.data!.completeInternship.userErrors).toEqual([]);
    expect((await t.gql(SKILLS, { id }, giulia)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const attested = await t.gql(SKILLS, { id }, operator);
    expect(attested.data!.internship.acquiredSkills).toEqual([
      { skill: { uri: welding.uri }, level: 'INTERMEDIATE' },
      { skill: { uri: safety.uri }, level: 'ADVANCED' },
    ]);
    const cv = await t.gql(CV_SKILLS, { id: trainee }, operator);
    expect(cv.data!.citizen.cv.skills).toEqual([
      { skill: { uri: welding.uri }, level: 'INTERMEDIATE', source: 'INTERNSHIP', internship: { id } },
      { skill: { uri: safety.uri }, level: 'ADVANCED', source: 'INTERNSHIP', internship: { id } },
    ]);
  });

  it('a trainee without a CV gets one with the attested skills', async () => {
    const skill = ESCO_SKILLS.joinMetals;
    const { id: trainee } = await newCitizen();
    const id = await internshipIn(t, operator, 'ACTIVE', internshipInput(companyId, trainee));
    await t.gql(
      COMPLETE,
      { id, input: evaluation({ acquiredSkills: [{ skillUri: skill.uri, level: 'BASIC' }] }) },
      operator,
    );
    const cv = await t.gql(CV_SKILLS, { id: trainee }, operator);
    expect(cv.data!.citizen.cv.skills).toEqual([
      { skill: { uri: skill.uri }, level: 'BASIC', source: 'INTERNSHIP', internship: { id } },
    ]);
  });

  it('the database keeps attested skills tied to their tirocinio', async () => {
    const skill = ESCO_SKILLS.safety;
    await expect(
      t.db.execute(
        sql`insert into cv_skills (citizen_id, skill_uri, level, source, position) values (${giuliaId}, ${skill.uri}, 'BASIC', 'INTERNSHIP', 0)`,
      ),
    ).rejects.toThrow();
    const id = await internshipIn(t, operator, 'PROPOSED', input());
    await expect(
      t.db.execute(
        sql`insert into internship_skills (internship_id, skill_uri, kind) values (${id}, ${skill.uri}, 'ACQUIRED')`,
      ),
    ).rejects.toThrow();
  });
});

describe('tirocini: concurrency', () => {
  it('of concurrent starts one wins, and the history records one', async () => {
    const id = await internshipIn(t, operator, 'AGREEMENT_SIGNED', input());
    const results = await Promise.all(Array.from({ length: 5 }, () => t.gql(START, { id }, operator)));
    expect(results.filter((r) => r.data!.startInternship.internship)).toHaveLength(1);
    const losers = results.filter((r) => !r.data!.startInternship.internship);
    for (const r of losers)
      expect(['STALE', 'INVALID_TRANSITION']).toContain(r.data!.startInternship.userErrors[0].code);
    const history = (await t.gql(READ, { id }, operator)).data!.internship.history;
    expect(history.map((e: { toStatus: string }) => e.toStatus)).toEqual([
      'PROPOSED',
      'AGREEMENT_SIGNED',
      'ACTIVE',
    ]);
  });

  it('concurrent proposals with one idempotency key create one tirocinio', async () => {
    const before = await countRows('internships');
    const key = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 4 }, () => t.gql(PROPOSE_INTERNSHIP, { input: input(), key }, operator)),
    );
    const ids = new Set(results.map((r) => r.data!.proposeInternship.internship?.id));
    expect([...ids]).toHaveLength(1);
    expect(ids.has(undefined)).toBe(false);
    expect(await countRows('internships')).toBe(before + 1);
  });

  it('of a concurrent completion with a hire and an interruption one wins; at most one placement', async () => {
    const id = await active();
    const [completed, interrupted] = await Promise.all([
      t.gql(
        COMPLETE,
        { id, input: evaluation({ hire: { contractType: 'PERMANENT', startsOn: inDays(121) } }) },
        operator,
      ),
      t.gql(INTERRUPT, { id, r: 'Azienda in crisi, tirocinio chiuso' }, operator),
    ]);
    const winners = [
      completed.data!.completeInternship.internship,
      interrupted.data!.interruptInternship.internship,
    ];
    expect(winners.filter(Boolean)).toHaveLength(1);
    const [row] = await t.query<{ n: number }>(
      sql`select count(*)::int as n from placements where internship_id = ${id}`,
    );
    expect(Number(row!.n)).toBe(completed.data!.completeInternship.internship ? 1 : 0);
  });
});

describe('tirocini: validation', () => {
  it('bad input gets a userError on each field and writes nothing', async () => {
    const before = await countRows('internships');
    const result = await t.gql(
      PROPOSE_INTERNSHIP,
      {
        input: input({
          companyTutor: { name: 'R', email: 'non-una-email', phone: 'abc' },
          objectives: 'corto',
          activities: ' ',
          startsOn: '2026-06-01',
          endsOn: '2026-05-01',
          hoursPerWeek: 41,
          monthlyIndemnityCents: -1,
          targetSkillUris: ['urn:sportello:test:skill:inesistente'],
        }),
      },
      operator,
    );
    const errors = result.data!.proposeInternship.userErrors as { field: string; code: string }[];
    expect(Object.fromEntries(errors.map((e) => [e.field, e.code]))).toEqual({
      'companyTutor.name': 'REQUIRED',
      'companyTutor.email': 'INVALID_EMAIL',
      'companyTutor.phone': 'INVALID_PHONE',
      objectives: 'REQUIRED',
      activities: 'REQUIRED',
      endsOn: 'BEFORE_START',
      hoursPerWeek: 'OUT_OF_RANGE',
      monthlyIndemnityCents: 'OUT_OF_RANGE',
      'targetSkillUris[0]': 'UNKNOWN_SKILL',
    });
    expect(await countRows('internships')).toBe(before);
  });

  it('an extracurricular tirocinio lasts at most 12 months, an inclusion one 24', async () => {
    const long = await t.gql(
      PROPOSE_INTERNSHIP,
      { input: input({ startsOn: '2027-01-10', endsOn: '2028-01-11' }) },
      operator,
    );
    expect(long.data!.proposeInternship.userErrors).toEqual([
      expect.objectContaining({ field: 'endsOn', code: 'TOO_LONG' }),
    ]);
  });

  it('the company must be verified, the site its own, the trainee and the tutor of the network', async () => {
    const registration = companyInput();
    const pending = (await t.gql(REGISTER_COMPANY, { input: registration })).data!.registerCompany.company.id;
    const unverified = await t.gql(
      PROPOSE_INTERNSHIP,
      { input: internshipInput(pending, giuliaId) },
      operator,
    );
    expect(unverified.data!.proposeInternship.userErrors[0]).toMatchObject({
      field: 'companyId',
      code: 'COMPANY_NOT_VERIFIED',
    });
    const otherTutor = (await t.gql('{ me { id } }', {}, (await t.login(OTHER_OPERATOR)).accessToken)).data!
      .me.id;
    const wrong = await t.gql(
      PROPOSE_INTERNSHIP,
      {
        input: input({
          companySiteId: randomUUID(),
          traineeId: randomUUID(),
          promotingTutorId: otherTutor,
        }),
      },
      operator,
    );
    expect(
      (wrong.data!.proposeInternship.userErrors as { field: string; code: string }[]).map(
        (e) => `${e.field}:${e.code}`,
      ),
    ).toEqual(['companySiteId:NOT_FOUND', 'traineeId:NOT_FOUND', 'promotingTutorId:NOT_FOUND']);

    // Another operator of the network as promoting tutor: their sportello promotes it.
    const sites = await t.gql(
      'mutation { addCompanySite(input: { comuneCode: "015046", address: "Via Roma 1" }) { company { sites { id } } } }',
      {},
      company,
    );
    const siteId = sites.data!.addCompanySite.company.sites.at(-1).id;
    const vareseId = (await t.gql('{ me { id } }', {}, (await t.login(DEMO.operatorVarese)).accessToken))
      .data!.me.id;
    const promoted = await t.gql(
      PROPOSE_INTERNSHIP,
      { input: input({ companySiteId: siteId, promotingTutorId: vareseId }) },
      operator,
    );
    expect(promoted.data!.proposeInternship.internship).toMatchObject({
      sportello: { name: 'Sportello Lavoro Varese' },
      promotingTutor: { givenName: 'Paolo' },
    });
  });

  it('monitoring: the period within the tirocinio and past, hours within the agreed ones', async () => {
    const id = await active({ hoursPerWeek: 30 });
    const cases: [Record<string, unknown>, string, string][] = [
      [{ periodStartsOn: inDays(-10), periodEndsOn: inDays(-12) }, 'periodEndsOn', 'BEFORE_START'],
      [{ periodStartsOn: inDays(-90), periodEndsOn: inDays(-80) }, 'periodStartsOn', 'OUTSIDE_INTERNSHIP'],
      [{ periodStartsOn: inDays(-2), periodEndsOn: inDays(3) }, 'periodEndsOn', 'IN_THE_FUTURE'],
      [{ hoursAttended: 31 }, 'hoursAttended', 'OUT_OF_RANGE'],
      [{ hoursAttended: -1 }, 'hoursAttended', 'OUT_OF_RANGE'],
      [{ note: '' }, 'note', 'REQUIRED'],
    ];
    for (const [overrides, field, code] of cases) {
      const result = await t.gql(MONITOR, { id, input: monitoring(overrides) }, operator);
      expect(result.data!.addInternshipMonitoringEntry.userErrors, JSON.stringify(overrides)).toEqual([
        expect.objectContaining({ field, code }),
      ]);
    }
    const twoWeeks = await t.gql(
      MONITOR,
      { id, input: monitoring({ periodStartsOn: inDays(-20), periodEndsOn: inDays(-7), hoursAttended: 60 }) },
      operator,
    );
    expect(twoWeeks.data!.addInternshipMonitoringEntry.userErrors).toEqual([]);
    const proposed = await internshipIn(t, operator, 'PROPOSED', input());
    const notStarted = await t.gql(MONITOR, { id: proposed, input: monitoring() }, company);
    expect(notStarted.data!.addInternshipMonitoringEntry.userErrors[0].code).toBe('NOT_IN_PROGRESS');
  });

  it('the database refuses what the service would: dates out of order, too many hours, negative indemnity', async () => {
    const id = await internshipIn(t, operator, 'PROPOSED', input());
    for (const change of [
      sql`update internships set ends_on = starts_on where id = ${id}`,
      sql`update internships set hours_per_week = 41 where id = ${id}`,
      sql`update internships set monthly_indemnity_cents = -1 where id = ${id}`,
      sql`update internships set status = 'COMPLETED' where id = ${id}`,
    ]) {
      await expect(t.db.execute(change)).rejects.toThrow();
    }
  });
});

describe('tirocini di inclusione (law 68/1999)', () => {
  it('only for people on the lists; each check audited; the company never sees the category', async () => {
    const { id: notListed } = await newCitizen();
    const checksBefore = await countRows('audit_log');
    const refused = await t.gql(
      PROPOSE_INTERNSHIP,
      { input: internshipInput(companyId, notListed, { type: 'INCLUSION' }) },
      operator,
    );
    expect(refused.data!.proposeInternship.userErrors).toEqual([
      expect.objectContaining({ field: 'traineeId', code: 'NOT_ON_LAW_68_LISTS' }),
    ]);

    const { id: listed, token } = await newCitizen();
    await t.gql(
      'mutation { declareSpecialCategories(input: { law68Disability: true, disabilityCategory: CIVIL_INVALIDITY, economicHardship: false }) { userErrors { code } } }',
      {},
      token,
    );
    const accepted = await t.gql(
      PROPOSE_INTERNSHIP,
      {
        input: internshipInput(companyId, listed, {
          type: 'INCLUSION',
          startsOn: inDays(10),
          endsOn: inDays(700),
        }),
      },
      operator,
    );
    const internship = accepted.data!.proposeInternship.internship;
    expect(internship.type).toBe('INCLUSION');
    const checks = await t.query<{ subject_id: string }>(
      sql`select subject_id from audit_log where action = 'special_categories.eligibility_check' and subject_id = ${listed}`,
    );
    expect(checks).toHaveLength(1);
    expect(await countRows('audit_log')).toBeGreaterThan(checksBefore);

    const seen = await t.gql(
      'query($id: ID!) { internship(id: $id) { type trainee { givenName specialCategories(reason: "Verifica requisiti del tirocinio") { disabilityCategory } } } }',
      { id: internship.id },
      company,
    );
    expect(seen.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(seen.data ?? {})).not.toMatch(/CIVIL_INVALIDITY|disabilityCategory/);
  });
});

describe('tirocini: who sees and does what', () => {
  it('the company and the trainee read their own; others get NOT_FOUND; only operators move it', async () => {
    const id = await internshipIn(t, operator, 'PROPOSED', input());
    const { token: stranger } = await newCitizen();
    const registration = companyInput();
    await t.gql(REGISTER_COMPANY, { input: registration });
    await t.gql('mutation($t: String!) { verifyEmail(token: $t) { ok } }', {
      t: t.tokenFromLink(await t.linkFromMail(registration.email, 'Conferma')),
    });
    const otherCompany = (await t.login(registration.email, registration.password)).accessToken;
    const otherNetwork = (await t.login(OTHER_OPERATOR)).accessToken;
    for (const token of [stranger, otherCompany, otherNetwork]) {
      const read = await t.gql(READ, { id }, token);
      expect(read.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const monitor = await t.gql(MONITOR, { id, input: monitoring() }, token);
      expect(monitor.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    for (const token of [company, giulia, admin, otherNetwork]) {
      const sign = await t.gql(SIGN, { id }, token);
      expect(sign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    expect((await t.gql(READ, { id }, admin)).data!.internship.status).toBe('PROPOSED');
    const mine = await t.gql('{ myInternships { totalCount edges { node { id } } } }', {}, giulia);
    expect(mine.data!.myInternships.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(id);
    const hosted = await t.gql('{ companyInternships { totalCount edges { node { id } } } }', {}, company);
    expect(hosted.data!.companyInternships.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(
      id,
    );
    const none = await t.gql('{ companyInternships { totalCount } }', {}, otherCompany);
    expect(none.data!.companyInternships.totalCount).toBe(0);
    const others = await t.gql('{ internships { totalCount } }', {}, otherNetwork);
    expect(others.data!.internships.totalCount).toBe(0);
    const proposed = await t.gql(
      '{ internships(status: PROPOSED) { edges { node { id status } } } }',
      {},
      operator,
    );
    expect(
      proposed.data!.internships.edges.every(
        (e: { node: { status: string } }) => e.node.status === 'PROPOSED',
      ),
    ).toBe(true);
  });

  it('the hire a tirocinio ended in is read through it by the host company and the trainee only', async () => {
    const id = await active();
    const hire = { contractType: 'FIXED_TERM', startsOn: inDays(130), durationMonths: 12 };
    const completed = await t.gql(COMPLETE, { id, input: evaluation({ hire }) }, operator);
    expect(completed.data!.completeInternship.userErrors).toEqual([]);
    const HIRE =
      'query($id: ID!) { internship(id: $id) { placement { contractType startsOn durationMonths } } }';
    for (const token of [company, giulia]) {
      const read = await t.gql(HIRE, { id }, token);
      expect(read.errors).toBeUndefined();
      expect(read.data!.internship.placement).toEqual(hire);
    }
    const { token: stranger } = await newCitizen();
    const registration = companyInput();
    await t.gql(REGISTER_COMPANY, { input: registration });
    await t.gql('mutation($t: String!) { verifyEmail(token: $t) { ok } }', {
      t: t.tokenFromLink(await t.linkFromMail(registration.email, 'Conferma')),
    });
    const otherCompany = (await t.login(registration.email, registration.password)).accessToken;
    for (const token of [stranger, otherCompany]) {
      const read = await t.gql(HIRE, { id }, token);
      expect(read.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(read.data?.internship ?? null).toBeNull();
    }
  });
});
