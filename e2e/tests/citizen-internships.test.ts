import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessToken, inDays, mutate } from '../src/api.js';
import { checkPage, launchBrowser, login, newPage } from '../src/browser.js';
import { DEMO, DEMO_PASSWORD } from '../src/data.js';
import { activeInternship, DEMO_COMPANY as COMPANY, registeredCitizen } from '../src/internships.js';

const baseUrl = inject('baseUrl');
const skipReason = inject('skipReason');

/** The card of a tirocinio in "I miei tirocini". */
const card = (page: Page) => page.getByTestId('internship-row').filter({ hasText: COMPANY });

describe.skipIf(Boolean(skipReason))('citizens: their own tirocini (/cittadini)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a trainee sees the tirocinio in progress, its project, tutors and monitoring, read only', async () => {
    const trainee = await registeredCitizen(baseUrl, 'Sofia', 'Marchetti');
    const id = await activeInternship(baseUrl, trainee.id);
    await mutate(
      baseUrl,
      await accessToken(baseUrl, DEMO.operator),
      'mutation($id: ID!, $input: MonitoringEntryInput!) { addInternshipMonitoringEntry(id: $id, input: $input) { internship { id } userErrors { message } } }',
      'internship',
      {
        id,
        input: {
          periodStartsOn: inDays(-30),
          periodEndsOn: inDays(-17),
          hoursAttended: 56,
          note: 'Buon inserimento in reparto: puntuale, attenta alle misure.',
        },
      },
    );
    const { context, page } = await newPage(browser, baseUrl);
    await login(page, '/cittadini', trainee.email, trainee.password);
    await page.getByTestId('profile').waitFor();
    await page
      .getByRole('navigation', { name: 'Collegamenti utili' })
      .getByRole('link', { name: 'I miei tirocini' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'I miei tirocini' }).waitFor();
    const tirocinio = card(page);
    await tirocinio.waitFor();
    expect(await page.getByTestId('internship-row').count()).toBe(1);
    for (const expected of ['In corso', 'Tirocinio extracurricolare', '30 ore a settimana']) {
      expect(await tirocinio.textContent()).toContain(expected);
    }
    await checkPage(page, 'citizen-internships');

    await tirocinio.getByRole('link', { name: `Tirocinio presso ${COMPANY}` }).click();
    await page.getByRole('heading', { level: 1, name: `Tirocinio presso ${COMPANY}` }).waitFor();
    expect(await page.getByTestId('internship-status-words').textContent()).toContain(
      'Il tirocinio è in corso',
    );
    const details = (await page.getByTestId('internship-details').textContent()) ?? '';
    expect(details).toContain('30 ore a settimana');
    expect(details).toMatch(/500,00\s€ lordi/);
    const people = (await page.getByTestId('internship-people').textContent()) ?? '';
    for (const expected of ['Roberta Sala', 'Chiara Galli', 'Sportello Lavoro Legnano']) {
      expect(people).toContain(expected);
    }
    expect(await page.getByTestId('internship-objectives').textContent()).toContain('controllo qualità');
    const entries = page.getByTestId('monitoring-table').locator('tbody tr');
    expect(await entries.count()).toBe(1);
    expect(await entries.first().textContent()).toContain('Chiara Galli (sportello)');
    expect(await page.getByTestId('monitoring-form').count()).toBe(0);
    await checkPage(page, 'citizen-internship');

    // Someone else's tirocinio is not found.
    const giulia = await newPage(browser, baseUrl);
    await login(giulia.page, '/cittadini', DEMO.citizen, DEMO_PASSWORD);
    await giulia.page.getByTestId('profile').waitFor();
    await giulia.page.goto(`/cittadini/tirocini/${id}`);
    await giulia.page.getByTestId('internship-not-found').waitFor();
    expect(await giulia.page.getByText('Sofia Marchetti').count()).toBe(0);
    await giulia.context.close();
    await context.close();
  });

  it('a completed tirocinio shows the final evaluation', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await login(page, '/cittadini', 'marco.colombo@demo.sportellolavoro.it', DEMO_PASSWORD);
    await page.getByTestId('profile').waitFor();
    await page.goto('/cittadini/tirocini');
    await card(page).getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: `Tirocinio presso ${COMPANY}` }).waitFor();
    expect(await page.getByTestId('internship-status').textContent()).toContain('Concluso');
    const evaluation = (await page.getByTestId('internship-evaluation').textContent()) ?? '';
    for (const expected of ['Obiettivi raggiunti', 'Puntuale e preciso'])
      expect(evaluation).toContain(expected);
    expect(await page.getByTestId('internship-hire').textContent()).toBe(
      'Tempo determinato dal 1 luglio 2025, 12 mesi',
    );
    expect(await page.getByTestId('monitoring-empty').textContent()).toContain('Nessun monitoraggio');
    await checkPage(page, 'citizen-internship-completed');
    await context.close();
  });
});
