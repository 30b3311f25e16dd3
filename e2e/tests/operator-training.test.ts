import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { inDays } from '../src/api.js';
import { launchBrowser, login, newPage, row } from '../src/browser.js';
import { DEMO, DEMO_PASSWORD } from '../src/data.js';
import { check, openSection } from '../src/operator-portal.js';

const baseUrl = inject('baseUrl');
const skipReason = inject('skipReason');

const TITLE = 'Magazzino e logistica di base';

/** A day from today as YYYY-MM-DD. */

describe.skipIf(Boolean(skipReason))('operators: moduli formativi (/operatori/formazione)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser, baseUrl));
    await login(page, '/operatori', DEMO.operator, DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Aziende da verificare' }).waitFor();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('lists the network’s modules with place, seats and status', async () => {
    await openSection(page, 'Formazione');
    const safety = row(page, 'training-modules-table', 'Sicurezza sul lavoro — formazione generale');
    await safety.waitFor();
    const text = (await safety.textContent()) ?? '';
    for (const expected of [
      'Ente di formazione Alto Milanese',
      'In presenza, Legnano',
      '2 / 15',
      'Pubblicato',
    ]) {
      expect(text).toContain(expected);
    }
    expect(await row(page, 'training-modules-table', 'Excel di base').textContent()).toContain('Online');
    await check(page, 'training');
  });

  it('creates a module, with errors first, and publishes it', async () => {
    const form = page.getByTestId('new-training-form');
    const submit = form.getByRole('button', { name: 'Crea il modulo' });
    await submit.click();
    const summary = form.getByTestId('error-summary');
    await summary.waitFor();
    for (const message of [
      'Scrivi il titolo del modulo.',
      'Scegli la modalità.',
      'Scrivi il numero di posti.',
    ]) {
      expect(await summary.textContent()).toContain(message);
    }
    await form.getByLabel('Titolo').fill(TITLE);
    await form.getByLabel('Ente di formazione').fill('Centro di formazione professionale di Legnano');
    await form
      .getByLabel('Descrizione')
      .fill('Ricevimento merci, inventario e gestione delle scorte: dieci ore in aula con esercitazioni.');
    // The ESCO skill files are not loaded in the demo: the search finds nothing.
    await form.getByLabel('Cerca una competenza').fill('magazzino');
    await form.getByTestId('new-training-skills-none').waitFor();
    await form.getByLabel('Durata in ore').fill('10');
    await form.getByLabel('Data di inizio').fill(inDays(-1));
    await form.getByLabel('Data di fine').fill(inDays(6));
    await form.getByLabel('Modalità').selectOption({ label: 'In presenza' });
    const comune = form.getByLabel('Comune in cui si svolge');
    await comune.locator('option', { hasText: 'Legnano' }).waitFor({ state: 'attached' });
    await comune.selectOption({ label: 'Legnano' });
    // No seats: the API's userError lands on the field.
    await form.getByLabel('Posti').fill('0');
    await submit.click();
    await expect.poll(() => summary.textContent()).toContain('I posti vanno da 1 a 1000.');
    await check(page, 'training-create-errors');
    await form.getByLabel('Posti').fill('10');
    await submit.click();

    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByTestId('training-module-created').waitFor();
    const status = page.getByTestId('training-module-status');
    expect(await status.textContent()).toContain('Bozza');
    expect(await page.getByTestId('training-module-details').textContent()).toContain(
      'In presenza, a Legnano',
    );
    await page.getByRole('button', { name: 'Pubblica il modulo' }).click();
    await expect.poll(() => status.textContent()).toContain('Pubblicato');
  });

  it('enrols a citizen and marks the enrolment completed; the CV lists attested skills (none in the demo)', async () => {
    const form = page.getByTestId('enrol-form');
    await form.getByRole('button', { name: 'Iscrivi al modulo' }).click();
    await form.getByTestId('error-summary').waitFor();
    expect(await form.getByTestId('error-summary').textContent()).toContain(
      'Scegli la persona da iscrivere.',
    );
    const person = form.getByLabel('Persona', { exact: true });
    const giulia = person.locator('option', { hasText: 'Giulia Bianchi' });
    await giulia.waitFor({ state: 'attached' });
    await person.selectOption((await giulia.getAttribute('value'))!);
    await form.getByRole('button', { name: 'Iscrivi al modulo' }).click();
    const enrolment = row(page, 'training-enrolments-table', 'Giulia Bianchi');
    await enrolment.waitFor();
    expect(await page.getByTestId('action-result').textContent()).toContain(
      'Giulia Bianchi è iscritta/o al modulo.',
    );
    expect(await enrolment.textContent()).toContain('Iscritta/o');
    expect(await page.getByTestId('training-module-details').textContent()).toContain('1 occupati, 9 liberi');
    await check(page, 'training-module');

    await enrolment.getByRole('button', { name: 'Segna come completato da Giulia Bianchi' }).click();
    const result = page.getByTestId('action-result');
    await expect.poll(() => result.textContent()).toContain('Completamento registrato per Giulia Bianchi');
    await expect.poll(() => enrolment.textContent()).toContain('Completato');

    await enrolment.getByRole('link', { name: 'Giulia Bianchi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Giulia Bianchi' }).waitFor();
    const cv = page.getByTestId('cv');
    await cv.getByRole('heading', { level: 3, name: 'Competenze' }).waitFor();
    // The module builds no ESCO skill in the demo (none are loaded), so none is attested; with
    // skills, the CV lists each as "Attestata dal modulo formativo" (see apps/api/test/training.test.ts).
    expect(await cv.textContent()).not.toContain('Attestata dal modulo formativo');
  });
});
