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
const CORRECTED = unique('Telefonata con la responsabile del personale: presentati i tirocini ');
/** The draft's title: the Italian label of the need's occupation. */
const DRAFT_TITLE = 'Saldatore/saldatrice';

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

  it('an operator creates the company’s vacancy draft from the need and opens it', async () => {
    const opened = await newPage(browser, baseUrl);
    contexts.push(opened.context);
    const page = opened.page;
    await login(page, '/operatori', DEMO.operator, DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Aziende da verificare' }).waitFor();
    await openSection(page, 'Aziende');
    await page.getByRole('link', { name: `Servizi a ${COMPANY}` }).click();
    await page.getByRole('heading', { level: 1, name: `Servizi a ${COMPANY}` }).waitFor();

    const need = page.getByTestId('need-0');
    await expect.poll(() => need.textContent()).toContain('saldatore/saldatrice: 2 persone');
    await need.getByRole('button', { name: 'Crea l’offerta da questo fabbisogno' }).click();
    const created = page.getByTestId('need-0-draft-created');
    await created.waitFor();
    expect(await created.textContent()).toContain('l’azienda, che ha ricevuto una notifica');
    // Once made, the need offers the draft, not a second one.
    expect(await need.getByRole('button', { name: 'Crea l’offerta da questo fabbisogno' }).count()).toBe(0);
    await checkPage(page, 'operator-company-need-draft');

    await created.getByRole('link', { name: `Apri la bozza «${DRAFT_TITLE}»` }).click();
    await page.getByRole('heading', { level: 1, name: DRAFT_TITLE }).waitFor();
    expect(await page.getByTestId('vacancy-status').textContent()).toContain('Bozza');
    expect(await page.getByTestId('drafted-from-need').textContent()).toContain(
      'la completa e la invia l’azienda',
    );
    expect(await page.getByTestId('vacancy-description').textContent()).toContain(
      'Cerchiamo 2 persone come «saldatore/saldatrice»',
    );
    await checkPage(page, 'operator-vacancy-drafted-from-need');
  });

  it('the company is told of the draft, finds it among its vacancies and sends it', async () => {
    const opened = await newPage(browser, baseUrl);
    contexts.push(opened.context);
    const page = opened.page;
    await login(page, '/aziende', DEMO.companyMember, DEMO_PASSWORD);
    await page.getByTestId('company-status').waitFor();
    await page.getByTestId('notification-bell').click();
    await page.getByRole('heading', { level: 1, name: 'Notifiche' }).waitFor();
    const row = page
      .getByTestId('notification-row')
      .filter({ hasText: `Bozza di offerta da completare: ${DRAFT_TITLE}` })
      .first();
    await row.waitFor();
    expect(await row.textContent()).toContain('dal fabbisogno emerso alla visita del');
    await checkPage(page, 'company-notification-draft-from-need');
    await row.getByRole('link', { name: `Bozza di offerta da completare: ${DRAFT_TITLE}` }).click();
    await page.getByRole('heading', { level: 1, name: DRAFT_TITLE }).waitFor();
    expect(await page.getByTestId('vacancy-status').textContent()).toBe('Bozza');
    expect(await page.getByTestId('drafted-from-need').textContent()).toContain(
      'Bozza preparata dallo sportello',
    );
    await checkPage(page, 'company-vacancy-drafted-from-need');

    await page.getByRole('link', { name: 'Le tue offerte' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Le tue offerte' }).waitFor();
    const listed = page.getByTestId('vacancy-row').filter({ hasText: DRAFT_TITLE }).first();
    expect(await listed.getByTestId('vacancy-status').textContent()).toBe('Bozza');
    await listed.getByRole('link', { name: DRAFT_TITLE }).click();
    await page.getByRole('heading', { level: 1, name: DRAFT_TITLE }).waitFor();
    // The company completes the draft with the duties and the pay, then sends it.
    await page.getByRole('link', { name: 'Modifica l’offerta' }).click();
    await page.getByRole('heading', { level: 1, name: 'Modifica l’offerta' }).waitFor();
    const form = page.getByTestId('vacancy-form');
    const description = form.getByLabel(/^Descrizione/);
    expect(await description.inputValue()).toContain('Cerchiamo 2 persone come «saldatore/saldatrice»');
    await description.fill(
      'Cerchiamo due saldatori a filo per la carpenteria metallica: saldatura MIG/MAG su strutture in acciaio.',
    );
    await form.getByLabel('Retribuzione minima, in euro lordi al mese').fill('1800');
    await form.getByLabel('Retribuzione massima, in euro lordi al mese').fill('2200');
    await form.getByRole('button', { name: 'Salva le modifiche' }).click();
    await page.getByRole('heading', { level: 1, name: DRAFT_TITLE }).waitFor();
    await page.getByRole('button', { name: 'Invia allo sportello' }).click();
    await expect.poll(() => page.getByTestId('vacancy-status').textContent()).toBe('In moderazione');
    expect(await page.getByTestId('drafted-from-need').count()).toBe(0);
  });

  it('an operator corrects the visit; the history keeps the previous values and the company reads the corrected text', async () => {
    const opened = await newPage(browser, baseUrl);
    contexts.push(opened.context);
    const page = opened.page;
    await login(page, '/operatori', DEMO.operator, DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Aziende da verificare' }).waitFor();
    await openSection(page, 'Aziende');
    await page.getByRole('link', { name: `Servizi a ${COMPANY}` }).click();
    await page.getByRole('heading', { level: 1, name: `Servizi a ${COMPANY}` }).waitFor();

    const contact = page.getByTestId('contacts').locator('li', { hasText: SUMMARY }).first();
    await contact.getByRole('button', { name: /^Correggi/ }).click();
    const form = contact.getByTestId('correct-contact');
    await form.getByLabel('Sintesi', { exact: true }).fill('');
    await form.getByRole('button', { name: 'Salva la correzione' }).click();
    await expect
      .poll(() => form.getByTestId('error-summary').textContent())
      .toContain('Scrivi almeno 5 caratteri.');
    await checkPage(page, 'operator-company-contact-correction-errors');

    await form.getByLabel('Canale', { exact: true }).selectOption({ label: 'Telefonata' });
    await form.getByLabel('Sintesi', { exact: true }).fill(CORRECTED);
    await form.getByLabel(/^Motivo della correzione/).fill('Era una telefonata, non una visita');
    await checkPage(page, 'operator-company-contact-correction');
    await form.getByRole('button', { name: 'Salva la correzione' }).click();

    const corrected = page.getByTestId('contacts').locator('li', { hasText: CORRECTED }).first();
    await corrected.waitFor();
    expect(await corrected.textContent()).toContain('Telefonata');
    const history = corrected.getByTestId('contact-corrections');
    await history.getByText('Storico delle correzioni (1)').click();
    const told = (await history.textContent()) ?? '';
    expect(told).toContain('canale (prima: Visita in azienda)');
    expect(told).toContain(`sintesi (prima: «${SUMMARY}»)`);
    expect(told).toContain('Motivo: Era una telefonata, non una visita');
    await checkPage(page, 'operator-company-contact-corrected');

    const company = await newPage(browser, baseUrl);
    contexts.push(company.context);
    await login(company.page, '/aziende', DEMO.companyMember, DEMO_PASSWORD);
    await company.page.getByTestId('company-status').waitFor();
    await company.page.getByRole('link', { name: 'Servizi ricevuti' }).first().click();
    await company.page.getByRole('heading', { level: 1, name: 'Servizi ricevuti' }).waitFor();
    await company.page.getByTestId('services').getByText(CORRECTED).waitFor();
    const main = (await company.page.getByRole('main').textContent()) ?? '';
    expect(main).not.toContain(SUMMARY);
    expect(main).not.toContain('Era una telefonata');
    await checkPage(company.page, 'company-received-services-corrected');
  });
});
