import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { inDays } from '../src/api.js';
import { checkPage, launchBrowser, login, newPage, row } from '../src/browser.js';
import { DEMO, DEMO_PASSWORD, unique, waitForMail } from '../src/data.js';
import { check, openSection } from '../src/operator-portal.js';
import { pdfTitle } from '../src/pdf.js';
import { sessionStartingSoon } from '../src/session-times.js';

const baseUrl = inject('baseUrl');
const skipReason = inject('skipReason');

const TITLE = `Job Club d’autunno ${unique('')}`;

/** The first session starts in two or three minutes, so that the register can be kept within the test. */
const firstSession = sessionStartingSoon(120_000, 60);

describe.skipIf(Boolean(skipReason))('group activities: a Job Club from the desk to the certificate', () => {
  let browser: Browser;
  let operator: { context: BrowserContext; page: Page };
  let citizen: { context: BrowserContext; page: Page };

  beforeAll(async () => {
    browser = await launchBrowser();
    operator = await newPage(browser, baseUrl);
    await login(operator.page, '/operatori', DEMO.operator, DEMO_PASSWORD);
    await operator.page.getByRole('heading', { level: 1, name: 'Aziende da verificare' }).waitFor();
    citizen = await newPage(browser, baseUrl);
    await login(citizen.page, '/cittadini', DEMO.citizen, DEMO_PASSWORD);
  });
  afterAll(async () => {
    await operator?.context.close();
    await citizen?.context.close();
    await browser?.close();
  });

  it('the operator creates a Job Club cycle with two sessions, with errors first, and publishes it', async () => {
    const { page } = operator;
    await openSection(page, 'Attività di gruppo');
    // The demo's Job Club, with the attendance of its two sessions held.
    const demo = row(page, 'group-activities-table', 'Job Club di Legnano');
    await demo.waitFor();
    expect(await demo.textContent()).toContain('2 / 12');
    expect(await demo.textContent()).toContain('25%');
    await check(page, 'group-activities');

    const form = page.getByTestId('new-group-form');
    const submit = form.getByRole('button', { name: 'Crea l’attività' });
    await submit.click();
    const summary = form.getByTestId('error-summary');
    await summary.waitFor();
    for (const message of [
      'Scegli il tipo di attività.',
      'Scrivi il titolo.',
      'Scegli la data dell’incontro.',
    ])
      expect(await summary.textContent()).toContain(message);

    await form.getByLabel('Tipo di attività').selectOption({ label: 'Job Club' });
    await form.getByLabel('Titolo').fill(TITLE);
    await form
      .getByLabel('Descrizione')
      .fill('Due incontri per cercare lavoro insieme: obiettivo professionale e candidature online.');
    await form.getByLabel('Chi conduce').selectOption({ label: 'Una persona esterna' });
    await form.getByLabel('Nome di chi conduce').fill('Laura Conti, orientatrice');
    await form.getByLabel('Posti').fill('0');
    const session = (i: number, field: string) => form.locator(`#new-group-s${i}-${field}`);
    await session(0, 'date').fill(firstSession.day);
    await session(0, 'startTime').fill(firstSession.startTime);
    await session(0, 'endTime').fill(firstSession.endTime);
    await session(0, 'mode').selectOption('IN_PERSON');
    await session(0, 'comuneCode').locator('option', { hasText: 'Legnano' }).waitFor({ state: 'attached' });
    await session(0, 'comuneCode').selectOption({ label: 'Legnano' });
    await session(0, 'address').fill('Piazza San Magno 9, sala 2');
    await session(0, 'topic').fill('Il mio obiettivo professionale');
    await form.getByRole('button', { name: 'Aggiungi un incontro' }).click();
    await session(1, 'date').fill(inDays(7));
    await session(1, 'startTime').fill('09:30');
    await session(1, 'endTime').fill('11:30');
    await session(1, 'mode').selectOption('ONLINE');
    await session(1, 'topic').fill('Candidarsi online');
    // No seats: the API's userError lands on the field.
    await submit.click();
    await expect.poll(() => summary.textContent()).toContain('I posti vanno da 1 a 200.');
    await check(page, 'group-activity-create-errors');
    await form.getByLabel('Posti').fill('10');
    await submit.click();

    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByTestId('group-activity-created').waitFor();
    const status = page.getByTestId('group-activity-status');
    expect(await status.textContent()).toContain('Bozza');
    const sessions = page.getByTestId('group-sessions');
    expect(await sessions.textContent()).toContain('Piazza San Magno 9, sala 2, Legnano');
    expect(await sessions.textContent()).toContain('Online, in videochiamata');
    await page.getByRole('button', { name: 'Pubblica l’attività' }).click();
    await expect.poll(() => status.textContent()).toContain('Pubblicata');
    await check(page, 'group-activity');
  });

  it('the citizen finds it in «Attività di gruppo», enrols with a confirmation and gets the email with the calendar file', async () => {
    const { page } = citizen;
    await page
      .getByRole('navigation', { name: 'Sezioni dell’area cittadini' })
      .getByRole('link', { name: 'Attività di gruppo', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Attività di gruppo' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/cittadini/attivita');
    const card = page.getByTestId('open-group-activity').filter({ hasText: TITLE });
    await card.waitFor();
    expect(await card.textContent()).toContain('Restano 10 posti.');
    expect(await card.textContent()).toContain('Piazza San Magno 9, sala 2, Legnano');
    await checkPage(page, 'citizen-group-activities');
    await card.getByRole('button', { name: 'Iscrivimi' }).click();
    await card.getByTestId('enrol-confirm').waitFor();
    await card.getByRole('button', { name: 'Sì, iscrivimi' }).click();
    await expect
      .poll(() => page.getByTestId('action-result').textContent())
      .toContain(`Sei iscritta/o a «${TITLE}»`);
    const mine = page.getByTestId('my-group-activity').filter({ hasText: TITLE });
    await mine.waitFor();
    expect(await mine.getByTestId('next-session').textContent()).toContain('Il mio obiettivo professionale');
    await checkPage(page, 'citizen-group-activities-enrolled');

    const mail = await waitForMail(baseUrl, DEMO.citizen, new RegExp(`Iscrizione confermata: ${TITLE}`));
    expect(mail.text).toContain('Candidarsi online');
    expect(mail.calendar?.filename).toBe('attivita.ics');
    expect(mail.calendar?.content.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(mail.calendar?.content).toContain(TITLE);
  });

  it('once the session has started the operator marks attendance, and the citizen downloads the certificate', async () => {
    const { page } = operator;
    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, firstSession.start.getTime() - Date.now() + 2_000)),
    );
    await page.reload();
    const register = page.getByTestId('attendance-form');
    await register.waitFor();
    await register.getByLabel('Presenza di Giulia Bianchi').selectOption({ label: 'Presente' });
    await register.getByRole('button', { name: 'Salva le presenze' }).click();
    await expect.poll(() => page.getByTestId('action-result').textContent()).toContain('Presenze salvate.');
    await expect.poll(() => page.getByTestId('group-activity-figures').textContent()).toContain('Presenti 1');
    await check(page, 'group-activity-register');

    const own = citizen.page;
    await own.reload();
    const mine = own.getByTestId('my-group-activity').filter({ hasText: TITLE });
    await mine.waitFor();
    expect(await mine.getByTestId('my-attendance').textContent()).toContain('Presente');
    const [download] = await Promise.all([
      own.waitForEvent('download'),
      mine.getByRole('button', { name: 'Scarica l’attestato di partecipazione' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^Attestato-Job_Club_d_autunno_.+-Bianchi\.pdf$/);
    const pdf = await readFile((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfTitle(pdf)).toBe(`Attestato di partecipazione – ${TITLE} – Giulia Bianchi`);
    await checkPage(own, 'citizen-group-activity-certificate');
  }, 240_000);
});
