import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessToken, publishedVacancy } from '../src/api.js';
import {
  accessibilityViolations,
  describeViolations,
  launchBrowser,
  login,
  newPage,
  pageErrors,
  screenshot,
} from '../src/browser.js';
import { DEMO, DEMO_PASSWORD, graphqlRequest, unique } from '../src/data.js';

const baseUrl = inject('baseUrl');
const skipReason = inject('skipReason');

/** Screenshots and axe-core's WCAG 2.1 AA rules, as on every other page. */
async function accessible(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await screenshot(page, name);
  const violations = await accessibilityViolations(page);
  expect(violations, `${name}:\n${describeViolations(violations)}`).toEqual([]);
  expect(pageErrors(page)).toEqual([]);
}

/** How many of the company's vacancies carry this title, asked to the API. */
async function vacanciesTitled(title: string): Promise<number> {
  const token = await accessToken(baseUrl, DEMO.companyMember);
  const data = await graphqlRequest<{ companyVacancies: { edges: { node: { title: string } }[] } }>(
    baseUrl,
    '{ companyVacancies(first: 100) { edges { node { title } } } }',
    {},
    token,
  );
  return data.companyVacancies.edges.filter((e) => e.node.title === title).length;
}

/** Searches in a picker, then chooses the option with this label once the search has found it. */
async function pick(page: Page, search: string, text: string, select: string, option: string) {
  await page.getByLabel(search).fill(text);
  // Optional fields read "… (facoltativo)": the label starts with the name.
  const control = page.getByLabel(new RegExp(`^${select.replace(/[()]/g, '\\$&')}`));
  await control.locator('option', { hasText: option }).first().waitFor({ state: 'attached' });
  await control.selectOption({ label: option });
}

describe.skipIf(Boolean(skipReason))('the company portal: writing a vacancy (/aziende)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const title = unique('Saldatore TIG ');
  const editedTitle = `${title} esperto`;
  const publishedTitle = unique('Carpentiere ');
  let publishedId: string;

  beforeAll(async () => {
    publishedId = await publishedVacancy(baseUrl, publishedTitle);
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser, baseUrl));
    await login(page, '/aziende', DEMO.companyMember, DEMO_PASSWORD);
    await page.getByTestId('company-status').waitFor();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('writes a vacancy: a wrong salary range is refused on its field, then the draft is saved once', async () => {
    await page.getByRole('link', { name: 'Le tue offerte' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Le tue offerte' }).waitFor();
    await page.getByRole('main').getByRole('link', { name: 'Nuova offerta' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nuova offerta' }).waitFor();
    await accessible(page, 'company-vacancy-new');

    const form = page.getByTestId('vacancy-form');
    await form.getByLabel('Titolo dell’offerta').fill(title);
    await pick(
      page,
      'Cerca una professione',
      'saldatore',
      'Professione (classificazione ESCO)',
      'saldatore/saldatrice',
    );
    await form
      .getByLabel('Descrizione')
      .fill('Saldatura TIG di acciaio inossidabile nel reparto carpenteria, su disegno tecnico.');

    // The occupation's ESCO skills come as suggestions: one click adds an essential one.
    const suggested = form.getByRole('button', { name: 'apply arc welding techniques', exact: true });
    await suggested.click();
    expect(await suggested.getAttribute('aria-pressed')).toBe('true');
    expect(await form.getByTestId('skills-picked').textContent()).toContain(
      'apply arc welding techniques: essenziale',
    );
    await accessible(page, 'company-vacancy-skill-suggestions');
    // Any other skill by its name, in English words in any order: "excel microsoft" finds the
    // spreadsheets skill through its alternative label "Microsoft Office Excel".
    await pick(page, 'Cerca una competenza', 'excel microsoft', 'Competenza', 'use spreadsheets software');
    await form.getByLabel('Importanza').selectOption({ label: 'Utile, non essenziale' });
    await form.getByRole('button', { name: 'Aggiungi la competenza' }).click();
    expect(await form.getByTestId('skills-picked').textContent()).toContain(
      'use spreadsheets software: utile, non essenziale',
    );

    await form.getByRole('button', { name: 'Aggiungi una lingua' }).click();
    await form.getByLabel('Lingua', { exact: true }).selectOption({ label: 'Inglese' });
    await form.getByLabel('Livello minimo').selectOption({ label: 'B1 – livello intermedio' });
    await form
      .getByLabel('Titolo di studio minimo')
      .selectOption({ label: 'Qualifica professionale (EQF 3)' });
    await form.getByLabel('Esperienza minima, in mesi').fill('24');
    // Bootstrap Italia draws the checkbox on its label, which is what a person clicks.
    await form.locator('label[for="drivingLicence-B"]').click();
    await form.getByLabel('Tipo di contratto').selectOption({ label: 'Tempo indeterminato' });
    await form.getByLabel('Orario', { exact: true }).selectOption({ label: 'Tempo pieno' });
    await form.getByLabel('Ore settimanali').fill('40');
    await form.getByLabel('Comune della sede di lavoro').selectOption({ label: 'Legnano (MI)' });
    // The network's rule is told before anything is sent.
    expect(await form.getByTestId('pay-rule').textContent()).toContain(
      'Per pubblicare l’offerta indica la retribuzione, da un minimo a un massimo, oppure il contratto collettivo (CCNL) e il livello di inquadramento.',
    );
    await form.getByLabel('Retribuzione minima, in euro lordi al mese').fill('2000');
    await form.getByLabel('Retribuzione massima, in euro lordi al mese').fill('1800');
    await form.getByLabel('Numero di posti').fill('2');

    // The API refuses the range: the Italian message sits on the field, and nothing is created.
    await form.getByRole('button', { name: 'Salva la bozza' }).click();
    await expect
      .poll(() => form.getByTestId('error-summary').textContent())
      .toContain('Il massimo deve essere almeno pari al minimo.');
    const salaryMax = form.getByLabel('Retribuzione massima, in euro lordi al mese');
    expect(await salaryMax.getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator('#salaryMax-error').textContent()).toContain(
      'Il massimo deve essere almeno pari al minimo.',
    );
    expect(await vacanciesTitled(title)).toBe(0);
    await accessible(page, 'company-vacancy-new-errors');

    // Fixed and sent twice in a row: one vacancy, and its page.
    await salaryMax.fill('2400');
    await form.getByRole('button', { name: 'Salva la bozza' }).dblclick();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await vacanciesTitled(title)).toBe(1);
    expect(await page.getByTestId('vacancy-status').textContent()).toBe('Bozza');
    const details = page.getByTestId('vacancy-details');
    expect(await details.textContent()).toContain('saldatore/saldatrice');
    // Non-breaking spaces as the browser formats them, read as plain ones.
    expect((await details.textContent())?.replace(/\s/g, ' ')).toContain('2.000 € – 2.400 €');
    expect(await details.textContent()).toContain('Legnano (MI)');
    expect(await page.getByTestId('vacancy-skills').textContent()).toBe(
      'apply arc welding techniques (essenziale); use spreadsheets software (utile)',
    );
    expect(await page.getByTestId('vacancy-languages').textContent()).toBe('inglese, almeno B1');
  });

  it('edits the draft in the same form, prefilled; without pay it cannot be sent, with the CCNL it can', async () => {
    await page.getByRole('link', { name: 'Modifica l’offerta' }).click();
    await page.getByRole('heading', { level: 1, name: 'Modifica l’offerta' }).waitFor();
    const form = page.getByTestId('vacancy-form');
    expect(await form.getByLabel('Titolo dell’offerta').inputValue()).toBe(title);
    expect(await form.getByLabel('Professione (classificazione ESCO)').inputValue()).toContain(
      'esco/occupation',
    );
    expect(await form.getByLabel('Retribuzione massima, in euro lordi al mese').inputValue()).toBe('2400');
    expect(await form.getByLabel('Lingua', { exact: true }).inputValue()).toBe('en');
    expect(await form.getByLabel('Patente B', { exact: true }).isChecked()).toBe(true);
    expect(await form.getByTestId('skills-picked').locator('li').count()).toBe(2);
    await accessible(page, 'company-vacancy-edit');

    // Without the pay, the draft is saved but the sportello does not receive it.
    await form.getByLabel('Titolo dell’offerta').fill(editedTitle);
    await form.getByLabel('Retribuzione minima, in euro lordi al mese').fill('');
    await form.getByLabel('Retribuzione massima, in euro lordi al mese').fill('');
    await form.getByRole('button', { name: 'Salva le modifiche' }).click();
    await page.getByRole('heading', { level: 1, name: editedTitle }).waitFor();
    expect(await vacanciesTitled(editedTitle)).toBe(1);
    expect(await page.getByTestId('vacancy-skills').textContent()).toContain('apply arc welding techniques');
    await page.getByRole('button', { name: 'Invia allo sportello' }).click();
    await expect
      .poll(() => page.getByTestId('error-summary').textContent())
      .toContain('Indica una retribuzione (da… a…) oppure il contratto collettivo e il livello.');
    expect(await page.getByTestId('vacancy-status').textContent()).toBe('Bozza');
    await accessible(page, 'company-vacancy-pay-required');

    // The agreement alone is not enough: its level goes with it.
    await page.getByRole('link', { name: 'Modifica l’offerta' }).click();
    await page.getByRole('heading', { level: 1, name: 'Modifica l’offerta' }).waitFor();
    await form.getByLabel('Contratto collettivo (CCNL)').fill('CCNL Metalmeccanica – Industria');
    await form.getByRole('button', { name: 'Salva le modifiche' }).click();
    expect(await form.locator('#agreementLevel-error').textContent()).toContain(
      'Indica anche il livello del contratto collettivo.',
    );
    await form.getByLabel('Livello di inquadramento').fill('livello C3');
    await form.getByRole('button', { name: 'Salva le modifiche' }).click();
    await page.getByRole('heading', { level: 1, name: editedTitle }).waitFor();
    // The page may first show the draft as it was, then as saved.
    await expect
      .poll(() => page.getByTestId('vacancy-details').textContent())
      .toContain('CCNL Metalmeccanica – Industria, livello C3');

    await page.getByRole('button', { name: 'Invia allo sportello' }).click();
    await expect.poll(() => page.getByTestId('vacancy-status').textContent()).toBe('In moderazione');
    expect(await page.getByRole('link', { name: 'Modifica l’offerta' }).count()).toBe(0);
  });

  it('offers no edit form for a published vacancy', async () => {
    await page.goto(`/aziende/offerte/${publishedId}`);
    await page.getByRole('heading', { level: 1, name: publishedTitle }).waitFor();
    expect(await page.getByTestId('vacancy-status').textContent()).toBe('Pubblicata');
    expect(await page.getByRole('link', { name: 'Modifica l’offerta' }).count()).toBe(0);

    await page.goto(`/aziende/offerte/${publishedId}/modifica`);
    await page.getByTestId('not-editable').waitFor();
    expect(await page.getByTestId('vacancy-form').count()).toBe(0);
    expect(await page.getByTestId('not-editable').textContent()).toContain(
      'Si modifica solo un’offerta in bozza o non accettata dallo sportello.',
    );
  });
});
