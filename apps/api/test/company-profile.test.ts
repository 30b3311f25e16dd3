import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, uniqueEmail } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';
import { CREATE_VACANCY, vacancyInput } from './vacancy-fixtures.js';

let t: TestApp;
let owner: string;

beforeAll(async () => {
  t = await startTestApp();
  owner = (await t.login(DEMO.companyMember)).accessToken;
});
afterAll(() => t?.close());

const PROFILE =
  '{ me { company { size atecoActivity { code title level } sites { comune { name } address } members { email role active } } } }';

describe('company profile', () => {
  it('the owner sets the ATECO activity, size and sites; unknown codes are refused', async () => {
    const bad = await t.gql(
      'mutation { updateCompanyProfile(input: { atecoCode: "99.99" }) { userErrors { field code } } }',
      {},
      owner,
    );
    expect(bad.data!.updateCompanyProfile.userErrors).toEqual([
      { field: 'atecoCode', code: 'UNKNOWN_ATECO' },
    ]);
    await t.gql(
      'mutation { updateCompanyProfile(input: { atecoCode: "25", size: SMALL }) { userErrors { code } } }',
      {},
      owner,
    );
    await t.gql(
      'mutation { addCompanySite(input: { comuneCode: "015046", address: "Via Roma 1" }) { userErrors { code } } }',
      {},
      owner,
    );
    const badSite = await t.gql(
      'mutation { addCompanySite(input: { comuneCode: "999999", address: "" }) { userErrors { field } } }',
      {},
      owner,
    );
    expect(badSite.data!.addCompanySite.userErrors.map((e: { field: string }) => e.field).sort()).toEqual([
      'address',
      'comuneCode',
    ]);
    const profile = (await t.gql(PROFILE, {}, owner)).data!.me.company;
    expect(profile.size).toBe('SMALL');
    expect(profile.atecoActivity).toMatchObject({ code: '25', level: 'division' });
    expect(profile.atecoActivity.title).toMatch(/PRODOTTI IN METALLO/);
    expect(profile.sites).toEqual([{ comune: { name: 'Canegrate' }, address: 'Via Roma 1' }]);
    const search = await t.gql('{ atecoActivities(search: "software") { code } }');
    expect(search.data!.atecoActivities.map((a: { code: string }) => a.code)).toContain('62');
  });

  it('the owner invites a member by email; the member sets a password and manages vacancies, not the company', async () => {
    const email = uniqueEmail('collega');
    const invited = await t.gql(
      'mutation($e: String!) { inviteCompanyMember(input: { email: $e, givenName: "Sara", familyName: "Neri", role: MEMBER }) { member { email role active } userErrors { code } } }',
      { e: email },
      owner,
    );
    expect(invited.data!.inviteCompanyMember.member).toEqual({ email, role: 'MEMBER', active: false });
    const link = await t.linkFromMail(email, 'accesso');
    expect(link).toContain('/aziende/invito?token=');
    const accepted = await t.gql(
      'mutation($t: String!) { acceptInvitation(token: $t, password: "la password di Sara") { session { accessToken } } }',
      { t: t.tokenFromLink(link) },
    );
    const member = accepted.data!.acceptInvitation.session.accessToken;
    const created = await t.gql(CREATE_VACANCY, { input: vacancyInput() }, member);
    expect(created.data!.createVacancy.vacancy.status).toBe('DRAFT');
    const refused = await t.gql(
      'mutation { updateCompanyProfile(input: { size: LARGE }) { userErrors { code } } }',
      {},
      member,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const members = (await t.gql(PROFILE, {}, owner)).data!.me.company.members;
    expect(members.find((m: { email: string }) => m.email === email)).toMatchObject({
      role: 'MEMBER',
      active: true,
    });
    const taken = await t.gql(
      'mutation($e: String!) { inviteCompanyMember(input: { email: $e, givenName: "Sara", familyName: "Neri", role: MEMBER }) { userErrors { code } } }',
      { e: email },
      owner,
    );
    expect(taken.data!.inviteCompanyMember.userErrors[0].code).toBe('EMAIL_TAKEN');
  });
});
