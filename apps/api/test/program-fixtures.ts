import { programCalls } from '@sportello/db';
import { eq } from 'drizzle-orm';
import { DEMO } from './fixtures.js';
import type { TestApp } from './harness.js';
import { inDays } from './vacancy-fixtures.js';

export const CREATE_PROGRAM = `mutation($input: ProgramInput!, $key: String) {
  createProgram(input: $input, idempotencyKey: $key) { program { id kind title budgetCents ownerComune { name } } userErrors { field code message } }
}`;
export const CREATE_CALL = `mutation($p: ID!, $input: ProgramCallInput!, $key: String) {
  createProgramCall(programId: $p, input: $input, idempotencyKey: $key) {
    call { id title places hourlyRateCents open rules { minAge maxAge minMonthsUnemployed iseeCeilingCents targetGroups notInActiveProgram residenceComuni { name } } }
    userErrors { field code message }
  }
}`;
export const APPLY = `mutation($call: ID!, $citizen: ID, $declaration: ProgramDeclarationInput!, $key: String) {
  applyToProgramCall(callId: $call, citizenId: $citizen, declaration: $declaration, idempotencyKey: $key) {
    application { id submittedByCitizen iseeCents checks { rule outcome reason } citizen { id } }
    userErrors { field code message }
  }
}`;
export const PUBLISH = `mutation($call: ID!) { publishProgramRanking(callId: $call) {
  call { rankingPublishedAt ranking { position score application { id citizen { id } } } } userErrors { field code message } } }`;
export const ADMIT = `mutation($a: ID!, $assignment: ProgramAssignmentInput!) { admitProgramApplicant(applicationId: $a, assignment: $assignment) {
  participation { id status place tutor weeklyHours } userErrors { field code message } } }`;
export const ATTEND = `mutation($p: ID!, $day: Date!, $hours: Int!) { recordProgramAttendance(participationId: $p, day: $day, hours: $hours) {
  participation { id } userErrors { field code message } } }`;
export const STATEMENT = `query($a: ID!, $month: String!) { programApplication(id: $a) { participation { monthlyStatement(month: $month) { month hours amountCents days { day hours } } } } }`;

export const programInput = (overrides: Record<string, unknown> = {}) => ({
  kind: 'Cantiere di lavoro',
  title: 'Cura del verde pubblico 2027',
  description: 'Manutenzione di parchi e aiuole comunali per persone senza lavoro da tempo.',
  budgetCents: 120_000_00,
  ownerComuneCode: DEMO.legnano,
  ...overrides,
});
export const callInput = (overrides: Record<string, unknown> = {}) => ({
  title: 'Bando 2027 — 4 posti',
  opensOn: inDays(0),
  closesOn: inDays(10),
  places: 4,
  hourlyRateCents: 8_50,
  rules: {
    minAge: 18,
    maxAge: 65,
    residenceComuneCodes: [DEMO.legnano, DEMO.parabiago],
    minMonthsUnemployed: 6,
    iseeCeilingCents: 20_000_00,
    notInActiveProgram: true,
  },
  rankingCriteria: { iseeWeight: 2, unemploymentWeight: 1 },
  ...overrides,
});
export const assignment = {
  projectDescription: 'Manutenzione del Parco Castello',
  place: 'Parco Castello, Legnano',
  tutor: 'Paolo Rossi, ufficio tecnico',
  weeklyHours: 20,
};

/** As if the application window had closed yesterday, so the graduatoria can be published. */
export const closeWindow = (t: TestApp, callId: string) =>
  t.db
    .update(programCalls)
    .set({ opensOn: inDays(-20), closesOn: inDays(-1) })
    .where(eq(programCalls.id, callId));

/** A program with an open call, created by the operator; the call's id. */
export async function openCallIn(t: TestApp, operator: string, overrides: Record<string, unknown> = {}) {
  const program = await t.gql(CREATE_PROGRAM, { input: programInput() }, operator);
  const call = await t.gql(
    CREATE_CALL,
    { p: program.data!.createProgram.program.id, input: callInput(overrides) },
    operator,
  );
  const id = call.data?.createProgramCall.call?.id as string | undefined;
  if (!id) throw new Error(`createProgramCall failed: ${JSON.stringify(call)}`);
  return id;
}

/** The application of a citizen of the operator's network to a fresh call, whose graduatoria is published. */
export async function rankedApplicationIn(t: TestApp, operator: string, citizenId: string) {
  const callId = await openCallIn(t, operator, { rules: { notInActiveProgram: false } });
  const applied = await t.gql(APPLY, { call: callId, citizen: citizenId, declaration: {} }, operator);
  await closeWindow(t, callId);
  await t.gql(PUBLISH, { call: callId }, operator);
  return { callId, applicationId: applied.data!.applyToProgramCall.application.id as string };
}
