import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { publishedVacancy } from '../src/api.js';
import { launchBrowser, login, newPage, pageErrors, screenshot } from '../src/browser.js';
import { DEMO, DEMO_PASSWORD, linkTo, unique, waitForMail } from '../src/data.js';

const baseUrl = inject('baseUrl');
const skipReason = inject('skipReason');

describe.skipIf(Boolean(skipReason))('job alerts by email (/cittadini/avvisi-offerte)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a citizen asks for the weekly email, gets the digest of a new vacancy, and stops it with one click', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await login(page, '/cittadini', DEMO.citizen, DEMO_PASSWORD);
    await page.getByRole('link', { name: 'Avviso offerte per email' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Avviso offerte per email' }).waitFor();
    expect(await page.getByTestId('job-alert-status').textContent()).toContain('Non hai un avviso attivo');
    await page
      .getByLabel('Ogni quanto vuoi ricevere l’email')
      .selectOption({ label: 'Una volta alla settimana' });
    await page.getByLabel('Quali offerte vuoi ricevere').selectOption({ value: '50' });
    await page.getByRole('button', { name: 'Attiva l’avviso' }).click();
    await page.getByTestId('action-result').waitFor();
    expect(await page.getByTestId('action-result').textContent()).toContain('Avviso attivato');
    await expect
      .poll(() => page.getByTestId('job-alert-status').textContent())
      .toContain('Il tuo avviso è attivo');
    await screenshot(page, 'citizen-job-alert-active');

    // A welder's vacancy published afterwards, as the demo company and the sportello do.
    const title = unique('Saldatrice a filo ');
    const vacancyId = await publishedVacancy(baseUrl, title);
    // Development only: the digests are sent now, as if a week had passed.
    await expect
      .poll(
        async () => {
          await fetch(`${baseUrl}/dev/job-alerts/run`, { method: 'POST' });
          const mails = (await (
            await fetch(`${baseUrl}/dev/mail`, { headers: { accept: 'application/json' } })
          ).json()) as { to: string; subject: string; text: string }[];
          // Only the digest counts: the company's own notice of the publication names the title too.
          return mails.some(
            (m) =>
              m.to.includes(DEMO.citizen) && m.subject.startsWith('Avviso offerte') && m.text.includes(title),
          );
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBe(true);
    const digest = await waitForMail(baseUrl, DEMO.citizen, /^Avviso offerte/);
    expect(digest.text).toContain(title);
    expect(digest.text).toContain(`/offerte/${vacancyId}`);

    await page.goto('/dev/mail');
    await page
      .getByRole('heading', { name: /Avviso offerte/ })
      .first()
      .waitFor();
    await screenshot(page, 'dev-mail-job-alert-digest');

    const unsubscribe = linkTo(digest, '/cittadini/avvisi-offerte/disiscrizione');
    const anonymous = await newPage(browser, baseUrl);
    await anonymous.page.goto(`${unsubscribe.pathname}${unsubscribe.search}`);
    await anonymous.page.getByRole('heading', { level: 1, name: 'Disattiva l’avviso offerte' }).waitFor();
    await screenshot(anonymous.page, 'citizen-job-alert-unsubscribe');
    await anonymous.page.getByRole('button', { name: 'Sì, non mandarmi più l’avviso' }).click();
    await anonymous.page.getByTestId('action-result').waitFor();
    expect(await anonymous.page.getByTestId('action-result').textContent()).toContain('non riceverai più');
    await screenshot(anonymous.page, 'citizen-job-alert-unsubscribed');

    await page.goto('/cittadini/avvisi-offerte');
    await expect
      .poll(() => page.getByTestId('job-alert-status').textContent())
      .toContain('Non hai un avviso attivo');
    expect(pageErrors(page)).toEqual([]);
    expect(pageErrors(anonymous.page)).toEqual([]);
    await anonymous.context.close();
    await context.close();
  });
});
