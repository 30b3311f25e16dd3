import { randomUUID } from 'node:crypto';
import { auditLog, users } from '@sportello/db';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizenInput, DEMO, OTHER_OPERATOR, REGISTER_CITIZEN, seedOtherNetwork } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';
import {
  ADMIT,
  APPLY,
  ATTEND,
  assignment,
  CREATE_CALL,
  CREATE_PROGRAM,
  callInput,
  closeWindow,
  PUBLISH,
  programInput,
  STATEMENT,
} from './program-fixtures.js';
import { inDays } from './vacancy-fixtures.js';

let t: TestApp;
let operator: string;
let otherOperator: string;
let admin: string;
let company: string;
let giulia: string;
let giuliaId: string;

const MARCO = 'marco.colombo@demo.sportellolavoro.it';

beforeAll(async () => {
  t = await startTestApp();
  await seedOtherNetwork(t);
  operator = (await t.login(DEMO.operator)).accessToken;
  otherOperator = (await t.login(OTHER_OPERATOR)).accessToken;
  admin = (await t.login(DEMO.admin)).accessToken;
  company = (await t.login(DEMO.companyMember)).accessToken;
  giulia = (await t.login(DEMO.citizen)).accessToken;
  giuliaId = (await t.gql('{ me { id } }', {}, giulia)).data!.me.id;
});
afterAll(() => t?.close());

const yearsAgo = (years: number) => inDays(-365 * years);

async function newProgram(overrides: Record<string, unknown> = {}) {
  const result = await t.gql(CREATE_PROGRAM, { input: programInput(overrides) }, operator);
  return result.data!.createProgram.program.id as string;
}
async function newCall(overrides: Record<string, unknown> = {}, program?: string) {
  const result = await t.gql(
    CREATE_CALL,
    { p: program ?? (await newProgram()), input: callInput(overrides) },
    operator,
  );
  const id = result.data?.createProgramCall.call?.id as string | undefined;
  if (!id) throw new Error(JSON.stringify(result));
  return id;
}
async function newCitizen(overrides: Record<string, unknown> = {}) {
  const input = citizenInput(overrides);
  const id = (await t.gql(REGISTER_CITIZEN, { input })).data!.registerCitizen.citizen.id as string;
  await t.db.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, id));
  return { id, token: (await t.login(input.email, input.password)).accessToken };
}
const count = async (table: string) =>
  Number((await t.query<{ n: number }>(sql.raw(`select count(*)::int as n from "${table}"`)))[0]!.n);

describe('programs and calls', () => {
  it('an operator defines a program and a call; the same idempotency key returns the same ones', async () => {
    const key = randomUUID();
    const first = await t.gql(CREATE_PROGRAM, { input: programInput(), key }, operator);
    const again = await t.gql(CREATE_PROGRAM, { input: programInput(), key }, operator);
    expect(first.data!.createProgram).toMatchObject({
      program: { kind: 'Cantiere di lavoro', budgetCents: 120_000_00, ownerComune: { name: 'Legnano' } },
      userErrors: [],
    });
    expect(again.data!.createProgram.program.id).toBe(first.data!.createProgram.program.id);
    const callKey = randomUUID();
    const program = first.data!.createProgram.program.id;
    const call = await t.gql(CREATE_CALL, { p: program, input: callInput(), key: callKey }, operator);
    const callAgain = await t.gql(CREATE_CALL, { p: program, input: callInput(), key: callKey }, operator);
    expect(call.data!.createProgramCall.call).toMatchObject({
      open: true,
      places: 4,
      hourlyRateCents: 850,
      rules: {
        minAge: 18,
        maxAge: 65,
        minMonthsUnemployed: 6,
        iseeCeilingCents: 20_000_00,
        targetGroups: [],
        notInActiveProgram: true,
        residenceComuni: [{ name: 'Legnano' }, { name: 'Parabiago' }],
      },
    });
    expect(callAgain.data!.createProgramCall.call.id).toBe(call.data!.createProgramCall.call.id);
  });

  it('wrong rules come back with the path of each field, and nothing is stored', async () => {
    const program = await newProgram();
    const before = await count('program_calls');
    const result = await t.gql(
      CREATE_CALL,
      {
        p: program,
        input: callInput({
          closesOn: inDays(-1),
          places: 0,
          rules: { minAge: 60, maxAge: 30, notInActiveProgram: false },
          rankingCriteria: { iseeWeight: 11, unemploymentWeight: 1 },
        }),
      },
      operator,
    );
    expect(result.data!.createProgramCall.call).toBeNull();
    expect(result.data!.createProgramCall.userErrors.map((e: { field: string }) => e.field).sort()).toEqual([
      'input.closesOn',
      'input.places',
      'input.rankingCriteria.iseeWeight',
      'input.rules.maxAge',
    ]);
    const outside = await t.gql(
      CREATE_CALL,
      {
        p: program,
        input: callInput({
          rules: { residenceComuneCodes: [DEMO.legnano, DEMO.milano], notInActiveProgram: false },
        }),
      },
      operator,
    );
    expect(outside.data!.createProgramCall.userErrors).toEqual([
      {
        field: 'input.rules.residenceComuneCodes.1',
        code: 'COMUNE_NOT_IN_NETWORK',
        message: expect.stringContaining('Il comune indicato non ne fa parte'),
      },
    ]);
    const bad = await t.gql(
      CREATE_PROGRAM,
      { input: programInput({ budgetCents: -1, title: '' }) },
      operator,
    );
    expect(bad.data!.createProgram.userErrors.map((e: { field: string }) => e.field)).toEqual([
      'input.title',
      'input.budgetCents',
    ]);
    expect(await count('program_calls')).toBe(before);
  });
});

describe('applications and the graduatoria', () => {
  it('citizens see the open call with their eligibility, apply or are refused with the reason; the ranking is frozen', async () => {
    const callId = await newCall();
    const open = await t.gql(
      '{ openProgramCalls { edges { node { id myApplication { id } myEligibility { rule outcome reason } } } } }',
      {},
      giulia,
    );
    const seen = open.data!.openProgramCalls.edges.find((e: any) => e.node.id === callId).node;
    expect(seen.myApplication).toBeNull();
    expect(seen.myEligibility).toEqual([
      {
        rule: 'AGE',
        outcome: 'PASS',
        reason: expect.stringMatching(/^Età \d+ anni: rientra \(tra 18 e 65\)$/),
      },
      { rule: 'RESIDENCE', outcome: 'PASS', reason: 'Residenza a Legnano: tra i comuni del bando' },
      {
        rule: 'UNEMPLOYMENT',
        outcome: 'TO_DECLARE',
        reason: 'Servono almeno 6 mesi senza lavoro: lo dichiari nella domanda',
      },
      { rule: 'ISEE', outcome: 'TO_DECLARE', reason: expect.stringContaining('lo dichiari nella domanda') },
      { rule: 'ACTIVE_PROGRAM', outcome: 'PASS', reason: 'Non partecipa ad altri progetti in corso' },
    ]);

    // Refused: ISEE above the ceiling; nothing stored.
    const before = await count('program_applications');
    const refused = await t.gql(
      APPLY,
      { call: callId, declaration: { iseeCents: 30_000_00, unemployedSince: yearsAgo(2) } },
      giulia,
    );
    expect(refused.data!.applyToProgramCall).toMatchObject({
      application: null,
      userErrors: [
        {
          field: 'eligibility.ISEE',
          code: 'NOT_ELIGIBLE',
          message: expect.stringMatching(/^ISEE 30\.000,00\s€: oltre la soglia di 20\.000,00\s€$/),
        },
      ],
    });
    expect(await count('program_applications')).toBe(before);

    const key = randomUUID();
    const declaration = { iseeCents: 9_000_00, unemployedSince: yearsAgo(2) };
    const applied = await t.gql(APPLY, { call: callId, declaration, key }, giulia);
    const replay = await t.gql(APPLY, { call: callId, declaration, key }, giulia);
    expect(applied.data!.applyToProgramCall.userErrors).toEqual([]);
    const application = applied.data!.applyToProgramCall.application;
    expect(application).toMatchObject({
      submittedByCitizen: true,
      iseeCents: 9_000_00,
      citizen: { id: giuliaId },
    });
    expect(application.checks.every((c: { outcome: string }) => c.outcome === 'PASS')).toBe(true);
    expect(replay.data!.applyToProgramCall.application.id).toBe(application.id);
    const twice = await t.gql(APPLY, { call: callId, declaration }, giulia);
    expect(twice.data!.applyToProgramCall.userErrors).toEqual([
      {
        field: 'callId',
        code: 'ALREADY_APPLIED',
        message: 'La domanda per questo bando è già stata presentata.',
      },
    ]);

    // An operator applies on Marco's behalf (Parabiago, lower ISEE: he comes first).
    const marcoId = (await t.gql('{ me { id } }', {}, (await t.login(MARCO)).accessToken)).data!.me.id;
    const onBehalf = await t.gql(
      APPLY,
      { call: callId, citizen: marcoId, declaration: { iseeCents: 4_000_00, unemployedSince: yearsAgo(1) } },
      operator,
    );
    expect(onBehalf.data!.applyToProgramCall.application).toMatchObject({ submittedByCitizen: false });

    const early = await t.gql(PUBLISH, { call: callId }, operator);
    expect(early.data!.publishProgramRanking.userErrors[0]).toMatchObject({
      field: 'callId',
      code: 'STILL_OPEN',
    });
    await closeWindow(t, callId);
    const published = await t.gql(PUBLISH, { call: callId }, operator);
    const { ranking } = published.data!.publishProgramRanking.call;
    // Months counted to the closing day (yesterday): Giulia 2 × (50 − 9) + 23 = 105, Marco 2 × (50 − 4) + 11 = 103.
    expect(ranking.map((r: any) => [r.position, r.score, r.application.citizen.id])).toEqual([
      [1, 105, giuliaId],
      [2, 103, marcoId],
    ]);
    const again = await t.gql(PUBLISH, { call: callId }, operator);
    expect(again.data!.publishProgramRanking.userErrors[0]).toMatchObject({ code: 'ALREADY_PUBLISHED' });
    await expect(
      t.query(sql`update program_ranking_rows set score = 0 where call_id = ${callId}`),
    ).rejects.toThrow();
    const late = await t.gql(APPLY, { call: callId, citizen: marcoId, declaration }, operator);
    expect(late.data!.applyToProgramCall.userErrors[0]).toMatchObject({ field: 'callId', code: 'CLOSED' });
  });

  it('reading the special categories for a reserved call is audited', async () => {
    const callId = await newCall({
      rules: { targetGroups: ['LAW_68', 'ECONOMIC_HARDSHIP'], notInActiveProgram: false },
    });
    const read = await t.gql(
      'query($id: ID!) { programCall(id: $id) { myEligibility { rule outcome reason } } }',
      { id: callId },
      giulia,
    );
    expect(read.data!.programCall.myEligibility).toEqual([
      {
        rule: 'TARGET_GROUP',
        outcome: 'FAIL',
        reason:
          'Il bando è riservato a: iscritti al collocamento mirato (legge 68/1999), in condizione di disagio economico',
      },
    ]);
    const audited = await t.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.subjectId, giuliaId), eq(auditLog.action, 'special_categories.eligibility_check')),
      );
    expect(audited.length).toBeGreaterThan(0);
  });
});

describe('applying on a citizen’s behalf', () => {
  it('an operator sees the rules applied to the citizen before applying, then applies for them', async () => {
    const callId = await newCall();
    const ELIGIBILITY =
      'query($id: ID!, $c: ID!) { programCall(id: $id) { eligibilityFor(citizenId: $c) { rule outcome reason } } }';
    const before = await t.gql(ELIGIBILITY, { id: callId, c: giuliaId }, operator);
    const checks = before.data!.programCall.eligibilityFor;
    expect(checks.find((c: { rule: string }) => c.rule === 'ISEE')).toMatchObject({ outcome: 'TO_DECLARE' });
    expect(checks.find((c: { rule: string }) => c.rule === 'RESIDENCE')).toMatchObject({ outcome: 'PASS' });
    const unknown = await t.gql(ELIGIBILITY, { id: callId, c: 'not-a-uuid' }, operator);
    expect(unknown.data!.programCall.eligibilityFor).toBeNull();
    for (const token of [admin, giulia, company]) {
      const refused = await t.gql(ELIGIBILITY, { id: callId, c: giuliaId }, token);
      expect(refused.errors?.[0]?.extensions?.code, JSON.stringify(refused)).toMatch(/FORBIDDEN|NOT_FOUND/);
    }
    const applied = await t.gql(
      APPLY,
      {
        call: callId,
        citizen: giuliaId,
        declaration: { iseeCents: 9_000_00, unemployedSince: inDays(-400) },
      },
      operator,
    );
    expect(applied.data!.applyToProgramCall.userErrors).toEqual([]);
  });
});

describe('admission, attendance and indemnity', () => {
  async function rankedCall(places: number, applicants: number) {
    const callId = await newCall({ places, rules: { notInActiveProgram: true } });
    const ids: string[] = [];
    for (let i = 0; i < applicants; i++) {
      const citizen = await newCitizen();
      const applied = await t.gql(
        APPLY,
        { call: callId, declaration: { iseeCents: (i + 1) * 1_000_00 } },
        citizen.token,
      );
      ids.push(applied.data!.applyToProgramCall.application.id);
    }
    await closeWindow(t, callId);
    await t.gql(PUBLISH, { call: callId }, operator);
    return { callId, applicationIds: ids };
  }

  it('concurrent admissions never admit more people than the call has places', async () => {
    const { applicationIds } = await rankedCall(2, 6);
    const results = await Promise.all(applicationIds.map((a) => t.gql(ADMIT, { a, assignment }, operator)));
    const admitted = results.filter((r) => r.data!.admitProgramApplicant.participation);
    const full = results.flatMap((r) => r.data!.admitProgramApplicant.userErrors);
    expect(admitted).toHaveLength(2);
    expect(full).toHaveLength(4);
    expect(full.every((e: { code: string }) => e.code === 'FULL')).toBe(true);
  });

  it('admitted and assigned; attendance per day gives the month’s indemnity and its PDF; interruption frees the place', async () => {
    const { callId, applicationIds } = await rankedCall(1, 2);
    const [first, second] = applicationIds as [string, string];
    const wrong = await t.gql(
      ADMIT,
      { a: first, assignment: { ...assignment, weeklyHours: 50, tutor: '' } },
      operator,
    );
    expect(wrong.data!.admitProgramApplicant.userErrors.map((e: any) => e.field)).toEqual([
      'assignment.tutor',
      'assignment.weeklyHours',
    ]);
    const admitted = await t.gql(ADMIT, { a: first, assignment }, operator);
    const participation = admitted.data!.admitProgramApplicant.participation;
    expect(participation).toMatchObject({
      status: 'ACTIVE',
      weeklyHours: 20,
      tutor: 'Paolo Rossi, ufficio tecnico',
    });

    const today = inDays(0);
    const month = today.slice(0, 7);
    await t.gql(ATTEND, { p: participation.id, day: `${month}-01`, hours: 4 }, operator);
    await t.gql(ATTEND, { p: participation.id, day: `${month}-01`, hours: 6 }, operator);
    if (today !== `${month}-01`) await t.gql(ATTEND, { p: participation.id, day: today, hours: 5 }, operator);
    const future = await t.gql(ATTEND, { p: participation.id, day: inDays(1), hours: 5 }, operator);
    expect(future.data!.recordProgramAttendance.userErrors[0]).toMatchObject({
      field: 'day',
      code: 'IN_FUTURE',
    });
    const tooMany = await t.gql(ATTEND, { p: participation.id, day: today, hours: 13 }, operator);
    expect(tooMany.data!.recordProgramAttendance.userErrors[0]).toMatchObject({ field: 'hours' });

    const hours = today === `${month}-01` ? 6 : 11;
    const statement = await t.gql(STATEMENT, { a: first, month }, operator);
    expect(statement.data!.programApplication.participation.monthlyStatement).toMatchObject({
      month,
      hours,
      amountCents: hours * 850,
    });
    const pdf = await t.app.inject({
      url: `/api/program-participations/${participation.id}/statement/${month}.pdf`,
      headers: { authorization: `Bearer ${operator}` },
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const stranger = await t.app.inject({
      url: `/api/program-participations/${participation.id}/statement/${month}.pdf`,
      headers: { authorization: `Bearer ${giulia}` },
    });
    expect(stranger.statusCode).toBe(404);

    expect(
      (await t.gql(ADMIT, { a: second, assignment }, operator)).data!.admitProgramApplicant.userErrors[0],
    ).toMatchObject({
      code: 'FULL',
    });
    const interrupted = await t.gql(
      'mutation($id: ID!, $reason: String!) { interruptProgramParticipation(id: $id, reason: $reason) { participation { status interruptionReason } userErrors { field code } } }',
      { id: participation.id, reason: 'Ha trovato un lavoro a tempo pieno' },
      operator,
    );
    expect(interrupted.data!.interruptProgramParticipation.participation.status).toBe('INTERRUPTED');
    const next = await t.gql(ADMIT, { a: second, assignment }, operator);
    const nextId = next.data!.admitProgramApplicant.participation.id;
    const ended = await t.gql(
      'mutation($id: ID!, $hire: ProgramHireInput) { endProgramParticipation(id: $id, outcome: HIRED, hire: $hire) { participation { status outcome closedAt } userErrors { code } } }',
      {
        id: nextId,
        hire: {
          employerName: 'Comune di Legnano',
          contractType: 'FIXED_TERM',
          durationMonths: 6,
          startsOn: inDays(0),
        },
      },
      operator,
    );
    expect(ended.data!.endProgramParticipation.participation).toMatchObject({
      status: 'ENDED',
      outcome: 'HIRED',
    });
    const read = await t.gql(
      'query($id: ID!) { programCall(id: $id) { placesTaken } }',
      { id: callId },
      operator,
    );
    expect(read.data!.programCall.placesTaken).toBe(1);
  });
});

describe('who may do what', () => {
  it('refuses other networks, companies, other citizens and network admins where they have no part', async () => {
    const callId = await newCall();
    const applied = await t.gql(
      APPLY,
      { call: callId, declaration: { iseeCents: 1_000_00, unemployedSince: yearsAgo(1) } },
      giulia,
    );
    const applicationId = applied.data!.applyToProgramCall.application.id;
    const other = await newCitizen();
    const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

    expect(code(await t.gql(CREATE_PROGRAM, { input: programInput() }, company))).toBe('FORBIDDEN');
    expect(code(await t.gql(CREATE_PROGRAM, { input: programInput() }, admin))).toBe('FORBIDDEN');
    expect(code(await t.gql(CREATE_PROGRAM, { input: programInput() }, giulia))).toBe('FORBIDDEN');
    expect(
      code(await t.gql('query($id: ID!) { programCall(id: $id) { id } }', { id: callId }, otherOperator)),
    ).toBe('NOT_FOUND');
    expect(
      code(await t.gql('query($id: ID!) { programCall(id: $id) { id } }', { id: callId }, company)),
    ).toBe('NOT_FOUND');
    expect(code(await t.gql(PUBLISH, { call: callId }, otherOperator))).toBe('NOT_FOUND');
    expect(code(await t.gql(PUBLISH, { call: callId }, admin))).toBe('NOT_FOUND');
    expect(code(await t.gql(ADMIT, { a: applicationId, assignment }, otherOperator))).toBe('NOT_FOUND');
    expect(code(await t.gql(ADMIT, { a: applicationId, assignment }, giulia))).toBe('NOT_FOUND');
    expect(code(await t.gql(STATEMENT, { a: applicationId, month: '2026-01' }, other.token))).toBe(
      'NOT_FOUND',
    );
    // A citizen applies for themself only; an operator of another network cannot apply here.
    expect(code(await t.gql(APPLY, { call: callId, citizen: giuliaId, declaration: {} }, other.token))).toBe(
      'FORBIDDEN',
    );
    expect(
      code(await t.gql(APPLY, { call: callId, citizen: giuliaId, declaration: {} }, otherOperator)),
    ).toBe('NOT_FOUND');
    // The staff of the network read everything; a citizen sees no other applicant.
    const asAdmin = await t.gql(
      'query($id: ID!) { programCall(id: $id) { applications { id } } }',
      { id: callId },
      admin,
    );
    expect(asAdmin.data!.programCall.applications).toEqual([{ id: applicationId }]);
    const asCitizen = await t.gql(
      'query($id: ID!) { programCall(id: $id) { applications { id } ranking { position } } }',
      { id: callId },
      other.token,
    );
    expect(asCitizen.data!.programCall).toEqual({ applications: [], ranking: [] });
  });
});
