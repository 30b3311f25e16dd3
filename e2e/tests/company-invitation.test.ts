import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPage, pageErrors, screenshot } from '../src/browser.js';
import { DEMO, DEMO_PASSWORD, graphqlRequest, linkTo, unique, waitForMail } from '../src/data.js';

const baseUrl = inject('baseUrl');
const skipReason = inject('skipReason');

describe.skipIf(Boolean(skipReason))('company members', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a colleague invited by the owner chooses a password and enters the company’s area', async () => {
    const owner = await graphqlRequest<{ login: { session: { accessToken: string } } }>(
      baseUrl,
      'mutation ($input: LoginInput!) { login(input: $input) { session { accessToken } } }',
      { input: { email: DEMO.companyMember, password: DEMO_PASSWORD } },
    );
    const email = `${unique('collega.')}@azienda-test.it`;
    const invited = await graphqlRequest<{ inviteCompanyMember: { userErrors: unknown[] } }>(
      baseUrl,
      `mutation ($input: InviteCompanyMemberInput!) { inviteCompanyMember(input: $input) { userErrors { field message } } }`,
      { input: { email, givenName: 'Sara', familyName: 'Neri', role: 'MEMBER' } },
      owner.login.session.accessToken,
    );
    expect(invited.inviteCompanyMember.userErrors).toEqual([]);

    const mail = await waitForMail(baseUrl, email, /Il tuo accesso a Sportello Lavoro/);
    const link = linkTo(mail, '/aziende/invito');
    const { context, page } = await newPage(browser, baseUrl);
    await page.goto(`${link.pathname}${link.search}`);
    await page.getByRole('heading', { name: 'Benvenuto in Sportello Lavoro' }).waitFor();
    await page.getByLabel('Nuova password').fill('la password della collega');
    await page.getByRole('button', { name: 'Salva la password e accedi' }).click();
    await page.getByText('Officine Meccaniche Legnano S.r.l. (demo)').first().waitFor();
    await screenshot(page, 'company-invitation-accepted');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
