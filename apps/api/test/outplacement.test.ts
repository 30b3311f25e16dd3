import { randomUUID } from 'node:crypto';
import { auditLog, cases } from '@sportello/db';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, OTHER_OPERATOR, randomCodiceFiscale, seedOtherNetwork } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';
import {
  ADD_WORKERS,
  CREATE_PROJECT,
  deskCitizen,
  outplacementIn,
  PROJECT,
  PROJECT_COUNTS,
  projectInput,
  SET_WORKER_STATUS,
  TAKE_GROUP,
  workerInCharge,
} from './outplacement-fixtures.js';
import { inDays } from './vacancy-fixtures.js';

let t: TestApp;
let operator: string;
let vareseOperator: string;
let otherNetworkOperator: string;
let admin: string;
let citizen: string;
let companyMember: string;

beforeAll(async () => {
  t = await startTestApp();
  await seedOtherNetwork(t);
  operator = (await t.login(DEMO.operator)).accessToken;
  vareseOperator = (await t.login(DEMO.operatorVarese)).accessToken;
  otherNetworkOperator = (await t.login(OTHER_OPERATOR)).accessToken;
  admin = (await t.login(DEMO.admin)).accessToken;
  citizen = (await t.login(DEMO.citizen)).accessToken;
  companyMember = (await t.login(DEMO.companyMember)).accessToken;
});
afterAll(() => t?.close());

const statusCount = (summary: { byStatus: { status: string; count: number }[] }, status: string) =>
  summary.byStatus.find((s) => s.status === status)?.count;

describe('outplacement projects', () => {
  it('an operator opens a project for an unregistered company; the same key returns the same project', async () => {
    const key = randomUUID();
    const input = projectInput({ reason: 'SITE_CLOSURE', endsOn: '2026-12-31' });
    const first = await t.gql(CREATE_PROJECT, { input, key }, operator);
    const again = await t.gql(CREATE_PROJECT, { input, key }, operator);
    expect(first.data!.createOutplacementProject).toMatchObject({
      project: {
        companyName: 'Trafilerie Olona S.r.l.',
        partitaIva: input.partitaIva,
        company: null,
        comune: { name: 'Legnano' },
        reason: 'SITE_CLOSURE',
        takenInChargeAt: null,
        summary: { total: 0, notInCharge: 0 },
      },
      userErrors: [],
    });
    expect(again.data!.createOutplacementProject.project.id).toBe(
      first.data!.createOutplacementProject.project.id,
    );
  });

  it('takes name and partita IVA from a company of the network', async () => {
    const companies = await t.gql(
      '{ companies(status: VERIFIED) { edges { node { id legalName partitaIva } } } }',
      {},
      operator,
    );
    const company = companies.data!.companies.edges[0].node;
    const result = await t.gql(
      CREATE_PROJECT,
      { input: projectInput({ companyId: company.id, companyName: null, partitaIva: null }) },
      operator,
    );
    expect(result.data!.createOutplacementProject.project).toMatchObject({
      company: { id: company.id },
      companyName: company.legalName,
      partitaIva: company.partitaIva,
    });
  });

  it('refuses bad input with Italian messages on the fields', async () => {
    const result = await t.gql(
      CREATE_PROJECT,
      {
        input: projectInput({
          companyName: 'x',
          partitaIva: '12345678901',
          comuneCode: DEMO.milano,
          endsOn: '2026-01-01',
        }),
      },
      operator,
    );
    const errors = result.data!.createOutplacementProject.userErrors;
    expect(errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'input.companyName',
      'input.comuneCode',
      'input.endsOn',
      'input.partitaIva',
    ]);
    expect(errors.find((e: { field: string }) => e.field === 'input.endsOn').message).toBe(
      'La data di fine non può essere prima dell’inizio.',
    );
    const unknown = await t.gql(
      CREATE_PROJECT,
      { input: projectInput({ companyId: randomUUID() }) },
      operator,
    );
    expect(unknown.data!.createOutplacementProject.userErrors).toEqual([
      { field: 'input.companyId', code: 'UNKNOWN_COMPANY', message: 'Scegli un’azienda della rete.' },
    ]);
  });
});

describe('workers', () => {
  it('adds citizens by codice fiscale, all or none, with errors on each bad code', async () => {
    const created = (await t.gql(CREATE_PROJECT, { input: projectInput() }, operator)).data!
      .createOutplacementProject.project.id;
    const mario = await deskCitizen(t, operator);
    const stranger = randomCodiceFiscale();
    const refused = await t.gql(
      ADD_WORKERS,
      { id: created, cfs: [mario.cf, 'NONVALIDO', stranger] },
      operator,
    );
    const errors = refused.data!.addOutplacementWorkers.userErrors;
    expect(errors.map((e: { field: string }) => e.field)).toEqual(['codiciFiscali[1]', 'codiciFiscali[2]']);
    expect(errors[0].code).toMatch(/^CODICE_FISCALE_/);
    expect(errors[1]).toEqual({
      field: 'codiciFiscali[2]',
      code: 'NOT_REGISTERED',
      message: `Nessuna persona registrata con il codice fiscale ${stranger}: registrala allo sportello, poi aggiungila.`,
    });
    const empty = await t.gql(PROJECT_COUNTS, { id: created }, operator);
    expect(empty.data!.outplacementProject.summary.total).toBe(0);

    const added = await t.gql(
      ADD_WORKERS,
      { id: created, cfs: [mario.cf.toLowerCase(), mario.cf] },
      operator,
    );
    expect(added.data!.addOutplacementWorkers.userErrors).toEqual([]);
    const again = await t.gql(ADD_WORKERS, { id: created, cfs: [mario.cf] }, operator);
    expect(again.data!.addOutplacementWorkers.project.workers).toMatchObject([
      { citizen: { id: mario.id }, caseId: null, status: null, history: [] },
    ]);
    expect(again.data!.addOutplacementWorkers.project.summary).toMatchObject({ total: 1, notInCharge: 1 });
  });
});

const TAKE_IN_CHARGE = `mutation($c: ID!, $r: String!) { takeCitizenInCharge(citizenId: $c, reason: $r) { caseAssignment { id } userErrors { code } } }`;

describe('taking the group in charge', () => {
  it('opens a case for each worker with the reason, and links a case already open at the sportello', async () => {
    const { projectId, citizens } = await outplacementIn(t, operator, 2);
    const [first, second] = citizens as [{ id: string; cf: string }, { id: string; cf: string }];
    await t.gql(TAKE_IN_CHARGE, { c: second.id, r: 'Presa in carico allo sportello' }, operator);
    const [earlier] = await t.db.select().from(cases).where(eq(cases.citizenId, second.id));

    const taken = await t.gql(TAKE_GROUP, { id: projectId }, operator);
    const project = taken.data!.takeOutplacementGroupInCharge.project;
    expect(project.takenInChargeAt).not.toBeNull();
    expect(project.summary).toMatchObject({ total: 2, notInCharge: 0 });
    expect(statusCount(project.summary, 'IN_CHARGE')).toBe(2);
    const rows = await t.db
      .select()
      .from(cases)
      .where(inArray(cases.citizenId, [first.id, second.id]));
    expect(rows).toHaveLength(2);
    const caseOf = (id: string) =>
      project.workers.find((w: { citizen: { id: string } }) => w.citizen.id === id).caseId;
    expect(caseOf(second.id)).toBe(earlier!.id);
    expect(caseOf(first.id)).toBe(rows.find((r) => r.citizenId === first.id)!.id);
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectId, first.id), eq(auditLog.action, 'case.take_in_charge')));
    expect(audit!.reason).toBe('Outplacement Trafilerie Olona S.r.l.');
    const caseload = await t.gql(
      '{ caseload(first: 100) { edges { node { id citizen { id } } } } }',
      {},
      operator,
    );
    const ids = caseload.data!.caseload.edges.map(
      (e: { node: { citizen: { id: string } } }) => e.node.citizen.id,
    );
    expect(ids).toEqual(expect.arrayContaining([first.id, second.id]));

    // Taking in charge again changes nothing; a worker added later is taken in charge then.
    const late = await deskCitizen(t, operator);
    await t.gql(ADD_WORKERS, { id: projectId, cfs: [late.cf] }, operator);
    const again = await t.gql(TAKE_GROUP, { id: projectId }, operator);
    const workers = again.data!.takeOutplacementGroupInCharge.project.workers;
    expect(workers.map((w: { history: unknown[] }) => w.history.length)).toEqual([1, 1, 1]);
    expect(await t.db.select().from(cases).where(eq(cases.citizenId, late.id))).toHaveLength(1);
  });

  it('two concurrent requests open one case per worker and record IN_CHARGE once', async () => {
    const { projectId, citizens } = await outplacementIn(t, operator, 3);
    const results = await Promise.all([
      t.gql(TAKE_GROUP, { id: projectId }, operator),
      t.gql(TAKE_GROUP, { id: projectId }, operator),
    ]);
    for (const r of results) expect(r.data!.takeOutplacementGroupInCharge.userErrors).toEqual([]);
    const rows = await t.db
      .select()
      .from(cases)
      .where(
        inArray(
          cases.citizenId,
          citizens.map((c) => c.id),
        ),
      );
    expect(rows).toHaveLength(3);
    const project = await t.gql(PROJECT, { id: projectId }, operator);
    expect(
      project.data!.outplacementProject.workers.map((w: { history: unknown[] }) => w.history.length),
    ).toEqual([1, 1, 1]);
  });
});

describe('outcomes per worker', () => {
  it('keeps the history and counts the current status', async () => {
    const workerId = await workerInCharge(t, operator);
    const training = await t.gql(
      SET_WORKER_STATUS,
      { id: workerId, input: { status: 'IN_TRAINING', statusOn: inDays(-1), note: 'Corso di saldatura' } },
      operator,
    );
    expect(training.data!.setOutplacementWorkerStatus.userErrors).toEqual([]);
    const key = randomUUID();
    const input = { status: 'RELOCATED', statusOn: inDays(0), note: 'Assunto da una ditta di Parabiago' };
    await t.gql(SET_WORKER_STATUS, { id: workerId, input, key }, operator);
    const replay = await t.gql(SET_WORKER_STATUS, { id: workerId, input, key }, operator);
    expect(replay.data!.setOutplacementWorkerStatus.worker).toMatchObject({
      status: 'RELOCATED',
      statusOn: inDays(0),
      history: [
        { status: 'IN_CHARGE', recordedByName: expect.any(String) },
        { status: 'IN_TRAINING', note: 'Corso di saldatura' },
        { status: 'RELOCATED', placement: null },
      ],
    });
  });

  it('links a verified placement of the worker to RELOCATED, and refuses any other', async () => {
    const { projectId, citizens } = await outplacementIn(t, operator, 1);
    const taken = await t.gql(TAKE_GROUP, { id: projectId }, operator);
    const workerId = taken.data!.takeOutplacementGroupInCharge.project.workers[0].id;
    const recorded = await t.gql(
      'mutation($c: ID!) { recordPlacement(input: { citizenId: $c, employerName: "Ditta esterna", contractType: FIXED_TERM, startsOn: "2026-02-02", durationMonths: 12 }) { placement { id } userErrors { code } } }',
      { c: citizens[0]!.id },
      operator,
    );
    const placementId = recorded.data!.recordPlacement.placement.id;
    const unverified = await t.gql(
      SET_WORKER_STATUS,
      { id: workerId, input: { status: 'RELOCATED', statusOn: inDays(0), placementId } },
      operator,
    );
    expect(unverified.data!.setOutplacementWorkerStatus.userErrors).toEqual([
      {
        field: 'input.placementId',
        code: 'UNKNOWN_PLACEMENT',
        message: 'Scegli un inserimento lavorativo verificato di questa persona.',
      },
    ]);
    await t.gql(
      'mutation($id: ID!) { verifyPlacement(id: $id) { userErrors { code } } }',
      { id: placementId },
      operator,
    );
    const wrongStatus = await t.gql(
      SET_WORKER_STATUS,
      { id: workerId, input: { status: 'SELF_EMPLOYED', statusOn: inDays(0), placementId } },
      operator,
    );
    expect(wrongStatus.data!.setOutplacementWorkerStatus.userErrors[0].code).toBe('NOT_RELOCATED');
    const linked = await t.gql(
      SET_WORKER_STATUS,
      { id: workerId, input: { status: 'RELOCATED', statusOn: inDays(0), placementId } },
      operator,
    );
    expect(linked.data!.setOutplacementWorkerStatus.worker.history.at(-1).placement).toEqual({
      id: placementId,
    });
  });

  it('refuses a status before the group is taken in charge, in the future or before the start', async () => {
    const { projectId } = await outplacementIn(t, operator, 1);
    const project = await t.gql(PROJECT, { id: projectId }, operator);
    const workerId = project.data!.outplacementProject.workers[0].id;
    const early = await t.gql(
      SET_WORKER_STATUS,
      { id: workerId, input: { status: 'NO_OUTCOME', statusOn: inDays(0) } },
      operator,
    );
    expect(early.data!.setOutplacementWorkerStatus.userErrors[0]).toMatchObject({
      field: 'workerId',
      code: 'NOT_IN_CHARGE',
    });
    await t.gql(TAKE_GROUP, { id: projectId }, operator);
    const dates = await t.gql(
      SET_WORKER_STATUS,
      { id: workerId, input: { status: 'WITHDRAWN', statusOn: inDays(2) } },
      operator,
    );
    expect(dates.data!.setOutplacementWorkerStatus.userErrors).toEqual([
      { field: 'input.statusOn', code: 'IN_THE_FUTURE', message: 'La data non può essere nel futuro.' },
    ]);
    const before = await t.gql(
      SET_WORKER_STATUS,
      { id: workerId, input: { status: 'WITHDRAWN', statusOn: '2026-01-01' } },
      operator,
    );
    expect(before.data!.setOutplacementWorkerStatus.userErrors[0]).toMatchObject({
      field: 'input.statusOn',
      code: 'BEFORE_START',
    });
  });
});

describe('who sees and does what', () => {
  it('the sportello in charge manages; other operators of the network read; admins read counts only', async () => {
    const { projectId, citizens } = await outplacementIn(t, operator, 1);
    const read = await t.gql(PROJECT, { id: projectId }, vareseOperator);
    expect(read.data!.outplacementProject.workers).toHaveLength(1);
    for (const [query, variables] of [
      [TAKE_GROUP, { id: projectId }],
      [ADD_WORKERS, { id: projectId, cfs: [citizens[0]!.cf] }],
    ] as const) {
      const refused = await t.gql(query, variables, vareseOperator);
      expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const counts = await t.gql(PROJECT_COUNTS, { id: projectId }, admin);
    expect(counts.data!.outplacementProject.summary.total).toBe(1);
    const workers = await t.gql(PROJECT, { id: projectId }, admin);
    expect(workers.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const created = await t.gql(CREATE_PROJECT, { input: projectInput() }, admin);
    expect(created.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('companies, citizens and other networks are refused', async () => {
    const { projectId } = await outplacementIn(t, operator, 1);
    for (const token of [citizen, companyMember]) {
      const list = await t.gql('{ outplacementProjects { totalCount } }', {}, token);
      expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const one = await t.gql(PROJECT_COUNTS, { id: projectId }, token);
      expect(one.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const other = await t.gql(PROJECT_COUNTS, { id: projectId }, otherNetworkOperator);
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const take = await t.gql(TAKE_GROUP, { id: projectId }, otherNetworkOperator);
    expect(take.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('malformed ids find nothing', async () => {
    const one = await t.gql(PROJECT_COUNTS, { id: 'not-a-uuid' }, operator);
    expect(one.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const take = await t.gql(TAKE_GROUP, { id: 'not-a-uuid' }, operator);
    expect(take.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const status = await t.gql(
      SET_WORKER_STATUS,
      { id: "'; drop table cases; --", input: { status: 'NO_OUTCOME', statusOn: inDays(0) } },
      operator,
    );
    expect(status.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('lists the projects of the network, newest first', async () => {
    const { projectId } = await outplacementIn(t, operator, 1);
    const list = await t.gql(
      '{ outplacementProjects(first: 5) { totalCount edges { node { id summary { total } } } } }',
      {},
      admin,
    );
    expect(list.data!.outplacementProjects.edges[0].node).toEqual({ id: projectId, summary: { total: 1 } });
  });
});
