import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { inDays, publishedVacancy } from '../src/api.js';
import { checkPage, launchBrowser, login, newPage } from '../src/browser.js';
import { DEMO, DEMO_PASSWORD, unique } from '../src/data.js';
import { openSection } from '../src/operator-portal.js';

const baseUrl = inject('baseUrl');
const skipReason = inject('skipReason');

const COMPANY = 'Officine Meccaniche Legnano S.r.l. (demo)';
const SUMMARY = unique('Visita al reparto carpenteria con la responsabile del personale ');
const INTERNAL = unique('Nota solo per lo sportello ');
const FOLLOW_UP = unique('Inviare tre profili di saldatori ');

/** Searches in a picker, then chooses the option with this label once the search has found it. */
async function pick(
  scope: ReturnType<Page['getByTestId']>,
  search: string,
  text: string,
  select: RegExp,
  option: string,
) {
  await scope.getByLabel(search).fill(text);
  const control = scope.getByLabel(select);
  await control.locator('option', { hasText: option }).first().waitFor({ state: 'attached' });
  await control.selectOption({ label: option });
}

describe.skipIf(Boolean(skipReason))('services to companies: a visit, a need, a follow-up', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let vacancyTitle: string;

  beforeAll(async () => {
    vacancyTitle = unique('Saldatore a filo ');
    await publishedVacancy(baseUrl, vacancyTitle);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  it('an operator records a visit with a need and a follow-up, and links a vacancy to the need', async () => {
    const opened = await newPage(browser, baseUrl);
    contexts.push(opened.context);
    const page = opened.page;
    await login(page, '/operatori', DEMO.operator, DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Aziende da verificare' }).waitFor();
    await openSection(page, 'Aziende');
    await page.getByRole('link', { name: `Servizi a ${COMPANY}` }).click();
    await page.getByRole('heading', { level: 1, name: `Servizi a ${COMPANY}` }).waitFor();

    // Nothing chosen: the form says what is missing, on its fields.
    await page.getByRole('button', { name: 'Registra il contatto' }).click();
    await expect.poll(() => page.getByTestId('error-summary').textContent()).toContain('Scegli il canale.');

    await page.getByLabel('Canale', { exact: true }).selectOption({ label: 'Visita in azienda' });
    await page.getByLabel('Sintesi', { exact: true }).fill(SUMMARY);
    await page.getByLabel(/^Esito/).fill('Interessati a due saldatori entro l’estate');
    await page.getByLabel(/^Note interne/).fill(INTERNAL);
    await page.getByLabel(/^Posti d’obbligo/).fill('3');
    await page.getByLabel(/^Posti scoperti/).fill('1');
    await page.getByRole('button', { name: 'Aggiungi un fabbisogno' }).click();
    const need = page.getByTestId('need-form-0');
    await pick(need, 'Cerca una professione', 'saldatore', /^Professione cercata/, 'saldatore/saldatrice');
    const suggested = need.getByRole('button', { name: 'apply arc welding techniques', exact: true });
    await suggested.click();
    expect(await suggested.getAttribute('aria-pressed')).toBe('true');
    await pick(need, 'Cerca una competenza', 'forklift', /^Competenza/, 'operate forklift');
    await need.getByRole('button', { name: 'Aggiungi la competenza' }).click();
    await need.getByLabel('Quante persone').fill('2');
    await need.getByLabel('Entro quando').fill(inDays(60));
    await checkPage(page, 'operator-company-contact-form');
    await page.getByRole('button', { name: 'Registra il contatto' }).click();

    await page.getByTestId('contacts').getByText(SUMMARY).waitFor();
    expect(await page.getByTestId('contacts').textContent()).toContain(
      'Quota di riserva L.68/99: 3 posti d’obbligo, 1 scoperti',
    );
    const recorded = page.getByTestId('need-0');
    await expect.poll(() => recorded.textContent()).toContain('saldatore/saldatrice: 2 persone');
    expect(await recorded.textContent()).toContain('operate forklift');

    // A follow-up due yesterday: overdue at once.
    await page.getByLabel('Entro il', { exact: true }).fill(inDays(-1));
    await page.getByLabel('Che cosa fare').fill(FOLLOW_UP);
    await page.getByRole('button', { name: 'Aggiungi la scadenza' }).click();
    const followUp = page.getByTestId('follow-ups').locator('li', { hasText: FOLLOW_UP });
    await expect.poll(() => followUp.textContent()).toContain('In ritardo');

    await recorded.getByLabel(/^Offerta dell’azienda/).selectOption({ label: vacancyTitle });
    await recorded.getByRole('button', { name: 'Collega l’offerta' }).click();
    await recorded.getByRole('link', { name: vacancyTitle }).waitFor();
    await checkPage(page, 'operator-company-service-file');

    // The list of companies served shows the overdue follow-up.
    await openSection(page, 'Servizi alle aziende');
    const row = page.getByTestId('company-services-table').locator('tr', { hasText: COMPANY });
    await expect.poll(() => row.textContent()).toContain('in ritardo');
    await checkPage(page, 'operator-company-services');
  });

  it('the company reads the service in Servizi ricevuti, without the sportello’s notes', async () => {
    const opened = await newPage(browser, baseUrl);
    contexts.push(opened.context);
    const page = opened.page;
    await login(page, '/aziende', DEMO.companyMember, DEMO_PASSWORD);
    await page.getByTestId('company-status').waitFor();
    await page.getByRole('link', { name: 'Servizi ricevuti' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Servizi ricevuti' }).waitFor();
    await page.getByTestId('services').getByText(SUMMARY).waitFor();
    const needs = await page.getByTestId('open-needs').textContent();
    expect(needs).toContain('saldatore/saldatrice: 2 persone');
    expect(needs).toContain(vacancyTitle);
    const main = (await page.getByRole('main').textContent()) ?? '';
    expect(main).not.toContain(INTERNAL);
    expect(main).not.toContain('Interessati a due saldatori');
    expect(main).not.toContain(FOLLOW_UP);
    await checkPage(page, 'company-received-services');
  });
});
