import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizenInput, DEMO, OTHER_OPERATOR, REGISTER_CITIZEN, seedOtherNetwork } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';
import { internshipIn, internshipInput } from './internship-fixtures.js';
import { inDays, vacancyIn } from './vacancy-fixtures.js';

let t: TestApp;
let giulia: string;
let giuliaId: string;
let operator: string;
let admin: string;
let company: string;
let companyId: string;
let otherNetworkOperator: string;
let stranger: { id: string; token: string };
let vacancyId: string;
let applicationId: string;
let original: { email: string; codiceFiscale: string; phone: string | null };

const MARKERS = {
  letter: 'Frase della lettera da cancellare per il diritto all’oblio.',
  interviewAnswer: 'Risposta di Giulia che deve sparire.',
  careNote: 'Accudisce il padre anziano il pomeriggio.',
  contact: 'Chiede come cancellare i suoi dati.',
  diary: 'Giulia Bianchi è passata allo sportello per il CV.',
  monitoring: 'Giulia Bianchi è puntuale e attenta in officina.',
};

const ok = (result: { data?: any; errors?: unknown }, field: string) => {
  expect(result.errors ?? [], JSON.stringify(result.errors)).toEqual([]);
  expect(result.data?.[field]?.userErrors ?? [], JSON.stringify(result.data?.[field])).toEqual([]);
  return result.data![field];
};

const REQUEST =
  'mutation { requestErasure(confirm: true) { request { id status citizenName } erased userErrors { field code message } } }';
const EXECUTE =
  'mutation($id: ID!, $ok: Boolean!) { executeErasure(id: $id, identityConfirmed: $ok) { request { id status citizenName completedAt } userErrors { field code message } } }';
const LIST = '{ erasureRequests { id citizenId citizenName status origin } }';

async function newCitizen(overrides: Record<string, unknown> = {}) {
  const input = citizenInput(overrides);
  const result = await t.gql(REGISTER_CITIZEN, { input });
  const id = result.data!.registerCitizen.citizen.id as string;
  await t.query(sql`update users set email_verified_at = now() where id = ${id}`);
  return {
    id,
    email: input.email,
    password: input.password,
    token: (await t.login(input.email, input.password)).accessToken,
  };
}

/** Counts the reports and lists show, which an erasure must leave as they are. */
async function counts() {
  const placements = await t.gql('{ placements(first: 50) { totalCount } }', {}, operator);
  const [rows] = await t.query<Record<string, number>>(sql`select
    (select count(*)::int from placements) as placements,
    (select count(*)::int from applications) as applications,
    (select count(*)::int from internships) as internships,
    (select count(*)::int from front_desk_contacts) as "frontDesk",
    (select count(*)::int from case_assignments) as assignments`);
  return { listed: placements.data!.placements.totalCount as number, ...rows };
}

/** Every table with a text, JSON or text-array column holding one of the words, and the words. */
async function traces(words: string[]) {
  const columns = await t.query<{ table: string; column: string }>(sql`
    select c.table_name as "table", c.column_name as "column"
    from information_schema.columns c
    join information_schema.tables tb on tb.table_name = c.table_name and tb.table_schema = c.table_schema
    where c.table_schema = current_schema() and tb.table_type = 'BASE TABLE'
      and c.data_type in ('text', 'character varying', 'jsonb', 'json', 'ARRAY')`);
  const byTable = new Map<string, typeof columns>();
  for (const c of columns) byTable.set(c.table, [...(byTable.get(c.table) ?? []), c]);
  const found: string[] = [];
  for (const [table, cols] of byTable) {
    const text = sql.join(
      cols.map((c) => sql`coalesce(${sql.identifier(c.column)}::text, '')`),
      sql` || ' ' || `,
    );
    const hits = await t.query<{ word: string }>(sql`
      select w as word from unnest(array[${sql.join(
        words.map((w) => sql`${w}`),
        sql`, `,
      )}]::text[]) w
      where exists (select 1 from ${sql.identifier(table)} where ${text} ilike '%' || w || '%')`);
    for (const hit of hits) found.push(`${table} holds "${hit.word}"`);
  }
  return found;
}

beforeAll(async () => {
  t = await startTestApp();
  await seedOtherNetwork(t);
  giulia = (await t.login(DEMO.citizen)).accessToken;
  giuliaId = (await t.gql('{ me { id } }', {}, giulia)).data!.me.id;
  operator = (await t.login(DEMO.operator)).accessToken;
  admin = (await t.login(DEMO.admin)).accessToken;
  company = (await t.login(DEMO.companyMember)).accessToken;
  companyId = (await t.gql('{ me { company { id } } }', {}, company)).data!.me.company.id;
  otherNetworkOperator = (await t.login(OTHER_OPERATOR)).accessToken;
  stranger = await newCitizen({ givenName: 'Ottavio', familyName: 'Estraneo' });
  await t.query(sql`update citizens set phone = '+39 333 1234567' where user_id = ${giuliaId}`);
  original = (
    await t.query<typeof original>(
      sql`select u.email, c.codice_fiscale as "codiceFiscale", c.phone from users u join citizens c on c.user_id = u.id where u.id = ${giuliaId}`,
    )
  )[0]!;

  // Giulia has, from the demo data, a profile, consents, a CV and a case at the Legnano sportello.
  vacancyId = await vacancyIn(t, { company, operator }, 'PUBLISHED', { title: 'Saldatrice per l’oblio' });
  applicationId = ok(
    await t.gql(
      'mutation($id: ID!, $l: String) { applyToVacancy(vacancyId: $id, coverLetter: $l) { application { id } userErrors { code } } }',
      { id: vacancyId, l: MARKERS.letter },
      giulia,
    ),
    'applyToVacancy',
  ).application.id;
  ok(
    await t.gql(
      'mutation($id: ID!) { moveApplication(id: $id, status: SHORTLISTED) { userErrors { code } } }',
      { id: applicationId },
      company,
    ),
    'moveApplication',
  );
  const interview = ok(
    await t.gql(
      'mutation($id: ID!, $input: ProposeInterviewInput!) { proposeInterview(applicationId: $id, input: $input) { interview { id } userErrors { field code } } }',
      {
        id: applicationId,
        input: {
          startsAt: new Date(Date.now() + 9 * 86_400_000).toISOString(),
          durationMinutes: 45,
          mode: 'IN_PERSON',
          location: 'Via Novara 10, Legnano',
          message: 'Porti il patentino.',
        },
      },
      company,
    ),
    'proposeInterview',
  ).interview;
  ok(
    await t.gql(
      'mutation($id: ID!, $n: String) { respondToInterview(id: $id, accept: false, note: $n) { userErrors { code field } } }',
      { id: interview.id, n: MARKERS.interviewAnswer },
      giulia,
    ),
    'respondToInterview',
  );
  ok(
    await t.gql(
      'mutation($input: OrientationRecordInput!) { recordOrientation(input: $input) { record { id } userErrors { code field } } }',
      {
        input: {
          citizenId: giuliaId,
          kind: 'ORIENTATION_INTERVIEW',
          interests: 'Produzione',
          strengths: 'Precisione',
          transport: 'OWN_CAR',
          careDuties: true,
          careDutiesNote: MARKERS.careNote,
          hoursPerWeek: 36,
          targetOccupationUris: [],
          summary: 'Sintesi del colloquio.',
        },
      },
      operator,
    ),
    'recordOrientation',
  );
  const internshipId = await internshipIn(t, operator, 'ACTIVE', internshipInput(companyId, giuliaId));
  ok(
    await t.gql(
      'mutation($id: ID!, $input: MonitoringEntryInput!) { addInternshipMonitoringEntry(id: $id, input: $input) { userErrors { field code } } }',
      {
        id: internshipId,
        input: {
          periodStartsOn: inDays(-30),
          periodEndsOn: inDays(-1),
          hoursAttended: 100,
          note: MARKERS.monitoring,
        },
      },
      operator,
    ),
    'addInternshipMonitoringEntry',
  );
  const placement = ok(
    await t.gql(
      'mutation($c: ID!) { recordPlacement(input: { citizenId: $c, employerName: "Carpenteria Rho", contractType: FIXED_TERM, startsOn: "2026-01-12", durationMonths: 6 }) { placement { id } userErrors { code } } }',
      { c: giuliaId },
      operator,
    ),
    'recordPlacement',
  ).placement;
  ok(
    await t.gql(
      'mutation($id: ID!) { verifyPlacement(id: $id) { userErrors { code } } }',
      { id: placement.id },
      operator,
    ),
    'verifyPlacement',
  );
  ok(
    await t.gql(
      'mutation($input: FrontDeskContactInput!) { recordFrontDeskContact(input: $input) { contact { id } userErrors { code } } }',
      {
        input: {
          channel: 'DESK',
          topic: 'INFORMATION',
          comuneCode: DEMO.legnano,
          outcome: 'INFORMATION_GIVEN',
          citizenId: giuliaId,
          note: MARKERS.contact,
        },
      },
      operator,
    ),
    'recordFrontDeskContact',
  );
  const [openCase] = await t.query<{ id: string }>(
    sql`select id from cases where citizen_id = ${giuliaId} and closed_at is null`,
  );
  ok(
    await t.gql(
      'mutation($id: ID!, $input: DiaryEntryInput!) { addDiaryEntry(caseId: $id, input: $input) { userErrors { code field } } }',
      { id: openCase!.id, input: { occurredOn: inDays(0), visibility: 'INTERNAL', body: MARKERS.diary } },
      operator,
    ),
    'addDiaryEntry',
  );
  ok(
    await t.gql(
      'mutation($id: ID) { declareSpecialCategories(citizenId: $id, input: { law68Disability: false, economicHardship: true }) { userErrors { code } } }',
      { id: giuliaId },
      operator,
    ),
    'declareSpecialCategories',
  );
  ok(
    await t.gql(
      'mutation { saveJobAlert(input: { frequency: WEEKLY, minScore: 60 }) { jobAlert { id } userErrors { code } } }',
      {},
      giulia,
    ),
    'saveJobAlert',
  );
  await t.app.outbox.drain();
});

afterAll(() => t?.close());

describe('erasure of a citizen with a case in progress', () => {
  let before: Awaited<ReturnType<typeof counts>>;
  let requestId: string;

  it('the request waits for the sportello, saying why', async () => {
    const mine = await t.gql('{ myErasure { request { id } obligations } }', {}, giulia);
    expect(mine.data!.myErasure.request).toBeNull();
    expect(mine.data!.myErasure.obligations).toContain(
      'Lo sportello ti segue ancora (hai un percorso aperto).',
    );
    expect(mine.data!.myErasure.obligations).toContain('Hai un tirocinio in corso o in preparazione.');

    const refused = await t.gql(
      'mutation { requestErasure(confirm: false) { erased userErrors { field code message } } }',
      {},
      giulia,
    );
    expect(refused.data!.requestErasure.userErrors).toMatchObject([
      { field: 'confirm', code: 'CONFIRMATION_REQUIRED' },
    ]);

    const asked = ok(await t.gql(REQUEST, {}, giulia), 'requestErasure');
    expect(asked).toMatchObject({
      erased: false,
      request: { status: 'PENDING', citizenName: 'Giulia Bianchi' },
    });
    requestId = asked.request.id;
    // Asking again returns the same request.
    expect(ok(await t.gql(REQUEST, {}, giulia), 'requestErasure').request.id).toBe(requestId);

    for (const token of [operator, admin]) {
      const listed = (await t.gql(LIST, {}, token)).data!.erasureRequests as {
        id: string;
        citizenName: string;
      }[];
      expect(listed).toContainEqual(
        expect.objectContaining({ id: requestId, citizenName: 'Giulia Bianchi', status: 'PENDING' }),
      );
    }
  });

  it('wrong actors are refused and change nothing', async () => {
    for (const token of [company, otherNetworkOperator, stranger.token, giulia]) {
      const response = await t.gql(EXECUTE, { id: requestId, ok: true }, token);
      expect(response.data?.executeErasure ?? null).toBeNull();
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(response.errors?.[0]?.extensions?.code);
    }
    for (const token of [company, stranger.token, giulia]) {
      expect((await t.gql(LIST, {}, token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const otherNetwork = await t.gql(LIST, {}, otherNetworkOperator);
    expect(otherNetwork.data!.erasureRequests).toEqual([]);
    const [user] = await t.query<{ email: string | null }>(
      sql`select email from users where id = ${giuliaId}`,
    );
    expect(user!.email).toBe(original.email);
  });

  it('without the identity confirmed nothing happens', async () => {
    const response = await t.gql(EXECUTE, { id: requestId, ok: false }, operator);
    expect(response.data!.executeErasure.userErrors).toMatchObject([
      { field: 'identityConfirmed', code: 'IDENTITY_NOT_CONFIRMED' },
    ]);
    const [user] = await t.query<{ erased: boolean }>(
      sql`select erased_at is not null as erased from users where id = ${giuliaId}`,
    );
    expect(user!.erased).toBe(false);
  });

  it('two executions at once erase once', async () => {
    const matches = async () =>
      (
        await t.gql(
          'query($id: ID!) { vacancy(id: $id) { matches(first: 50) { citizen { id } } } }',
          { id: vacancyId },
          operator,
        )
      ).data!.vacancy.matches.map((m: any) => m.citizen.id as string);
    expect(await matches()).toContain(giuliaId);
    before = await counts();

    const [first, second] = await Promise.all([
      t.gql(EXECUTE, { id: requestId, ok: true }, operator),
      t.gql(EXECUTE, { id: requestId, ok: true }, admin),
    ]);
    for (const response of [first, second]) {
      const done = ok(response, 'executeErasure');
      expect(done.request.status).toBe('COMPLETED');
      expect(done.request.citizenName).toMatch(/^Persona cancellata [0-9A-F]{8}$/);
    }
    const started = Date.now();
    expect(await matches()).not.toContain(giuliaId);
    expect(Date.now() - started).toBeLessThan(1000);
    const audits = await t.query<{ n: number }>(
      sql`select count(*)::int as n from audit_log where action = 'privacy.erasure' and subject_id = ${giuliaId}`,
    );
    expect(audits[0]!.n).toBe(1);
  });

  it('executing again changes nothing', async () => {
    const again = ok(await t.gql(EXECUTE, { id: requestId, ok: true }, operator), 'executeErasure');
    expect(again.request.status).toBe('COMPLETED');
    const audits = await t.query<{ n: number }>(
      sql`select count(*)::int as n from audit_log where action = 'privacy.erasure' and subject_id = ${giuliaId}`,
    );
    expect(audits[0]!.n).toBe(1);
  });

  it('the person is told by email, once, and the email is then forgotten', async () => {
    await t.app.outbox.drain();
    const told = t.mails.filter(
      (m) => m.to.includes(original.email) && m.subject === 'I tuoi dati sono stati cancellati',
    );
    expect(told).toHaveLength(1);
    expect(told[0]!.text).toContain('inserimenti lavorativi');
  });

  it('the account can no longer log in, and its sessions have ended', async () => {
    const login = await t.gql(
      'mutation($input: LoginInput!) { login(input: $input) { session { accessToken } userErrors { code } } }',
      { input: { email: DEMO.citizen, password: 'demo-password-123' } },
    );
    expect(login.data!.login.session).toBeNull();
    const me = await t.gql('{ me { id } }', {}, giulia);
    expect(me.data?.me ?? null).toBeNull();
  });

  it('no table holds her name, email, fiscal code, phone or what she and the staff wrote', async () => {
    const found = await traces([
      'Giulia Bianchi',
      'Bianchi Giulia',
      original.email,
      original.codiceFiscale,
      original.phone!,
      ...Object.values(MARKERS),
    ]);
    expect(found).toEqual([]);
  });

  it('what the law keeps stays, counted as before, under the pseudonym', async () => {
    expect(await counts()).toEqual(before);
    const [kept] = await t.query<{ placements: number; verified: number }>(sql`select
      count(*)::int as placements, count(verified_at)::int as verified from placements where citizen_id = ${giuliaId}`);
    expect(kept).toEqual({ placements: 1, verified: 1 });
  });

  it('no role reads her data any more', async () => {
    const staffView = await t.gql(
      'query($id: ID!) { citizen(id: $id) { givenName familyName email codiceFiscale phone cv { headline } consents { purpose } } }',
      { id: giuliaId },
      operator,
    );
    const citizen = staffView.data?.citizen;
    if (citizen) {
      expect(citizen.givenName).toBe('Persona cancellata');
      expect([citizen.email, citizen.phone, citizen.cv]).toEqual([null, null, null]);
      expect(citizen.codiceFiscale).not.toBe(original.codiceFiscale);
      expect(citizen.consents).toEqual([]);
    }
    for (const token of [operator, admin]) {
      const list = await t.gql(
        '{ citizens(first: 100) { edges { node { id givenName familyName email } } } }',
        {},
        token,
      );
      expect(list.errors).toBeUndefined();
      for (const word of ['Bianchi', original.email]) expect(JSON.stringify(list.data)).not.toContain(word);
    }
    const companyView = await t.gql(
      'query($id: ID!) { vacancy(id: $id) { applications(first: 50) { edges { node { id coverLetter citizen { givenName familyName email } } } } } }',
      { id: vacancyId },
      company,
    );
    const text = JSON.stringify(companyView);
    for (const word of ['Giulia', 'Bianchi', original.email, MARKERS.letter])
      expect(text).not.toContain(word);
  });
});

describe('erasure at once', () => {
  it('a citizen with nothing in progress is erased on request and logged out', async () => {
    const person = await newCitizen({ givenName: 'Oreste', familyName: 'Dimenticato' });
    const mine = await t.gql('{ myErasure { obligations } }', {}, person.token);
    expect(mine.data!.myErasure.obligations).toEqual([]);
    const done = ok(await t.gql(REQUEST, {}, person.token), 'requestErasure');
    expect(done).toMatchObject({ erased: true, request: { status: 'COMPLETED' } });
    expect((await t.gql('{ me { id } }', {}, person.token)).data?.me ?? null).toBeNull();
    await t.app.outbox.drain();
    expect(await traces(['Dimenticato', person.email])).toEqual([]);
    const listed = (await t.gql(LIST, {}, operator)).data!.erasureRequests as {
      citizenId: string;
      status: string;
    }[];
    expect(listed).toContainEqual(expect.objectContaining({ citizenId: person.id, status: 'COMPLETED' }));
  });
});

describe('erasure asked at the desk', () => {
  const AT_DESK =
    'mutation($id: ID!, $ok: Boolean!) { requestErasureAtDesk(citizenId: $id, identityConfirmed: $ok) { request { id status origin citizenName } userErrors { field code message } } }';

  /** A walk-in registered by the operator, with no email: she cannot ask in the portal. */
  async function walkIn() {
    const registered = await t.gql(
      'mutation($input: RegisterCitizenByOperatorInput!) { registerCitizenByOperator(input: $input) { citizen { id } userErrors { code } } }',
      {
        input: {
          givenName: 'Ermelinda',
          familyName: 'Sportellina',
          codiceFiscale: citizenInput().codiceFiscale,
          residenceComuneCode: DEMO.legnano,
        },
      },
      operator,
    );
    return registered.data!.registerCitizenByOperator.citizen.id as string;
  }

  it('an operator records it after checking her identity, and it waits like the others', async () => {
    const id = await walkIn();
    const unconfirmed = await t.gql(AT_DESK, { id, ok: false }, operator);
    expect(unconfirmed.data!.requestErasureAtDesk.userErrors).toEqual([
      expect.objectContaining({ field: 'identityConfirmed', code: 'IDENTITY_NOT_CONFIRMED' }),
    ]);
    expect((await t.query(sql`select 1 from erasure_requests where citizen_id = ${id}`)).length).toBe(0);

    const recorded = ok(await t.gql(AT_DESK, { id, ok: true }, operator), 'requestErasureAtDesk');
    expect(recorded.request).toMatchObject({
      status: 'PENDING',
      origin: 'DESK',
      citizenName: 'Ermelinda Sportellina',
    });
    // Asking again, or from another operator of the network, returns the request already waiting.
    const again = ok(await t.gql(AT_DESK, { id, ok: true }, admin), 'requestErasureAtDesk');
    expect(again.request.id).toBe(recorded.request.id);
    const [audit] = await t.query<{ n: number }>(
      sql`select count(*)::int as n from audit_log where action = 'privacy.erasure_requested_at_desk' and subject_id = ${id}`,
    );
    expect(audit!.n).toBe(1);

    const done = ok(await t.gql(EXECUTE, { id: recorded.request.id, ok: true }, operator), 'executeErasure');
    expect(done.request.status).toBe('COMPLETED');
    expect(await traces(['Sportellina'])).toEqual([]);
  });

  it('other networks, companies and citizens are refused, and nothing is recorded', async () => {
    const id = await walkIn();
    for (const token of [otherNetworkOperator, company, stranger.token]) {
      const result = await t.gql(AT_DESK, { id, ok: true }, token);
      expect(result.data?.requestErasureAtDesk ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);
    }
    const unknown = await t.gql(AT_DESK, { id: 'not-a-uuid', ok: true }, operator);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await t.query(sql`select 1 from erasure_requests where citizen_id = ${id}`)).length).toBe(0);
  });
});
