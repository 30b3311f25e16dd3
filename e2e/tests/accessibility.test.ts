import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  accessibilityViolations,
  describeViolations,
  launchBrowser,
  login,
  newPage,
  pageErrors,
  screenshot,
} from '../src/browser.js';
import { DEMO, DEMO_PASSWORD } from '../src/data.js';

const baseUrl = inject('baseUrl');
const skipReason = inject('skipReason');

/** Waits for the page's h1 (the SPA has rendered), then runs axe-core's WCAG 2.1 A/AA rules. */
async function expectAccessible(page: Page, name: string) {
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  await screenshot(page, `a11y-${name}`);
  const violations = await accessibilityViolations(page);
  expect(violations, `${name}:\n${describeViolations(violations)}`).toEqual([]);
  expect(await page.locator('html').getAttribute('lang')).toBe('it');
  expect(await page.locator('main').count()).toBe(1);
  expect(pageErrors(page)).toEqual([]);
}

/** "Notifiche" and its preferences, in a portal where the page is logged in. */
async function expectNotificationPagesAccessible(page: Page, portal: string, name: string) {
  await page.goto(`${portal}/notifiche`);
  await page.getByTestId('notification-bell').waitFor();
  await page.waitForLoadState('networkidle');
  await expectAccessible(page, `${name}-notifications`);
  await page.goto(`${portal}/notifiche/preferenze`);
  await page
    .getByTestId('mandatory-preferences')
    .or(page.getByTestId('optional-preferences'))
    .first()
    .waitFor();
  await expectAccessible(page, `${name}-notification-preferences`);
}

describe.skipIf(Boolean(skipReason))('accessibility (axe-core, WCAG 2.1 AA) of every page', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('citizens’ pages', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    const pages = [
      ['citizen-home', '/cittadini/'],
      ['citizen-register', '/cittadini/registrati'],
      ['citizen-check-email', '/cittadini/controlla-email'],
      ['citizen-login', '/cittadini/accedi'],
      ['citizen-forgot-password', '/cittadini/password-dimenticata'],
      ['citizen-reset-password', '/cittadini/reimposta-password?token=abc'],
      ['citizen-reset-password-no-token', '/cittadini/reimposta-password'],
      ['citizen-verify-email-invalid', '/cittadini/verifica-email?token=non-valido'],
      ['citizen-invitation', '/cittadini/invito?token=abc'],
      ['citizen-privacy', '/cittadini/privacy'],
      ['citizen-not-found', '/cittadini/pagina-che-non-esiste'],
    ] as const;
    for (const [name, path] of pages) {
      await page.goto(path);
      await expectAccessible(page, name);
    }
    // The first Tab reaches the skip link, which jumps to the main content.
    await page.goto('/cittadini/registrati');
    await page.locator('h1').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Vai al contenuto principale',
    );
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('contenuto');

    await page.goto('/cittadini/verifica-email?token=non-valido');
    await page.getByTestId('verify-failed').waitFor();
    expect(await page.getByTestId('verify-failed').textContent()).toContain(
      'Il link non è valido o è scaduto',
    );

    // Errors shown: the summary, the invalid fields and their messages must be accessible too.
    await page.goto('/cittadini/registrati');
    await page.getByRole('button', { name: 'Registrati' }).click();
    await page.getByTestId('error-summary').waitFor();
    await expectAccessible(page, 'citizen-register-errors');

    await login(page, '/cittadini', DEMO.citizen, DEMO_PASSWORD);
    await page.getByTestId('profile').waitFor();
    await expectAccessible(page, 'citizen-profile');
    await page.goto('/cittadini/tirocini');
    await page.getByRole('heading', { level: 1, name: 'I miei tirocini' }).waitFor();
    await expectAccessible(page, 'citizen-internships');
    await page.goto('/cittadini/corsi');
    await page.getByTestId('training-module-row').first().waitFor();
    await expectAccessible(page, 'citizen-training-modules');
    await page
      .getByTestId('training-module-row')
      .filter({ hasText: 'Excel di base' })
      .getByRole('link')
      .click();
    await page.getByRole('heading', { level: 1, name: 'Excel di base' }).waitFor();
    await expectAccessible(page, 'citizen-training-module');
    await page.goto('/cittadini/iscrizioni');
    await page.getByTestId('training-enrolment-row').first().waitFor();
    await expectAccessible(page, 'citizen-training-enrolments');
    await page.goto('/cittadini/attivita');
    await page.getByTestId('open-group-activity').first().waitFor();
    await expectAccessible(page, 'citizen-group-activities');
    await page.goto('/cittadini/colloqui');
    await page.getByRole('heading', { level: 1, name: 'I miei colloqui' }).waitFor();
    await expectAccessible(page, 'citizen-colloqui');
    await page.goto('/cittadini/colloqui/prenota');
    await page.getByTestId('slot-row').first().waitFor();
    await expectAccessible(page, 'citizen-colloquio-book');
    await page.getByTestId('book-slot').first().click();
    await page.getByTestId('book-slot-confirm').waitFor();
    await expectAccessible(page, 'citizen-colloquio-book-confirm');
    await context.close();
  });

  it('citizens’ candidatures and proposals', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await login(page, '/cittadini', DEMO.citizen, DEMO_PASSWORD);
    await page.getByTestId('profile').waitFor();
    await page.goto('/cittadini/candidature');
    await page.getByTestId('my-application').first().waitFor();
    await expectAccessible(page, 'citizen-applications');
    await page.goto('/cittadini/proposte');
    await page.getByRole('heading', { level: 1, name: 'Proposte dello sportello' }).waitFor();
    await expectAccessible(page, 'citizen-proposals');
    await context.close();
  });

  it('citizens’ CV editor', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await login(page, '/cittadini', DEMO.citizen, DEMO_PASSWORD);
    await page.getByTestId('profile').waitFor();
    await page.goto('/cittadini/curriculum');
    await page.getByTestId('cv-editor').waitFor();
    await expectAccessible(page, 'citizen-cv-editor');
    await page.getByRole('button', { name: '4. Lingue' }).click();
    await page.getByTestId('cefr-levels').waitFor();
    await expectAccessible(page, 'citizen-cv-editor-languages');
    await context.close();
  });

  it('companies’ pages', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    const pages = [
      ['company-home', '/aziende/'],
      ['company-register', '/aziende/registrati'],
      ['company-registration-sent', '/aziende/registrazione-inviata'],
      ['company-login', '/aziende/accedi'],
      ['company-privacy', '/aziende/privacy'],
    ] as const;
    for (const [name, path] of pages) {
      await page.goto(path);
      await expectAccessible(page, name);
    }
    await page.goto('/aziende/registrati');
    await page.getByRole('button', { name: 'Invia la registrazione' }).click();
    await page.getByTestId('error-summary').waitFor();
    await expectAccessible(page, 'company-register-errors');

    await login(page, '/aziende', DEMO.companyMember, DEMO_PASSWORD);
    await page.getByTestId('company-status').waitFor();
    await expectAccessible(page, 'company-dashboard');

    // The vacancy form, blank and with the errors of an empty submit.
    await page.goto('/aziende/offerte/nuova');
    await page.getByTestId('vacancy-form').waitFor();
    await expectAccessible(page, 'company-vacancy-new');
    await page.getByRole('button', { name: 'Salva la bozza' }).click();
    await page.getByTestId('error-summary').waitFor();
    await expectAccessible(page, 'company-vacancy-new-errors');

    await page.goto('/aziende/tirocini');
    await page.getByTestId('internships-table').waitFor();
    await expectAccessible(page, 'company-internships');
    await page.getByTestId('internships-table').getByRole('link').first().click();
    await page.getByTestId('internship-details').waitFor();
    await expectAccessible(page, 'company-internship');
    await page.goto('/aziende/colloqui');
    await page.getByTestId('empty-state').or(page.getByTestId('booking-list')).waitFor();
    await expectAccessible(page, 'company-colloqui');
    await page.goto('/aziende/colloqui/prenota');
    await page.getByTestId('slot-row').first().waitFor();
    await expectAccessible(page, 'company-colloquio-book');
    await context.close();
  });

  it('operators’ pages', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await page.goto('/operatori/accedi');
    await expectAccessible(page, 'operator-login');
    await page.getByRole('button', { name: 'Accedi' }).click();
    await page.getByTestId('error-summary').waitFor();
    await expectAccessible(page, 'operator-login-errors');

    await login(page, '/operatori', DEMO.operator, DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Aziende da verificare' }).waitFor();
    await page.getByTestId('pending-company').first().waitFor();
    await expectAccessible(page, 'operator-pending-list');
    await page
      .getByTestId('pending-company')
      .first()
      .getByRole('button', { name: /^Rifiuta/ })
      .click();
    await page.getByRole('button', { name: 'Conferma il rifiuto' }).click();
    await page.getByTestId('error-summary').waitFor();
    await expectAccessible(page, 'operator-reject-errors');

    await page.goto('/operatori/cittadini/nuovo');
    await page.getByRole('button', { name: 'Registra e scrivi il curriculum' }).click();
    await page.getByTestId('error-summary').waitFor();
    await expectAccessible(page, 'operator-walk-in-errors');
    await page.goto('/operatori/cittadini');
    await page.getByTestId('citizens-table').getByRole('link').first().click();
    await page
      .getByRole('link', { name: /curriculum/ })
      .first()
      .click();
    await page.getByTestId('cv-editor').waitFor();
    await expectAccessible(page, 'operator-citizen-cv-editor');
    await page.goto('/operatori/colloqui/nuovo');
    await page.getByLabel('Cittadino', { exact: true }).selectOption({ index: 1 });
    await page.getByTestId('slot-row').first().waitFor();
    await expectAccessible(page, 'operator-colloquio-book');
    await page.goto('/operatori/colloqui');
    await page.getByTestId('bookings-table').waitFor();
    await expectAccessible(page, 'operator-colloqui');
    await page.goto('/operatori/attivita-di-gruppo');
    await page.getByTestId('group-activities-table').waitFor();
    await expectAccessible(page, 'operator-group-activities');
    await page.getByRole('link', { name: 'Job Club di Legnano' }).click();
    await page.getByTestId('attendance-form').waitFor();
    await expectAccessible(page, 'operator-group-activity');
    await context.close();
  });

  // Each portal's notification pages (and the citizens' job alert) after signing in.
  const signedIn = [
    ['citizen', '/cittadini', DEMO.citizen],
    ['company', '/aziende', DEMO.companyMember],
    ['operator', '/operatori', DEMO.operator],
  ] as const;
  for (const [name, portal, email] of signedIn) {
    it(`${name} notification pages`, async () => {
      const { context, page } = await newPage(browser, baseUrl);
      if (name === 'citizen') {
        // Reached from the email, without signing in.
        await page.goto('/cittadini/avvisi-offerte/disiscrizione?token=abc');
        await expectAccessible(page, 'citizen-job-alert-unsubscribe');
      }
      await login(page, portal, email, DEMO_PASSWORD);
      // Signed in once the bell is in the header.
      await page.getByTestId('notification-bell').waitFor();
      await expectNotificationPagesAccessible(page, portal, name);
      if (name === 'citizen') {
        await page.goto('/cittadini/avvisi-offerte');
        await page.getByTestId('job-alert-status').waitFor();
        await expectAccessible(page, 'citizen-job-alert');
      }
      await context.close();
    });
  }
});
