import { randomUUID } from 'node:crypto';
import { companyContacts, companyFollowUps, companyNeeds } from '@sportello/db';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  COMPANY_SERVICES,
  contactIn,
  contactInput,
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
import { inDays, vacancyIn, WELDER } from './vacancy-fixtures.js';

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
});

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
