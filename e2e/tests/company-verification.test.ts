import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, login, newPage, pageErrors, screenshot } from '../src/browser.js';
import { PASSWORD, registerCompany } from '../src/company-registration.js';
import { DEMO, DEMO_PASSWORD } from '../src/data.js';

const baseUrl = inject('baseUrl');
const skipReason = inject('skipReason');

async function companyStatus(page: Page): Promise<string> {
  const status = page.getByTestId('company-status');
  await status.waitFor();
  return (await status.textContent()) ?? '';
}

/** The pending company's card in the operators' list. */
function pendingCard(page: Page, legalName: string) {
  return page.getByTestId('pending-company').filter({ has: page.getByRole('heading', { name: legalName }) });
}

describe.skipIf(Boolean(skipReason))(
  'companies (/aziende) and their verification by operators (/operatori)',
  () => {
    let browser: Browser;

    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('a company registers and waits; the operator verifies it; the company sees it verified', async () => {
      const company = await newPage(browser, baseUrl);
      const { legalName, piva, email } = await registerCompany(company.page, baseUrl, 'Legnano (MI)', true);

      await login(company.page, '/aziende', email, PASSWORD);
      expect(await companyStatus(company.page)).toContain('In attesa di verifica da parte dello sportello');
      expect(await company.page.getByTestId('company-details').textContent()).toContain(piva);
      await screenshot(company.page, 'company-dashboard-pending');

      const operator = await newPage(browser, baseUrl);
      await operator.page.goto('/operatori/');
      await operator.page.getByRole('heading', { name: 'Accedi' }).waitFor();
      await screenshot(operator.page, 'operator-login');
      await login(operator.page, '/operatori', DEMO.operator, DEMO_PASSWORD);
      await operator.page.getByRole('heading', { name: 'Aziende da verificare' }).waitFor();
      const header = operator.page.getByTestId('header-user');
      await expect.poll(() => header.textContent()).toContain('Sportello Lavoro Legnano');
      const card = pendingCard(operator.page, legalName);
      await card.waitFor();
      const cardText = await card.textContent();
      expect(cardText).toContain(piva);
      expect(cardText).toContain('Legnano (MI)');
      await screenshot(operator.page, 'operator-pending-list');

      await card.getByRole('button', { name: /^Verifica/ }).click();
      const result = operator.page.getByTestId('action-result');
      await result.waitFor();
      expect(await result.textContent()).toContain(`«${legalName}» è stata verificata`);
      await card.waitFor({ state: 'detached' });
      await screenshot(operator.page, 'operator-after-verify');

      await company.page.reload();
      expect(await companyStatus(company.page)).toContain('Azienda verificata');
      await screenshot(company.page, 'company-dashboard-verified');

      expect(pageErrors(company.page)).toEqual([]);
      expect(pageErrors(operator.page)).toEqual([]);
      await company.context.close();
      await operator.context.close();
    });

    it('the operator rejects a company with a reason, which the company then reads', async () => {
      const company = await newPage(browser, baseUrl);
      const { legalName, email } = await registerCompany(company.page, baseUrl, 'Parabiago (MI)');

      const operator = await newPage(browser, baseUrl);
      await login(operator.page, '/operatori', DEMO.operator, DEMO_PASSWORD);
      const card = pendingCard(operator.page, legalName);
      await card.waitFor();
      await card.getByRole('button', { name: /^Rifiuta/ }).click();
      await card.getByRole('button', { name: 'Conferma il rifiuto' }).click();
      await card.getByTestId('error-summary').waitFor();
      expect(await card.getByTestId('error-summary').textContent()).toContain(
        'Scrivi il motivo del rifiuto.',
      );
      const reason = 'La partita IVA non risulta attiva: contatta lo sportello.';
      await card.getByLabel('Motivo del rifiuto').fill(reason);
      await screenshot(operator.page, 'operator-reject-form');
      await card.getByRole('button', { name: 'Conferma il rifiuto' }).click();
      await card.waitFor({ state: 'detached' });
      expect(await operator.page.getByTestId('action-result').textContent()).toContain('è stata rifiutata');

      await login(company.page, '/aziende', email, PASSWORD);
      expect(await companyStatus(company.page)).toContain('Registrazione non accettata');
      expect(await company.page.getByTestId('rejection-reason').textContent()).toBe(reason);
      await screenshot(company.page, 'company-dashboard-rejected');
      await company.context.close();
      await operator.context.close();
    });

    it('the demo company logs in and a citizen cannot enter the operators’ area', async () => {
      const { context, page } = await newPage(browser, baseUrl);
      await login(page, '/aziende', DEMO.companyMember, DEMO_PASSWORD);
      expect(await companyStatus(page)).toContain('Azienda verificata');

      await login(page, '/operatori', DEMO.citizen, DEMO_PASSWORD);
      await page.getByTestId('error-summary').waitFor();
      expect(await page.getByTestId('error-summary').textContent()).toContain(
        'Quest’area è riservata agli operatori degli sportelli',
      );
      await context.close();
    });
  },
);
