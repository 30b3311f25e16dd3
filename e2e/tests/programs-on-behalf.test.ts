import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { inDays } from '../src/api.js';
import { launchBrowser, login, newPage, row } from '../src/browser.js';
import { codiceFiscale, DEMO, DEMO_PASSWORD, unique } from '../src/data.js';
import { check, openSection } from '../src/operator-portal.js';

const baseUrl = inject('baseUrl');
const skipReason = inject('skipReason');

const PROGRAM = unique('Cura dei giardini ');
const CALL = unique('Bando allo sportello ');
const PERSON = { givenName: 'Rosa', familyName: unique('Brambilla') };
const NAME = `${PERSON.givenName} ${PERSON.familyName}`;

describe.skipIf(Boolean(skipReason))('programs: an operator applies to a bando on a citizen’s behalf', () => {
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

  it('a person without an account is registered at the desk; the bando is published', async () => {
    await openSection(page, 'Cittadini');
    await page.getByRole('link', { name: 'Registra un cittadino allo sportello' }).click();
    await page.getByLabel('Comune di residenza').selectOption({ label: 'Legnano (MI)' });
    await page.getByLabel('Nome', { exact: true }).fill(PERSON.givenName);
    await page.getByLabel('Cognome', { exact: true }).fill(PERSON.familyName);
    await page.getByLabel('Codice fiscale').fill(codiceFiscale());
    await page.getByRole('button', { name: 'Registra e scrivi il curriculum' }).click();
    await page.getByRole('link', { name: `Torna alla scheda di ${NAME}` }).waitFor();

    await openSection(page, 'Progetti e bandi', 'Progetti');
    await page.getByLabel('Tipo di progetto').fill('Cantiere di lavoro');
    await page.getByLabel('Titolo', { exact: true }).fill(PROGRAM);
    await page
      .getByLabel('Descrizione')
      .fill('Cura di parchi e giardini delle scuole per chi è senza lavoro.');
    await page.getByLabel('Budget in euro').fill('30000');
    await page.getByLabel('Chi lo promuove').selectOption({ label: 'Comune di Legnano' });
    await page.getByRole('button', { name: 'Crea il progetto' }).click();
    await page.getByRole('heading', { level: 1, name: `Cantiere di lavoro: ${PROGRAM}` }).waitFor();
    await page.getByLabel('Titolo del bando').fill(CALL);
    await page.getByLabel('Domande dal giorno').fill(inDays(0));
    await page.getByLabel('Domande fino al giorno').fill(inDays(10));
    await page.getByLabel('Posti').fill('3');
    await page.getByLabel('Indennità per ora di lavoro, in euro').fill('8,50');
    await page.getByLabel('Età minima').fill('18');
    await page.getByLabel('Età massima').fill('65');
    await page.getByLabel('Mesi senza lavoro, almeno').fill('6');
    await page.getByLabel('ISEE massimo, in euro').fill('15000');
    await page.getByRole('button', { name: 'Pubblica il bando' }).click();
    await page.getByRole('heading', { level: 1, name: CALL }).waitFor();
  });

  it('the operator sees the requirements for the person, is refused with the reason, then applies', async () => {
    const form = page.getByTestId('apply-on-behalf-form');
    await page.getByRole('heading', { name: 'Presenta la domanda per un cittadino' }).waitFor();
    const person = form.getByLabel('Persona', { exact: true });
    await expect.poll(() => person.locator('option', { hasText: NAME }).count()).toBe(1);
    await person.selectOption({
      label: (await person.locator('option', { hasText: NAME }).textContent()) ?? '',
    });
    const eligibility = page.getByTestId('behalf-eligibility');
    await expect.poll(() => eligibility.textContent()).toMatch(/Età \d+ anni: rientra \(tra 18 e 65\)/);

    await form.getByLabel('Valore ISEE in euro').fill('22000');
    await form.getByLabel('Senza lavoro dal giorno').fill(inDays(-300));
    await form.getByRole('button', { name: 'Presenta la domanda' }).click();
    const refused = page.getByTestId('behalf-refused');
    await refused.waitFor();
    expect(await refused.textContent()).toMatch(/ISEE 22\.000,00\s€: oltre la soglia di 15\.000,00\s€/);

    await form.getByLabel('Valore ISEE in euro').fill('9000');
    await form.getByRole('button', { name: 'Presenta la domanda' }).click();
    const applied = page.getByTestId('behalf-applied');
    await applied.waitFor();
    expect(await applied.textContent()).toContain(`Domanda presentata per ${NAME}`);
    expect(await applied.textContent()).toMatch(/ISEE 9\.?000,00/);

    const application = row(page, 'program-applications', NAME);
    await application.waitFor();
    expect(await application.textContent()).toContain('(allo sportello)');
    await check(page, 'program-call-on-behalf');
  });
});
