import { randomUUID } from 'node:crypto';
import type { TestApp } from './harness.js';
import { ESCO_SKILLS } from './skill-fixtures.js';
import { inDays, WELDER } from './vacancy-fixtures.js';

const NEED_FIELDS = `id headcount neededBy status recordedOn occupation { uri } skills { uri }
  vacancies { id title } internships { id }`;
export const CONTACT_FIELDS = `id contactedOn channel summary sharedWithCompany outcome internalNotes
  law68Quota law68Uncovered recordedByName needs { ${NEED_FIELDS} }`;

export const RECORD_COMPANY_CONTACT = `mutation($input: CompanyContactInput!, $key: String) {
  recordCompanyContact(input: $input, idempotencyKey: $key) { contact { ${CONTACT_FIELDS} } userErrors { field code message } } }`;
export const SCHEDULE_FOLLOW_UP = `mutation($input: CompanyFollowUpInput!, $key: String) {
  scheduleCompanyFollowUp(input: $input, idempotencyKey: $key) { followUp { id dueOn action done overdue } userErrors { field code message } } }`;
export const SET_FOLLOW_UP_DONE = `mutation($id: ID!, $done: Boolean!) {
  setCompanyFollowUpDone(id: $id, done: $done) { followUp { id done overdue } userErrors { field code } } }`;
export const SET_NEED_STATUS = `mutation($id: ID!, $s: CompanyNeedStatus!) {
  setCompanyNeedStatus(id: $id, status: $s) { need { id status } userErrors { field code } } }`;
export const LINK_VACANCY = `mutation($n: ID!, $v: ID!) {
  linkVacancyToCompanyNeed(needId: $n, vacancyId: $v) { need { ${NEED_FIELDS} } userErrors { field code message } } }`;
export const LINK_INTERNSHIP = `mutation($n: ID!, $i: ID!) {
  linkInternshipToCompanyNeed(needId: $n, internshipId: $i) { need { ${NEED_FIELDS} } userErrors { field code message } } }`;
export const SERVICE_FILE = `query($id: ID!) { companyServiceFile(companyId: $id) {
  company { id legalName } contacts { ${CONTACT_FIELDS} } needs { id status } followUps { id dueOn action done overdue } } }`;
export const COMPANY_SERVICES = `{ companyServices { company { id legalName } lastContactOn openNeeds followUpsDue followUpsOverdue } }`;
export const MY_COMPANY_SERVICES = `{ myCompanyServices { services { id contactedOn channel summary }
  openNeeds { id headcount neededBy occupation { uri } skills { uri } vacancies { id } } } }`;

export const contactInput = (companyId: string, overrides: Record<string, unknown> = {}) => ({
  companyId,
  contactedOn: inDays(-1),
  channel: 'COMPANY_VISIT',
  summary: 'Visita in officina con il responsabile del personale: presentati i servizi dello sportello.',
  sharedWithCompany: true,
  outcome: 'Interessati a due saldatori entro l’estate',
  internalNotes: 'Il titolare preferisce essere chiamato di mattina.',
  law68Quota: 3,
  law68Uncovered: 1,
  needs: [
    {
      occupationUri: WELDER,
      headcount: 2,
      neededBy: inDays(60),
      skillUris: [ESCO_SKILLS.arcWelding.uri, ESCO_SKILLS.joinMetals.uri],
    },
  ],
  ...overrides,
});

/** A contact recorded by the operator, shared with the company, with one need; its id and the need's. */
export async function contactIn(
  t: TestApp,
  operatorToken: string,
  companyId: string,
  overrides: Record<string, unknown> = {},
): Promise<{ contactId: string; needId: string }> {
  const result = await t.gql(
    RECORD_COMPANY_CONTACT,
    { input: contactInput(companyId, overrides), key: randomUUID() },
    operatorToken,
  );
  const contact = result.data?.recordCompanyContact.contact;
  if (!contact) throw new Error(JSON.stringify(result));
  return { contactId: contact.id as string, needId: contact.needs[0]?.id as string };
}

/** A follow-up of the company due in `days` days (negative: overdue). */
export async function followUpIn(t: TestApp, operatorToken: string, companyId: string, days = 7) {
  const result = await t.gql(
    SCHEDULE_FOLLOW_UP,
    { input: { companyId, dueOn: inDays(days), action: 'Richiamare per le candidature' } },
    operatorToken,
  );
  const id = result.data?.scheduleCompanyFollowUp.followUp?.id as string | undefined;
  if (!id) throw new Error(JSON.stringify(result));
  return id;
}

export const CREATE_VACANCY_FROM_NEED = `mutation($n: ID!, $key: String) {
  createVacancyFromCompanyNeed(needId: $n, idempotencyKey: $key) {
    vacancy { id title status positions contractType hours remote expiresOn description workplaceComune { istatCode }
      occupation { uri } skills { essential skill { uri } } companyName }
    need { id draftedVacancy { id } vacancies { id } }
    userErrors { field code message } } }`;
export const CORRECT_CONTACT = `mutation($id: ID!, $input: CompanyContactCorrectionInput!) {
  correctCompanyContact(id: $id, input: $input) {
    contact { ${CONTACT_FIELDS} corrections { id correctedAt correctedByName reason changes { field previousValue } } }
    userErrors { field code message } } }`;

/** The correction input that keeps every value of `contactInput` as recorded. */
export const correctionInput = (overrides: Record<string, unknown> = {}) => {
  const { contactedOn, channel, summary, sharedWithCompany, outcome, internalNotes } = contactInput('');
  return { contactedOn, channel, summary, sharedWithCompany, outcome, internalNotes, ...overrides };
};
