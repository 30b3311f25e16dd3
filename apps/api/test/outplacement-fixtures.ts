import { DEMO, randomCodiceFiscale, randomPartitaIva } from './fixtures.js';
import type { TestApp } from './harness.js';

const PROJECT_FIELDS = `id companyName partitaIva reason startsOn endsOn takenInChargeAt
  company { id legalName } comune { name } sportello { name }
  summary { total notInCharge byStatus { status count } }`;
export const WORKER_FIELDS = `id caseId status statusOn citizen { id codiceFiscale }
  history { status statusOn note recordedByName placement { id } }`;
export const CREATE_PROJECT = `mutation($input: OutplacementProjectInput!, $key: String) {
  createOutplacementProject(input: $input, idempotencyKey: $key) { project { ${PROJECT_FIELDS} } userErrors { field code message } } }`;
export const ADD_WORKERS = `mutation($id: ID!, $cfs: [String!]!) {
  addOutplacementWorkers(projectId: $id, codiciFiscali: $cfs) { project { ${PROJECT_FIELDS} workers { ${WORKER_FIELDS} } } userErrors { field code message } } }`;
export const TAKE_GROUP = `mutation($id: ID!) {
  takeOutplacementGroupInCharge(projectId: $id) { project { ${PROJECT_FIELDS} workers { ${WORKER_FIELDS} } } userErrors { field code message } } }`;
export const SET_WORKER_STATUS = `mutation($id: ID!, $input: OutplacementWorkerStatusInput!, $key: String) {
  setOutplacementWorkerStatus(workerId: $id, input: $input, idempotencyKey: $key) { worker { ${WORKER_FIELDS} } userErrors { field code message } } }`;
export const PROJECT = `query($id: ID!) { outplacementProject(id: $id) { ${PROJECT_FIELDS} workers { ${WORKER_FIELDS} } } }`;
export const PROJECT_COUNTS = `query($id: ID!) { outplacementProject(id: $id) { ${PROJECT_FIELDS} } }`;
const REGISTER_AT_DESK = `mutation($input: RegisterCitizenByOperatorInput!) {
  registerCitizenByOperator(input: $input) { citizen { id codiceFiscale } userErrors { field message } } }`;

export const projectInput = (overrides: Record<string, unknown> = {}) => ({
  companyName: 'Trafilerie Olona S.r.l.',
  partitaIva: randomPartitaIva(),
  comuneCode: DEMO.legnano,
  reason: 'COMPANY_CRISIS',
  startsOn: '2026-01-15',
  ...overrides,
});

/** A citizen registered at the desk by the operator, without an email. */
export async function deskCitizen(t: TestApp, operatorToken: string): Promise<{ id: string; cf: string }> {
  const result = await t.gql(
    REGISTER_AT_DESK,
    {
      input: {
        givenName: 'Mario',
        familyName: 'Olona',
        codiceFiscale: randomCodiceFiscale(),
        residenceComuneCode: DEMO.legnano,
      },
    },
    operatorToken,
  );
  const citizen = result.data?.registerCitizenByOperator.citizen;
  if (!citizen) throw new Error(JSON.stringify(result));
  return { id: citizen.id, cf: citizen.codiceFiscale };
}

/** A project of the operator's sportello with `workers` fresh citizens added. */
export async function outplacementIn(
  t: TestApp,
  operatorToken: string,
  workers = 1,
): Promise<{ projectId: string; citizens: { id: string; cf: string }[] }> {
  const created = await t.gql(CREATE_PROJECT, { input: projectInput() }, operatorToken);
  const projectId = created.data?.createOutplacementProject.project?.id as string | undefined;
  if (!projectId) throw new Error(JSON.stringify(created));
  const citizens = [];
  for (let i = 0; i < workers; i++) citizens.push(await deskCitizen(t, operatorToken));
  const added = await t.gql(ADD_WORKERS, { id: projectId, cfs: citizens.map((c) => c.cf) }, operatorToken);
  if (added.data?.addOutplacementWorkers.userErrors.length !== 0) throw new Error(JSON.stringify(added));
  return { projectId, citizens };
}

/** A worker taken in charge, ready for status changes. */
export async function workerInCharge(t: TestApp, operatorToken: string): Promise<string> {
  const { projectId } = await outplacementIn(t, operatorToken);
  const taken = await t.gql(TAKE_GROUP, { id: projectId }, operatorToken);
  const id = taken.data?.takeOutplacementGroupInCharge.project?.workers[0]?.id as string | undefined;
  if (!id) throw new Error(JSON.stringify(taken));
  return id;
}
