import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { inDays } from '../src/api.js';
import { launchBrowser, login, newPage, row } from '../src/browser.js';
import { DEMO, DEMO_PASSWORD } from '../src/data.js';
import { check, openSection } from '../src/operator-portal.js';

const baseUrl = inject('baseUrl');
const skipReason = inject('skipReason');

const COMPANY = 'Officine Meccaniche Legnano S.r.l. (demo)';

/** Picks a person in a select whose options read "Nome Cognome – CODICEFISCALE". */
async function choosePerson(page: Page, label: string, name: string) {
  const select = page.getByLabel(label, { exact: true });
  const option = select.locator('option', { hasText: name });
  await option.waitFor({ state: 'attached' });
  await select.selectOption((await option.getAttribute('value'))!);
}

/** A day from today as YYYY-MM-DD. */

describe.skipIf(Boolean(skipReason))('operators: tirocini (/operatori)', () => {
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

  it('tirocini: the network’s tirocini with their status, filtered by status', async () => {
    await openSection(page, 'Tirocini');
    const luca = row(page, 'internships-table', 'Luca Ferrari');
    await luca.waitFor();
    const text = (await luca.textContent()) ?? '';
    for (const expected of [COMPANY, 'Extracurricolare', '36', 'Sportello Lavoro Varese', 'In corso']) {
      expect(text).toContain(expected);
    }
    expect(await row(page, 'internships-table', 'Marco Colombo').textContent()).toContain('Concluso');
    expect(await page.getByRole('link', { name: 'Tirocini', exact: true }).getAttribute('aria-current')).toBe(
      'page',
    );
    await check(page, 'internships');

    const status = page.getByLabel('Stato del tirocinio');
    await status.selectOption({ label: 'Sospeso' });
    await page.getByTestId('empty-state').waitFor();
    expect(await page.getByTestId('empty-state').textContent()).toContain(
      'Nessun tirocinio nello stato «sospeso»',
    );
    expect(page.url()).toContain('stato=SUSPENDED');
    await status.selectOption({ label: 'In corso' });
    await luca.waitFor();
  });

  it('proposing a tirocinio, with errors first', async () => {
    await page.getByLabel('Stato del tirocinio').selectOption({ label: 'Tutti gli stati' });
    const form = page.getByTestId('propose-internship-form');
    const submit = form.getByRole('button', { name: 'Proponi il tirocinio' });
    await submit.click();
    const summary = form.getByTestId('error-summary');
    await summary.waitFor();
    for (const message of [
      'Scegli il tirocinante.',
      'Scegli l’azienda ospitante.',
      'Scrivi le ore settimanali.',
    ]) {
      expect(await summary.textContent()).toContain(message);
    }
    await choosePerson(page, 'Tirocinante', 'Giulia Bianchi');
    const company = form.getByLabel('Azienda ospitante');
    await company.locator('option', { hasText: COMPANY }).waitFor({ state: 'attached' });
    await company.selectOption({ label: COMPANY });
    await form.getByLabel('Tipo di tirocinio').selectOption({ label: 'Extracurricolare' });
    await form.getByLabel('Nome e cognome del tutor aziendale').fill('Roberta Sala');
    await form.getByLabel('Obiettivi').fill('Apprendere la saldatura TIG su acciaio inossidabile.');
    await form.getByLabel('Attività').fill('Saldature di prova e affiancamento al capo reparto.');
    await form.getByLabel('Data di inizio').fill(inDays(20));
    await form.getByLabel('Data di fine').fill(inDays(120));
    await form.getByLabel('Indennità mensile in euro').fill('550,50');
    // More weekly hours than allowed: the API's userError lands on the field.
    await form.getByLabel('Ore settimanali').fill('45');
    await submit.click();
    await expect.poll(() => summary.textContent()).toContain('Le ore settimanali vanno da 1 a 40.');
    await check(page, 'internship-propose-errors');
    await form.getByLabel('Ore settimanali').fill('30');
    await submit.click();
    const result = page.getByRole('region', { name: 'Proponi un tirocinio' }).getByTestId('action-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('Tirocinio proposto per Giulia Bianchi');
    const giulia = row(page, 'internships-table', 'Giulia Bianchi');
    await giulia.waitFor();
    expect(await giulia.textContent()).toContain('Proposto');
    await giulia.getByRole('link', { name: 'Giulia Bianchi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tirocinio di Giulia Bianchi' }).waitFor();
    expect(await page.getByTestId('internship-details').textContent()).toMatch(/550,50\s€ lordi/);
    await page.getByRole('button', { name: 'Registra la firma della convenzione' }).click();
    await expect
      .poll(() => page.getByTestId('internship-status').textContent())
      .toContain('Convenzione firmata');
    await page.getByRole('link', { name: 'Torna all’elenco dei tirocini' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tirocini' }).waitFor();
  });

  it('a tirocinio: project, monitoring by both tutors, and a new monitoring entry with errors first', async () => {
    await row(page, 'internships-table', 'Luca Ferrari').getByRole('link', { name: 'Luca Ferrari' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tirocinio di Luca Ferrari' }).waitFor();
    const details = (await page.getByTestId('internship-details').textContent()) ?? '';
    for (const expected of [
      COMPANY,
      'Sportello Lavoro Varese',
      'Paolo Brambilla',
      'Roberta Sala',
      '36 ore',
    ]) {
      expect(details).toContain(expected);
    }
    expect(details).toMatch(/600,00\s€ lordi/);
    expect(await page.getByTestId('internship-objectives').textContent()).toContain('magazzino');
    const entries = page.getByTestId('monitoring-table').locator('tbody tr');
    expect(await entries.count()).toBe(2);
    expect(await entries.nth(1).textContent()).toContain('Roberta Sala (azienda)');
    await check(page, 'internship');

    const form = page.getByTestId('monitoring-form');
    const submit = form.getByRole('button', { name: 'Registra il monitoraggio' });
    await submit.click();
    const summary = form.getByTestId('error-summary');
    await summary.waitFor();
    for (const message of ['Scrivi il primo giorno del periodo.', 'Descrivi l’andamento del periodo.']) {
      expect(await summary.textContent()).toContain(message);
    }
    await form.getByLabel('Inizio del periodo').fill(inDays(-14));
    await form.getByLabel('Fine del periodo').fill(inDays(-8));
    await form.getByLabel('Andamento').fill('Settimana regolare: inventario mensile completato da solo.');
    // More hours than the agreed ones: the API's userError lands on the field.
    await form.getByLabel('Ore di presenza').fill('100');
    await submit.click();
    await expect.poll(() => summary.textContent()).toContain('le ore di presenza vanno da 0 a 36');
    await check(page, 'internship-monitoring-errors');
    await form.getByLabel('Ore di presenza').fill('35');
    await submit.click();
    await expect.poll(() => entries.count()).toBe(3);
    expect(await entries.nth(2).textContent()).toContain('Chiara Galli (sportello)');
  });

  it('suspended with a reason, resumed, and completed with a hire that becomes a placement', async () => {
    const stop = page.getByTestId('stop-form');
    await stop.getByRole('button', { name: 'Sospendi' }).click();
    await stop.getByTestId('error-summary').waitFor();
    expect(await stop.getByTestId('error-summary').textContent()).toContain('Scrivi il motivo.');
    await stop.getByLabel('Motivo').fill('Malattia del tirocinante');
    await stop.getByRole('button', { name: 'Sospendi' }).click();
    const status = page.getByTestId('internship-status');
    await expect.poll(() => status.textContent()).toContain('Sospeso');
    expect(await page.getByTestId('internship-details').textContent()).toContain('Malattia del tirocinante');

    await page.getByRole('button', { name: 'Riprendi il tirocinio' }).click();
    await expect.poll(() => status.textContent()).toContain('In corso');

    const evaluation = page.getByTestId('evaluation-form');
    await evaluation.getByLabel('Esito').selectOption({ label: 'Obiettivi raggiunti' });
    await evaluation
      .getByLabel('Giudizio complessivo')
      .fill('Autonomo nel ricevimento merci e preciso negli inventari.');
    // The ESCO skill files are not loaded in the demo: the search finds nothing.
    await evaluation.getByLabel('Cerca una competenza').fill('magazzino');
    await evaluation.getByTestId('evaluation-skills-none').waitFor();
    // Bootstrap Italia draws the checkbox on its label, which is what a person clicks.
    await evaluation.locator('label[for="hired"]').click();
    await evaluation.getByLabel('Tipo di contratto').selectOption({ label: 'Apprendistato' });
    await evaluation.getByLabel('Data di assunzione').fill(inDays(150));
    await evaluation.getByLabel('Durata in mesi').fill('36');
    await evaluation.getByRole('button', { name: 'Concludi il tirocinio' }).click();
    await expect.poll(() => status.textContent()).toContain('Concluso');
    const result = page.getByTestId('internship-evaluation');
    await result.waitFor();
    for (const expected of ['Obiettivi raggiunti', 'Apprendistato', '36 mesi']) {
      expect(await result.textContent()).toContain(expected);
    }
    const history = (await page.getByTestId('internship-history').textContent()) ?? '';
    for (const step of ['Sospeso', 'In corso', 'Concluso']) expect(history).toContain(step);
    await check(page, 'internship-completed');

    await openSection(page, 'Inserimenti');
    const hire = row(page, 'placements-table', 'Luca Ferrari');
    await hire.waitFor();
    for (const expected of [COMPANY, 'Apprendistato', 'Da tirocinio']) {
      expect(await hire.textContent()).toContain(expected);
    }
    // Traceable to its origin: the placement links to the tirocinio.
    await hire.getByRole('link', { name: 'Da tirocinio di Luca Ferrari' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tirocinio di Luca Ferrari' }).waitFor();
  });
});
