import { notifications } from '@sportello/db';
import { and, eq, gt, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizenInput, companyInput, DEMO, REGISTER_CITIZEN, REGISTER_COMPANY } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';
import { internshipIn, internshipInput } from './internship-fixtures.js';
import { ENROL, trainingModuleIn } from './training-fixtures.js';
import { vacancyIn } from './vacancy-fixtures.js';

/**
 * Each event tells the people it concerns, in-app and by email, and nobody else: another company's
 * member and another citizen are watched throughout and must never hear of it.
 */
let t: TestApp;
let company: string;
let operator: string;
let giulia: string;
let giuliaId: string;
let companyId: string;
/** A citizen and a company member who are party to nothing below. */
let bystanders: { citizen: string; companyMember: string };

interface Item {
  kind: string;
  title: string;
  body: string;
  portal: string;
  path: string;
  url: string;
  read: boolean;
  id: string;
}

const INBOX = `query($first: Int, $unread: Boolean) { myNotifications(first: $first, unreadOnly: $unread) {
  totalCount unreadCount edges { node { id kind title body portal path url read } } } }`;

async function inbox(token: string): Promise<{ items: Item[]; unreadCount: number; totalCount: number }> {
  const result = await t.gql(INBOX, { first: 100 }, token);
  expect(result.errors).toBeUndefined();
  const connection = result.data!.myNotifications;
  return {
    items: connection.edges.map((e: { node: Item }) => e.node),
    unreadCount: connection.unreadCount,
    totalCount: connection.totalCount,
  };
}

const kinds = async (token: string) => (await inbox(token)).items.map((n) => n.kind);

async function mailsTo(email: string, subjectPart: string) {
  await t.app.outbox.drain();
  return t.mails.filter((m) => m.to.includes(email) && m.subject.includes(subjectPart));
}

async function verifiedEmail(email: string) {
  await t.gql('mutation($t: String!) { verifyEmail(token: $t) { ok } }', {
    t: t.tokenFromLink(await t.linkFromMail(email, 'Conferma')),
  });
}

async function newCitizen() {
  const input = citizenInput();
  const id = (await t.gql(REGISTER_CITIZEN, { input })).data!.registerCitizen.citizen.id as string;
  await verifiedEmail(input.email);
  return { id, email: input.email, token: (await t.login(input.email, input.password)).accessToken };
}

/** A company registered and waiting for the sportello, with its member's email confirmed. */
async function pendingCompany() {
  const input = companyInput();
  const id = (await t.gql(REGISTER_COMPANY, { input })).data!.registerCompany.company.id as string;
  await verifiedEmail(input.email);
  return { id, email: input.email, password: input.password };
}

async function expectBystandersUntold() {
  expect(await kinds(bystanders.citizen)).toEqual([]);
  expect(await kinds(bystanders.companyMember)).toEqual([]);
}

beforeAll(async () => {
  t = await startTestApp();
  company = (await t.login(DEMO.companyMember)).accessToken;
  operator = (await t.login(DEMO.operator)).accessToken;
  giulia = (await t.login(DEMO.citizen)).accessToken;
  giuliaId = (await t.gql('{ me { id } }', {}, giulia)).data!.me.id;
  companyId = (await t.gql('{ me { company { id } } }', {}, company)).data!.me.company.id;
  const other = await pendingCompany();
  await t.gql(
    'mutation($id: ID!) { verifyCompany(id: $id) { company { status } } }',
    { id: other.id },
    operator,
  );
  const otherMember = (await t.login(other.email, other.password)).accessToken;
  await t.gql('mutation { markNotificationsRead { unreadCount } }', {}, otherMember);
  // Seen: what is left is what the tests below cause.
  await t.db.delete(notifications);
  bystanders = { citizen: (await newCitizen()).token, companyMember: otherMember };
});
afterAll(() => t?.close());

describe('company verification', () => {
  it('tells the company’s members, in-app and by email with a link to their page, whether verified or rejected', async () => {
    const verified = await pendingCompany();
    await t.gql(
      'mutation($id: ID!) { verifyCompany(id: $id) { company { status } } }',
      { id: verified.id },
      operator,
    );
    const member = (await t.login(verified.email, verified.password)).accessToken;
    const [told] = (await inbox(member)).items;
    expect(told).toMatchObject({
      kind: 'COMPANY_REVIEWED',
      title: 'Falegnameria Rossi S.n.c. è verificata',
      portal: 'COMPANY',
      path: '/area-riservata',
      url: 'http://localhost:3000/aziende/area-riservata',
      read: false,
    });
    const [mail] = await mailsTo(verified.email, 'è verificata');
    expect(mail!.text).toContain('ora puoi pubblicare offerte di lavoro');
    expect(mail!.text).toContain('Apri la pagina: http://localhost:3000/aziende/area-riservata');
    expect(mail!.text).toContain('Ricevi questa email perché fai parte dell’azienda registrata');

    const rejected = await pendingCompany();
    await t.gql(
      'mutation($id: ID!) { rejectCompany(id: $id, reason: "Partita IVA cessata") { company { status } } }',
      { id: rejected.id },
      operator,
    );
    const [refusal] = await mailsTo(rejected.email, 'non è stata accettata');
    expect(refusal!.text).toContain('Motivo: Partita IVA cessata');
    await expectBystandersUntold();
    expect(await kinds(company)).toEqual([]);
  });
});

describe('vacancies and candidatures', () => {
  it('publication, application, moves along the pipeline: each told to its party only', async () => {
    const vacancyId = await vacancyIn(t, { company, operator }, 'PUBLISHED');
    expect((await inbox(company)).items[0]).toMatchObject({
      kind: 'VACANCY_REVIEWED',
      title: 'Offerta pubblicata: Saldatore a filo',
      path: `/offerte/${vacancyId}`,
    });
    const rejected = await vacancyIn(t, { company, operator }, 'SUBMITTED');
    await t.gql(
      'mutation($id: ID!) { rejectVacancy(id: $id, reason: "Manca la sede di lavoro") { userErrors { code } } }',
      { id: rejected },
      operator,
    );
    expect((await inbox(company)).items[0]!.body).toContain('Motivo: Manca la sede di lavoro');

    const citizen = await newCitizen();
    const applied = await t.gql(
      'mutation($id: ID!) { applyToVacancy(vacancyId: $id) { application { id } userErrors { code } } }',
      { id: vacancyId },
      citizen.token,
    );
    const applicationId = applied.data!.applyToVacancy.application.id;
    const received = (await inbox(company)).items[0]!;
    expect(received).toMatchObject({
      kind: 'APPLICATION_RECEIVED',
      title: 'Nuova candidatura: Saldatore a filo',
    });
    // The company reads who applied in its portal, not in an email that may be forwarded.
    expect(received.body).not.toContain('Anna');
    expect(await kinds(citizen.token)).toEqual([]);

    await t.gql(
      'mutation($id: ID!) { moveApplication(id: $id, status: SHORTLISTED) { userErrors { code } } }',
      { id: applicationId },
      company,
    );
    const [moved] = (await inbox(citizen.token)).items;
    expect(moved).toMatchObject({
      kind: 'APPLICATION_STATUS_CHANGED',
      portal: 'CITIZEN',
      path: '/candidature',
    });
    expect(moved!.body).toContain('sei in preselezione');
    const [mail] = await mailsTo(citizen.email, 'Novità sulla tua candidatura');
    expect(mail!.text).toContain('http://localhost:3000/cittadini/candidature');
    expect(mail!.text).toContain('http://localhost:3000/cittadini/notifiche/preferenze');

    // The job interview: proposed to the candidate with a calendar file, answered to the company.
    const proposed = await t.gql(
      'mutation($id: ID!, $s: DateTime!) { proposeInterview(applicationId: $id, input: { startsAt: $s, durationMinutes: 30, mode: IN_PERSON, location: "Via Novara 10, Legnano" }) { interview { id } userErrors { code } } }',
      { id: applicationId, s: new Date(Date.now() + 5 * 86_400_000).toISOString() },
      company,
    );
    const interviewId = proposed.data!.proposeInterview.interview.id;
    expect((await inbox(citizen.token)).items[0]!.kind).toBe('INTERVIEW_PROPOSED');
    const [invitation] = await mailsTo(citizen.email, 'Proposta di colloquio di lavoro');
    expect(invitation!.calendar).toContain('METHOD:REQUEST');
    expect(invitation!.text).toContain('Via Novara 10, Legnano');
    await t.gql(
      'mutation($id: ID!) { respondToInterview(id: $id, accept: true) { userErrors { code } } }',
      { id: interviewId },
      citizen.token,
    );
    expect((await inbox(company)).items[0]).toMatchObject({
      kind: 'INTERVIEW_ANSWERED',
      path: `/offerte/${vacancyId}`,
    });
    await expectBystandersUntold();
  });

  it('a proposal by the sportello: the citizen hears; an acceptance reaches company and operator, a refusal the operator only', async () => {
    const propose = async () => {
      const vacancyId = await vacancyIn(t, { company, operator }, 'PUBLISHED');
      const result = await t.gql(
        'mutation($v: ID!, $c: ID!) { proposeCandidate(vacancyId: $v, citizenId: $c, note: "Profilo adatto") { application { id } userErrors { code } } }',
        { v: vacancyId, c: giuliaId },
        operator,
      );
      return result.data!.proposeCandidate.application.id as string;
    };
    await t.gql('mutation { markNotificationsRead { unreadCount } }', {}, company);
    const first = await propose();
    expect((await inbox(giulia)).items[0]).toMatchObject({ kind: 'CANDIDATE_PROPOSED', portal: 'CITIZEN' });
    await t.gql(
      'mutation($id: ID!) { acceptProposal(id: $id) { userErrors { code } } }',
      { id: first },
      giulia,
    );
    const toOperator = (await inbox(operator)).items[0]!;
    expect(toOperator).toMatchObject({ kind: 'PROPOSAL_ANSWERED', portal: 'OPERATOR' });
    expect(toOperator.body).toContain('ha accettato');
    expect((await inbox(company)).items[0]).toMatchObject({ kind: 'PROPOSAL_ANSWERED', portal: 'COMPANY' });

    const second = await propose();
    const unread = (await inbox(company)).unreadCount;
    // The portals' badge asks for the count alone, which reads no list.
    const badge = await t.gql('{ myNotifications(first: 0) { unreadCount } }', {}, company);
    expect(badge.data!.myNotifications.unreadCount).toBe(unread);
    expect(unread).toBeGreaterThan(0);
    await t.gql(
      'mutation($id: ID!) { withdrawApplication(id: $id) { userErrors { code } } }',
      { id: second },
      giulia,
    );
    expect((await inbox(operator)).items[0]!.body).toContain('ha rifiutato');
    // A declined proposal was never disclosed to the company: it is not told.
    expect((await inbox(company)).unreadCount).toBe(unread);
    await expectBystandersUntold();
  });
});

describe('colloqui at the sportello', () => {
  it('booked and cancelled are told in-app too; the reminder appears only when due and goes with the booking', async () => {
    const citizen = await newCitizen();
    const startsAt = new Date(Date.now() + 3 * 86_400_000);
    // In the afternoon: the demo's slots take the mornings of the next three working days.
    startsAt.setUTCHours(14, 0, 0, 0);
    const slot = await t.gql(
      'mutation($s: DateTime!) { publishSlot(input: { kind: ORIENTATION, mode: IN_PERSON, startsAt: $s, durationMinutes: 30, confirmNonWorkingDay: true }) { slot { id } userErrors { code } } }',
      { s: startsAt.toISOString() },
      operator,
    );
    const booked = await t.gql(
      'mutation($id: ID!) { bookSlot(slotId: $id) { booking { id } userErrors { code } } }',
      { id: slot.data!.publishSlot.slot.id },
      citizen.token,
    );
    const bookingId = booked.data!.bookSlot.booking.id;
    expect(await kinds(citizen.token)).toEqual(['COLLOQUIO']);
    expect((await inbox(citizen.token)).items[0]!.title).toMatch(/^Colloquio prenotato: /);
    const future = () =>
      t.db
        .select()
        .from(notifications)
        .where(and(eq(notifications.subjectId, bookingId), gt(notifications.createdAt, sql`now()`)));
    expect(await future()).toHaveLength(1);
    const [mail] = await mailsTo(citizen.email, 'Colloquio prenotato');
    expect(mail!.calendar).toContain('METHOD:REQUEST');

    await t.gql(
      'mutation($id: ID!) { cancelBooking(id: $id) { booking { status } } }',
      { id: bookingId },
      citizen.token,
    );
    expect((await inbox(citizen.token)).items.map((n) => n.title.split(':')[0])).toEqual([
      'Colloquio annullato',
      'Colloquio prenotato',
    ]);
    expect(await future()).toHaveLength(0);
    await expectBystandersUntold();
  });
});

describe('tirocini and training', () => {
  it('a tirocinio proposed and signed is told to the trainee and the host company', async () => {
    const before = (await inbox(company)).totalCount;
    const id = await internshipIn(t, operator, 'AGREEMENT_SIGNED', internshipInput(companyId, giuliaId));
    const toTrainee = (await inbox(giulia)).items.filter((n) => n.path === `/tirocini/${id}`);
    expect(toTrainee.map((n) => n.title)).toEqual([
      'La convenzione del tirocinio è firmata: Officine Meccaniche Legnano S.r.l. (demo)',
      'Lo sportello lavoro propone il tirocinio: Officine Meccaniche Legnano S.r.l. (demo)',
    ]);
    expect(toTrainee.every((n) => n.portal === 'CITIZEN')).toBe(true);
    expect((await inbox(company)).totalCount).toBe(before + 2);
    await expectBystandersUntold();
  });

  it('a place in a course is confirmed to the citizen; a cancelled course is told to everyone enrolled', async () => {
    const moduleId = await trainingModuleIn(t, operator, 'PUBLISHED');
    const citizen = await newCitizen();
    await t.gql(ENROL, { m: moduleId, c: citizen.id }, operator);
    await t.gql(ENROL, { m: moduleId, c: giuliaId }, operator);
    expect((await inbox(citizen.token)).items[0]).toMatchObject({
      kind: 'TRAINING',
      title: 'Posto confermato: Sicurezza sul lavoro — formazione generale',
      path: `/corsi/${moduleId}`,
    });
    await t.gql(
      'mutation($id: ID!) { cancelTrainingModule(id: $id) { userErrors { code } } }',
      { id: moduleId },
      operator,
    );
    for (const token of [citizen.token, giulia]) {
      expect((await inbox(token)).items[0]!.title).toBe(
        'Corso annullato: Sicurezza sul lavoro — formazione generale',
      );
    }
    expect(await mailsTo(citizen.email, 'Corso annullato')).toHaveLength(1);
    await expectBystandersUntold();
  });
});

describe('reading and preferences', () => {
  const SET = `mutation($k: NotificationKind!, $e: Boolean!) { setNotificationPreference(kind: $k, email: $e) {
    preference { kind email mandatoryReason } userErrors { field code message } } }`;

  it('marks read only the reader’s own notifications', async () => {
    const citizen = await newCitizen();
    const moduleId = await trainingModuleIn(t, operator, 'PUBLISHED');
    await t.gql(ENROL, { m: moduleId, c: citizen.id }, operator);
    const mine = (await inbox(citizen.token)).items[0]!;
    const giuliaUnread = (await inbox(giulia)).unreadCount;
    const foreign = await t.gql(
      'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) { unreadCount userErrors { code } } }',
      { ids: [mine.id] },
      giulia,
    );
    expect(foreign.data!.markNotificationsRead.unreadCount).toBe(giuliaUnread);
    expect((await inbox(citizen.token)).items[0]!.read).toBe(false);
    const own = await t.gql(
      'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) { unreadCount } }',
      { ids: [mine.id] },
      citizen.token,
    );
    expect(own.data!.markNotificationsRead.unreadCount).toBe(0);
    expect((await inbox(citizen.token)).items[0]!.read).toBe(true);
    const unread = await t.gql(INBOX, { first: 10, unread: true }, citizen.token);
    expect(unread.data!.myNotifications.totalCount).toBe(0);
  });

  it('an email turned off still leaves the in-app notification; service messages cannot be turned off', async () => {
    const citizen = await newCitizen();
    const listed = await t.gql(
      '{ myNotificationPreferences { kind label email mandatoryReason } }',
      {},
      citizen.token,
    );
    const preferences = listed.data!.myNotificationPreferences as {
      kind: string;
      mandatoryReason: string | null;
    }[];
    expect(preferences.map((p) => p.kind)).toContain('TRAINING');
    expect(preferences.map((p) => p.kind)).not.toContain('APPLICATION_RECEIVED');
    expect(preferences.find((p) => p.kind === 'COLLOQUIO')!.mandatoryReason).toContain(
      'messaggio di servizio',
    );

    const off = await t.gql(SET, { k: 'TRAINING', e: false }, citizen.token);
    expect(off.data!.setNotificationPreference.preference).toMatchObject({ kind: 'TRAINING', email: false });
    const mandatory = await t.gql(SET, { k: 'COLLOQUIO', e: false }, citizen.token);
    expect(mandatory.data!.setNotificationPreference.userErrors[0]).toMatchObject({
      field: 'kind',
      code: 'MANDATORY',
    });
    const notMine = await t.gql(SET, { k: 'APPLICATION_RECEIVED', e: false }, citizen.token);
    expect(notMine.data!.setNotificationPreference.userErrors[0].code).toBe('NOT_YOURS');

    const moduleId = await trainingModuleIn(t, operator, 'PUBLISHED');
    await t.gql(ENROL, { m: moduleId, c: citizen.id }, operator);
    expect(await kinds(citizen.token)).toEqual(['TRAINING']);
    expect(await mailsTo(citizen.email, 'Posto confermato')).toHaveLength(0);
    const after = await t.gql('{ myNotificationPreferences { kind email } }', {}, citizen.token);
    expect(after.data!.myNotificationPreferences).toContainEqual({ kind: 'TRAINING', email: false });
  });
});
