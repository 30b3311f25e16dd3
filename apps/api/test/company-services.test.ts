import { randomUUID } from 'node:crypto';
import {
  auditLog,
  companyContactCorrections,
  companyContacts,
  companyFollowUps,
  companyNeeds,
  companyNeedVacancies,
  vacancies,
} from '@sportello/db';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  COMPANY_SERVICES,
  CORRECT_CONTACT,
  CREATE_VACANCY_FROM_NEED,
  contactIn,
  contactInput,
  correctionInput,
  followUpIn,
  LINK_INTERNSHIP,
  LINK_VACANCY,
  MY_COMPANY_SERVICES,
  RECORD_COMPANY_CONTACT,
  SCHEDULE_FOLLOW_UP,
  SERVICE_FILE,
  SET_FOLLOW_UP_DONE,
  SET_NEED_STATUS,
} from './company-service-fixtures.js';
import { companyInput, DEMO, OTHER_OPERATOR, REGISTER_COMPANY, seedOtherNetwork } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';
import { internshipIn, internshipInput } from './internship-fixtures.js';
import { ESCO_SKILLS } from './skill-fixtures.js';
import { inDays, vacancyIn, vacancyInput, WELDER } from './vacancy-fixtures.js';

let t: TestApp;
let operator: string;
let admin: string;
let otherOperator: string;
let citizen: string;
let company: string;
let companyId: string;

beforeAll(async () => {
  t = await startTestApp();
  await seedOtherNetwork(t);
  operator = (await t.login(DEMO.operator)).accessToken;
  admin = (await t.login(DEMO.admin)).accessToken;
  otherOperator = (await t.login(OTHER_OPERATOR)).accessToken;
  citizen = (await t.login(DEMO.citizen)).accessToken;
  company = (await t.login(DEMO.companyMember)).accessToken;
  companyId = (await t.gql('{ me { company { id } } }', {}, company)).data!.me.company.id;
});
afterAll(() => t?.close());

/** A company registered in the demo network, with its owner signed in. */
async function newCompany() {
  const input = companyInput();
  const id = (await t.gql(REGISTER_COMPANY, { input })).data!.registerCompany.company.id as string;
  await t.gql('mutation($t: String!) { verifyEmail(token: $t) { ok } }', {
    t: t.tokenFromLink(await t.linkFromMail(input.email, 'Conferma')),
  });
  return { id, token: (await t.login(input.email, input.password)).accessToken };
}

const rowCounts = async () => ({
  contacts: (await t.db.select({ n: count() }).from(companyContacts))[0]!.n,
  needs: (await t.db.select({ n: count() }).from(companyNeeds))[0]!.n,
  followUps: (await t.db.select({ n: count() }).from(companyFollowUps))[0]!.n,
  vacancies: (await t.db.select({ n: count() }).from(vacancies))[0]!.n,
  needLinks: (await t.db.select({ n: count() }).from(companyNeedVacancies))[0]!.n,
  corrections: (await t.db.select({ n: count() }).from(companyContactCorrections))[0]!.n,
});

const auditActions = async (subjectId: string) =>
  (
    await t.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.subjectId, subjectId))
  ).map((r) => r.action);

const NOTIFICATIONS = `{ myNotifications(first: 50) { edges { node { kind title body path } } } }`;
const notificationsOf = async (token: string) =>
  (await t.gql(NOTIFICATIONS, {}, token)).data!.myNotifications.edges.map(
    (e: { node: { kind: string; title: string; body: string; path: string } }) => e.node,
  );

describe('services to companies', () => {
  it('an operator records a visit with a need and a follow-up; the same key records it once', async () => {
    const key = randomUUID();
    const input = contactInput(companyId);
    const first = await t.gql(RECORD_COMPANY_CONTACT, { input, key }, operator);
    expect(first.data!.recordCompanyContact.userErrors).toEqual([]);
    const before = await rowCounts();
    const again = await t.gql(RECORD_COMPANY_CONTACT, { input, key }, operator);
    expect(await rowCounts()).toEqual(before);
    const contact = first.data!.recordCompanyContact.contact;
    expect(again.data!.recordCompanyContact.contact.id).toBe(contact.id);
    expect(contact).toMatchObject({
      channel: 'COMPANY_VISIT',
      sharedWithCompany: true,
      law68Quota: 3,
      law68Uncovered: 1,
      internalNotes: 'Il titolare preferisce essere chiamato di mattina.',
      needs: [
        {
          headcount: 2,
          neededBy: inDays(60),
          status: 'OPEN',
          recordedOn: inDays(-1),
          occupation: { uri: WELDER },
          vacancies: [],
          internships: [],
        },
      ],
    });
    expect(contact.recordedByName).toMatch(/\S+ \S+/);
    expect(contact.needs[0].skills.map((s: { uri: string }) => s.uri).sort()).toEqual(
      [ESCO_SKILLS.arcWelding.uri, ESCO_SKILLS.joinMetals.uri].sort(),
    );

    const followUpKey = randomUUID();
    const followUp = { companyId, dueOn: inDays(-2), action: 'Inviare tre profili di saldatori' };
    const scheduled = await t.gql(SCHEDULE_FOLLOW_UP, { input: followUp, key: followUpKey }, operator);
    const replayed = await t.gql(SCHEDULE_FOLLOW_UP, { input: followUp, key: followUpKey }, operator);
    expect(scheduled.data!.scheduleCompanyFollowUp.followUp).toMatchObject({ done: false, overdue: true });
    expect(replayed.data!.scheduleCompanyFollowUp.followUp.id).toBe(
      scheduled.data!.scheduleCompanyFollowUp.followUp.id,
    );

    // The network admin reads the same file and the list of companies served.
    const file = await t.gql(SERVICE_FILE, { id: companyId }, admin);
    expect(file.errors).toBeUndefined();
    expect(file.data!.companyServiceFile.contacts.map((c: { id: string }) => c.id)).toContain(contact.id);
    const list = await t.gql(COMPANY_SERVICES, {}, operator);
    const row = list.data!.companyServices.find(
      (r: { company: { id: string } }) => r.company.id === companyId,
    );
    expect(row).toMatchObject({ lastContactOn: inDays(-1) });
    expect(row.openNeeds).toBeGreaterThanOrEqual(1);
    expect(row.followUpsOverdue).toBeGreaterThanOrEqual(1);
    expect(list.data!.companyServices[0].followUpsOverdue).toBeGreaterThanOrEqual(1);

    // Done, the follow-up is no longer overdue; a need met is no longer open.
    const done = await t.gql(
      SET_FOLLOW_UP_DONE,
      { id: scheduled.data!.scheduleCompanyFollowUp.followUp.id, done: true },
      operator,
    );
    expect(done.data!.setCompanyFollowUpDone.followUp).toMatchObject({ done: true, overdue: false });
    const met = await t.gql(SET_NEED_STATUS, { id: contact.needs[0].id, s: 'MET' }, operator);
    expect(met.data!.setCompanyNeedStatus.need.status).toBe('MET');
  });

  it('links a vacancy and a tirocinio of the same company to a need, not those of another', async () => {
    const { needId } = await contactIn(t, operator, companyId);
    const vacancyId = await vacancyIn(t, { company, operator }, 'DRAFT');
    const linked = await t.gql(LINK_VACANCY, { n: needId, v: vacancyId }, operator);
    expect(linked.data!.linkVacancyToCompanyNeed).toMatchObject({
      need: { vacancies: [{ id: vacancyId }] },
      userErrors: [],
    });
    const twice = await t.gql(LINK_VACANCY, { n: needId, v: vacancyId }, operator);
    expect(twice.data!.linkVacancyToCompanyNeed.need.vacancies).toHaveLength(1);

    const giuliaId = (await t.gql('{ me { id } }', {}, citizen)).data!.me.id;
    const internshipId = await internshipIn(t, operator, 'PROPOSED', internshipInput(companyId, giuliaId));
    const withInternship = await t.gql(LINK_INTERNSHIP, { n: needId, i: internshipId }, operator);
    expect(withInternship.data!.linkInternshipToCompanyNeed.need.internships).toEqual([{ id: internshipId }]);

    const other = await newCompany();
    const { needId: otherNeed } = await contactIn(t, operator, other.id);
    const wrong = await t.gql(LINK_VACANCY, { n: otherNeed, v: vacancyId }, operator);
    expect(wrong.data!.linkVacancyToCompanyNeed.userErrors).toEqual([
      { field: 'vacancyId', code: 'NOT_FOUND', message: 'Offerta non trovata tra quelle di questa azienda.' },
    ]);
    const notAnId = await t.gql(LINK_INTERNSHIP, { n: otherNeed, i: 'nope' }, operator);
    expect(notAnId.data!.linkInternshipToCompanyNeed.userErrors[0]).toMatchObject({
      field: 'internshipId',
      code: 'NOT_FOUND',
    });
  });

  it('a company reads only the shared parts of its own services', async () => {
    const served = await newCompany();
    const shared = await contactIn(t, operator, served.id, { summary: 'Presentati i tirocini finanziati.' });
    await contactIn(t, operator, served.id, {
      sharedWithCompany: false,
      summary: 'Telefonata interna di verifica',
      channel: 'PHONE',
    });
    await followUpIn(t, operator, served.id);
    const mine = await t.gql(MY_COMPANY_SERVICES, {}, served.token);
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.myCompanyServices).toEqual({
      services: [
        {
          id: shared.contactId,
          contactedOn: inDays(-1),
          channel: 'COMPANY_VISIT',
          summary: 'Presentati i tirocini finanziati.',
        },
      ],
      openNeeds: [
        {
          id: shared.needId,
          headcount: 2,
          neededBy: inDays(60),
          occupation: { uri: WELDER },
          skills: expect.arrayContaining([{ uri: ESCO_SKILLS.arcWelding.uri }]),
          vacancies: [],
        },
      ],
    });
    expect(JSON.stringify(mine.data)).not.toMatch(/titolare|Interessati|interna/);
    // Internal fields are not even in the company's type.
    const notes = await t.gql('{ myCompanyServices { services { internalNotes } } }', {}, served.token);
    expect(notes.errors?.[0]?.message).toMatch(/internalNotes/);
    // Its data export holds the same shared subset.
    const exported = await t.app.inject({
      method: 'GET',
      url: '/api/privacy/export.json',
      headers: { authorization: `Bearer ${served.token}` },
    });
    expect(exported.statusCode, exported.body).toBe(200);
    expect(exported.json().services).toMatchObject({
      contacts: [{ id: shared.contactId, summary: 'Presentati i tirocini finanziati.' }],
      needs: [{ id: shared.needId, headcount: 2, status: 'OPEN', vacancyIds: [] }],
    });
    expect(exported.body).not.toMatch(/titolare|Interessati|interna|Richiamare/);
    // Another company sees none of it; the company may not open the operators' file.
    const stranger = await newCompany();
    expect((await t.gql(MY_COMPANY_SERVICES, {}, stranger.token)).data!.myCompanyServices).toEqual({
      services: [],
      openNeeds: [],
    });
    const file = await t.gql(SERVICE_FILE, { id: served.id }, served.token);
    expect(file.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses another network’s operator, citizens and companies', async () => {
    const { needId } = await contactIn(t, operator, companyId);
    const followUpId = await followUpIn(t, operator, companyId);
    const before = await rowCounts();
    for (const token of [otherOperator, citizen, company]) {
      const file = await t.gql(SERVICE_FILE, { id: companyId }, token);
      expect(file.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const recorded = await t.gql(RECORD_COMPANY_CONTACT, { input: contactInput(companyId) }, token);
      expect(recorded.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const scheduled = await t.gql(
        SCHEDULE_FOLLOW_UP,
        { input: { companyId, dueOn: inDays(3), action: 'Richiamare' } },
        token,
      );
      expect(scheduled.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const status = await t.gql(SET_NEED_STATUS, { id: needId, s: 'WITHDRAWN' }, token);
      expect(status.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const done = await t.gql(SET_FOLLOW_UP_DONE, { id: followUpId, done: true }, token);
      expect(done.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    expect(await rowCounts()).toEqual(before);
    // The other network's operator lists the companies of their own network only.
    const theirs = await t.gql(COMPANY_SERVICES, {}, otherOperator);
    expect(theirs.data!.companyServices).toEqual([]);
    expect((await t.gql(COMPANY_SERVICES, {}, citizen)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(MY_COMPANY_SERVICES, {}, citizen)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(MY_COMPANY_SERVICES, {}, operator)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('bad input gives Italian userErrors on the fields and records nothing', async () => {
    const before = await rowCounts();
    const result = await t.gql(
      RECORD_COMPANY_CONTACT,
      {
        input: contactInput(companyId, {
          contactedOn: inDays(3),
          summary: ' ',
          law68Quota: 2,
          law68Uncovered: 5,
          needs: [
            {
              occupationUri: 'http://data.europa.eu/esco/occupation/unknown',
              headcount: 0,
              neededBy: inDays(-10),
              skillUris: [ESCO_SKILLS.arcWelding.uri, ESCO_SKILLS.arcWelding.uri, 'skill'],
            },
          ],
        }),
      },
      operator,
    );
    const errors = result.data!.recordCompanyContact.userErrors as {
      field: string;
      code: string;
      message: string;
    }[];
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['input.contactedOn', 'IN_FUTURE'],
      ['input.summary', 'REQUIRED'],
      ['input.law68Uncovered', 'OUT_OF_RANGE'],
      ['input.needs[0].occupationUri', 'UNKNOWN_OCCUPATION'],
      ['input.needs[0].headcount', 'OUT_OF_RANGE'],
      ['input.needs[0].neededBy', 'BEFORE_CONTACT'],
      ['input.needs[0].skillUris[1]', 'DUPLICATE'],
      ['input.needs[0].skillUris[2]', 'UNKNOWN_SKILL'],
    ]);
    expect(errors.find((e) => e.field === 'input.law68Uncovered')!.message).toBe(
      'I posti scoperti vanno da 0 al numero dei posti d’obbligo.',
    );
    const halfQuota = await t.gql(
      RECORD_COMPANY_CONTACT,
      { input: contactInput(companyId, { law68Quota: 4, law68Uncovered: null }) },
      operator,
    );
    expect(halfQuota.data!.recordCompanyContact.userErrors).toEqual([
      {
        field: 'input.law68Uncovered',
        code: 'REQUIRED',
        message: 'Indica anche quanti posti sono scoperti (anche 0).',
      },
    ]);
    const noAction = await t.gql(
      SCHEDULE_FOLLOW_UP,
      { input: { companyId, dueOn: inDays(1), action: '' } },
      operator,
    );
    expect(noAction.data!.scheduleCompanyFollowUp.userErrors[0]).toMatchObject({
      field: 'input.action',
      code: 'REQUIRED',
    });
    const notAnId = await t.gql(RECORD_COMPANY_CONTACT, { input: contactInput('not-a-uuid') }, operator);
    expect(notAnId.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await rowCounts()).toEqual(before);
  });

  it('without the quota and needs, a contact records just what was done', async () => {
    const result = await t.gql(
      RECORD_COMPANY_CONTACT,
      {
        input: contactInput(companyId, {
          channel: 'EVENT',
          law68Quota: null,
          law68Uncovered: null,
          outcome: null,
          internalNotes: null,
          needs: [],
        }),
      },
      operator,
    );
    expect(result.data!.recordCompanyContact).toMatchObject({
      contact: { channel: 'EVENT', law68Quota: null, outcome: null, needs: [] },
      userErrors: [],
    });
  });
});

describe('a vacancy draft from a need', () => {
  it('an operator creates the company’s draft from the need; the company is told, completes and sends it', async () => {
    const { needId } = await contactIn(t, operator, companyId, { channel: 'COMPANY_VISIT' });
    const key = randomUUID();
    const created = await t.gql(CREATE_VACANCY_FROM_NEED, { n: needId, key }, operator);
    expect(created.errors).toBeUndefined();
    const result = created.data!.createVacancyFromCompanyNeed;
    expect(result.userErrors).toEqual([]);
    const vacancy = result.vacancy;
    expect(vacancy).toMatchObject({
      status: 'DRAFT',
      positions: 2,
      contractType: 'PERMANENT',
      hours: 'FULL_TIME',
      remote: false,
      expiresOn: inDays(60),
      occupation: { uri: WELDER },
      workplaceComune: { istatCode: expect.any(String) },
    });
    expect(vacancy.title).toMatch(/^[A-ZÀ-Ý]/);
    expect(vacancy.title.toLowerCase()).toContain('saldat');
    expect(vacancy.description).toMatch(/^Cerchiamo 2 persone come «.+», da inserire entro il /);
    expect(
      vacancy.skills
        .map((s: { essential: boolean; skill: { uri: string } }) => [s.skill.uri, s.essential])
        .sort(),
    ).toEqual(
      [
        [ESCO_SKILLS.arcWelding.uri, true],
        [ESCO_SKILLS.joinMetals.uri, true],
      ].sort(),
    );
    expect(result.need).toEqual({
      id: needId,
      draftedVacancy: { id: vacancy.id },
      vacancies: [{ id: vacancy.id }],
    });

    // The same key replays the same draft; without it, a second draft is refused with a clear error.
    const before = await rowCounts();
    const replayed = await t.gql(CREATE_VACANCY_FROM_NEED, { n: needId, key }, operator);
    expect(replayed.data!.createVacancyFromCompanyNeed.vacancy.id).toBe(vacancy.id);
    const twice = await t.gql(CREATE_VACANCY_FROM_NEED, { n: needId }, admin);
    expect(twice.data!.createVacancyFromCompanyNeed).toMatchObject({
      vacancy: null,
      userErrors: [
        {
          field: 'needId',
          code: 'ALREADY_DRAFTED',
          message: 'Da questo fabbisogno è già stata creata un’offerta: la trovi collegata al fabbisogno.',
        },
      ],
    });
    const otherKey = await t.gql(CREATE_VACANCY_FROM_NEED, { n: needId, key: randomUUID() }, operator);
    expect(otherKey.data!.createVacancyFromCompanyNeed.userErrors[0].code).toBe('ALREADY_DRAFTED');
    expect(await rowCounts()).toEqual(before);

    // Audited on the need and on the vacancy.
    expect(await auditActions(needId)).toContain('company_services.draft_vacancy_from_need');
    expect(await auditActions(vacancy.id)).toContain('vacancy.draft_from_need');

    // The company's members hear of it in the portal and by email.
    const told = (await notificationsOf(company)).find(
      (n: { kind: string; path: string }) =>
        n.kind === 'VACANCY_DRAFT_PREPARED' && n.path === `/offerte/${vacancy.id}`,
    );
    expect(told.title).toBe(`Bozza di offerta da completare: ${vacancy.title}`);
    expect(told.body).toMatch(/fabbisogno emerso alla visita del/);
    await t.app.outbox.drain();
    expect(
      t.mails.some(
        (m) => m.to.includes(DEMO.companyMember) && m.subject.includes('Bozza di offerta da completare'),
      ),
    ).toBe(true);

    // The draft is the company's: listed among its vacancies, completed and sent by it.
    const mine = await t.gql(
      '{ companyVacancies(status: DRAFT, first: 50) { edges { node { id } } } }',
      {},
      company,
    );
    expect(mine.data!.companyVacancies.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(
      vacancy.id,
    );
    const VACANCY_DRAFTED = 'query($id: ID!) { vacancy(id: $id) { draftedFromNeed } }';
    const read = await t.gql(VACANCY_DRAFTED, { id: vacancy.id }, company);
    expect(read.data!.vacancy.draftedFromNeed).toBe(true);
    const own = await vacancyIn(t, { company, operator }, 'DRAFT');
    expect((await t.gql(VACANCY_DRAFTED, { id: own }, company)).data!.vacancy.draftedFromNeed).toBe(false);
    const completed = await t.gql(
      `mutation($id: ID!, $input: VacancyInput!) { updateVacancy(id: $id, input: $input) { userErrors { field code } } }`,
      {
        id: vacancy.id,
        input: vacancyInput({
          title: vacancy.title,
          skills: [{ skillUri: ESCO_SKILLS.arcWelding.uri, essential: true }],
        }),
      },
      company,
    );
    expect(completed.data!.updateVacancy.userErrors).toEqual([]);
    const sent = await t.gql(
      'mutation($id: ID!) { submitVacancy(id: $id) { vacancy { status } userErrors { code message } } }',
      { id: vacancy.id },
      company,
    );
    expect(sent.data!.submitVacancy).toEqual({ vacancy: { status: 'SUBMITTED' }, userErrors: [] });
    // Operators do not edit the company's draft: the company completes it.
    const edited = await t.gql(
      `mutation($id: ID!, $input: VacancyInput!) { updateVacancy(id: $id, input: $input) { userErrors { code } } }`,
      { id: vacancy.id, input: vacancyInput() },
      operator,
    );
    expect(edited.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses other networks, companies and citizens, and a need no longer open; nothing is created', async () => {
    const { needId } = await contactIn(t, operator, companyId);
    const before = await rowCounts();
    for (const token of [otherOperator, citizen, company]) {
      const refused = await t.gql(CREATE_VACANCY_FROM_NEED, { n: needId }, token);
      expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const notAnId = await t.gql(CREATE_VACANCY_FROM_NEED, { n: 'not-a-uuid' }, operator);
    expect(notAnId.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await t.gql(SET_NEED_STATUS, { id: needId, s: 'WITHDRAWN' }, operator);
    const closed = await t.gql(CREATE_VACANCY_FROM_NEED, { n: needId }, operator);
    expect(closed.data!.createVacancyFromCompanyNeed.userErrors).toEqual([
      {
        field: 'needId',
        code: 'NEED_NOT_OPEN',
        message: 'Il fabbisogno non è più aperto: riaprilo per crearne un’offerta.',
      },
    ]);
    expect(await rowCounts()).toEqual(before);
  });

  it('a network admin may create it too; a need for one person reads so and ends within the limits', async () => {
    const { needId } = await contactIn(t, operator, companyId, {
      needs: [{ occupationUri: WELDER, headcount: 1, neededBy: inDays(1), skillUris: [] }],
    });
    const created = await t.gql(CREATE_VACANCY_FROM_NEED, { n: needId }, admin);
    expect(created.data!.createVacancyFromCompanyNeed.userErrors).toEqual([]);
    expect(created.data!.createVacancyFromCompanyNeed.vacancy).toMatchObject({
      positions: 1,
      expiresOn: inDays(14),
      skills: [],
    });
    expect(created.data!.createVacancyFromCompanyNeed.vacancy.description).toMatch(
      /^Cerchiamo una persona come/,
    );
  });
});

describe('correcting a recorded contact', () => {
  it('an operator corrects a contact; the history keeps who, when and the previous values; the company reads the corrected shared data', async () => {
    const served = await newCompany();
    const { contactId } = await contactIn(t, operator, served.id);
    const corrected = await t.gql(
      CORRECT_CONTACT,
      {
        id: contactId,
        input: correctionInput({
          contactedOn: inDays(-2),
          channel: 'PHONE',
          summary: 'Telefonata con la responsabile del personale: presentati i tirocini.',
          internalNotes: null,
          reason: 'Era una telefonata, non una visita',
        }),
      },
      operator,
    );
    expect(corrected.errors).toBeUndefined();
    const result = corrected.data!.correctCompanyContact;
    expect(result.userErrors).toEqual([]);
    expect(result.contact).toMatchObject({
      id: contactId,
      contactedOn: inDays(-2),
      channel: 'PHONE',
      summary: 'Telefonata con la responsabile del personale: presentati i tirocini.',
      internalNotes: null,
      outcome: 'Interessati a due saldatori entro l’estate',
    });
    expect(result.contact.corrections).toHaveLength(1);
    expect(result.contact.corrections[0]).toMatchObject({
      correctedByName: expect.stringMatching(/\S+ \S+/),
      reason: 'Era una telefonata, non una visita',
      changes: [
        { field: 'CONTACTED_ON', previousValue: inDays(-1) },
        { field: 'CHANNEL', previousValue: 'COMPANY_VISIT' },
        { field: 'SUMMARY', previousValue: contactInput('').summary },
        { field: 'INTERNAL_NOTES', previousValue: 'Il titolare preferisce essere chiamato di mattina.' },
      ],
    });
    expect(await auditActions(contactId)).toContain('company_services.correct_contact');

    // The company reads the corrected data only.
    const mine = await t.gql(MY_COMPANY_SERVICES, {}, served.token);
    expect(mine.data!.myCompanyServices.services).toEqual([
      {
        id: contactId,
        contactedOn: inDays(-2),
        channel: 'PHONE',
        summary: 'Telefonata con la responsabile del personale: presentati i tirocini.',
      },
    ]);
    // No longer shared: the company no longer reads it. A network admin may correct too.
    const unshared = await t.gql(
      CORRECT_CONTACT,
      {
        id: contactId,
        input: correctionInput({
          contactedOn: inDays(-2),
          channel: 'PHONE',
          summary: 'Telefonata con la responsabile del personale: presentati i tirocini.',
          internalNotes: null,
          sharedWithCompany: false,
        }),
      },
      admin,
    );
    expect(
      unshared.data!.correctCompanyContact.contact.corrections.map((c: { changes: unknown }) => c.changes),
    ).toEqual([[{ field: 'SHARED_WITH_COMPANY', previousValue: 'true' }], expect.any(Array)]);
    expect((await t.gql(MY_COMPANY_SERVICES, {}, served.token)).data!.myCompanyServices).toEqual({
      services: [],
      openNeeds: [],
    });
  });

  it('bad input gives Italian userErrors on the fields and changes nothing', async () => {
    const { contactId } = await contactIn(t, operator, companyId);
    const before = await rowCounts();
    const [row] = await t.db.select().from(companyContacts).where(eq(companyContacts.id, contactId));
    const bad = await t.gql(
      CORRECT_CONTACT,
      {
        id: contactId,
        input: correctionInput({ contactedOn: inDays(2), summary: ' ' }),
      },
      operator,
    );
    expect(bad.errors, JSON.stringify(bad.errors)).toBeUndefined();
    expect(
      bad.data!.correctCompanyContact.userErrors.map((e: { field: string; code: string }) => [
        e.field,
        e.code,
      ]),
    ).toEqual([
      ['input.contactedOn', 'IN_FUTURE'],
      ['input.summary', 'REQUIRED'],
    ]);
    expect(bad.data!.correctCompanyContact.userErrors[1].message).toMatch(/^[A-Z]/);
    const tooLong = await t.gql(
      CORRECT_CONTACT,
      { id: contactId, input: correctionInput({ outcome: 'x'.repeat(2001) }) },
      operator,
    );
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // Nothing else changes but the date: the correction that follows is saved, and repeating it is refused.
    const dateOnly = await t.gql(
      CORRECT_CONTACT,
      { id: contactId, input: correctionInput({ contactedOn: inDays(0) }) },
      operator,
    );
    expect(dateOnly.data!.correctCompanyContact.userErrors).toEqual([]);
    const unchanged = await t.gql(
      CORRECT_CONTACT,
      { id: contactId, input: correctionInput({ contactedOn: inDays(0) }) },
      operator,
    );
    expect(unchanged.data!.correctCompanyContact.userErrors).toEqual([
      {
        field: 'input',
        code: 'NO_CHANGE',
        message: 'Nessuna modifica: cambia almeno un campo prima di salvare.',
      },
    ]);
    const [after] = await t.db.select().from(companyContacts).where(eq(companyContacts.id, contactId));
    expect({ ...after, contactedOn: row!.contactedOn }).toEqual(row);
    expect(await rowCounts()).toEqual({ ...before, corrections: before.corrections + 1 });
  });

  it('a contact cannot move after the date of its needs', async () => {
    const { contactId } = await contactIn(t, operator, companyId, {
      contactedOn: inDays(-10),
      needs: [{ occupationUri: WELDER, headcount: 1, neededBy: inDays(-5), skillUris: [] }],
    });
    const late = await t.gql(
      CORRECT_CONTACT,
      { id: contactId, input: correctionInput({ contactedOn: inDays(-1) }) },
      operator,
    );
    expect(late.data!.correctCompanyContact.userErrors).toEqual([
      {
        field: 'input.contactedOn',
        code: 'AFTER_NEED',
        message: expect.stringMatching(/^Il contatto non può essere successivo alla data entro cui servono/),
      },
    ]);
  });

  it('refuses another network’s operator, companies and citizens', async () => {
    const { contactId } = await contactIn(t, operator, companyId);
    const before = await rowCounts();
    for (const token of [otherOperator, citizen, company]) {
      const refused = await t.gql(
        CORRECT_CONTACT,
        { id: contactId, input: correctionInput({ summary: 'Corretto da chi non può' }) },
        token,
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const notAnId = await t.gql(CORRECT_CONTACT, { id: 'nope', input: correctionInput() }, operator);
    expect(notAnId.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await rowCounts()).toEqual(before);
    const [row] = await t.db
      .select({ summary: companyContacts.summary })
      .from(companyContacts)
      .where(and(eq(companyContacts.id, contactId)));
    expect(row!.summary).toBe(contactInput('').summary);
  });
});
