import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, login, newPage, row } from '../src/browser.js';
import { codiceFiscale, DEMO, DEMO_PASSWORD, partitaIva, unique } from '../src/data.js';
import { check, openSection } from '../src/operator-portal.js';

const baseUrl = inject('baseUrl');
const skipReason = inject('skipReason');

const COMPANY = unique('Trafilerie Olona ');
const WORKERS = [
  { givenName: 'Marco', familyName: unique('Ferri'), cf: codiceFiscale() },
  { givenName: 'Lucia', familyName: unique('Ghisolfi'), cf: codiceFiscale() },
];
const nameOf = (w: (typeof WORKERS)[number]) => `${w.givenName} ${w.familyName}`;

describe.skipIf(Boolean(skipReason))('outplacement: a company in crisis, its workers taken in charge', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    const opened = await newPage(browser, baseUrl);
    context = opened.context;
    page = opened.page;
    await login(page, '/operatori', DEMO.operator, DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Aziende da verificare' }).waitFor();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('the operator opens a project for a company in crisis', async () => {
    await openSection(page, 'Outplacement');
    const form = page.getByTestId('new-outplacement-form');
    await form.getByRole('button', { name: 'Crea il progetto' }).click();
    await expect
      .poll(() => page.getByTestId('error-summary').textContent())
      .toContain('Scrivi il nome dell’azienda, o sceglila tra quelle della rete.');
    await page.getByLabel('Nome dell’azienda').fill(COMPANY);
    await page.getByLabel('Partita IVA').fill(partitaIva());
    await page.getByLabel('Comune della sede').selectOption({ label: 'Legnano' });
    await page.getByLabel('Motivo').selectOption({ label: 'Crisi aziendale' });
    await form.getByRole('button', { name: 'Crea il progetto' }).click();
    await page.getByRole('heading', { level: 1, name: `Outplacement: ${COMPANY}` }).waitFor();
    expect(await page.getByTestId('outplacement-facts').textContent()).toContain('Crisi aziendale');
  });

  it('adds two workers registered at the desk, refusing a wrong codice fiscale', async () => {
    for (const worker of WORKERS) {
      await page.getByRole('link', { name: 'registrato allo sportello' }).click();
      await page.getByRole('heading', { level: 1, name: 'Registra un cittadino allo sportello' }).waitFor();
      await page.getByLabel('Comune di residenza').selectOption({ label: 'Legnano (MI)' });
      await page.getByLabel('Nome', { exact: true }).fill(worker.givenName);
      await page.getByLabel('Cognome', { exact: true }).fill(worker.familyName);
      await page.getByLabel('Codice fiscale').fill(worker.cf);
      await page.getByRole('button', { name: 'Registra e torna al progetto' }).click();
      await page.getByRole('heading', { level: 1, name: `Outplacement: ${COMPANY}` }).waitFor();
      expect(await page.getByLabel('Codici fiscali').inputValue()).toBe(worker.cf);
      if (worker === WORKERS[0]) {
        await page.getByLabel('Codici fiscali').fill(`${worker.cf}\nNONVALIDO`);
        await page.getByRole('button', { name: 'Aggiungi al progetto' }).click();
        await expect
          .poll(() => page.getByTestId('error-summary').textContent())
          .toContain('Codici fiscali non validi: NONVALIDO');
        await page.getByLabel('Codici fiscali').fill(worker.cf);
      }
      await page.getByRole('button', { name: 'Aggiungi al progetto' }).click();
      await row(page, 'outplacement-workers', nameOf(worker)).waitFor();
    }
    expect(await page.getByTestId('outplacement-summary').textContent()).toContain(
      'Da prendere in carico: 2',
    );
  });

  it('takes the group in charge: each worker gets a case in «Casi in carico»', async () => {
    await page.getByRole('button', { name: 'Prendi in carico il gruppo' }).click();
    await page.getByTestId('action-result').getByText('Il gruppo è in carico').waitFor();
    for (const worker of WORKERS)
      await row(page, 'outplacement-workers', nameOf(worker)).getByText('In carico dal').waitFor();
    expect(await page.getByTestId('outplacement-summary').textContent()).toContain('In carico: 2');
    await check(page, 'outplacement-project');

    await openSection(page, 'Casi in carico');
    for (const worker of WORKERS) await row(page, 'caseload', nameOf(worker)).waitFor();
  });

  it('records that one worker found a new job', async () => {
    await openSection(page, 'Outplacement');
    await page.getByTestId('outplacement-projects').getByRole('link', { name: COMPANY }).click();
    await page.getByRole('heading', { level: 1, name: `Outplacement: ${COMPANY}` }).waitFor();
    const [first] = WORKERS as [(typeof WORKERS)[number]];
    await page.getByLabel('Lavoratore').selectOption({ label: `${nameOf(first)} – ${first.cf}` });
    await page.getByLabel('Nuovo stato').selectOption({ label: 'Ricollocato/a' });
    await page.getByLabel('Nota').fill('Assunto come magazziniere a Parabiago');
    await page.getByRole('button', { name: 'Registra l’esito' }).click();
    const worker = row(page, 'outplacement-workers', nameOf(first));
    await worker.getByText('Ricollocato/a dal').waitFor();
    expect(await worker.textContent()).toContain('Assunto come magazziniere a Parabiago');
    const summary = page.getByTestId('outplacement-summary');
    await expect.poll(() => summary.textContent()).toContain('Ricollocato/a: 1');
    expect(await summary.textContent()).toContain('In carico: 1');
    await openSection(page, 'Outplacement');
    await check(page, 'outplacement-projects');
  });
});
