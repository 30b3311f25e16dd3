import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizenInput, DEMO, REGISTER_CITIZEN } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';
import { vacancyIn } from './vacancy-fixtures.js';

let t: TestApp;
let admin: string;
let operator: string;

/** What a pass reports when it finds nothing to do. */
const NOTHING_DONE = { cancelled: 0, erased: 0, notified: 0, pseudonymised: 0, notificationsDeleted: 0 };
const NOTICE_SUBJECT = 'Il tuo account Sportello Lavoro sta per essere cancellato';
const ERASED_SUBJECT = 'I tuoi dati sono stati cancellati';

async function inactiveCitizen(familyName: string, monthsAgo: number) {
  const input = citizenInput({ givenName: 'Rita', familyName });
  const result = await t.gql(REGISTER_CITIZEN, { input });
  const id = result.data!.registerCitizen.citizen.id as string;
  await t.query(sql`update users set email_verified_at = now(),
    created_at = now() - make_interval(months => ${monthsAgo}),
    last_login_at = now() - make_interval(months => ${monthsAgo}) where id = ${id}`);
  return { id, email: input.email, password: input.password };
}

const mailsTo = (email: string, subject: string) =>
  t.mails.filter((m) => m.to.includes(email) && m.subject === subject);

async function runJob() {
  const done = await t.app.retention.run();
  await t.app.outbox.drain();
  return done;
}

async function state(id: string) {
  const [row] = await t.query<{ noticed: boolean; erased: boolean }>(sql`select
    exists (select 1 from retention_notices where citizen_id = ${id}) as noticed,
    (select erased_at is not null from users where id = ${id}) as erased`);
  return row!;
}

beforeAll(async () => {
  t = await startTestApp();
  admin = (await t.login(DEMO.admin)).accessToken;
  operator = (await t.login(DEMO.operator)).accessToken;
});

afterAll(() => t?.close());

describe('retention of inactive accounts', () => {
  let gone: Awaited<ReturnType<typeof inactiveCitizen>>;
  let back: Awaited<ReturnType<typeof inactiveCitizen>>;
  let recent: Awaited<ReturnType<typeof inactiveCitizen>>;

  it('sends one notice to accounts inactive past the period, and none to the others', async () => {
    gone = await inactiveCitizen('Inattiva', 25);
    back = await inactiveCitizen('Ritornata', 25);
    recent = await inactiveCitizen('Recente', 23);
    const first = await runJob();
    expect(first).toEqual({ ...NOTHING_DONE, notified: 2 });
    for (const person of [gone, back]) {
      expect(await state(person.id)).toEqual({ noticed: true, erased: false });
      const [notice] = mailsTo(person.email, NOTICE_SUBJECT);
      expect(notice!.text).toContain('non usi Sportello Lavoro da più di 24 mesi');
    }
    expect(await state(recent.id)).toEqual({ noticed: false, erased: false });

    expect(await runJob()).toEqual(NOTHING_DONE);
    for (const person of [gone, back]) expect(mailsTo(person.email, NOTICE_SUBJECT)).toHaveLength(1);
  });

  it('anonymises 30 days after the notice, unless the person signed in meanwhile', async () => {
    await t.login(back.email, back.password);
    await t.query(
      sql`update retention_notices set notified_at = now() - interval '31 days' where citizen_id in (${gone.id}, ${back.id})`,
    );
    expect(await runJob()).toEqual({ ...NOTHING_DONE, cancelled: 1, erased: 1 });
    expect(await state(gone.id)).toEqual({ noticed: false, erased: true });
    expect(await state(back.id)).toEqual({ noticed: false, erased: false });
    expect(mailsTo(gone.email, ERASED_SUBJECT)).toHaveLength(1);
    const [user] = await t.query<{ email: string | null; familyName: string }>(
      sql`select email, family_name as "familyName" from users where id = ${gone.id}`,
    );
    expect(user).toEqual({ email: null, familyName: expect.stringMatching(/^[0-9A-F]{8}$/) });
    const listed = (await t.gql('{ erasureRequests { citizenId origin status } }', {}, operator)).data!
      .erasureRequests;
    expect(listed).toContainEqual({ citizenId: gone.id, origin: 'RETENTION', status: 'COMPLETED' });
    const login = await t.gql(
      'mutation($input: LoginInput!) { login(input: $input) { session { accessToken } userErrors { code } } }',
      { input: { email: gone.email, password: gone.password } },
    );
    expect(login.data!.login.session).toBeNull();
  });

  it('running the job again changes nothing more', async () => {
    const audits = async () =>
      (
        await t.query<{ n: number }>(
          sql`select count(*)::int as n from audit_log where action like 'privacy.%' and subject_id in (${gone.id}, ${back.id}, ${recent.id})`,
        )
      )[0]!.n;
    const before = { audits: await audits(), mails: t.mails.length };
    expect(await runJob()).toEqual(NOTHING_DONE);
    expect(await runJob()).toEqual(NOTHING_DONE);
    expect({ audits: await audits(), mails: t.mails.length }).toEqual(before);
  });

  it('case activity counts as activity', async () => {
    const followed = await inactiveCitizen('Seguita', 30);
    await t.gql(
      'mutation($id: ID!) { takeCitizenInCharge(citizenId: $id, reason: "Colloquio di orientamento allo sportello") { caseAssignment { id } } }',
      { id: followed.id },
      operator,
    );
    await runJob();
    expect(await state(followed.id)).toEqual({ noticed: false, erased: false });
  });
});

describe('a person without an email', () => {
  it('the sportello that last followed them is told in the portal, and a contact at the desk keeps the account', async () => {
    const registered = await t.gql(
      'mutation($input: RegisterCitizenByOperatorInput!) { registerCitizenByOperator(input: $input) { citizen { id } } }',
      {
        input: {
          givenName: 'Renata',
          familyName: 'Senzamail',
          codiceFiscale: citizenInput().codiceFiscale,
          residenceComuneCode: DEMO.legnano,
        },
      },
      operator,
    );
    const id = registered.data!.registerCitizenByOperator.citizen.id as string;
    await t.gql(
      'mutation($id: ID!) { takeCitizenInCharge(citizenId: $id, reason: "Accoglienza allo sportello di Legnano") { caseAssignment { id } } }',
      { id },
      operator,
    );
    // Two years and more without a sign of life.
    await t.query(sql`update users set created_at = now() - interval '25 months' where id = ${id}`);
    await t.query(sql`update cases set opened_at = now() - interval '25 months' where citizen_id = ${id}`);
    await t.query(
      sql`update case_diary_entries set created_at = now() - interval '25 months' where case_id in (select id from cases where citizen_id = ${id})`,
    );
    await t.query(
      sql`update patto_versions set created_at = now() - interval '25 months' where case_id in (select id from cases where citizen_id = ${id})`,
    );
    const mailsBefore = t.mails.length;
    expect((await runJob()).notified).toBe(1);
    expect(await state(id)).toEqual({ noticed: true, erased: false });
    expect(t.mails.slice(mailsBefore).filter((m) => m.subject === NOTICE_SUBJECT)).toEqual([]);

    // The Legnano operators read it in the portal; nobody else does.
    const told = await t.query<{ email: string; title: string; path: string }>(sql`
      select u.email, n.title, n.path from notifications n join users u on u.id = n.user_id
      where n.kind = 'RETENTION_NOTICE' and n.path = ${`/cittadini/${id}`}`);
    expect(told.map((n) => n.email)).toContain(DEMO.operator);
    expect(new Set(told.map((n) => n.title))).toEqual(
      new Set(['Da avvisare: Renata Senzamail non ha un’email']),
    );
    const [elsewhere] = await t.query<{ n: number }>(sql`
      select count(*)::int as n from notifications n join operators o on o.user_id = n.user_id
      where n.kind = 'RETENTION_NOTICE' and n.path = ${`/cittadini/${id}`}
        and o.sportello_id <> (select sportello_id from cases where citizen_id = ${id})`);
    expect(elsewhere!.n).toBe(0);

    // She comes to the desk and wants to keep the account: the contact cancels the notice.
    const contact = await t.gql(
      'mutation($input: FrontDeskContactInput!) { recordFrontDeskContact(input: $input) { contact { id } userErrors { code } } }',
      {
        input: {
          channel: 'DESK',
          topic: 'OTHER',
          comuneCode: DEMO.legnano,
          outcome: 'INFORMATION_GIVEN',
          citizenId: id,
        },
      },
      operator,
    );
    expect(contact.data!.recordFrontDeskContact.userErrors).toEqual([]);
    await t.query(
      sql`update retention_notices set notified_at = now() - interval '31 days' where citizen_id = ${id}`,
    );
    // The contact was recorded after the notice's (moved back) day: it counts.
    expect(await runJob()).toEqual({ ...NOTHING_DONE, cancelled: 1 });
    expect(await state(id)).toEqual({ noticed: false, erased: false });
  });
});

describe('the retention period', () => {
  it('network admins set it; out of range is refused with nothing changed', async () => {
    const SET =
      'mutation($m: Int!) { setRetentionMonths(months: $m) { retentionPolicy { months noticeDays } userErrors { field code message } } }';
    const bad = await t.gql(SET, { m: 3 }, admin);
    expect(bad.data!.setRetentionMonths.userErrors).toMatchObject([
      { field: 'months', code: 'OUT_OF_RANGE' },
    ]);
    expect((await t.gql('{ retentionPolicy { months } }', {}, admin)).data!.retentionPolicy.months).toBe(24);
    const refused = await t.gql(SET, { m: 36 }, operator);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const set = await t.gql(SET, { m: 36 }, admin);
    expect(set.data!.setRetentionMonths).toEqual({
      retentionPolicy: { months: 36, noticeDays: 30 },
      userErrors: [],
    });
    const person = await inactiveCitizen('Trentesima', 30);
    await runJob();
    expect(await state(person.id)).toEqual({ noticed: false, erased: false });
  });
});

describe('old candidatures', () => {
  const APPLY = `mutation($id: ID!, $letter: String) { applyToVacancy(vacancyId: $id, coverLetter: $letter) { application { id } userErrors { code } } }`;
  const MOVE = `mutation($id: ID!, $s: ApplicationStatus!, $r: String) {
    moveApplication(id: $id, status: $s, reason: $r) { application { status } userErrors { field code message } } }`;
  const SEEN = `query($id: ID!) { application(id: $id) {
    status coverLetter pseudonymisedAt citizen { givenName } candidateCv { headline }
    pseudonymousCandidate { alias } history { toStatus reason }
  } }`;
  let company: string;
  let candidate: { id: string; token: string };

  async function candidature(letter: string) {
    const vacancyId = await vacancyIn(t, { company, operator }, 'PUBLISHED');
    const applied = await t.gql(APPLY, { id: vacancyId, letter }, candidate.token);
    const id = applied.data!.applyToVacancy.application.id as string;
    await t.gql(MOVE, { id, s: 'SHORTLISTED', r: 'Ha lavorato con noi, ottime referenze' }, company);
    return { id, vacancyId };
  }

  /** The vacancy expired and the candidature last changed `months` ago. */
  async function endedMonthsAgo(c: { id: string; vacancyId: string }, months: number) {
    await t.query(sql`update vacancies set expires_on = (now() - make_interval(months => ${months}))::date,
      updated_at = now() - make_interval(months => ${months}) where id = ${c.vacancyId}`);
    await t.query(sql`update applications set updated_at = now() - make_interval(months => ${months})
      where id = ${c.id}`);
  }

  const reportRow = async (id: string) =>
    (
      await t.query(
        sql`select status, disclosed_at, created_at, citizen_id, vacancy_id from applications where id = ${id}`,
      )
    )[0];

  beforeAll(async () => {
    await t.gql('mutation { setRetentionMonths(months: 24) { userErrors { code } } }', {}, admin);
    company = (await t.login(DEMO.companyMember)).accessToken;
    const input = citizenInput({ givenName: 'Ottavia', familyName: 'Candidata' });
    const id = (await t.gql(REGISTER_CITIZEN, { input })).data!.registerCitizen.citizen.id as string;
    await t.query(sql`update users set email_verified_at = now() where id = ${id}`);
    candidate = { id, token: (await t.login(input.email, input.password)).accessToken };
  });

  it('the retention period after the vacancy ended, the company no longer sees who applied; reports count them as before', async () => {
    const old = await candidature('Lettera di una candidatura di due anni fa');
    const recent = await candidature('Lettera di una candidatura in corso');
    const ended = await candidature('Lettera di un’offerta chiusa da poco');
    await endedMonthsAgo(old, 25);
    await endedMonthsAgo(ended, 23);
    const before = await reportRow(old.id);

    expect(await runJob()).toMatchObject({ pseudonymised: 1 });

    const seen = (await t.gql(SEEN, { id: old.id }, company)).data!.application;
    expect(seen).toMatchObject({
      status: 'SHORTLISTED',
      coverLetter: null,
      citizen: null,
      candidateCv: null,
    });
    expect(seen.pseudonymisedAt).not.toBeNull();
    expect(seen.pseudonymousCandidate.alias).toMatch(/^Candidato [0-9A-F]{6}$/);
    expect(seen.history.map((e: { reason: string | null }) => e.reason)).toEqual([null, null]);
    const cvPdf = await t.app.inject({
      method: 'GET',
      url: `/api/applications/${old.id}/cv.pdf`,
      headers: { authorization: `Bearer ${company}` },
    });
    expect(cvPdf.statusCode).toBe(404);
    expect(await reportRow(old.id)).toEqual(before);

    // The sportello and the person themself still see whose it is.
    for (const token of [operator, candidate.token]) {
      const mine = (await t.gql(SEEN, { id: old.id }, token)).data!.application;
      expect(mine.citizen).toEqual({ givenName: 'Ottavia' });
    }
    for (const c of [recent, ended]) {
      const open = (await t.gql(SEEN, { id: c.id }, company)).data!.application;
      expect(open).toMatchObject({ citizen: { givenName: 'Ottavia' }, pseudonymisedAt: null });
      expect(open.coverLetter).toContain('Lettera di');
    }
  });

  it('a pseudonymised candidature no longer moves nor takes a job interview, and nothing changes', async () => {
    const [row] = await t.query<{ id: string }>(
      sql`select id from applications where citizen_id = ${candidate.id} and pseudonymised_at is not null`,
    );
    const moved = await t.gql(MOVE, { id: row!.id, s: 'REJECTED', r: 'Posizione chiusa' }, company);
    expect(moved.data!.moveApplication.userErrors).toMatchObject([{ field: 'id', code: 'PSEUDONYMISED' }]);
    const interview = await t.gql(
      'mutation($id: ID!, $s: DateTime!) { proposeInterview(applicationId: $id, input: { startsAt: $s, durationMinutes: 30, mode: ONLINE }) { interview { id } userErrors { field code } } }',
      { id: row!.id, s: new Date(Date.now() + 7 * 86_400_000).toISOString() },
      company,
    );
    expect(interview.data!.proposeInterview).toEqual({
      interview: null,
      userErrors: [{ field: 'applicationId', code: 'PSEUDONYMISED' }],
    });
    expect((await t.gql(SEEN, { id: row!.id }, operator)).data!.application.status).toBe('SHORTLISTED');
  });

  it('two passes at once pseudonymise each candidature once; a later pass finds nothing', async () => {
    const old = await candidature('Un’altra lettera di due anni fa');
    await endedMonthsAgo(old, 30);
    const audits = async () =>
      (
        await t.query<{ at: Date }>(sql`select pseudonymised_at as at from applications where id = ${old.id}`)
      )[0]!.at;
    // A second instance on the same database, as two servers each run the daily pass.
    const other = await t.newInstance();
    try {
      const passes = await Promise.all([t.app.retention.run(), other.retention.run()]);
      expect(passes.map((p) => p.pseudonymised).sort()).toEqual([0, 1]);
    } finally {
      await other.close();
    }
    const first = await audits();
    expect(await runJob()).toMatchObject({ pseudonymised: 0 });
    expect(await audits()).toEqual(first);
  });

  it('notifications older than the retention period go, names and all', async () => {
    const [recent] = await t.query<{ id: string }>(
      sql`select id from notifications where user_id = ${candidate.id} order by created_at desc limit 1`,
    );
    await t.query(sql`update notifications set created_at = now() - interval '25 months'
      where user_id = ${candidate.id} and id <> ${recent!.id}`);
    const [{ old }] = (await t.query<{ old: number }>(
      sql`select count(*)::int as old from notifications where created_at < now() - interval '24 months'`,
    )) as [{ old: number }];
    expect(old).toBeGreaterThan(0);
    expect(await runJob()).toMatchObject({ notificationsDeleted: old });
    const left = await t.query<{ id: string }>(
      sql`select id from notifications where user_id = ${candidate.id}`,
    );
    expect(left).toEqual([{ id: recent!.id }]);
  });
});
