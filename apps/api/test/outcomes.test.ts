import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, OTHER_OPERATOR, randomPartitaIva, seedOtherNetwork } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';
import { internshipIn, internshipInput } from './internship-fixtures.js';
import { pdfText } from './pdf-structure.js';
import { ADMIT, assignment, rankedApplicationIn } from './program-fixtures.js';
import { ideaIn, STARTED } from './self-employment-fixtures.js';
import { inDays, vacancyIn } from './vacancy-fixtures.js';

let t: TestApp;
let admin: string;
let operator: string;
let operatorVarese: string;
let company: string;
let giulia: string;
let giuliaId: string;
let otherOperator: string;
let legnanoId: string;

const APPLY = `mutation($id: ID!) { applyToVacancy(vacancyId: $id) { application { id } userErrors { code } } }`;
const MOVE = `mutation($id: ID!, $s: ApplicationStatus!, $hire: HireInput) {
  moveApplication(id: $id, status: $s, hire: $hire) { userErrors { field code message } } }`;
const PLACEMENTS = `{ placements(verified: false, first: 100) { edges { node { id application { id } } } } }`;
const VERIFY = `mutation($id: ID!) { verifyPlacement(id: $id) { userErrors { code } } }`;
const OUTCOMES = `{ outcomes(first: 100) { totalCount edges { node {
  id reference kind contractType contractClass durationMonths startsOn targetGroups sportello { name }
  checkpoints { days dueOn answer { stillEmployed confirmedVia confirmedByName at } history { stillEmployed confirmedVia } }
  eligibility { contract { id } eligible reason }
  billedIn { number }
} } } }`;
const CONFIRM = `mutation($input: ConfirmEmploymentInput!) {
  confirmEmployment(input: $input) { followUp { checkpointDays stillEmployed confirmedVia confirmedByName at } userErrors { field code message } } }`;
const CREATE_CONTRACT = `mutation($input: FundingContractInput!) {
  createFundingContract(input: $input) { contract { id name capCents tariffs { outcomeKind contractClass targetGroup amountCents } } userErrors { field code message } } }`;
const ISSUE = `mutation($c: ID!, $end: Date!) { issueStatement(contractId: $c, periodEndsOn: $end) {
  statement { id number periodStartsOn periodEndsOn chargedCents creditedCents totalCents pdfUrl csvUrl
    lines { kind reference outcomeKind contractClass targetGroup tariffCents amountCents } }
  userErrors { field code message } } }`;

interface OutcomeNode {
  id: string;
  reference: string;
  kind: string;
  contractClass: string;
  targetGroups: string[];
  checkpoints: {
    days: number;
    answer: { stillEmployed: boolean; confirmedVia: string } | null;
    history: unknown[];
  }[];
  eligibility: { contract: { id: string }; eligible: boolean; reason: string | null }[];
  billedIn: { number: number } | null;
}

async function outcomes(): Promise<OutcomeNode[]> {
  const result = await t.gql(OUTCOMES, {}, admin);
  expect(result.errors).toBeUndefined();
  return result.data!.outcomes.edges.map((e: { node: OutcomeNode }) => e.node);
}

/** Giulia hired through a candidature and the placement verified at Legnano: its outcome's id. */
async function hire(hireInput: { startsOn: string; durationMonths?: number }, contractType = 'FIXED_TERM') {
  const vacancy = await vacancyIn(t, { company, operator }, 'PUBLISHED', { contractType });
  const applied = await t.gql(APPLY, { id: vacancy }, giulia);
  const applicationId = applied.data!.applyToVacancy.application.id;
  for (const s of ['SHORTLISTED', 'INTERVIEW', 'OFFER']) await t.gql(MOVE, { id: applicationId, s }, company);
  const hired = await t.gql(MOVE, { id: applicationId, s: 'HIRED', hire: hireInput }, company);
  expect(hired.data!.moveApplication.userErrors).toEqual([]);
  const placement = (await t.gql(PLACEMENTS, {}, operator)).data!.placements.edges.find(
    (e: { node: { application: { id: string } | null } }) => e.node.application?.id === applicationId,
  ).node.id;
  const verified = await t.gql(VERIFY, { id: placement }, operator);
  expect(verified.data!.verifyPlacement.userErrors).toEqual([]);
  return { outcomeId: await newest() };
}

async function newest(): Promise<string> {
  const rows = await t.query<{ id: string }>(sql`select id from outcomes order by created_at desc limit 1`);
  return rows[0]!.id;
}

const confirm = (token: string, outcomeId: string, checkpointDays: number, stillEmployed = true) =>
  t.gql(CONFIRM, { input: { outcomeId, checkpointDays, stillEmployed } }, token);

function contractInput(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Inserimenti 2026 – Legnano',
    sportelloId: legnanoId,
    startsOn: inDays(-365),
    endsOn: inDays(365),
    capCents: 1_000_000,
    minDurationMonths: 6,
    retentionDays: 90,
    tariffs: [
      { outcomeKind: 'HIRE', contractClass: 'FIXED_TERM_LONG', amountCents: 80_000 },
      {
        outcomeKind: 'HIRE',
        contractClass: 'FIXED_TERM_LONG',
        targetGroup: 'ECONOMIC_HARDSHIP',
        amountCents: 120_050,
      },
      { outcomeKind: 'HIRE', contractClass: 'PERMANENT', amountCents: 150_000 },
    ],
    ...overrides,
  };
}

async function createContract(overrides: Record<string, unknown> = {}): Promise<string> {
  const created = await t.gql(CREATE_CONTRACT, { input: contractInput(overrides) }, admin);
  expect(created.data!.createFundingContract.userErrors).toEqual([]);
  return created.data!.createFundingContract.contract.id;
}

const chargesPerOutcome = () =>
  t.query<{ outcome_id: string; n: number }>(
    sql`select outcome_id, count(*)::int as n from statement_lines where kind = 'CHARGE' group by outcome_id`,
  );

beforeAll(async () => {
  t = await startTestApp();
  await seedOtherNetwork(t);
  admin = (await t.login(DEMO.admin)).accessToken;
  operator = (await t.login(DEMO.operator)).accessToken;
  operatorVarese = (await t.login(DEMO.operatorVarese)).accessToken;
  company = (await t.login(DEMO.companyMember)).accessToken;
  giulia = (await t.login(DEMO.citizen)).accessToken;
  otherOperator = (await t.login(OTHER_OPERATOR)).accessToken;
  giuliaId = (await t.gql('{ me { id } }', {}, giulia)).data!.me.id;
  const sportelli = (await t.gql('{ sportelli { id name } }', {}, admin)).data!.sportelli as {
    id: string;
    name: string;
  }[];
  legnanoId = sportelli.find((s) => s.name.includes('Legnano'))!.id;
  // Giulia in charge at Legnano, in economic hardship: her outcomes are credited there, in that group.
  await t.gql(
    'mutation($id: ID!) { takeCitizenInCharge(citizenId: $id, reason: "Colloquio di orientamento allo sportello") { caseAssignment { id } } }',
    { id: giuliaId },
    operator,
  );
  const declared = await t.gql(
    'mutation($id: ID) { declareSpecialCategories(citizenId: $id, input: { law68Disability: false, economicHardship: true }) { userErrors { code } } }',
    { id: giuliaId },
    operator,
  );
  expect(declared.data!.declareSpecialCategories.userErrors).toEqual([]);
});
afterAll(() => t?.close());

describe('the outcome ledger', () => {
  it('a verified placement becomes an outcome with the groups, contract class and follow-up days at hire', async () => {
    const startsOn = inDays(-100);
    const { outcomeId } = await hire({ startsOn, durationMonths: 12 });
    const outcome = (await outcomes()).find((o) => o.id === outcomeId)!;
    expect(outcome).toMatchObject({
      kind: 'HIRE',
      contractClass: 'FIXED_TERM_LONG',
      // Giulia was born in 1979: over 45 on her first day.
      targetGroups: ['ECONOMIC_HARDSHIP', 'OVER_45'],
      billedIn: null,
    });
    expect(outcome.reference).toMatch(/^ES-[A-Z2-9]{10}$/);
    expect(outcome.checkpoints.map((c) => [c.days, c.answer])).toEqual([
      [30, null],
      [90, null],
      [180, null],
    ]);
    // The special-category read behind the groups is in the access log, and so is the admin's read.
    const audited = await t.query<{ action: string }>(
      sql`select action from audit_log where subject_id = ${giuliaId} and action like 'special_categories.outcome%'`,
    );
    expect(audited.map((a) => a.action)).toEqual(
      expect.arrayContaining(['special_categories.outcome_groups', 'special_categories.outcome_groups_read']),
    );
  });

  it('follow-ups record who answered and when, only from the day they fall due; a later answer corrects', async () => {
    const { outcomeId } = await hire({ startsOn: inDays(-100), durationMonths: 12 });
    const early = await confirm(company, outcomeId, 180);
    expect(early.data!.confirmEmployment.userErrors[0]).toMatchObject({
      field: 'checkpointDays',
      code: 'NOT_YET_DUE',
    });
    const odd = await confirm(company, outcomeId, 60);
    expect(odd.data!.confirmEmployment.userErrors[0].code).toBe('INVALID');

    const byCompany = await confirm(company, outcomeId, 90);
    expect(byCompany.data!.confirmEmployment.followUp).toMatchObject({
      checkpointDays: 90,
      stillEmployed: true,
      confirmedVia: 'COMPANY',
      confirmedByName: expect.any(String),
    });
    expect(Date.now() - Date.parse(byCompany.data!.confirmEmployment.followUp.at)).toBeLessThan(60_000);
    expect((await confirm(giulia, outcomeId, 30)).data!.confirmEmployment.followUp.confirmedVia).toBe(
      'CITIZEN',
    );
    expect((await confirm(operator, outcomeId, 30)).data!.confirmEmployment.followUp.confirmedVia).toBe(
      'OPERATOR',
    );
    await confirm(operator, outcomeId, 90, false);

    const outcome = (await outcomes()).find((o) => o.id === outcomeId)!;
    const ninety = outcome.checkpoints.find((c) => c.days === 90)!;
    expect(ninety.answer).toMatchObject({ stillEmployed: false, confirmedVia: 'OPERATOR' });
    expect(ninety.history).toEqual([
      { stillEmployed: true, confirmedVia: 'COMPANY' },
      { stillEmployed: false, confirmedVia: 'OPERATOR' },
    ]);
  });

  it('eligibility follows the contract: long enough, and still employed at its follow-up day', async () => {
    const contractId = await createContract({ name: 'Regole di idoneità' });
    const retained = (await hire({ startsOn: inDays(-95), durationMonths: 12 })).outcomeId;
    const short = (await hire({ startsOn: inDays(-95), durationMonths: 3 })).outcomeId;
    const unanswered = (await hire({ startsOn: inDays(-95), durationMonths: 12 })).outcomeId;
    const permanent = (await hire({ startsOn: inDays(-95) }, 'PERMANENT')).outcomeId;
    for (const id of [retained, short, permanent]) await confirm(company, id, 90);
    const reasons = Object.fromEntries(
      (await outcomes()).map((o) => {
        const under = o.eligibility.find((e) => e.contract.id === contractId);
        return [o.id, under ? under.reason : 'no contract'];
      }),
    );
    expect([reasons[retained], reasons[short], reasons[unanswered], reasons[permanent]]).toEqual([
      null,
      'TOO_SHORT',
      'NOT_CONFIRMED',
      null,
    ]);
  });

  it('the answer that makes an outcome eligible under a contract tells the integrations, once', async () => {
    const contractId = await createContract({ name: 'Idoneità annunciata' });
    const { outcomeId } = await hire({ startsOn: inDays(-95), durationMonths: 12 });
    const announced = () =>
      t.query<{ contractId: string; reference: string }>(sql`
        select data->>'contractId' as "contractId", data->>'reference' as reference from webhook_events
        where kind = 'OUTCOME_ELIGIBLE' and data->>'outcomeId' = ${outcomeId}`);
    await confirm(company, outcomeId, 30);
    await confirm(company, outcomeId, 90, false);
    expect(await announced()).toEqual([]);

    // A correction: still employed at 90 days after all. Eligible now under every contract of Legnano
    // whose rules it meets, each announced once, with the pseudonymous reference only.
    expect((await confirm(operator, outcomeId, 90)).data!.confirmEmployment.userErrors).toEqual([]);
    const node = (await outcomes()).find((o) => o.id === outcomeId)!;
    const eligibleUnder = node.eligibility.filter((e) => e.eligible).map((e) => e.contract.id);
    expect(eligibleUnder).toContain(contractId);
    const events = await announced();
    expect(events.map((e) => e.contractId).sort()).toEqual([...eligibleUnder].sort());
    expect(new Set(events.map((e) => e.reference))).toEqual(new Set([node.reference]));

    // Confirmed again: already eligible, nothing more to tell.
    await confirm(company, outcomeId, 90);
    expect(await announced()).toHaveLength(events.length);
  });

  it('the database refuses to change or remove ledger rows and issued statements', async () => {
    await hire({ startsOn: inDays(-40), durationMonths: 6 });
    const contractId = await createContract({ name: 'Contratto di prova' });
    await t.gql(ISSUE, { c: contractId, end: inDays(0) }, admin);
    for (const statement of [
      sql`update outcomes set duration_months = 24`,
      sql`delete from outcomes`,
      sql`update outcome_follow_ups set still_employed = not still_employed`,
      sql`delete from outcome_follow_ups`,
      sql`update statements set total_cents = 0`,
      sql`delete from statement_lines`,
      sql`truncate statements cascade`,
    ]) {
      const error = await t.query(statement).then(
        () => null,
        (failure: Error) => failure,
      );
      expect(String((error?.cause as Error | undefined)?.message ?? error?.message)).toMatch(/append-only/);
    }
  });
});

describe('outcomes beyond hires', () => {
  const END = `mutation($id: ID!, $outcome: ProgramOutcome!, $hire: ProgramHireInput) {
    endProgramParticipation(id: $id, outcome: $outcome, hire: $hire) { participation { status outcome } userErrors { field code message } } }`;
  const COMPLETE = `mutation($id: ID!, $input: CompleteInternshipInput!) {
    completeInternship(id: $id, input: $input) { internship { status } userErrors { field code message } } }`;
  const CHECKS = `{ employmentChecks(first: 100) { edges { node { id kind employerName contractType startsOn checkpoints { days } } } } }`;
  const ledgerRow = (id: string) =>
    t.query<{
      kind: string;
      internship_id: string | null;
      participation_id: string | null;
      business_idea_id: string | null;
      placement_id: string | null;
      employer_name: string | null;
      contract_class: string | null;
    }>(
      sql`select kind, internship_id, participation_id, business_idea_id, placement_id, employer_name, contract_class
        from outcomes where id = ${id}`,
    );

  async function participation() {
    const { applicationId } = await rankedApplicationIn(t, operator, giuliaId);
    const admitted = await t.gql(ADMIT, { a: applicationId, assignment }, operator);
    const id = admitted.data?.admitProgramApplicant.participation?.id as string | undefined;
    if (!id) throw new Error(JSON.stringify(admitted));
    return id;
  }

  let programHire: string;
  let training: string;
  let internship: string;
  let business: string;

  it('a participation ends in a hire (with its contract), in training or in neither: each enters the ledger once', async () => {
    const hired = await participation();
    const before = await t.query<{ n: number }>(sql`select count(*)::int as n from outcomes`);
    const missing = await t.gql(END, { id: hired, outcome: 'HIRED' }, operator);
    expect(missing.data!.endProgramParticipation.userErrors).toMatchObject([
      { field: 'hire', code: 'REQUIRED' },
    ]);
    const bad = await t.gql(
      END,
      {
        id: hired,
        outcome: 'HIRED',
        hire: { employerName: ' ', contractType: 'FIXED_TERM', durationMonths: 0, startsOn: inDays(3) },
      },
      operator,
    );
    expect(bad.data!.endProgramParticipation.userErrors.map((e: { field: string }) => e.field)).toEqual([
      'hire.employerName',
      'hire.durationMonths',
      'hire.startsOn',
    ]);
    // Refused twice: still active, nothing in the ledger.
    expect(await t.query(sql`select count(*)::int as n from outcomes`)).toEqual(before);
    const ended = await t.gql(
      END,
      {
        id: hired,
        outcome: 'HIRED',
        hire: {
          employerName: 'Cooperativa Il Parco',
          contractType: 'FIXED_TERM',
          durationMonths: 12,
          startsOn: inDays(-95),
        },
      },
      operator,
    );
    expect(ended.data!.endProgramParticipation).toMatchObject({
      participation: { status: 'ENDED', outcome: 'HIRED' },
      userErrors: [],
    });
    programHire = await newest();
    expect((await ledgerRow(programHire))[0]).toMatchObject({
      kind: 'PROGRAM_HIRE',
      participation_id: hired,
      placement_id: null,
      employer_name: 'Cooperativa Il Parco',
      contract_class: 'FIXED_TERM_LONG',
    });
    const again = await t.gql(END, { id: hired, outcome: 'NONE' }, operator);
    expect(again.data!.endProgramParticipation.userErrors[0].code).toBe('INVALID_TRANSITION');

    const trained = await participation();
    const withHire = await t.gql(
      END,
      {
        id: trained,
        outcome: 'TRAINING',
        hire: { employerName: 'X', contractType: 'PERMANENT', startsOn: inDays(-1) },
      },
      operator,
    );
    expect(withHire.data!.endProgramParticipation.userErrors[0]).toMatchObject({
      field: 'hire',
      code: 'NOT_HIRED',
    });
    await t.gql(END, { id: trained, outcome: 'TRAINING' }, operator);
    training = await newest();
    expect((await ledgerRow(training))[0]).toMatchObject({
      kind: 'PROGRAM_TRAINING',
      participation_id: trained,
      employer_name: null,
      contract_class: null,
    });
  });

  it('a tirocinio completed without a hire and a business started enter the ledger; a tirocinio with a hire waits for its placement', async () => {
    const companyId = (await t.gql('{ me { company { id } } }', {}, company)).data!.me.company.id;
    const id = await internshipIn(t, operator, 'ACTIVE', internshipInput(companyId, giuliaId));
    const completed = await t.gql(
      COMPLETE,
      {
        id,
        input: {
          outcome: 'OBJECTIVES_ACHIEVED',
          judgement: 'Ha raggiunto gli obiettivi con impegno.',
          acquiredSkills: [],
        },
      },
      operator,
    );
    expect(completed.data!.completeInternship.userErrors).toEqual([]);
    internship = await newest();
    expect((await ledgerRow(internship))[0]).toMatchObject({
      kind: 'INTERNSHIP_COMPLETED',
      internship_id: id,
    });

    const hiredAfter = await internshipIn(t, operator, 'ACTIVE', internshipInput(companyId, giuliaId));
    const count = await t.query(sql`select count(*)::int as n from outcomes`);
    await t.gql(
      COMPLETE,
      {
        id: hiredAfter,
        input: {
          outcome: 'OBJECTIVES_ACHIEVED',
          judgement: 'Assunta dall’azienda ospitante a fine tirocinio.',
          acquiredSkills: [],
          hire: { contractType: 'PERMANENT', startsOn: inDays(0) },
        },
      },
      operator,
    );
    // The hire is a placement to verify: its outcome comes with the verification.
    expect(await t.query(sql`select count(*)::int as n from outcomes`)).toEqual(count);

    const ideaId = await ideaIn(t, operator, giuliaId);
    const started = await t.gql(
      STARTED,
      { id: ideaId, piva: randomPartitaIva(), on: inDays(-100) },
      operator,
    );
    expect(started.data!.recordBusinessStarted.userErrors).toEqual([]);
    business = await newest();
    expect((await ledgerRow(business))[0]).toMatchObject({
      kind: 'BUSINESS_STARTED',
      business_idea_id: ideaId,
    });

    const listed = await outcomes();
    const byId = new Map(listed.map((o) => [o.id, o]));
    expect(byId.get(internship)).toMatchObject({
      kind: 'INTERNSHIP_COMPLETED',
      contractClass: null,
      checkpoints: [],
    });
    expect(byId.get(training)).toMatchObject({ kind: 'PROGRAM_TRAINING', checkpoints: [] });
    expect(byId.get(business)!.checkpoints.map((c) => c.days)).toEqual([30, 90, 180]);
    expect(byId.get(programHire)!.checkpoints.map((c) => c.days)).toEqual([30, 90, 180]);
  });

  it('the person answers for a business and a hire after a program; outcomes without follow-ups refuse answers; companies see none of them', async () => {
    const mine = (await t.gql(CHECKS, {}, giulia)).data!.employmentChecks.edges.map(
      (e: { node: Record<string, unknown> }) => e.node,
    );
    const ids = mine.map((c: { id: string }) => c.id);
    expect(ids).toEqual(expect.arrayContaining([business, programHire]));
    expect(ids).not.toContain(internship);
    expect(ids).not.toContain(training);
    expect(mine.find((c: { id: string }) => c.id === business)).toMatchObject({
      kind: 'BUSINESS_STARTED',
      employerName: null,
      contractType: null,
    });
    expect(mine.find((c: { id: string }) => c.id === programHire)).toMatchObject({
      kind: 'PROGRAM_HIRE',
      employerName: 'Cooperativa Il Parco',
      contractType: 'FIXED_TERM',
    });
    const theirs = (await t.gql(CHECKS, {}, company)).data!.employmentChecks.edges.map(
      (e: { node: { id: string } }) => e.node.id,
    );
    for (const id of [business, programHire, internship, training]) expect(theirs).not.toContain(id);
    // The company had no part in them: it cannot answer either.
    expect((await confirm(company, business, 90)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    expect((await confirm(giulia, business, 90)).data!.confirmEmployment.userErrors).toEqual([]);
    expect((await confirm(operator, programHire, 90)).data!.confirmEmployment.userErrors).toEqual([]);
    const refused = await confirm(operator, internship, 30);
    expect(refused.data!.confirmEmployment.userErrors[0]).toMatchObject({
      field: 'outcomeId',
      code: 'NOT_FOLLOWED_UP',
    });
    expect(
      await t.query(sql`select count(*)::int as n from outcome_follow_ups where outcome_id = ${internship}`),
    ).toEqual([{ n: 0 }]);
  });

  it('tariffs for kinds without a contract have no contract class; a statement pays each at its tariff', async () => {
    const wrong = await t.gql(
      CREATE_CONTRACT,
      {
        input: contractInput({
          tariffs: [
            { outcomeKind: 'BUSINESS_STARTED', contractClass: 'PERMANENT', amountCents: 50_000 },
            { outcomeKind: 'PROGRAM_HIRE', amountCents: 50_000 },
          ],
        }),
      },
      admin,
    );
    expect(wrong.data!.createFundingContract.userErrors).toMatchObject([
      { field: 'tariffs.0.contractClass', code: 'NOT_A_HIRE' },
      { field: 'tariffs.1.contractClass', code: 'REQUIRED' },
    ]);
    const contractId = await createContract({
      name: 'Programmi, tirocini e autoimpiego',
      tariffs: [
        { outcomeKind: 'BUSINESS_STARTED', amountCents: 200_000 },
        { outcomeKind: 'INTERNSHIP_COMPLETED', amountCents: 30_000 },
        { outcomeKind: 'PROGRAM_TRAINING', targetGroup: 'OVER_45', amountCents: 25_000 },
        { outcomeKind: 'PROGRAM_HIRE', contractClass: 'FIXED_TERM_LONG', amountCents: 90_000 },
      ],
    });
    const issued = await t.gql(ISSUE, { c: contractId, end: inDays(0) }, admin);
    expect(issued.data!.issueStatement.userErrors).toEqual([]);
    const lines = issued.data!.issueStatement.statement.lines as {
      outcomeKind: string;
      contractClass: string | null;
      targetGroup: string | null;
      amountCents: number;
    }[];
    // The HIRE outcomes of the other tests have no tariff here: only this test's four are paid.
    expect(lines.map((l) => [l.outcomeKind, l.contractClass, l.targetGroup, l.amountCents]).sort()).toEqual(
      [
        ['BUSINESS_STARTED', null, null, 200_000],
        ['INTERNSHIP_COMPLETED', null, null, 30_000],
        ['PROGRAM_HIRE', 'FIXED_TERM_LONG', null, 90_000],
        ['PROGRAM_TRAINING', null, 'OVER_45', 25_000],
      ].sort(),
    );
    const csv = await t.app.inject({
      url: issued.data!.issueStatement.statement.csvUrl,
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(csv.body).toContain('Avvio di un’attività in proprio');
    expect(csv.body).toContain('Nessun contratto di lavoro');
  });
});

describe('contracts and statements', () => {
  it('refuses a contract with bad input, in Italian, per field, and creates nothing', async () => {
    const before = await t.query<{ n: number }>(sql`select count(*)::int as n from funding_contracts`);
    const bad = await t.gql(
      CREATE_CONTRACT,
      {
        input: contractInput({
          name: 'x',
          startsOn: inDays(10),
          endsOn: inDays(0),
          capCents: 0,
          retentionDays: 60,
          tariffs: [
            { outcomeKind: 'HIRE', contractClass: 'PERMANENT', amountCents: 0 },
            { outcomeKind: 'HIRE', contractClass: 'PERMANENT', amountCents: 100 },
          ],
        }),
      },
      admin,
    );
    expect(bad.data!.createFundingContract.userErrors.map((e: { field: string }) => e.field).sort()).toEqual(
      ['capCents', 'endsOn', 'name', 'retentionDays', 'tariffs.0.amountCents', 'tariffs.1'].sort(),
    );
    const after = await t.query<{ n: number }>(sql`select count(*)::int as n from funding_contracts`);
    expect(after).toEqual(before);
  });

  it('a statement bills each eligible outcome once at its tariff within the cap, and credits it back on the next one', async () => {
    // A fresh contract over a window of hires no other test uses.
    const window = { startsOn: inDays(-300), endsOn: inDays(-200) };
    const a = (await hire({ startsOn: inDays(-290), durationMonths: 12 })).outcomeId;
    const b = (await hire({ startsOn: inDays(-280) }, 'PERMANENT')).outcomeId;
    const c = (await hire({ startsOn: inDays(-270), durationMonths: 8 })).outcomeId;
    for (const id of [a, b, c]) await confirm(company, id, 90);
    const cap = 120_050 + 150_000 + 50_000;
    const contractId = await createContract({ name: 'Con tetto', ...window, capCents: cap });

    const issued = await t.gql(ISSUE, { c: contractId, end: inDays(-1) }, admin);
    expect(issued.data!.issueStatement.userErrors).toEqual([]);
    const statement = issued.data!.issueStatement.statement;

    // Recomputed here from the outcomes and the tariffs: the highest tariff for the outcome's class
    // among those for anyone or for its groups (Giulia is in economic hardship), in order of hire,
    // cut by what is left of the cap.
    const tariffs = contractInput().tariffs as {
      contractClass: string;
      targetGroup?: string;
      amountCents: number;
    }[];
    let left = cap;
    const expected = [
      { id: a, cls: 'FIXED_TERM_LONG' },
      { id: b, cls: 'PERMANENT' },
      { id: c, cls: 'FIXED_TERM_LONG' },
    ].map(({ cls }) => {
      const tariff = Math.max(
        ...tariffs
          .filter((x) => x.contractClass === cls && (!x.targetGroup || x.targetGroup === 'ECONOMIC_HARDSHIP'))
          .map((x) => x.amountCents),
      );
      const amount = Math.min(tariff, left);
      left -= amount;
      return amount;
    });
    expect(expected).toEqual([120_050, 150_000, 50_000]);
    expect(statement.lines.map((l: { amountCents: number }) => l.amountCents)).toEqual(expected);
    expect(statement.chargedCents).toBe(expected.reduce((x, y) => x + y, 0));
    expect(statement.totalCents).toBe(statement.chargedCents);
    expect(statement).toMatchObject({ number: 1, periodStartsOn: window.startsOn, creditedCents: 0 });
    expect(statement.lines[2]).toMatchObject({ tariffCents: 120_050, amountCents: 50_000 });
    const refs = new Map((await outcomes()).map((o) => [o.id, o.reference]));
    expect(statement.lines.map((l: { reference: string }) => l.reference)).toEqual(
      [a, b, c].map((id) => refs.get(id)),
    );

    // The same period again: already covered.
    const again = await t.gql(ISSUE, { c: contractId, end: inDays(-1) }, admin);
    expect(again.data!.issueStatement.userErrors[0].code).toBe('ALREADY_COVERED');
    // A correction: the person had left by day 90. The next statement credits the charge back.
    await confirm(company, b, 90, false);
    const next = (await t.gql(ISSUE, { c: contractId, end: inDays(0) }, admin)).data!.issueStatement
      .statement;
    expect(next.lines).toEqual([
      expect.objectContaining({ kind: 'CREDIT', reference: refs.get(b), amountCents: -150_000 }),
    ]);
    expect(next).toMatchObject({ number: 2, chargedCents: 0, creditedCents: 150_000, totalCents: -150_000 });
    expect((await chargesPerOutcome()).every((row) => row.n === 1)).toBe(true);

    // The files: no name, no codice fiscale, only references and amounts.
    const pdf = await t.app.inject({ url: statement.pdfUrl, headers: { authorization: `Bearer ${admin}` } });
    expect(pdf.statusCode).toBe(200);
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain(`Rendiconto n. 1`);
    expect(text).toContain(refs.get(a));
    expect(text).toContain('Totale del rendiconto: 3.200,50 euro');
    expect(text).not.toMatch(/Giulia|Bianchi/);
    const csv = await t.app.inject({ url: statement.csvUrl, headers: { authorization: `Bearer ${admin}` } });
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const rows = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .map((line) => line.split(';'));
    expect(rows[0]![2]).toBe('Riferimento esito');
    expect(rows.slice(1, 4).map((r) => Number(r[10]))).toEqual(expected);
    expect(rows.at(-1)).toEqual([
      '1',
      'Con tetto',
      '',
      'Totale del rendiconto',
      '',
      '',
      '',
      '',
      '',
      '3.200,50',
      '320050',
    ]);
    expect(csv.body).not.toMatch(/Giulia|Bianchi/);
  });

  it('two statement runs at once: exactly one bills each outcome', async () => {
    const window = { startsOn: inDays(-190), endsOn: inDays(-150) };
    const ids = [
      (await hire({ startsOn: inDays(-180), durationMonths: 12 })).outcomeId,
      (await hire({ startsOn: inDays(-170), durationMonths: 12 })).outcomeId,
    ];
    for (const id of ids) await confirm(company, id, 90);
    const first = await createContract({ name: 'Concorrente A', ...window });
    const second = await createContract({ name: 'Concorrente B', ...window });
    const runs = await Promise.all([
      t.gql(ISSUE, { c: first, end: inDays(-1) }, admin),
      t.gql(ISSUE, { c: first, end: inDays(-1) }, admin),
      t.gql(ISSUE, { c: second, end: inDays(-1) }, admin),
    ]);
    for (const run of runs) expect(run.errors).toBeUndefined();
    const billed = runs.flatMap(
      (run) => run.data!.issueStatement.statement?.lines.map((l: { reference: string }) => l.reference) ?? [],
    );
    expect(billed).toHaveLength(2);
    expect(new Set(billed).size).toBe(2);
    const perOutcome = new Map((await chargesPerOutcome()).map((row) => [row.outcome_id, row.n]));
    expect(ids.map((id) => perOutcome.get(id))).toEqual([1, 1]);
    const refused = runs.filter((run) => run.data!.issueStatement.userErrors.length > 0);
    for (const run of refused)
      expect(['ISSUED_MEANWHILE', 'ALREADY_COVERED']).toContain(run.data!.issueStatement.userErrors[0].code);
  });
});

describe('who may do what', () => {
  it('another company, another sportello, another network: refused, as if the outcome did not exist', async () => {
    const { outcomeId } = await hire({ startsOn: inDays(-35), durationMonths: 12 });
    const external = await t.gql(
      'mutation($c: ID!, $d: Date!) { recordPlacement(input: { citizenId: $c, employerName: "Ditta esterna", contractType: FIXED_TERM, startsOn: $d, durationMonths: 6 }) { placement { id } } }',
      { c: giuliaId, d: inDays(-35) },
      operator,
    );
    await t.gql(VERIFY, { id: external.data!.recordPlacement.placement.id }, operator);
    const externalOutcome = await newest();
    // The officine did not hire for this placement.
    const foreign = await confirm(company, externalOutcome, 30);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    for (const token of [otherOperator, operatorVarese, admin]) {
      const refused = await confirm(token, outcomeId, 30);
      expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const contractId = await createContract({ name: 'Solo per gli admin' });
    for (const token of [operator, otherOperator, company, giulia]) {
      const issued = await t.gql(ISSUE, { c: contractId, end: inDays(0) }, token);
      expect(issued.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    for (const token of [company, giulia]) {
      const listed = await t.gql('{ outcomes { totalCount } }', {}, token);
      expect(listed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    // The other network's operator sees its own network's outcomes: none of these.
    const elsewhere = await t.gql('{ outcomes { totalCount } }', {}, otherOperator);
    expect(elsewhere.data!.outcomes.totalCount).toBe(0);
    const issued = (await t.gql(ISSUE, { c: contractId, end: inDays(0) }, admin)).data!.issueStatement
      .statement;
    for (const token of [otherOperator, operator]) {
      const pdf = await t.app.inject({ url: issued.pdfUrl, headers: { authorization: `Bearer ${token}` } });
      expect(pdf.statusCode).toBe(404);
    }
    // The company sees its own hires only, by the person's name; Varese's operator none of Legnano's.
    const checks = await t.gql(
      '{ employmentChecks(first: 100) { edges { node { id personName } } } }',
      {},
      company,
    );
    const ids = checks.data!.employmentChecks.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(ids).toContain(outcomeId);
    expect(ids).not.toContain(externalOutcome);
    const varese = await t.gql('{ outcomes(first: 100) { totalCount } }', {}, operatorVarese);
    expect(varese.data!.outcomes.totalCount).toBe(0);
  });
});
