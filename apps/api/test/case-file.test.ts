import { randomUUID } from 'node:crypto';
import { auditLog, caseAssignments, notifications, operators, pattoVersions, users } from '@sportello/db';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/lib/passwords.js';
import { DEMO, DEMO_PASSWORD, OTHER_OPERATOR, randomCodiceFiscale, seedOtherNetwork } from './fixtures.js';
import { type GraphQLResponse, startTestApp, type TestApp } from './harness.js';
import { inDays } from './vacancy-fixtures.js';

let t: TestApp;
let legnano: string;
let legnanoBis: string;
let varese: string;
let admin: string;
let company: string;
let otherNetwork: string;
let giulia: string;
let luca: string;
let lucaId: string;
let caseId: string;

const LUCA = 'luca.ferrari@demo.sportellolavoro.it';
const REFUSALS = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'];
const refused = (response: GraphQLResponse) =>
  expect(REFUSALS, JSON.stringify(response)).toContain(response.errors?.[0]?.extensions?.code);

const TAKE = `mutation($id: ID!) { takeCitizenInCharge(citizenId: $id, reason: "Accoglienza e presa in carico allo sportello") { caseAssignment { case { id sportello { name } } } userErrors { code } } }`;
const CASE_FIELDS = `id sportello { name address email phone } takenBy { givenName familyName } inChargeSince closedAt closeReason closeNote inChargeHere lastContactOn overdueActionCount
  patto { id version objectives current acceptedAt acceptedOn acceptanceChannel acceptanceRecordedBy { givenName } actions { id kind description dueOn assignee status overdue } }
  pattoVersions { id version current acceptedAt objectives }
  diary { id body visibility occurredOn contactChannel contactOutcome author { givenName } corrects { id body } supersededBy { id body } }`;
const CITIZEN_CASE = `query($id: ID!) { citizenCase(citizenId: $id) { ${CASE_FIELDS} } }`;
const MY_CASE = `{ myCase { ${CASE_FIELDS} } }`;
const SAVE = `mutation($id: ID!, $input: PattoInput!, $base: Int, $key: String) { savePatto(caseId: $id, input: $input, baseVersion: $base, idempotencyKey: $key) { patto { id version current acceptedAt actions { id kind status } } userErrors { field code message } } }`;
const ACCEPT = `mutation($id: ID!) { acceptPatto(versionId: $id) { patto { version acceptedAt acceptanceChannel } userErrors { field code } } }`;
const RECORD = `mutation($id: ID!, $on: Date!) { recordPattoAcceptance(versionId: $id, acceptedOn: $on) { patto { acceptedOn acceptanceChannel acceptanceRecordedBy { givenName } } userErrors { field code } } }`;
const STATUS = `mutation($id: ID!, $s: PattoActionStatus!) { setPattoActionStatus(actionId: $id, status: $s) { action { status } userErrors { field code } } }`;
const ADD_NOTE = `mutation($id: ID!, $input: DiaryEntryInput!, $key: String) { addDiaryEntry(caseId: $id, input: $input, idempotencyKey: $key) { entry { id body visibility } userErrors { field code message } } }`;
const CORRECT = `mutation($id: ID!, $input: DiaryEntryInput!, $key: String) { correctDiaryEntry(entryId: $id, input: $input, idempotencyKey: $key) { entry { id corrects { id } } userErrors { field code } } }`;
const CLOSE = `mutation($id: ID!, $r: CaseCloseReason!, $n: String) { closeCase(caseId: $id, reason: $r, note: $n) { case { closedAt closeReason closeNote } userErrors { field code } } }`;
const CASELOAD = `query($scope: CaseloadScope, $g: TargetGroup, $days: Int, $overdue: Boolean, $pending: Boolean) { caseload(scope: $scope, targetGroup: $g, noContactForDays: $days, overdueOnly: $overdue, pattoNotAccepted: $pending) { totalCount edges { node { id citizen { givenName } lastContactOn overdueActionCount patto { version acceptedAt } } } } }`;
const TODAY = `{ caseworkToday { overdueActionCount actionsDue { description dueOn overdue case { citizen { givenName } } } pattiAwaitingAcceptance { citizen { givenName } } } }`;
const COUNTS = `{ caseCounts { sportello { name } openCases closedCases pattiAccepted pattiAwaitingAcceptance overdueActions } }`;

const patto = (overrides: Record<string, unknown> = {}) => ({
  objectives: 'Trovare un lavoro in magazzino entro sei mesi, vicino a casa.',
  actions: [
    {
      kind: 'ORIENTATION_INTERVIEW',
      description: 'Colloquio di orientamento',
      dueOn: inDays(-2),
      assignee: 'OPERATOR',
    },
    { kind: 'JOB_CLUB', description: 'Partecipare al Job Club', dueOn: inDays(20), assignee: 'CITIZEN' },
  ],
  ...overrides,
});

const note = (overrides: Record<string, unknown> = {}) => ({
  occurredOn: inDays(0),
  visibility: 'INTERNAL',
  body: 'Nota di prova del diario',
  ...overrides,
});

/** A second operator at Legnano, for two people editing one patto. */
async function secondLegnanoOperator(): Promise<string> {
  const [sportello] = await t.query<{ id: string; network_id: string }>(
    sql`select s.id, s.network_id from sportelli s join operators o on o.sportello_id = s.id join users u on u.id = o.user_id where u.email = ${DEMO.operator}`,
  );
  const email = `collega.${Date.now()}@demo.sportellolavoro.it`;
  const [user] = await t.db
    .insert(users)
    .values({
      networkId: sportello!.network_id,
      kind: 'OPERATOR',
      email,
      passwordHash: await hashPassword(DEMO_PASSWORD),
      givenName: 'Paola',
      familyName: 'Colombo',
      emailVerifiedAt: new Date(),
    })
    .returning();
  await t.db
    .insert(operators)
    .values({ userId: user!.id, networkId: sportello!.network_id, sportelloId: sportello!.id });
  return (await t.login(email)).accessToken;
}

const versionCount = async (id: string) =>
  (await t.db.select().from(pattoVersions).where(eq(pattoVersions.caseId, id))).length;

const caseReads = async (id: string) =>
  (
    await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectId, id), eq(auditLog.action, 'case.read')))
  ).length;

beforeAll(async () => {
  t = await startTestApp();
  await seedOtherNetwork(t);
  legnano = (await t.login(DEMO.operator)).accessToken;
  legnanoBis = await secondLegnanoOperator();
  varese = (await t.login(DEMO.operatorVarese)).accessToken;
  admin = (await t.login(DEMO.admin)).accessToken;
  company = (await t.login(DEMO.companyMember)).accessToken;
  otherNetwork = (await t.login(OTHER_OPERATOR)).accessToken;
  giulia = (await t.login(DEMO.citizen)).accessToken;
  luca = (await t.login(LUCA)).accessToken;
  lucaId = (await t.gql('{ me { id } }', {}, luca)).data!.me.id;
});
afterAll(() => t?.close());

describe('the case', () => {
  it('taking in charge opens a case at the operator’s sportello, once', async () => {
    const first = await t.gql(TAKE, { id: lucaId }, legnano);
    expect(first.data!.takeCitizenInCharge.userErrors).toEqual([]);
    caseId = first.data!.takeCitizenInCharge.caseAssignment.case.id;
    const again = await t.gql(TAKE, { id: lucaId }, legnano);
    expect(again.data!.takeCitizenInCharge.caseAssignment.case.id).toBe(caseId);
    const read = await t.gql(CITIZEN_CASE, { id: lucaId }, legnano);
    expect(read.data!.citizenCase).toMatchObject({
      id: caseId,
      sportello: { name: 'Sportello Lavoro Legnano' },
      takenBy: { givenName: expect.any(String) },
      inChargeHere: true,
      closedAt: null,
      patto: null,
      pattoVersions: [],
      diary: [],
    });
    expect(await caseReads(caseId)).toBe(0);
  });

  it('another sportello sees only whom the case is at, and its read is audited', async () => {
    const read = await t.gql(CITIZEN_CASE, { id: lucaId }, varese);
    expect(read.errors).toBeUndefined();
    expect(read.data!.citizenCase).toMatchObject({ id: caseId, inChargeHere: false, patto: null, diary: [] });
    expect(await caseReads(caseId)).toBe(1);
  });

  it('other networks, companies, citizens and network admins cannot look a case up', async () => {
    for (const token of [otherNetwork, company, giulia, luca, admin, undefined])
      refused(await t.gql(CITIZEN_CASE, { id: lucaId }, token));
    refused(await t.gql(CITIZEN_CASE, { id: randomUUID() }, legnano));
  });
});

describe('the patto di servizio', () => {
  let v1: string;
  let v2: string;

  it('bad input gets userErrors with field paths and writes nothing', async () => {
    const bad = await t.gql(
      SAVE,
      {
        id: caseId,
        input: patto({
          objectives: 'corto',
          actions: [{ kind: 'OTHER', description: 'x', dueOn: inDays(-800), assignee: 'CITIZEN' }],
        }),
      },
      legnano,
    );
    expect(bad.data!.savePatto.patto).toBeNull();
    expect(bad.data!.savePatto.userErrors.map((e: { field: string }) => e.field)).toEqual([
      'objectives',
      'actions[0].description',
      'actions[0].dueOn',
    ]);
    expect(await versionCount(caseId)).toBe(0);
  });

  it('only the sportello in charge drafts it', async () => {
    for (const token of [varese, otherNetwork, company, luca, giulia, admin])
      refused(await t.gql(SAVE, { id: caseId, input: patto() }, token));
    expect(await versionCount(caseId)).toBe(0);
  });

  it('a draft awaits the citizen, who is told in the portal and by email; the key makes it once', async () => {
    await t.app.outbox.drain();
    const key = randomUUID();
    const saved = await t.gql(SAVE, { id: caseId, input: patto(), key }, legnano);
    expect(saved.data!.savePatto).toMatchObject({
      patto: { version: 1, current: true, acceptedAt: null },
      userErrors: [],
    });
    v1 = saved.data!.savePatto.patto.id;
    const replay = await t.gql(SAVE, { id: caseId, input: patto(), key }, legnano);
    expect(replay.data!.savePatto.patto.id).toBe(v1);
    const reused = await t.gql(
      SAVE,
      { id: caseId, input: patto({ objectives: 'Altro obiettivo scritto' }), key },
      legnano,
    );
    expect(reused.data!.savePatto.userErrors[0]).toMatchObject({
      field: 'idempotencyKey',
      code: 'IDEMPOTENCY_KEY_REUSED',
    });
    expect(await versionCount(caseId)).toBe(1);

    const told = await t.db.select().from(notifications).where(eq(notifications.userId, lucaId));
    expect(told.filter((n) => n.kind === 'PATTO')).toHaveLength(1);
    await t.app.outbox.drain();
    const mail = t.mails.find(
      (m) => m.to.includes(LUCA) && m.subject === 'Il tuo patto di servizio è pronto',
    );
    expect(mail?.text).toContain('/cittadini/percorso');
  });

  it('another citizen cannot accept it; the citizen accepts it online, once', async () => {
    refused(await t.gql(ACCEPT, { id: v1 }, giulia));
    refused(await t.gql(ACCEPT, { id: v1 }, legnano));
    const accepted = await t.gql(ACCEPT, { id: v1 }, luca);
    expect(accepted.data!.acceptPatto).toMatchObject({
      patto: { version: 1, acceptanceChannel: 'ONLINE', acceptedAt: expect.any(String) },
      userErrors: [],
    });
    const twice = await t.gql(ACCEPT, { id: v1 }, luca);
    expect(twice.data!.acceptPatto.userErrors).toEqual([{ field: 'versionId', code: 'ALREADY_ACCEPTED' }]);
  });

  it('a change after acceptance is a new version the citizen accepts again; the old one stays readable', async () => {
    const stale = await t.gql(SAVE, { id: caseId, input: patto(), base: null }, legnano);
    expect(stale.data!.savePatto.userErrors).toEqual([
      { field: 'baseVersion', code: 'STALE', message: expect.any(String) },
    ]);
    const changed = patto({ objectives: 'Trovare un lavoro in magazzino o in un negozio entro sei mesi.' });
    const saved = await t.gql(SAVE, { id: caseId, input: changed, base: 1 }, legnano);
    expect(saved.data!.savePatto.patto).toMatchObject({ version: 2, current: true, acceptedAt: null });
    v2 = saved.data!.savePatto.patto.id;

    const mine = (await t.gql(MY_CASE, {}, luca)).data!.myCase;
    expect(mine.patto).toMatchObject({ version: 2, acceptedAt: null, objectives: changed.objectives });
    expect(
      mine.pattoVersions.map((v: { version: number; current: boolean }) => [v.version, v.current]),
    ).toEqual([
      [2, true],
      [1, false],
    ]);
    expect(mine.pattoVersions[1].acceptedAt).not.toBeNull();
    refused(await t.gql(ACCEPT, { id: v1 }, giulia));
    const old = await t.gql(ACCEPT, { id: v1 }, luca);
    expect(old.data!.acceptPatto.userErrors[0]).toEqual({ field: 'versionId', code: 'NOT_CURRENT' });
  });

  it('an acceptance at the desk is recorded by the sportello in charge with its day', async () => {
    const future = await t.gql(RECORD, { id: v2, on: inDays(1) }, legnano);
    expect(future.data!.recordPattoAcceptance.userErrors).toEqual([
      { field: 'acceptedOn', code: 'IN_THE_FUTURE' },
    ]);
    const before = await t.gql(RECORD, { id: v2, on: inDays(-3) }, legnano);
    expect(before.data!.recordPattoAcceptance.userErrors).toEqual([
      { field: 'acceptedOn', code: 'BEFORE_VERSION' },
    ]);
    for (const token of [varese, otherNetwork, company, luca, admin])
      refused(await t.gql(RECORD, { id: v2, on: inDays(0) }, token));
    const recorded = await t.gql(RECORD, { id: v2, on: inDays(0) }, legnano);
    expect(recorded.data!.recordPattoAcceptance.patto).toMatchObject({
      acceptedOn: inDays(0),
      acceptanceChannel: 'DESK',
      acceptanceRecordedBy: { givenName: expect.any(String) },
    });
  });

  it('two operators editing at once: one saves, the other is told to reload, no version is lost', async () => {
    const base = (await t.gql(CITIZEN_CASE, { id: lucaId }, legnano)).data!.citizenCase.patto.version;
    const edits = [
      patto({ objectives: 'Versione di Mario: magazzino entro sei mesi.' }),
      patto({ objectives: 'Versione di Paola: negozio entro sei mesi.' }),
    ];
    const results = await Promise.all(
      [legnano, legnanoBis].map((token, i) => t.gql(SAVE, { id: caseId, input: edits[i], base }, token)),
    );
    const payloads = results.map((r) => r.data!.savePatto);
    const winner = payloads.findIndex((p) => p.patto !== null);
    expect(payloads.filter((p) => p.patto !== null)).toHaveLength(1);
    expect(payloads[1 - winner].userErrors[0]).toMatchObject({ field: 'baseVersion', code: 'STALE' });
    // The one told to reload saves on top of the other's version: both are versions.
    const retried = await t.gql(
      SAVE,
      { id: caseId, input: edits[1 - winner], base: base + 1 },
      [legnano, legnanoBis][1 - winner],
    );
    expect(retried.data!.savePatto.patto.version).toBe(base + 2);
    const versions = (await t.gql(CITIZEN_CASE, { id: lucaId }, legnano)).data!.citizenCase.pattoVersions;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([base + 2, base + 1, base, base - 1]);
    expect(
      versions
        .slice(0, 2)
        .map((v: { objectives: string }) => v.objectives)
        .sort(),
    ).toEqual(edits.map((e) => e.objectives).sort());
  });

  it('progress on an action makes no new version; old versions’ actions are history', async () => {
    const read = (await t.gql(CITIZEN_CASE, { id: lucaId }, legnano)).data!.citizenCase;
    const [interview, jobClub] = read.patto.actions;
    expect(interview).toMatchObject({ kind: 'ORIENTATION_INTERVIEW', status: 'TODO', overdue: true });
    expect(jobClub).toMatchObject({ kind: 'JOB_CLUB', status: 'TODO', overdue: false });
    for (const token of [varese, otherNetwork, company, luca, admin])
      refused(await t.gql(STATUS, { id: jobClub.id, s: 'DONE' }, token));
    const done = await t.gql(STATUS, { id: jobClub.id, s: 'DONE' }, legnano);
    expect(done.data!.setPattoActionStatus).toEqual({ action: { status: 'DONE' }, userErrors: [] });
    const versions = await versionCount(caseId);
    expect(versions).toBe(read.pattoVersions.length);
    const [oldAction] = await t.query<{ id: string }>(
      sql`select a.id from patto_actions a join patto_versions v on v.id = a.version_id where v.id = ${v1} order by a.position`,
    );
    const old = await t.gql(STATUS, { id: oldAction!.id, s: 'DONE' }, legnano);
    expect(old.data!.setPattoActionStatus.userErrors).toEqual([{ field: 'actionId', code: 'NOT_CURRENT' }]);
  });
});

describe('the diary', () => {
  let shared: string;
  let internal: string;

  it('bad input gets userErrors and writes nothing; only the sportello in charge writes', async () => {
    const future = await t.gql(ADD_NOTE, { id: caseId, input: note({ occurredOn: inDays(1) }) }, legnano);
    expect(future.data!.addDiaryEntry.userErrors.map((e: { field: string }) => e.field)).toEqual([
      'occurredOn',
    ]);
    const half = await t.gql(
      ADD_NOTE,
      { id: caseId, input: note({ contactChannel: 'PHONE_CALL' }) },
      legnano,
    );
    expect(half.data!.addDiaryEntry.userErrors).toEqual([
      { field: 'contactOutcome', code: 'REQUIRED', message: expect.any(String) },
    ]);
    for (const token of [varese, otherNetwork, company, luca, giulia, admin])
      refused(await t.gql(ADD_NOTE, { id: caseId, input: note() }, token));
    const diary = (await t.gql(CITIZEN_CASE, { id: lucaId }, legnano)).data!.citizenCase.diary;
    expect(diary).toEqual([]);
  });

  it('any operator of the sportello writes notes and contacts; the key makes each once', async () => {
    const key = randomUUID();
    const first = await t.gql(
      ADD_NOTE,
      { id: caseId, input: note({ body: 'Preferisce non lavorare di notte' }), key },
      legnano,
    );
    internal = first.data!.addDiaryEntry.entry.id;
    const replay = await t.gql(
      ADD_NOTE,
      { id: caseId, input: note({ body: 'Preferisce non lavorare di notte' }), key },
      legnano,
    );
    expect(replay.data!.addDiaryEntry.entry.id).toBe(internal);
    const contact = await t.gql(
      ADD_NOTE,
      {
        id: caseId,
        input: note({
          visibility: 'SHARED',
          body: 'Ti abbiamo chiamato per fissare il colloquio',
          occurredOn: inDays(-1),
          contactChannel: 'PHONE_CALL',
          contactOutcome: 'REACHED',
        }),
      },
      legnanoBis,
    );
    shared = contact.data!.addDiaryEntry.entry.id;
    const read = (await t.gql(CITIZEN_CASE, { id: lucaId }, legnano)).data!.citizenCase;
    expect(read.diary.map((e: { id: string }) => e.id)).toEqual([internal, shared]);
    expect(read.lastContactOn).toBe(inDays(-1));
  });

  it('the citizen reads the shared notes only; other sportelli and citizens none', async () => {
    const mine = (await t.gql(MY_CASE, {}, luca)).data!.myCase;
    expect(mine.diary.map((e: { id: string }) => e.id)).toEqual([shared]);
    expect(JSON.stringify(mine)).not.toContain('Preferisce non lavorare di notte');
    const giuliaCase = (await t.gql(MY_CASE, {}, giulia)).data!.myCase;
    expect(JSON.stringify(giuliaCase)).not.toContain(caseId);
    const elsewhere = (await t.gql(CITIZEN_CASE, { id: lucaId }, varese)).data!.citizenCase;
    expect(elsewhere.diary).toEqual([]);
    for (const token of [company, admin, varese]) refused(await t.gql(MY_CASE, {}, token));
  });

  it('a correction is a new entry; the corrected one stays, superseded', async () => {
    for (const token of [varese, otherNetwork, company, luca])
      refused(await t.gql(CORRECT, { id: shared, input: note() }, token));
    const fix = note({
      visibility: 'SHARED',
      body: 'Ti abbiamo chiamato per fissare il colloquio di orientamento',
      occurredOn: inDays(-1),
      contactChannel: 'PHONE_CALL',
      contactOutcome: 'REACHED',
    });
    const corrected = await t.gql(CORRECT, { id: shared, input: fix }, legnano);
    expect(corrected.data!.correctDiaryEntry).toMatchObject({
      entry: { corrects: { id: shared } },
      userErrors: [],
    });
    const again = await t.gql(CORRECT, { id: shared, input: fix }, legnano);
    expect(again.data!.correctDiaryEntry.userErrors).toEqual([
      { field: 'entryId', code: 'ALREADY_CORRECTED' },
    ]);
    const fixId = corrected.data!.correctDiaryEntry.entry.id;
    const mine = (await t.gql(MY_CASE, {}, luca)).data!.myCase.diary;
    expect(mine.find((e: { id: string }) => e.id === shared).supersededBy).toEqual({
      id: fixId,
      body: fix.body,
    });
    // A shared correction of an internal note does not show the citizen the internal one.
    await t.gql(
      CORRECT,
      { id: internal, input: note({ visibility: 'SHARED', body: 'Orari di lavoro: solo di giorno' }) },
      legnano,
    );
    const after = (await t.gql(MY_CASE, {}, luca)).data!.myCase.diary;
    expect(
      after.find((e: { body: string }) => e.body === 'Orari di lavoro: solo di giorno').corrects,
    ).toBeNull();
    expect(JSON.stringify(after)).not.toContain('Preferisce non lavorare di notte');
  });
});

describe('caseload, to do today and counts', () => {
  it('the sportello’s caseload filters by target group, contact, overdue actions and acceptance', async () => {
    // The latest version (saved by the concurrent test) awaits acceptance and has an overdue action.
    const names = async (variables: Record<string, unknown>, token = legnano) =>
      (
        (await t.gql(CASELOAD, variables, token)).data!.caseload.edges as {
          node: { citizen: { givenName: string } };
        }[]
      ).map((e) => e.node.citizen.givenName);
    expect(await names({})).toEqual(expect.arrayContaining(['Luca', 'Giulia']));
    expect(await names({ scope: 'MINE' }, legnanoBis)).toEqual([]);
    expect(await names({ g: 'NEET' })).toEqual(['Luca']);
    expect(await names({ g: 'OVER_45' })).not.toContain('Luca');
    expect(await names({ overdue: true })).toEqual(['Luca']);
    expect(await names({ pending: true })).toEqual(['Luca']);
    expect(await names({ days: 0 })).toContain('Luca');
    expect(await names({ days: 2 })).not.toContain('Luca');
    expect(await names({}, varese)).not.toContain('Luca');
    for (const token of [company, luca, admin, otherNetwork]) {
      const response = await t.gql(CASELOAD, {}, token);
      if (token === otherNetwork) expect(response.data!.caseload.totalCount).toBe(0);
      else refused(response);
    }
  });

  it('“Da fare oggi” lists overdue actions and patti awaiting acceptance', async () => {
    const today = (await t.gql(TODAY, {}, legnano)).data!.caseworkToday;
    expect(today.overdueActionCount).toBeGreaterThanOrEqual(1);
    expect(today.actionsDue).toContainEqual({
      description: 'Colloquio di orientamento',
      dueOn: inDays(-2),
      overdue: true,
      case: { citizen: { givenName: 'Luca' } },
    });
    expect(today.pattiAwaitingAcceptance).toContainEqual({ citizen: { givenName: 'Luca' } });
    const elsewhere = (await t.gql(TODAY, {}, varese)).data!.caseworkToday;
    expect(JSON.stringify(elsewhere)).not.toContain('Luca');
    for (const token of [company, luca, admin]) refused(await t.gql(TODAY, {}, token));
  });

  it('network admins get counts per sportello, never names nor notes', async () => {
    const counts = (await t.gql(COUNTS, {}, admin)).data!.caseCounts;
    expect(counts).toContainEqual({
      sportello: { name: 'Sportello Lavoro Legnano' },
      openCases: 2,
      closedCases: 0,
      pattiAccepted: 1,
      pattiAwaitingAcceptance: 1,
      overdueActions: 1,
    });
    for (const token of [company, luca, undefined]) refused(await t.gql(COUNTS, {}, token));
    expect((await t.gql(COUNTS, {}, otherNetwork)).data!.caseCounts).toEqual([]);
  });
});

describe('transfer and closing', () => {
  it('a transfer moves the case with its patto and diary; the old sportello reads no more', async () => {
    const moved = await t.gql(TAKE, { id: lucaId }, varese);
    expect(moved.data!.takeCitizenInCharge.caseAssignment.case).toEqual({
      id: caseId,
      sportello: { name: 'Sportello Lavoro Varese' },
    });
    const there = (await t.gql(CITIZEN_CASE, { id: lucaId }, varese)).data!.citizenCase;
    expect(there.inChargeHere).toBe(true);
    expect(there.patto).not.toBeNull();
    expect(there.diary.length).toBeGreaterThan(0);
    const reads = await caseReads(caseId);
    const before = (await t.gql(CITIZEN_CASE, { id: lucaId }, legnano)).data!.citizenCase;
    expect(before).toMatchObject({ inChargeHere: false, patto: null, diary: [], pattoVersions: [] });
    expect(await caseReads(caseId)).toBe(reads + 1);
    refused(await t.gql(ADD_NOTE, { id: caseId, input: note() }, legnano));
  });

  it('the sportello in charge closes it with a reason; nothing is written after', async () => {
    refused(await t.gql(CLOSE, { id: caseId, r: 'HIRED' }, legnano));
    for (const token of [otherNetwork, company, luca, admin])
      refused(await t.gql(CLOSE, { id: caseId, r: 'HIRED' }, token));
    const noNote = await t.gql(CLOSE, { id: caseId, r: 'OTHER' }, varese);
    expect(noNote.data!.closeCase.userErrors).toEqual([{ field: 'note', code: 'REQUIRED' }]);
    const closed = await t.gql(
      CLOSE,
      { id: caseId, r: 'HIRED', n: 'Assunto da un magazzino di Gallarate' },
      varese,
    );
    expect(closed.data!.closeCase).toMatchObject({
      case: {
        closeReason: 'HIRED',
        closeNote: 'Assunto da un magazzino di Gallarate',
        closedAt: expect.any(String),
      },
      userErrors: [],
    });
    const open = await t.db
      .select()
      .from(caseAssignments)
      .where(and(eq(caseAssignments.citizenId, lucaId), isNull(caseAssignments.endedAt)));
    expect(open).toEqual([]);
    const late = await t.gql(ADD_NOTE, { id: caseId, input: note() }, varese);
    expect(late.data!.addDiaryEntry.userErrors[0]).toMatchObject({ field: 'caseId', code: 'CASE_CLOSED' });
    const twice = await t.gql(CLOSE, { id: caseId, r: 'HIRED' }, varese);
    expect(twice.data!.closeCase.userErrors[0].code).toBe('CASE_CLOSED');
    expect((await t.gql(MY_CASE, {}, luca)).data!.myCase).toMatchObject({ closeReason: 'HIRED' });
    // Taken in charge again, a new case opens.
    const reopened = await t.gql(TAKE, { id: lucaId }, legnano);
    expect(reopened.data!.takeCitizenInCharge.caseAssignment.case.id).not.toBe(caseId);
  });
});

describe('the last contact', () => {
  it('the last contact counts the desk and the orientation colloqui at the sportello, not only the diary', async () => {
    const registered = await t.gql(
      `mutation($input: RegisterCitizenByOperatorInput!) { registerCitizenByOperator(input: $input) { citizen { id } userErrors { code } } }`,
      {
        input: {
          givenName: 'Ornella',
          familyName: 'Vitali',
          codiceFiscale: randomCodiceFiscale(),
          residenceComuneCode: DEMO.legnano,
        },
      },
      legnano,
    );
    const id = registered.data!.registerCitizenByOperator.citizen.id as string;
    expect((await t.gql(TAKE, { id }, legnano)).data!.takeCitizenInCharge.userErrors).toEqual([]);
    const row = async (variables: Record<string, unknown> = {}) =>
      (
        (await t.gql(CASELOAD, variables, legnano)).data!.caseload.edges as {
          node: { citizen: { givenName: string }; lastContactOn: string | null };
        }[]
      ).find((e) => e.node.citizen.givenName === 'Ornella')?.node;
    const lastContact = async () =>
      (await t.gql(CITIZEN_CASE, { id }, legnano)).data!.citizenCase.lastContactOn;
    expect((await row())?.lastContactOn).toBeNull();

    const contact = (token: string, contactedOn: string) =>
      t.gql(
        `mutation($input: FrontDeskContactInput!) { recordFrontDeskContact(input: $input) { contact { id } userErrors { code } } }`,
        {
          input: {
            contactedOn,
            channel: 'DESK',
            topic: 'ORIENTATION',
            comuneCode: DEMO.legnano,
            outcome: 'TAKEN_IN_CHARGE',
            citizenId: id,
          },
        },
        token,
      );
    // At another sportello: not a contact of this case.
    expect((await contact(varese, inDays(-1))).data!.recordFrontDeskContact.userErrors).toEqual([]);
    expect(await lastContact()).toBeNull();
    const desk = (await contact(legnano, inDays(-3))).data!.recordFrontDeskContact.contact.id;
    expect(await lastContact()).toBe(inDays(-3));
    expect((await row())?.lastContactOn).toBe(inDays(-3));
    expect(await row({ days: 2 })).toBeDefined();
    expect(await row({ days: 4 })).toBeUndefined();

    // Entered by mistake: no longer a contact.
    await t.gql(
      `mutation($id: ID!) { markFrontDeskContactInError(id: $id) { contact { id } } }`,
      { id: desk },
      legnano,
    );
    expect(await lastContact()).toBeNull();

    const recorded = await t.gql(
      `mutation($input: OrientationRecordInput!) { recordOrientation(input: $input) { record { id } userErrors { code } } }`,
      {
        input: {
          citizenId: id,
          kind: 'ORIENTATION_INTERVIEW',
          heldOn: inDays(-1),
          interests: 'La vendita',
          strengths: 'Precisione',
          transport: 'PUBLIC_TRANSPORT',
          careDuties: false,
          targetOccupationUris: [],
          summary: 'Proviamo la vendita: prossimo passo, il Job Club.',
        },
      },
      legnano,
    );
    expect(recorded.data!.recordOrientation.userErrors).toEqual([]);
    expect(await lastContact()).toBe(inDays(-1));
    expect((await row({ days: 0 }))?.lastContactOn).toBe(inDays(-1));
  });
});
