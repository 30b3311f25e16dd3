import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessToken, inDays, publishedVacancy } from '../src/api.js';
import { checkPage, launchBrowser, login, newPage, row } from '../src/browser.js';
import { DEMO, DEMO_PASSWORD, graphqlRequest, unique } from '../src/data.js';
import { registeredCitizen } from '../src/internships.js';
import { check, openSection } from '../src/operator-portal.js';

const baseUrl = inject('baseUrl');
const skipReason = inject('skipReason');

const PERSON = 'Rosa Esposito';
const COMPANY = 'Officine Meccaniche Legnano S.r.l. (demo)';
const STARTED = inDays(-97);
const longDateFormat = new Intl.DateTimeFormat('it-IT', { day: 'numeric', month: 'long', year: 'numeric' });
const longDate = (day: string) => longDateFormat.format(new Date(`${day}T00:00:00`));

/**
 * Set-up through the API: a new person applies to a vacancy of the demo company, which hired her
 * 97 days ago (a hire is recorded with its real first day). The rest happens in the portals.
 */
async function hiredThreeMonthsAgo() {
  const rosa = await registeredCitizen(baseUrl, 'Rosa', 'Esposito');
  const vacancyId = await publishedVacancy(baseUrl, unique('Addetta al magazzino '));
  const token = await accessToken(baseUrl, rosa.email, rosa.password);
  const { applyToVacancy } = await graphqlRequest<{ applyToVacancy: { application: { id: string } } }>(
    baseUrl,
    'mutation($id: ID!) { applyToVacancy(vacancyId: $id) { application { id } } }',
    { id: vacancyId },
    token,
  );
  const company = await accessToken(baseUrl, DEMO.companyMember);
  for (const [status, hire] of [
    ['SHORTLISTED', null],
    ['INTERVIEW', null],
    ['OFFER', null],
    ['HIRED', { startsOn: STARTED }],
  ] as const) {
    const moved = await graphqlRequest<{ moveApplication: { userErrors: unknown[] } }>(
      baseUrl,
      'mutation($id: ID!, $s: ApplicationStatus!, $hire: HireInput) { moveApplication(id: $id, status: $s, hire: $hire) { userErrors { message } } }',
      { id: applyToVacancy.application.id, s: status, hire },
      company,
    );
    expect(moved.moveApplication.userErrors).toEqual([]);
  }
}

/** Clicks a download button; the file's name and its content. */
async function download(page: Page, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  expect(await file.failure()).toBeNull();
  return { name: file.suggestedFilename(), content: await readFile((await file.path())!) };
}

describe.skipIf(Boolean(skipReason))('outcomes that pay: confirmations and statements', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let reference: string;
  const contractName = unique('Inserimenti Legnano ');

  beforeAll(async () => {
    browser = await launchBrowser();
    await hiredThreeMonthsAgo();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  async function portal(path: string, email: string) {
    const { context, page } = await newPage(browser, baseUrl);
    contexts.push(context);
    await login(page, path, email, DEMO_PASSWORD);
    return page;
  }

  it('the operator verifies the placement: it becomes an outcome, waiting for its confirmations', async () => {
    const page = await portal('/operatori', DEMO.operator);
    await page.getByRole('heading', { level: 1, name: 'Aziende da verificare' }).waitFor();
    await openSection(page, 'Inserimenti');
    const placement = row(page, 'placements-table', PERSON);
    await placement
      .getByRole('button', { name: `Verifica l’inserimento di ${PERSON} presso ${COMPANY}` })
      .click();
    await page.getByText(`L’inserimento di ${PERSON} presso ${COMPANY} è verificato.`).waitFor();
  });

  it('the company answers the 90-day confirmation in «Conferme di impiego»', async () => {
    const page = await portal('/aziende', DEMO.companyMember);
    await page.getByRole('link', { name: 'Conferme di impiego' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Conferme di impiego' }).waitFor();
    const card = page.getByTestId('employment-check').filter({ hasText: PERSON });
    // 30 and 90 days have passed, 180 not yet.
    const later = (await card.getByTestId('checkpoint-180').textContent()) ?? '';
    expect(later).toContain(`Dopo 180 giorni (${longDate(inDays(83))})`);
    expect(later).toContain('Ancora presto: potrete rispondere da quel giorno.');
    await checkPage(page, 'company-employment-checks');
    const ninety = card.getByTestId('checkpoint-90');
    expect(await ninety.textContent()).toContain(`${PERSON} lavora ancora da voi?`);
    await ninety
      .getByRole('button', { name: `Sì, lavora ancora da noi (verifica a 90 giorni di ${PERSON})` })
      .click();
    await page
      .getByText(`La conferma a 90 giorni per ${PERSON} è registrata: lavora ancora da voi.`)
      .waitFor();
    await ninety.getByText('Lavora ancora da voi. Risposta di').waitFor();
    expect(await ninety.getByRole('button').count()).toBe(0);
  });

  it('the network admin writes a contract, issues a statement and downloads it as PDF and CSV', async () => {
    const page = await portal('/operatori', DEMO.networkAdmin);
    await openSection(page, 'Esiti');
    const outcome = page
      .getByTestId('outcomes-table')
      .locator('tbody tr')
      .filter({ hasText: `dal ${longDate(STARTED)}` })
      .filter({ hasText: '90 giorni: lavora ancora' });
    await outcome.waitFor();
    reference = ((await outcome.getByRole('rowheader').textContent()) ?? '').trim();
    expect(reference).toMatch(/^ES-[A-Z2-9]{10}$/);
    expect(await outcome.textContent()).toContain('Sportello Lavoro Legnano');
    await check(page, 'outcomes');

    await openSection(page, 'Contratti e rendiconti');
    const form = page.getByTestId('contract-form');
    await form.getByRole('button', { name: 'Salva il contratto' }).click();
    const summary = form.getByTestId('error-summary');
    await summary.waitFor();
    for (const message of [
      'Scrivi il nome del contratto',
      'Scegli lo sportello che riceve i pagamenti.',
      'Tariffa 1: scrivi un importo in euro',
    ])
      expect(await summary.textContent()).toContain(message);

    await form.getByLabel('Nome del contratto').fill(contractName);
    await form.getByLabel('Sportello pagato').selectOption({ label: 'Sportello Lavoro Legnano' });
    await form.getByLabel('Inizio', { exact: true }).fill(inDays(-120));
    await form.getByLabel('Fine', { exact: true }).fill(inDays(245));
    await form.getByLabel('Tetto di spesa in euro').fill('50000');
    await form.getByLabel('Importo in euro (tariffa 1)').fill('1500');
    await form.getByRole('button', { name: 'Aggiungi una tariffa' }).click();
    await form.getByLabel('Contratto di lavoro (tariffa 2)').selectOption({ label: 'Tempo indeterminato' });
    await form.getByLabel('Gruppo (tariffa 2)').selectOption({ label: 'Over 45' });
    await form.getByLabel('Importo in euro (tariffa 2)').fill('1800,50');
    await form.getByRole('button', { name: 'Salva il contratto' }).click();
    await page.getByText(`Contratto «${contractName}» salvato.`).waitFor();

    const contract = page.getByTestId('funding-contract').filter({ hasText: contractName });
    await contract.getByText('Nessun rendiconto emesso.').waitFor();
    await contract.getByRole('button', { name: `Emetti rendiconto per «${contractName}»` }).click();
    await contract.getByText(/Rendiconto n\. 1 emesso: totale [\d.]+,\d\d €/).waitFor();
    await check(page, 'funding');

    const pdf = await download(page, 'Scarica il rendiconto n. 1 in PDF');
    expect(pdf.name).toMatch(/^Rendiconto-1-.*\.pdf$/);
    expect(pdf.content.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    const csv = await download(page, 'Scarica il rendiconto n. 1 in CSV');
    expect(csv.name).toMatch(/^Rendiconto-1-.*\.csv$/);
    const text = csv.content.toString('utf8');
    const line = text.split('\r\n').find((l) => l.includes(reference));
    // Rosa was hired on a permanent contract; 1.500,00 euro is the tariff for anyone.
    expect(line).toContain('Tempo indeterminato;Tutti;1.500,00;1.500,00;150000');
    expect(text).not.toContain('Esposito');

    await openSection(page, 'Esiti');
    await outcome.filter({ hasText: 'Sì, rendiconto n. 1' }).waitFor();
  });
});
