import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, login, newPage, pageErrors, screenshot } from '../src/browser.js';
import { PASSWORD, registerCompany } from '../src/company-registration.js';
import { DEMO, DEMO_PASSWORD, waitForMail } from '../src/data.js';

const baseUrl = inject('baseUrl');
const skipReason = inject('skipReason');

describe.skipIf(Boolean(skipReason))('notifications: the bell and the "Notifiche" page', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('an operator verifies a pending company; its member sees it in the bell, reads it and follows the link', async () => {
    const company = await newPage(browser, baseUrl);
    const { legalName, email } = await registerCompany(company.page, baseUrl, 'Legnano (MI)');
    await login(company.page, '/aziende', email, PASSWORD);
    const bell = company.page.getByTestId('notification-bell');
    await expect.poll(() => bell.textContent()).toContain('nessuna da leggere');

    const operator = await newPage(browser, baseUrl);
    await login(operator.page, '/operatori', DEMO.operator, DEMO_PASSWORD);
    const card = operator.page
      .getByTestId('pending-company')
      .filter({ has: operator.page.getByRole('heading', { name: legalName }) });
    await card.getByRole('button', { name: /^Verifica/ }).click();
    await operator.page.getByTestId('action-result').waitFor();

    await company.page.reload();
    // The link's name tells screen reader users the count, not just the badge.
    await company.page.getByRole('link', { name: /^Notifiche\s*: 1 da leggere$/ }).waitFor();
    expect(await company.page.getByTestId('notification-count').textContent()).toBe('1');
    await screenshot(company.page, 'company-bell-unread');
    await bell.click();
    await company.page.getByRole('heading', { level: 1, name: 'Notifiche' }).waitFor();
    const row = company.page.getByTestId('notification-row').first();
    expect(await row.textContent()).toContain(`${legalName} è verificata`);
    expect(await row.textContent()).toContain('ora puoi pubblicare offerte di lavoro');
    await screenshot(company.page, 'company-notifications');

    await row.getByRole('link', { name: `${legalName} è verificata` }).click();
    await company.page.getByTestId('company-status').waitFor();
    expect(await company.page.getByTestId('company-status').textContent()).toContain('Azienda verificata');
    await expect.poll(() => bell.textContent()).toContain('nessuna da leggere');

    await company.page.goto('/aziende/notifiche/preferenze');
    await company.page.getByTestId('mandatory-preferences').waitFor();
    expect(await company.page.getByTestId('mandatory-preferences').textContent()).toContain(
      'Verifica dell’azienda da parte dello sportello',
    );
    await screenshot(company.page, 'company-notification-preferences');
    // Turned off: the email of new candidatures; the in-app notification stays.
    await company.page.locator('label[for="email-APPLICATION_RECEIVED"]').click();
    await company.page.getByTestId('action-result').waitFor();
    expect(await company.page.getByTestId('action-result').textContent()).toContain(
      'Non riceverai più per email',
    );
    await company.page.reload();
    await company.page.getByTestId('optional-preferences').waitFor();
    expect(
      await company.page.getByLabel('Nuove candidature alle offerte della tua azienda').isChecked(),
    ).toBe(false);

    const mail = await waitForMail(baseUrl, email, /è verificata/);
    expect(mail.text).toContain('/aziende/area-riservata');
    expect(pageErrors(company.page)).toEqual([]);
    expect(pageErrors(operator.page)).toEqual([]);
    await company.context.close();
    await operator.context.close();
  });
});
