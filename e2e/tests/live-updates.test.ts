import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, login, newPage } from '../src/browser.js';
import { DEMO, DEMO_PASSWORD } from '../src/data.js';
import { registeredCitizen } from '../src/internships.js';
import { check, openSection } from '../src/operator-portal.js';

const baseUrl = inject('baseUrl');
const skipReason = inject('skipReason');

describe.skipIf(Boolean(skipReason))('live updates in the operators’ portal', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('an operator sees a colloquio booked at the sportello as it happens, without reloading', async () => {
    const operator = await newPage(browser, baseUrl);
    const citizenAccount = await registeredCitizen(baseUrl, 'Ivo', 'Marchetti');
    const citizen = await newPage(browser, baseUrl);
    try {
      const desk = operator.page;
      // Other notices (an overdue action of another test's pact) may come at any moment.
      const card = desk.getByTestId('live-update').filter({ hasText: /^Colloquio prenotato: / });
      await login(desk, '/operatori', DEMO.operator, DEMO_PASSWORD);
      await openSection(desk, 'Colloqui');
      expect(await desk.getByRole('link', { name: 'Ivo Marchetti' }).count()).toBe(0);
      // Nothing shown until something happens.
      expect(await card.count()).toBe(0);

      const page = citizen.page;
      await login(page, '/cittadini', citizenAccount.email, citizenAccount.password);
      await page.getByTestId('profile').waitFor();
      await page
        .getByRole('navigation', { name: 'Collegamenti utili' })
        .getByRole('link', { name: 'I miei colloqui' })
        .click();
      await page.getByRole('link', { name: 'Prenota un colloquio' }).click();
      await page.getByRole('heading', { level: 1, name: 'Prenota un colloquio' }).waitFor();
      const slots = page.getByTestId('slot-row');
      await slots.first().waitFor();
      await page.getByLabel('Sportello', { exact: true }).selectOption({ label: 'Sportello Lavoro Legnano' });
      await expect.poll(async () => (await slots.allTextContents()).join('|')).not.toContain('Varese');
      const first = slots.first();
      const when = (await first.getByRole('heading').textContent())!;
      await first.getByTestId('book-slot').click();
      await page.getByTestId('book-slot-confirm').getByRole('button', { name: 'Sì, prenota' }).click();
      await expect.poll(() => page.getByTestId('action-result').textContent()).toContain('Fatto');

      // The operator's page, never reloaded: the card, and the list already showing the booking.
      await card.waitFor({ timeout: 15_000 });
      expect((await card.textContent()) ?? '').not.toContain('Marchetti');
      await desk.getByRole('link', { name: 'Ivo Marchetti' }).first().waitFor();
      await check(desk, 'live-update');
      expect(when).toBeTruthy();

      await card.getByRole('button', { name: /^Chiudi/ }).click();
      expect(await card.count()).toBe(0);
    } finally {
      await citizen.context.close();
      await operator.context.close();
    }
  });
});
