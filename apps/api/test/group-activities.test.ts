import { randomUUID } from 'node:crypto';
import { users } from '@sportello/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizenInput, DEMO, OTHER_OPERATOR, REGISTER_CITIZEN, seedOtherNetwork } from './fixtures.js';
import {
  CREATE_GROUP_ACTIVITY,
  ENROL_IN_GROUP,
  GROUP_ACTIVITY_FIELDS,
  groupActivityIn,
  groupActivityInput,
  groupSessionInput,
  RECORD_ATTENDANCE,
} from './group-activity-fixtures.js';
import { startTestApp, type TestApp } from './harness.js';
import { expectTaggedPdf, pdfText } from './pdf-structure.js';

let t: TestApp;
let operator: string;
let operatorVarese: string;
let otherNetwork: string;
let admin: string;
let company: string;
let giulia: string;
let giuliaId: string;

beforeAll(async () => {
  t = await startTestApp();
  await seedOtherNetwork(t);
  operator = (await t.login(DEMO.operator)).accessToken;
  operatorVarese = (await t.login(DEMO.operatorVarese)).accessToken;
  otherNetwork = (await t.login(OTHER_OPERATOR)).accessToken;
  admin = (await t.login(DEMO.admin)).accessToken;
  company = (await t.login(DEMO.companyMember)).accessToken;
  giulia = (await t.login(DEMO.citizen)).accessToken;
  giuliaId = (await t.gql('{ me { id } }', {}, giulia)).data!.me.id;
});
afterAll(() => t?.close());

const READ = `query($id: ID!) { groupActivity(id: $id) { ${GROUP_ACTIVITY_FIELDS}
  enrolments { id status citizen { id } requestedByCitizen certificateUrl } attendanceFigures { recorded present absent excused noShowRate } } }`;
const UPDATE = `mutation($id: ID!, $input: GroupActivityInput!) {
  updateGroupActivity(id: $id, input: $input) { groupActivity { title capacity facilitator } userErrors { field code message } }
}`;
const activityMove = (mutation: string) =>
  `mutation($id: ID!) { ${mutation}(id: $id) { groupActivity { status } userErrors { field code message } } }`;
const PUBLISH = activityMove('publishGroupActivity');
const CANCEL = activityMove('cancelGroupActivity');
const END = activityMove('endGroupActivity');
const ADD_SESSION = `mutation($id: ID!, $input: GroupSessionInput!) {
  addGroupSession(activityId: $id, input: $input) { session { id mode videoUrl topic } userErrors { field code message } }
}`;
const MOVE_SESSION = `mutation($id: ID!, $input: GroupSessionInput!) {
  moveGroupSession(id: $id, input: $input) { session { id startsAt mode videoUrl comune { name } } userErrors { field code message } }
}`;
const WITHDRAW = `mutation($id: ID!) { withdrawGroupEnrolment(id: $id) { enrolment { status withdrawnAt } userErrors { field code message } } }`;

async function newCitizen() {
  const input = citizenInput();
  const id = (await t.gql(REGISTER_CITIZEN, { input })).data!.registerCitizen.citizen.id as string;
  await t.db.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, id));
  return {
    id,
    email: input.email as string,
    token: (await t.login(input.email, input.password)).accessToken,
  };
}

async function enrol(activityId: string, citizenId: string | null, token: string) {
  const result = await t.gql(ENROL_IN_GROUP, { a: activityId, c: citizenId }, token);
  return result.data?.enrolInGroupActivity;
}

async function countRows(table: string, where = 'true'): Promise<number> {
  const [row] = await t.query<{ n: number }>(
    sql.raw(`select count(*)::int as n from "${table}" where ${where}`),
  );
  return Number(row!.n);
}

async function sessionsOf(activityId: string): Promise<{ id: string }[]> {
  return (await t.gql(READ, { id: activityId }, operator)).data!.groupActivity.sessions;
}

/** Moves a session into the past (it has been held), as time would. */
const hold = (sessionId: string) =>
  t.query(
    sql`update group_sessions set starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour' where id = ${sessionId}`,
  );

const certificate = async (enrolmentId: string, token?: string) =>
  t.app.inject({
    method: 'GET',
    url: `/api/group-enrolments/${enrolmentId}/certificate.pdf`,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });

describe('group activities: lifecycle', () => {
  it('created as a draft with sessions, edited, scheduled, published, seen by citizens and enrolled in', async () => {
    const key = randomUUID();
    const input = groupActivityInput();
    const sessions = [
      groupSessionInput(7),
      groupSessionInput(14, { mode: 'ONLINE', comuneCode: null, address: null }),
    ];
    const created = await t.gql(CREATE_GROUP_ACTIVITY, { input, sessions, key }, operator);
    expect(created.data!.createGroupActivity.userErrors).toEqual([]);
    const activity = created.data!.createGroupActivity.groupActivity;
    expect(activity).toMatchObject({
      kind: 'JOB_CLUB',
      status: 'DRAFT',
      facilitator: 'Laura Conti, orientatrice',
      facilitatorOperatorId: null,
      capacity: 10,
      seatsLeft: 10,
      sportello: { name: 'Sportello Lavoro Legnano' },
    });
    expect(activity.sessions).toHaveLength(2);
    expect(activity.sessions[0]).toMatchObject({
      mode: 'IN_PERSON',
      comune: { name: 'Legnano' },
      videoUrl: null,
    });
    expect(activity.sessions[1]).toMatchObject({ mode: 'ONLINE', comune: null, address: null });
    expect(activity.sessions[1].videoUrl).toMatch(/^https:\/\/.+\/sportello-[0-9a-f]{24}$/);

    // A retry with the same key answers with the same activity; another request with it is refused.
    const retried = await t.gql(CREATE_GROUP_ACTIVITY, { input, sessions, key }, operator);
    expect(retried.data!.createGroupActivity.groupActivity.id).toBe(activity.id);
    const reused = await t.gql(
      CREATE_GROUP_ACTIVITY,
      { input: { ...input, capacity: 3 }, sessions, key },
      operator,
    );
    expect(reused.data!.createGroupActivity.userErrors[0].code).toBe('IDEMPOTENCY_KEY_REUSED');

    // Drafts are for the staff only.
    expect((await t.gql(READ, { id: activity.id }, giulia)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await enrol(activity.id, giuliaId, operator)).userErrors[0]).toMatchObject({
      field: 'activityId',
      code: 'NOT_OPEN',
    });

    // An operator of the network leads it instead of the external facilitator.
    const legnanoOperatorId = (await t.gql('{ me { id } }', {}, operator)).data!.me.id;
    const edited = await t.gql(
      UPDATE,
      {
        id: activity.id,
        input: { ...input, facilitatorName: null, facilitatorOperatorId: legnanoOperatorId, capacity: 2 },
      },
      operator,
    );
    expect(edited.data!.updateGroupActivity.groupActivity).toMatchObject({
      capacity: 2,
      facilitator: expect.any(String),
    });
    expect(edited.data!.updateGroupActivity.groupActivity.facilitator).not.toBe('Laura Conti, orientatrice');

    const added = await t.gql(
      ADD_SESSION,
      { id: activity.id, input: groupSessionInput(21, { topic: 'Bilancio finale' }) },
      operator,
    );
    expect(added.data!.addGroupSession.session).toMatchObject({
      mode: 'IN_PERSON',
      videoUrl: null,
      topic: 'Bilancio finale',
    });
    const online = activity.sessions[1];
    const moved = await t.gql(
      MOVE_SESSION,
      { id: online.id, input: groupSessionInput(15, { mode: 'ONLINE', comuneCode: null, address: null }) },
      operator,
    );
    // The room stays the same, so a link already sent keeps working.
    expect(moved.data!.moveGroupSession.session.videoUrl).toBe(online.videoUrl);

    expect(
      (await t.gql(PUBLISH, { id: activity.id }, operator)).data!.publishGroupActivity.groupActivity,
    ).toEqual({
      status: 'PUBLISHED',
    });
    expect(
      (await t.gql(PUBLISH, { id: activity.id }, operator)).data!.publishGroupActivity.userErrors[0],
    ).toMatchObject({
      code: 'INVALID_TRANSITION',
    });

    const open = await t.gql(
      '{ openGroupActivities { edges { node { id seatsLeft sessions { videoUrl } } } } }',
      {},
      giulia,
    );
    const listed = open.data!.openGroupActivities.edges.find(
      (e: { node: { id: string } }) => e.node.id === activity.id,
    );
    expect(listed.node.seatsLeft).toBe(2);
    // The video room is for those who hold a place.
    expect(listed.node.sessions.map((s: { videoUrl: string | null }) => s.videoUrl)).toEqual([
      null,
      null,
      null,
    ]);

    // Giulia asks for a place herself; she is told by email with the calendar of the sessions.
    const own = await enrol(activity.id, null, giulia);
    expect(own.userErrors).toEqual([]);
    expect(own.enrolment).toMatchObject({
      status: 'ENROLLED',
      requestedByCitizen: true,
      activity: { seatsLeft: 1 },
    });
    await t.app.outbox.drain();
    const confirmation = t.mails.find(
      (m) => m.to.includes(DEMO.citizen) && m.subject === 'Iscrizione confermata: Job Club di primavera',
    )!;
    expect(confirmation.text).toContain('Bilancio finale');
    expect(confirmation.text).toContain('/cittadini/attivita');
    expect(confirmation.calendar!.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(confirmation.calendar).toContain('Job Club di primavera');
    // A reminder waits in the outbox before each session.
    expect(
      await countRows(
        'outbox',
        `kind = 'group.reminder' and subject_id = '${own.enrolment.id}' and sent_at is null`,
      ),
    ).toBe(3);
    const mineNow = await t.gql(READ, { id: activity.id }, giulia);
    expect(mineNow.data!.groupActivity.sessions[1].videoUrl).toBe(online.videoUrl);
    expect(mineNow.data!.groupActivity.enrolments).toHaveLength(1);

    const twice = await enrol(activity.id, giuliaId, operator);
    expect(twice.userErrors[0]).toMatchObject({ field: 'citizenId', code: 'ALREADY_ENROLLED' });
    const marco = await newCitizen();
    const byOperator = await enrol(activity.id, marco.id, operator);
    expect(byOperator.enrolment).toMatchObject({ requestedByCitizen: false, activity: { seatsLeft: 0 } });
    expect((await enrol(activity.id, null, (await newCitizen()).token)).userErrors[0]).toMatchObject({
      field: 'activityId',
      code: 'FULL',
    });
    const fewer = await t.gql(UPDATE, { id: activity.id, input: { ...input, capacity: 1 } }, operator);
    expect(fewer.data!.updateGroupActivity.userErrors[0]).toMatchObject({
      field: 'capacity',
      code: 'BELOW_ENROLLED',
    });

    // Moving a session tells the enrolled and renews their reminders.
    await t.gql(MOVE_SESSION, { id: activity.sessions[0].id, input: groupSessionInput(8) }, operator);
    await t.app.outbox.drain();
    expect(t.mails.some((m) => m.to.includes(marco.email) && m.subject.startsWith('Incontro spostato'))).toBe(
      true,
    );
    expect(
      await countRows(
        'outbox',
        `kind = 'group.reminder' and subject_id = '${own.enrolment.id}' and sent_at is null and discarded_at is null`,
      ),
    ).toBe(3);

    // A withdrawal frees the seat and withdraws the reminders.
    const withdrawn = await t.gql(WITHDRAW, { id: own.enrolment.id }, giulia);
    expect(withdrawn.data!.withdrawGroupEnrolment.enrolment).toMatchObject({
      status: 'WITHDRAWN',
      withdrawnAt: expect.any(String),
    });
    expect(
      await countRows(
        'outbox',
        `kind = 'group.reminder' and subject_id = '${own.enrolment.id}' and discarded_at is null and sent_at is null`,
      ),
    ).toBe(0);
    expect(
      (await t.gql(WITHDRAW, { id: own.enrolment.id }, giulia)).data!.withdrawGroupEnrolment.userErrors[0]
        .code,
    ).toBe('INVALID_TRANSITION');
    const mine = await t.gql(
      '{ myGroupEnrolments { edges { node { status activity { id title } } } } }',
      {},
      giulia,
    );
    expect(
      mine.data!.myGroupEnrolments.edges.filter(
        (e: { node: { activity: { id: string } } }) => e.node.activity.id === activity.id,
      ),
    ).toHaveLength(1);

    // Cancelling tells the enrolled with a cancelled calendar and withdraws every reminder.
    expect(
      (await t.gql(CANCEL, { id: activity.id }, operator)).data!.cancelGroupActivity.groupActivity.status,
    ).toBe('CANCELLED');
    await t.app.outbox.drain();
    const cancelled = t.mails.find(
      (m) => m.to.includes(marco.email) && m.subject.startsWith('Attività annullata'),
    )!;
    expect(cancelled.calendar).toContain('METHOD:CANCEL');
    expect(
      await countRows(
        'outbox',
        `kind = 'group.reminder' and subject_id = '${byOperator.enrolment.id}' and discarded_at is null and sent_at is null`,
      ),
    ).toBe(0);
    expect((await t.gql(READ, { id: activity.id }, giulia)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('publishing needs a session; ending waits for the last one to start; citizens cannot join once started', async () => {
    const empty = await groupActivityIn(t, operator, 'DRAFT', groupActivityInput(), []);
    expect(
      (await t.gql(PUBLISH, { id: empty }, operator)).data!.publishGroupActivity.userErrors[0],
    ).toMatchObject({
      field: 'id',
      code: 'NO_SESSIONS',
    });
    const id = await groupActivityIn(t, operator, 'PUBLISHED');
    expect((await t.gql(END, { id }, operator)).data!.endGroupActivity.userErrors[0].code).toBe(
      'NOT_FINISHED',
    );
    const [first, second] = await sessionsOf(id);
    await hold(first!.id);
    const late = await enrol(id, null, (await newCitizen()).token);
    expect(late.userErrors[0]).toMatchObject({ field: 'activityId', code: 'STARTED' });
    expect((await enrol(id, (await newCitizen()).id, operator)).userErrors).toEqual([]);
    const movePast = await t.gql(MOVE_SESSION, { id: first!.id, input: groupSessionInput(30) }, operator);
    expect(movePast.data!.moveGroupSession.userErrors[0]).toMatchObject({ field: 'id', code: 'STARTED' });
    await hold(second!.id);
    expect((await t.gql(END, { id }, operator)).data!.endGroupActivity.groupActivity.status).toBe('ENDED');
    expect((await enrol(id, (await newCitizen()).id, operator)).userErrors[0].code).toBe('NOT_OPEN');
  });
});

describe('group activities: seats under concurrency', () => {
  it('of many requests at once for the last seat exactly one wins; the others get FULL', async () => {
    const id = await groupActivityIn(t, operator, 'PUBLISHED', groupActivityInput({ capacity: 2 }));
    await enrol(id, (await newCitizen()).id, operator);
    const citizens = await Promise.all(Array.from({ length: 8 }, () => newCitizen()));
    const results = await Promise.all(
      citizens.map((c, i) => (i % 2 ? enrol(id, null, c.token) : enrol(id, c.id, operator))),
    );
    expect(results.filter((r) => r.enrolment)).toHaveLength(1);
    for (const r of results.filter((r) => !r.enrolment)) expect(r.userErrors[0].code).toBe('FULL');
    expect(await countRows('group_enrolments', `activity_id = '${id}' and status <> 'WITHDRAWN'`)).toBe(2);
  });

  it('concurrent creations with one idempotency key create one activity', async () => {
    const before = await countRows('group_activities');
    const key = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 4 }, () =>
        t.gql(
          CREATE_GROUP_ACTIVITY,
          { input: groupActivityInput(), sessions: [groupSessionInput(5)], key },
          operator,
        ),
      ),
    );
    const ids = new Set(results.map((r) => r.data!.createGroupActivity.groupActivity?.id));
    expect([...ids]).toHaveLength(1);
    expect(ids.has(undefined)).toBe(false);
    expect(await countRows('group_activities')).toBe(before + 1);
  });
});

describe('group activities: attendance, no-shows and the certificate', () => {
  it('the running sportello records and corrects attendance; figures per activity and citizen; the certificate names what was attended', async () => {
    const id = await groupActivityIn(
      t,
      operator,
      'PUBLISHED',
      groupActivityInput({ title: 'Laboratorio CV per over 45', kind: 'CV_WORKSHOP' }),
    );
    const [first, second] = await sessionsOf(id);
    const own = (await enrol(id, null, giulia)).enrolment;
    const marco = await newCitizen();
    const marcos = (await enrol(id, marco.id, operator)).enrolment;
    const entries = [
      { enrolmentId: own.id, status: 'PRESENT' },
      { enrolmentId: marcos.id, status: 'ABSENT' },
    ];
    const early = await t.gql(RECORD_ATTENDANCE, { s: first!.id, entries }, operator);
    expect(early.data!.recordGroupAttendance.userErrors[0]).toMatchObject({
      field: 'sessionId',
      code: 'NOT_STARTED',
    });
    await hold(first!.id);

    // Before anything is marked PRESENT there is no certificate.
    expect((await certificate(own.id, giulia)).statusCode).toBe(409);

    // Only the sportello that runs it keeps the register.
    expect(
      (await t.gql(RECORD_ATTENDANCE, { s: first!.id, entries }, operatorVarese)).errors?.[0]?.extensions
        ?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await t.gql(RECORD_ATTENDANCE, { s: first!.id, entries }, admin)).errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');
    const stranger = await newCitizen();
    const bad = await t.gql(
      RECORD_ATTENDANCE,
      {
        s: first!.id,
        entries: [
          { enrolmentId: own.id, status: 'PRESENT' },
          { enrolmentId: own.id, status: 'ABSENT' },
          { enrolmentId: randomUUID(), status: 'PRESENT' },
        ],
      },
      operator,
    );
    expect(
      bad.data!.recordGroupAttendance.userErrors.map((e: { field: string; code: string }) => [
        e.field,
        e.code,
      ]),
    ).toEqual([
      ['entries[1].enrolmentId', 'DUPLICATE'],
      ['entries[2].enrolmentId', 'NOT_ENROLLED'],
    ]);
    expect(await countRows('group_attendance', `session_id = '${first!.id}'`)).toBe(0);

    const recorded = await t.gql(RECORD_ATTENDANCE, { s: first!.id, entries }, operator);
    expect(recorded.data!.recordGroupAttendance.userErrors).toEqual([]);
    // A correction is a new record; the first stays in the register.
    const corrected = await t.gql(
      RECORD_ATTENDANCE,
      { s: first!.id, entries: [{ enrolmentId: marcos.id, status: 'EXCUSED' }] },
      operator,
    );
    expect(
      corrected.data!.recordGroupAttendance.session.attendance.find(
        (a: { enrolmentId: string }) => a.enrolmentId === marcos.id,
      ),
    ).toMatchObject({ status: 'EXCUSED', corrected: true });
    expect(await countRows('group_attendance', `session_id = '${first!.id}'`)).toBe(3);
    await hold(second!.id);
    await t.gql(
      RECORD_ATTENDANCE,
      { s: second!.id, entries: [{ enrolmentId: marcos.id, status: 'ABSENT' }] },
      operator,
    );

    const read = await t.gql(READ, { id }, operator);
    expect(read.data!.groupActivity.attendanceFigures).toEqual({
      recorded: 3,
      present: 1,
      absent: 1,
      excused: 1,
      noShowRate: 1 / 3,
    });
    const figures = await t.gql(
      'query($id: ID!) { citizen(id: $id) { groupAttendance { recorded absent noShowRate } } }',
      { id: marco.id },
      operator,
    );
    expect(figures.data!.citizen.groupAttendance).toEqual({ recorded: 2, absent: 1, noShowRate: 0.5 });
    const ownView = await t.gql(
      'query($id: ID!) { citizen(id: $id) { groupAttendance { recorded } } }',
      { id: marco.id },
      marco.token,
    );
    expect(ownView.data!.citizen.groupAttendance).toBeNull();

    // Each citizen sees only their own attendance and enrolment.
    const giuliaView = await t.gql(
      'query($id: ID!) { groupActivity(id: $id) { attendanceFigures { recorded } enrolments { id certificateUrl attendance { status } } sessions { attendance { enrolmentId status } } } }',
      { id },
      giulia,
    );
    expect(giuliaView.data!.groupActivity.attendanceFigures).toBeNull();
    expect(giuliaView.data!.groupActivity.enrolments).toEqual([
      {
        id: own.id,
        certificateUrl: `/api/group-enrolments/${own.id}/certificate.pdf`,
        attendance: [{ status: 'PRESENT' }],
      },
    ]);
    expect(giuliaView.data!.groupActivity.sessions[0].attendance).toEqual([
      { enrolmentId: own.id, status: 'PRESENT' },
    ]);
    expect(giuliaView.data!.groupActivity.sessions[1].attendance).toEqual([]);

    // The certificate, for the citizen and the staff; others get 404 as for a missing one.
    const pdf = await certificate(own.id, giulia);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe(
      'attachment; filename="Attestato-Laboratorio_CV_per_over_45-Bianchi.pdf"',
    );
    expectTaggedPdf(pdf.rawPayload);
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain('Attestato di partecipazione');
    expect(text).toContain('Giulia Bianchi');
    expect(text).toContain('«Laboratorio CV per over 45» (Laboratorio CV)');
    expect(text).toContain('Sportello Lavoro Legnano');
    expect(text).toContain('Il mio obiettivo professionale');
    expect(text).not.toContain('Il colloquio');
    expect(text).toContain('Totale: 2 ore');
    const audits = await countRows(
      'audit_log',
      `action = 'group_activity.certificate' and subject_id = '${own.id}'`,
    );
    expect((await certificate(own.id, operator)).statusCode).toBe(200);
    expect((await certificate(own.id, operatorVarese)).statusCode).toBe(200);
    expect(
      await countRows('audit_log', `action = 'group_activity.certificate' and subject_id = '${own.id}'`),
    ).toBe(audits + 2);
    for (const token of [marco.token, stranger.token, company, otherNetwork])
      expect((await certificate(own.id, token)).statusCode).toBe(404);
    expect((await certificate(randomUUID(), operator)).statusCode).toBe(404);
    expect((await certificate(own.id)).statusCode).toBe(401);
    // Marco was never present: his certificate is not available.
    expect((await certificate(marcos.id, marco.token)).statusCode).toBe(409);

    // A withdrawn enrolment is not in the register any more.
    await t.gql(WITHDRAW, { id: marcos.id }, operator);
    const afterWithdrawal = await t.gql(
      RECORD_ATTENDANCE,
      { s: second!.id, entries: [{ enrolmentId: marcos.id, status: 'PRESENT' }] },
      operator,
    );
    expect(afterWithdrawal.data!.recordGroupAttendance.userErrors[0]).toMatchObject({
      field: 'entries[0].enrolmentId',
      code: 'NOT_ENROLLED',
    });
  });
});

describe('group activities: validation', () => {
  it('bad input gets a userError on each field and writes nothing', async () => {
    const before = await countRows('group_activities');
    const result = await t.gql(
      CREATE_GROUP_ACTIVITY,
      {
        input: groupActivityInput({
          title: 'x',
          description: 'breve',
          capacity: 0,
          facilitatorName: null,
          sportelloId: randomUUID(),
        }),
        sessions: [
          groupSessionInput(-1),
          groupSessionInput(3, { comuneCode: DEMO.milano, address: '', topic: '' }),
          { ...groupSessionInput(4), endsAt: groupSessionInput(4).startsAt },
          groupSessionInput(5, { comuneCode: null }),
        ],
      },
      operator,
    );
    expect(result.data!.createGroupActivity.groupActivity).toBeNull();
    const errors = result.data!.createGroupActivity.userErrors.map((e: { field: string; code: string }) => [
      e.field,
      e.code,
    ]);
    expect(errors).toEqual(
      expect.arrayContaining([
        ['title', 'REQUIRED'],
        ['description', 'REQUIRED'],
        ['capacity', 'OUT_OF_RANGE'],
        ['facilitatorName', 'REQUIRED'],
        ['sportelloId', 'NOT_FOUND'],
        ['sessions[0].startsAt', 'IN_THE_PAST'],
        ['sessions[1].comuneCode', 'COMUNE_NOT_IN_NETWORK'],
        ['sessions[1].address', 'REQUIRED'],
        ['sessions[1].topic', 'REQUIRED'],
        ['sessions[2].endsAt', 'DURATION'],
        ['sessions[3].comuneCode', 'REQUIRED'],
      ]),
    );
    const both = await t.gql(
      CREATE_GROUP_ACTIVITY,
      { input: groupActivityInput({ facilitatorOperatorId: randomUUID() }) },
      operator,
    );
    expect(both.data!.createGroupActivity.userErrors.map((e: { field: string }) => e.field)).toEqual([
      'facilitatorOperatorId',
      'facilitatorName',
    ]);
    expect(await countRows('group_activities')).toBe(before);
  });

  it('enrolling needs a citizen of the network', async () => {
    const id = await groupActivityIn(t, operator, 'PUBLISHED');
    for (const citizenId of [null, randomUUID(), 'non-un-id']) {
      expect((await enrol(id, citizenId, operator)).userErrors[0]).toMatchObject({
        field: 'citizenId',
        code: 'NOT_FOUND',
      });
    }
  });

  it('the database refuses what the service would', async () => {
    const id = await groupActivityIn(t, operator, 'PUBLISHED');
    const [session] = await sessionsOf(id);
    await expect(
      t.db.execute(sql`update group_activities set capacity = 0 where id = ${id}`),
    ).rejects.toThrow();
    await expect(
      t.db.execute(sql`update group_activities set facilitator_name = null where id = ${id}`),
    ).rejects.toThrow();
    await expect(
      t.db.execute(sql`update group_sessions set video_url = 'https://x' where id = ${session!.id}`),
    ).rejects.toThrow();
    await expect(
      t.db.execute(sql`update group_sessions set ends_at = starts_at where id = ${session!.id}`),
    ).rejects.toThrow();
    const enrolment = (await enrol(id, giuliaId, operator)).enrolment;
    await hold(session!.id);
    await t.gql(
      RECORD_ATTENDANCE,
      { s: session!.id, entries: [{ enrolmentId: enrolment.id, status: 'ABSENT' }] },
      operator,
    );
    // The register is append-only: a correction is a new row.
    await expect(
      t.db.execute(sql`update group_attendance set status = 'PRESENT' where session_id = ${session!.id}`),
    ).rejects.toThrow();
    await expect(
      t.db.execute(
        sql`insert into group_enrolments (activity_id, network_id, citizen_id, enrolled_by) select activity_id, network_id, citizen_id, enrolled_by from group_enrolments where activity_id = ${id}`,
      ),
    ).rejects.toThrow();
  });
});

describe('group activities: who sees and does what', () => {
  it('companies are refused everywhere; other networks see nothing; citizens act only for themselves', async () => {
    const id = await groupActivityIn(t, operator, 'PUBLISHED');
    const draftId = await groupActivityIn(t, operator, 'DRAFT');
    const [session] = await sessionsOf(id);
    const enrolled = (await enrol(id, giuliaId, operator)).enrolment;
    const citizenB = await newCitizen();

    for (const query of [
      '{ groupActivities { totalCount } }',
      '{ openGroupActivities { totalCount } }',
      '{ myGroupEnrolments { totalCount } }',
    ]) {
      expect((await t.gql(query, {}, company)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(
      (await t.gql('{ groupActivities { totalCount } }', {}, giulia)).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await t.gql(READ, { id }, company)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(
      (await t.gql(CREATE_GROUP_ACTIVITY, { input: groupActivityInput() }, company)).errors?.[0]?.extensions
        ?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await t.gql(CREATE_GROUP_ACTIVITY, { input: groupActivityInput() }, giulia)).errors?.[0]?.extensions
        ?.code,
    ).toBe('FORBIDDEN');
    expect((await t.gql(ENROL_IN_GROUP, { a: id, c: null }, company)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    for (const token of [company, giulia]) {
      for (const mutation of [PUBLISH, CANCEL, END])
        expect((await t.gql(mutation, { id: draftId }, token)).errors?.[0]?.extensions?.code).toBe(
          'NOT_FOUND',
        );
      expect(
        (await t.gql(ADD_SESSION, { id, input: groupSessionInput(9) }, token)).errors?.[0]?.extensions?.code,
      ).toBe('NOT_FOUND');
      expect(
        (await t.gql(MOVE_SESSION, { id: session!.id, input: groupSessionInput(9) }, token)).errors?.[0]
          ?.extensions?.code,
      ).toBe('NOT_FOUND');
      expect(
        (
          await t.gql(
            RECORD_ATTENDANCE,
            { s: session!.id, entries: [{ enrolmentId: enrolled.id, status: 'PRESENT' }] },
            token,
          )
        ).errors?.[0]?.extensions?.code,
      ).toBe('NOT_FOUND');
    }
    expect((await t.gql(WITHDRAW, { id: enrolled.id }, company)).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );

    // Citizen B: cannot enrol Giulia, withdraw her place, nor see it; sees the activity without her.
    expect(
      (await t.gql(ENROL_IN_GROUP, { a: id, c: giuliaId }, citizenB.token)).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await t.gql(WITHDRAW, { id: enrolled.id }, citizenB.token)).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await t.gql(READ, { id }, citizenB.token)).data!.groupActivity.enrolments).toEqual([]);
    expect((await t.gql(READ, { id: draftId }, citizenB.token)).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect(
      (await t.gql(ENROL_IN_GROUP, { a: draftId, c: null }, citizenB.token)).errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');

    // Operators of another network: nothing of this network exists for them.
    expect(
      (await t.gql('{ groupActivities { totalCount } }', {}, otherNetwork)).data!.groupActivities.totalCount,
    ).toBe(0);
    for (const [query, variables] of [
      [READ, { id }],
      [PUBLISH, { id: draftId }],
      [UPDATE, { id, input: groupActivityInput() }],
      [ADD_SESSION, { id, input: groupSessionInput(9) }],
      [MOVE_SESSION, { id: session!.id, input: groupSessionInput(9) }],
      [ENROL_IN_GROUP, { a: id, c: giuliaId }],
      [WITHDRAW, { id: enrolled.id }],
      [RECORD_ATTENDANCE, { s: session!.id, entries: [{ enrolmentId: enrolled.id, status: 'PRESENT' }] }],
    ] as const) {
      expect((await t.gql(query, variables, otherNetwork)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }

    // Another sportello of the network manages (the network's activities are shared) but keeps no register.
    expect(
      (await t.gql(ADD_SESSION, { id, input: groupSessionInput(9) }, operatorVarese)).data!.addGroupSession
        .userErrors,
    ).toEqual([]);

    // Network admins read, and do not manage.
    expect((await t.gql(READ, { id }, admin)).data!.groupActivity.enrolments).toHaveLength(1);
    expect((await t.gql(PUBLISH, { id: draftId }, admin)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql(ENROL_IN_GROUP, { a: id, c: giuliaId }, admin)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });
});
