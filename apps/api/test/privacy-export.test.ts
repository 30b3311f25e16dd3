import { randomUUID } from 'node:crypto';
import { users } from '@sportello/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CITIZEN_SECTIONS, COMPANY_SECTIONS, NOT_EXPORTED } from '../src/modules/privacy/coverage.js';
import { CITIZEN_SECTION_TITLES, COMPANY_SECTION_TITLES } from '../src/modules/privacy/pdf.js';
import { citizenInput, DEMO, OTHER_OPERATOR, REGISTER_CITIZEN, seedOtherNetwork } from './fixtures.js';
import {
  ENROL_IN_GROUP,
  groupActivityIn,
  groupActivityInput,
  RECORD_ATTENDANCE,
} from './group-activity-fixtures.js';
import { startTestApp, type TestApp } from './harness.js';
import { internshipIn, internshipInput } from './internship-fixtures.js';
import { expectTaggedPdf, pdfText } from './pdf-structure.js';
import { ENROL, trainingModuleIn, trainingModuleInput } from './training-fixtures.js';
import { inDays, vacancyIn, WAREHOUSE } from './vacancy-fixtures.js';

let t: TestApp;
let giulia: string;
let giuliaId: string;
let operator: string;
let operatorVarese: string;
let admin: string;
let company: string;
let companyId: string;
let otherNetworkOperator: string;
let stranger: { id: string; token: string };

/** Words only the stranger's records hold: none may show in Giulia's export. */
const STRANGER = { givenName: 'Ottavio', familyName: 'Estraneo', note: 'Nota riservata di Ottavio' };
const MARKERS = {
  letter: 'Sono disponibile da subito, anche su turni: frase della lettera di prova.',
  candidature: 'Lettera allegata alla candidatura di prova per la saldatura.',
  interview: 'Porti con sé il patentino di saldatura.',
  monitoring: 'Prime settimane di affiancamento in officina, puntuale e attenta.',
  contact: 'Chiede informazioni sui tirocini di inclusione.',
  orientation: 'Sintesi: vuole tornare in produzione con turni diurni.',
  careNote: 'Accompagna la figlia a scuola la mattina.',
  placement: 'Carpenteria Rho (prova)',
  sharedDiary: 'Abbiamo aggiornato insieme il CV',
  internalDiary: 'Preferisce turni diurni: proporre solo offerte senza turno di notte.',
};

async function download(path: string, token?: string) {
  return t.app.inject({
    method: 'GET',
    url: path,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
}

async function exportOf(path: string, token: string) {
  const response = await download(path, token);
  expect(response.statusCode, response.body).toBe(200);
  return { document: response.json() as Record<string, any>, text: response.body };
}

async function newCitizen(overrides: Record<string, unknown> = {}) {
  const input = citizenInput(overrides);
  const result = await t.gql(REGISTER_CITIZEN, { input });
  const id = result.data!.registerCitizen.citizen.id as string;
  await t.db.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, id));
  return { id, token: (await t.login(input.email, input.password)).accessToken };
}

let slotHour = 0;
async function bookedSlot(token: string, citizenId?: string): Promise<string> {
  slotHour += 1;
  const startsAt = new Date(Date.now() + 40 * 86_400_000 + slotHour * 3_600_000).toISOString();
  const slot = await t.gql(
    'mutation($s: DateTime!) { publishSlot(input: { kind: ORIENTATION, mode: IN_PERSON, startsAt: $s, durationMinutes: 30, confirmNonWorkingDay: true }) { slot { id } userErrors { code } } }',
    { s: startsAt },
    operator,
  );
  const booked = await t.gql(
    'mutation($id: ID!, $c: ID) { bookSlot(slotId: $id, citizenId: $c) { booking { id } userErrors { code } } }',
    { id: slot.data!.publishSlot.slot.id, c: citizenId ?? null },
    token,
  );
  return booked.data!.bookSlot.booking.id;
}

const ok = (result: { data?: any; errors?: unknown }, field: string) => {
  expect(result.errors ?? [], JSON.stringify(result.errors)).toEqual([]);
  expect(result.data?.[field]?.userErrors ?? [], JSON.stringify(result.data?.[field])).toEqual([]);
  return result.data![field];
};

beforeAll(async () => {
  t = await startTestApp();
  await seedOtherNetwork(t);
  giulia = (await t.login(DEMO.citizen)).accessToken;
  giuliaId = (await t.gql('{ me { id } }', {}, giulia)).data!.me.id;
  operator = (await t.login(DEMO.operator)).accessToken;
  operatorVarese = (await t.login(DEMO.operatorVarese)).accessToken;
  admin = (await t.login(DEMO.admin)).accessToken;
  company = (await t.login(DEMO.companyMember)).accessToken;
  companyId = (await t.gql('{ me { company { id } } }', {}, company)).data!.me.company.id;
  otherNetworkOperator = (await t.login(OTHER_OPERATOR)).accessToken;
  stranger = await newCitizen({ givenName: STRANGER.givenName, familyName: STRANGER.familyName });

  // Giulia has, from the demo data, a profile, consents, a CV, a case with a patto and two diary
  // notes (one shared, one internal) at the Legnano sportello, which has her in charge. Add the rest.
  await t.gql('mutation { requestPasswordReset(email: "giulia.bianchi@demo.sportellolavoro.it") { ok } }');
  ok(
    await t.gql('mutation { withdrawConsent(purpose: CV_SHARING) { userErrors { code } } }', {}, giulia),
    'withdrawConsent',
  );
  ok(
    await t.gql('mutation { giveConsent(purpose: CV_SHARING) { userErrors { code } } }', {}, giulia),
    'giveConsent',
  );

  const letter = ok(
    await t.gql(
      'mutation { draftCoverLetter(input: { templateKey: "SPONTANEOUS" }) { coverLetter { id revision } userErrors { code } } }',
      {},
      giulia,
    ),
    'draftCoverLetter',
  ).coverLetter;
  ok(
    await t.gql(
      'mutation($id: ID!, $input: CoverLetterInput!) { updateCoverLetter(id: $id, input: $input) { userErrors { code message } } }',
      {
        id: letter.id,
        input: {
          title: 'Candidatura spontanea',
          body: `Gentili signori,\n\n${MARKERS.letter}\n\nCordiali saluti,\nGiulia Bianchi`,
          revision: letter.revision,
        },
      },
      giulia,
    ),
    'updateCoverLetter',
  );

  const vacancyId = await vacancyIn(t, { company, operator }, 'PUBLISHED', {
    title: 'Saldatrice per la privacy',
  });
  const APPLY =
    'mutation($id: ID!, $l: String) { applyToVacancy(vacancyId: $id, coverLetter: $l) { application { id } userErrors { code } } }';
  const applicationId = ok(
    await t.gql(APPLY, { id: vacancyId, l: MARKERS.candidature }, giulia),
    'applyToVacancy',
  ).application.id;
  ok(
    await t.gql(APPLY, { id: vacancyId, l: `${STRANGER.note} (candidatura)` }, stranger.token),
    'applyToVacancy',
  );
  ok(
    await t.gql(
      'mutation($id: ID!) { moveApplication(id: $id, status: SHORTLISTED) { userErrors { code } } }',
      { id: applicationId },
      company,
    ),
    'moveApplication',
  );
  ok(
    await t.gql(
      'mutation($id: ID!, $input: ProposeInterviewInput!) { proposeInterview(applicationId: $id, input: $input) { userErrors { field code } } }',
      {
        id: applicationId,
        input: {
          startsAt: new Date(Date.now() + 9 * 86_400_000).toISOString(),
          durationMinutes: 45,
          mode: 'IN_PERSON',
          location: 'Via Novara 10, Legnano',
          message: MARKERS.interview,
        },
      },
      company,
    ),
    'proposeInterview',
  );

  await bookedSlot(giulia);
  await bookedSlot(operator, stranger.id);

  ok(
    await t.gql(
      'mutation($input: OrientationRecordInput!) { recordOrientation(input: $input) { record { id } userErrors { code field } } }',
      {
        input: {
          citizenId: giuliaId,
          kind: 'ORIENTATION_INTERVIEW',
          interests: 'Produzione metalmeccanica',
          strengths: 'Precisione, patentino',
          transport: 'OWN_CAR',
          careDuties: true,
          careDutiesNote: MARKERS.careNote,
          hoursPerWeek: 36,
          targetOccupationUris: [WAREHOUSE],
          summary: MARKERS.orientation,
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

  const moduleId = await trainingModuleIn(
    t,
    operator,
    'PUBLISHED',
    trainingModuleInput({ title: 'Corso privacy di prova' }),
  );
  ok(await t.gql(ENROL, { m: moduleId, c: giuliaId }, operator), 'enrolInTrainingModule');

  const activityId = await groupActivityIn(
    t,
    operator,
    'PUBLISHED',
    groupActivityInput({ title: 'Job Club della privacy' }),
  );
  const enrolment = ok(
    await t.gql(ENROL_IN_GROUP, { a: activityId }, giulia),
    'enrolInGroupActivity',
  ).enrolment;
  const strangerEnrolment = ok(
    await t.gql(ENROL_IN_GROUP, { a: activityId }, stranger.token),
    'enrolInGroupActivity',
  ).enrolment;
  const sessions = (
    await t.gql(
      'query($id: ID!) { groupActivity(id: $id) { sessions { id } } }',
      { id: activityId },
      operator,
    )
  ).data!.groupActivity.sessions as { id: string }[];
  await t.query(
    sql`update group_sessions set starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour' where id = ${sessions[0]!.id}`,
  );
  ok(
    await t.gql(
      RECORD_ATTENDANCE,
      {
        s: sessions[0]!.id,
        entries: [
          { enrolmentId: enrolment.id, status: 'PRESENT' },
          { enrolmentId: strangerEnrolment.id, status: 'ABSENT' },
        ],
      },
      operator,
    ),
    'recordGroupAttendance',
  );

  ok(
    await t.gql(
      'mutation($c: ID!, $n: String!) { recordPlacement(input: { citizenId: $c, employerName: $n, contractType: FIXED_TERM, startsOn: "2026-01-12", durationMonths: 6 }) { placement { id } userErrors { code } } }',
      { c: giuliaId, n: MARKERS.placement },
      operator,
    ),
    'recordPlacement',
  );

  const CONTACT =
    'mutation($input: FrontDeskContactInput!) { recordFrontDeskContact(input: $input) { contact { id } userErrors { code } } }';
  const contact = {
    channel: 'DESK',
    topic: 'INFORMATION',
    comuneCode: DEMO.legnano,
    outcome: 'INFORMATION_GIVEN',
  };
  ok(
    await t.gql(CONTACT, { input: { ...contact, citizenId: giuliaId, note: MARKERS.contact } }, operator),
    'recordFrontDeskContact',
  );
  ok(
    await t.gql(CONTACT, { input: { ...contact, citizenId: stranger.id, note: STRANGER.note } }, operator),
    'recordFrontDeskContact',
  );

  ok(
    await t.gql(
      'mutation { setNotificationPreference(kind: TRAINING, email: false) { userErrors { code } } }',
      {},
      giulia,
    ),
    'setNotificationPreference',
  );
  ok(
    await t.gql(
      'mutation { saveJobAlert(input: { frequency: WEEKLY, minScore: 60 }) { jobAlert { id } userErrors { code } } }',
      {},
      giulia,
    ),
    'saveJobAlert',
  );
  const [alert] = await t.query<{ id: string }>(
    sql`select id from job_alerts where citizen_id = ${giuliaId}`,
  );
  await t.query(
    sql`insert into job_alert_deliveries (alert_id, vacancy_id) values (${alert!.id}, ${vacancyId})`,
  );

  ok(
    await t.gql(
      'mutation($id: ID) { declareSpecialCategories(citizenId: $id, input: { law68Disability: false, economicHardship: true }) { userErrors { code } } }',
      { id: giuliaId },
      operator,
    ),
    'declareSpecialCategories',
  );
  const read = await t.gql(
    'query($id: ID!) { citizen(id: $id) { specialCategories(reason: "Verifica requisiti per un tirocinio") { economicHardship } } }',
    { id: giuliaId },
    operator,
  );
  expect(read.errors).toBeUndefined();
});

afterAll(() => t?.close());

describe('completeness', () => {
  /** Tables with a column naming a user, a citizen or a company, and every table that references one of those. */
  async function personalTables(): Promise<Set<string>> {
    const keys = await t.query<{ from: string; to: string }>(sql`
      select c.relname as "from", f.relname as "to"
      from pg_constraint k
      join pg_class c on c.oid = k.conrelid
      join pg_class f on f.oid = k.confrelid
      join pg_namespace n on n.oid = c.relnamespace
      where k.contype = 'f' and n.nspname = current_schema()`);
    const named = await t.query<{ table: string }>(sql`
      select distinct table_name as "table" from information_schema.columns
      where table_schema = current_schema()
        and column_name in ('user_id', 'citizen_id', 'company_id', 'actor_user_id', 'author_user_id')`);
    const personal = new Set(['users', 'citizens', 'companies', ...named.map((n) => n.table)]);
    for (let grown = true; grown; ) {
      grown = false;
      for (const key of keys) {
        if (personal.has(key.to) && !personal.has(key.from)) {
          personal.add(key.from);
          grown = true;
        }
      }
    }
    return personal;
  }

  it('every table holding data about a person or a company is exported or excluded with a reason', async () => {
    const personal = await personalTables();
    // Sanity: the walk finds the obvious ones.
    for (const table of ['users', 'cv_skills', 'case_diary_entries', 'audit_log', 'group_attendance'])
      expect(personal).toContain(table);
    const covered = new Set<string>([
      ...Object.values(CITIZEN_SECTIONS).flat(),
      ...Object.values(COMPANY_SECTIONS).flat(),
    ]);
    const missing = [...personal].filter((table) => !covered.has(table) && !(table in NOT_EXPORTED)).sort();
    expect(missing, 'tables neither exported nor excluded with a reason').toEqual([]);
  });

  it('names only tables that exist, and gives every exclusion a reason', async () => {
    const tables = new Set(
      (
        await t.query<{ name: string }>(
          sql`select table_name as name from information_schema.tables where table_schema = current_schema()`,
        )
      ).map((r) => r.name),
    );
    const named = [
      ...Object.values(CITIZEN_SECTIONS).flat(),
      ...Object.values(COMPANY_SECTIONS).flat(),
      ...Object.keys(NOT_EXPORTED),
    ];
    expect(named.filter((table) => !tables.has(table))).toEqual([]);
    for (const reason of Object.values(NOT_EXPORTED)) expect(reason.length).toBeGreaterThan(30);
  });
});

describe('the citizen’s export', () => {
  let document: Record<string, any>;
  let text: string;
  beforeAll(async () => {
    ({ document, text } = await exportOf('/api/privacy/export.json', giulia));
  });

  it('is a versioned document with one section per area, in the documented order', () => {
    expect(document.schemaVersion).toBe(1);
    expect(new Date(document.generatedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(document.kind).toBe('CITIZEN');
    expect(document.subject).toMatchObject({ id: giuliaId, givenName: 'Giulia', familyName: 'Bianchi' });
    expect(document.withheld).toEqual([]);
    expect(Object.keys(document)).toEqual([
      'schemaVersion',
      'generatedAt',
      'kind',
      'subject',
      'controller',
      'requestedBy',
      'withheld',
      ...Object.keys(CITIZEN_SECTIONS),
      'people',
    ]);
    expect(Object.keys(CITIZEN_SECTION_TITLES)).toEqual([...Object.keys(CITIZEN_SECTIONS), 'people']);
  });

  it('holds the data of every area', () => {
    const d = document;
    expect(d.account.user.email).toBe(DEMO.citizen);
    expect(d.account.user).not.toHaveProperty('passwordHash');
    expect(d.account.sessions.length).toBeGreaterThan(0);
    expect(d.account.emailLinks.map((l: any) => l.purpose)).toContain('PASSWORD_RESET');
    expect(text).not.toMatch(/tokenHash|passwordHash|\$argon2/);
    expect(d.profile.residenceComune).toEqual({ istatCode: DEMO.legnano, name: 'Legnano' });
    // Consents with their history: the withdrawn CV_SHARING grant and the new one.
    const sharing = d.consents.filter((c: any) => c.purpose === 'CV_SHARING');
    expect(sharing).toHaveLength(2);
    expect(sharing[0].withdrawnAt).not.toBeNull();
    expect(sharing[1].withdrawnAt).toBeNull();
    expect(d.cv.headline).toContain('Saldatrice');
    expect(d.cv.experiences[0].employer).toContain('Carpenteria');
    expect(d.cv.skills.length).toBeGreaterThan(0);
    expect(d.cv.education[0].title).toBeTruthy();
    expect(d.cv.languages[0].languageCode).toBe('it');
    expect(d.coverLetters.some((l: any) => l.body.includes(MARKERS.letter))).toBe(true);
    const application = d.applications.find((a: any) => a.vacancy.title === 'Saldatrice per la privacy');
    expect(application).toMatchObject({ status: 'SHORTLISTED', coverLetter: MARKERS.candidature });
    expect(application.history.map((e: any) => e.toStatus)).toEqual(['APPLIED', 'SHORTLISTED']);
    expect(application.interviews[0]).toMatchObject({ message: MARKERS.interview, status: 'PROPOSED' });
    expect(d.colloqui).toHaveLength(1);
    expect(d.colloqui[0]).not.toHaveProperty('outcomeNotes');
    expect(d.colloqui[0].sportello.name).toBeTruthy();
    const record = d.orientation.find((r: any) => r.summary === MARKERS.orientation);
    expect(record).toMatchObject({ careDuties: true, careDutiesNote: MARKERS.careNote, hoursPerWeek: 36 });
    expect(record.targetOccupations[0].uri).toBe(WAREHOUSE);
    expect(d.internships[0].status).toBe('ACTIVE');
    expect(d.internships[0].history.map((e: any) => e.toStatus)).toEqual([
      'PROPOSED',
      'AGREEMENT_SIGNED',
      'ACTIVE',
    ]);
    expect(d.internships[0].monitoring[0].note).toBe(MARKERS.monitoring);
    expect(d.training.map((e: any) => e.module.title)).toContain('Corso privacy di prova');
    expect(d.groupActivities[0].activity.title).toBe('Job Club della privacy');
    expect(d.groupActivities[0].attendance.map((a: any) => a.status)).toEqual(['PRESENT']);
    expect(d.caseFile.assignments.length).toBeGreaterThan(0);
    const [caseFile] = d.caseFile.cases;
    expect(caseFile.pattoVersions[0].actions).toHaveLength(2);
    expect(caseFile.sharedDiary.map((e: any) => e.body).join()).toContain(MARKERS.sharedDiary);
    expect(d.placements.map((p: any) => p.employerName)).toContain(MARKERS.placement);
    expect(d.frontDesk.find((c: any) => c.note === MARKERS.contact)).toMatchObject({ enteredInError: null });
    expect(d.notifications.received.length).toBeGreaterThan(0);
    expect(d.notifications.emailPreferences).toEqual([{ kind: 'TRAINING', email: false }]);
    expect(d.jobAlert).toMatchObject({ frequency: 'WEEKLY', minScore: 60 });
    expect(d.jobAlert.deliveries[0].title).toBe('Saldatrice per la privacy');
    expect(d.specialCategories).toMatchObject({ economicHardship: true, law68Disability: false });
    // Who read the special-category data, and why.
    const reads = d.accessLog.filter((e: any) => e.action === 'special_categories.read');
    expect(reads[0].reason).toBe('Verifica requisiti per un tirocinio');
    const reader = d.people.find((p: any) => p.id === reads[0].by);
    expect(reader).toMatchObject({ role: 'OPERATOR', organisation: expect.stringContaining('Legnano') });
  });

  it('never holds the staff’s internal notes, nor anything of another citizen', () => {
    expect(text).not.toContain(MARKERS.internalDiary);
    expect(text).not.toContain(stranger.id);
    expect(text).not.toContain(STRANGER.familyName);
    expect(text).not.toContain(STRANGER.note);
    // Marco Colombo, of the demo data, has tirocini, placements and enrolments of his own.
    expect(text).not.toContain('Colombo');
  });

  it('reads the same as a PDF in Italian, with the same sections', async () => {
    const response = await download('/api/privacy/export.pdf', giulia);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="Dati-Sportello-Lavoro-Bianchi-Giulia-\d{4}-\d{2}-\d{2}\.pdf"$/,
    );
    expectTaggedPdf(response.rawPayload);
    const words = pdfText(response.rawPayload);
    expect(words).toContain('I tuoi dati presso Sportello Lavoro');
    for (const title of Object.values(CITIZEN_SECTION_TITLES)) expect(words).toContain(title);
    expect(words).toContain('Saldatrice per la privacy');
    expect(words).toContain(MARKERS.placement);
    expect(words).not.toContain(MARKERS.internalDiary);
    expect(words).not.toContain(STRANGER.familyName);
  });

  it('downloads as a JSON file, never cached', async () => {
    const response = await download('/api/privacy/export.json', giulia);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['content-disposition']).toMatch(
      /filename="Dati-Sportello-Lavoro-Bianchi-Giulia-.*\.json"/,
    );
  });
});

describe('the export at the desk', () => {
  const staffPath = () => `/api/privacy/citizens/${giuliaId}/export.json`;

  it('the sportello in charge exports everything; it is audited and told to the citizen', async () => {
    const { document } = await exportOf(staffPath(), operator);
    expect(document.withheld).toEqual([]);
    expect(document.specialCategories).toMatchObject({ economicHardship: true });
    expect(document.requestedBy.role).toBe('OPERATOR');
    const audited = await t.query<{ action: string; reason: string | null }>(
      sql`select action, reason from audit_log where subject_id = ${giuliaId} and action in ('privacy.export', 'special_categories.read') order by at desc limit 2`,
    );
    expect(audited.map((a) => a.action).sort()).toEqual(['privacy.export', 'special_categories.read']);
    const told = await t.gql(
      '{ myNotifications(first: 5) { edges { node { kind title body } } } }',
      {},
      giulia,
    );
    const notice = told
      .data!.myNotifications.edges.map((e: any) => e.node)
      .find((n: any) => n.kind === 'DATA_EXPORT');
    expect(notice.title).toBe('Lo sportello ha scaricato una copia dei tuoi dati');
    expect(notice.body).toContain('Sportello');
    // The citizen's own next export shows who exported it.
    const { document: own } = await exportOf('/api/privacy/export.json', giulia);
    const exports = own.accessLog.filter((e: any) => e.action === 'privacy.export');
    expect(exports.some((e: any) => own.people.find((p: any) => p.id === e.by)?.role === 'OPERATOR')).toBe(
      true,
    );
  });

  it('another sportello of the network and the network admin get it without what only the sportello in charge reads', async () => {
    for (const token of [operatorVarese, admin]) {
      const before = await t.query<{ n: number }>(
        sql`select count(*)::int as n from audit_log where subject_id = ${giuliaId} and action = 'special_categories.read'`,
      );
      const { document, text } = await exportOf(staffPath(), token);
      expect(document.withheld.map((w: any) => w.section).sort()).toEqual([
        'caseFile',
        'orientation',
        'specialCategories',
      ]);
      expect(document.specialCategories).toBeNull();
      expect(text).not.toMatch(/economicHardship|law68Disability|special_categories/);
      expect(text).not.toContain(MARKERS.careNote);
      expect(text).not.toContain(MARKERS.sharedDiary);
      expect(text).not.toContain(MARKERS.orientation);
      expect(document.orientation).toEqual([]);
      expect(document.cv.headline).toContain('Saldatrice');
      const after = await t.query<{ n: number }>(
        sql`select count(*)::int as n from audit_log where subject_id = ${giuliaId} and action = 'special_categories.read'`,
      );
      expect(after[0]!.n).toBe(before[0]!.n);
    }
  });

  it('refuses everyone else as if the citizen did not exist', async () => {
    for (const format of ['json', 'pdf']) {
      const path = `/api/privacy/citizens/${giuliaId}/export.${format}`;
      expect((await download(path)).statusCode).toBe(401);
      for (const token of [otherNetworkOperator, company, stranger.token]) {
        const refused = await download(path, token);
        expect(refused.statusCode).toBe(404);
        expect(refused.body).not.toContain('Giulia');
      }
      expect(
        (await download(`/api/privacy/citizens/${randomUUID()}/export.${format}`, operator)).statusCode,
      ).toBe(404);
    }
    // A malformed id names nothing: as for a missing citizen.
    expect((await download('/api/privacy/citizens/not-an-id/export.json', operator)).statusCode).toBe(404);
    // Staff have no "own" export: theirs is not a citizen's nor a company's account.
    expect((await download('/api/privacy/export.json', operator)).statusCode).toBe(404);
    expect((await download('/api/privacy/export.json')).statusCode).toBe(401);
  });
});

describe('the company’s export', () => {
  let document: Record<string, any>;
  let text: string;
  beforeAll(async () => {
    ({ document, text } = await exportOf('/api/privacy/export.json', company));
  });

  it('holds the company, its people, vacancies, candidatures received, colloqui and tirocini', () => {
    expect(document).toMatchObject({ schemaVersion: 1, kind: 'COMPANY', subject: { id: companyId } });
    expect(Object.keys(document)).toEqual([
      'schemaVersion',
      'generatedAt',
      'kind',
      'subject',
      'controller',
      'requestedBy',
      'withheld',
      ...Object.keys(COMPANY_SECTIONS),
      'people',
    ]);
    expect(document.account.user.email).toBe(DEMO.companyMember);
    expect(document.members.map((m: any) => m.email)).toContain(DEMO.companyMember);
    expect(document.vacancies.map((v: any) => v.title)).toContain('Saldatrice per la privacy');
    const received = document.applications.filter(
      (a: any) => a.vacancy.title === 'Saldatrice per la privacy',
    );
    expect(received.map((a: any) => a.candidate.familyName).sort()).toEqual(['Bianchi', STRANGER.familyName]);
    expect(received.find((a: any) => a.candidate.id === giuliaId).interviews[0].message).toBe(
      MARKERS.interview,
    );
    const hosted = document.internships.find((i: any) => i.trainee.id === giuliaId);
    expect(hosted.trainee.familyName).toBe('Bianchi');
    expect(hosted.monitoring[0].note).toBe(MARKERS.monitoring);
  });

  it('holds nobody’s special-category data nor what the company never saw', () => {
    expect(text).not.toMatch(/economicHardship|law68Disability|special_categories|codiceFiscale":"BNC/);
    expect(text).not.toContain(MARKERS.careNote);
    expect(text).not.toContain(MARKERS.contact);
    expect(text).not.toContain(MARKERS.letter);
    expect(text).not.toContain(MARKERS.placement);
  });

  it('reads as a PDF in Italian and is audited', async () => {
    const response = await download('/api/privacy/export.pdf', company);
    expect(response.statusCode).toBe(200);
    expectTaggedPdf(response.rawPayload);
    const words = pdfText(response.rawPayload);
    for (const title of Object.values(COMPANY_SECTION_TITLES)) expect(words).toContain(title);
    const audited = await t.query<{ n: number }>(
      sql`select count(*)::int as n from audit_log where subject_type = 'company' and subject_id = ${companyId} and action = 'privacy.export'`,
    );
    expect(audited[0]!.n).toBeGreaterThanOrEqual(2);
  });
});

describe('the company’s export by the staff', () => {
  const path = (format: string, id = companyId) => `/api/privacy/companies/${id}/export.${format}`;

  it('holds the company’s data but no member’s own account or notifications, and is audited and told to the company', async () => {
    const members = await t.query<{ userId: string }>(
      sql`select user_id as "userId" from company_members where company_id = ${companyId}`,
    );
    const noticesBefore = await t.query<{ n: number }>(
      sql`select count(*)::int as n from notifications where kind = 'DATA_EXPORT' and portal = 'COMPANY'`,
    );
    const { document, text } = await exportOf(path('json'), operator);
    expect(document).toMatchObject({
      kind: 'COMPANY',
      subject: { id: companyId },
      account: null,
      notifications: null,
    });
    expect(document.withheld.map((w: any) => w.section)).toEqual(['account', 'notifications']);
    expect(document.vacancies.map((v: any) => v.title)).toContain('Saldatrice per la privacy');
    expect(text).not.toContain(DEMO.operator); // the operator's own account is nobody's business here
    const noticesAfter = await t.query<{ n: number }>(
      sql`select count(*)::int as n from notifications where kind = 'DATA_EXPORT' and portal = 'COMPANY'`,
    );
    expect(noticesAfter[0]!.n - noticesBefore[0]!.n).toBe(members.length);
    const [audit] = await t.query<{ n: number }>(
      sql`select count(*)::int as n from audit_log a join users u on u.id = a.actor_user_id
          where a.subject_type = 'company' and a.subject_id = ${companyId} and a.action = 'privacy.export' and u.email = ${DEMO.operator}`,
    );
    expect(audit!.n).toBe(1);

    const pdf = await download(path('pdf'), admin);
    expect(pdf.statusCode).toBe(200);
    expectTaggedPdf(pdf.rawPayload);
    expect(pdfText(pdf.rawPayload)).toContain('L’account di ciascun utente dell’azienda è suo');
  });

  it('refuses everyone else as if the company did not exist', async () => {
    for (const format of ['json', 'pdf']) {
      expect((await download(path(format))).statusCode).toBe(401);
      for (const token of [otherNetworkOperator, company, stranger.token, giulia]) {
        const refused = await download(path(format), token);
        expect(refused.statusCode).toBe(404);
        expect(refused.body).not.toContain('Saldatrice');
      }
      expect((await download(path(format, randomUUID()), operator)).statusCode).toBe(404);
    }
    expect((await download('/api/privacy/companies/not-an-id/export.json', operator)).statusCode).toBe(404);
  });
});
