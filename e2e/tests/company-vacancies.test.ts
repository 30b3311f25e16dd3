import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessToken, draftVacancy, mutate, publishedVacancy, submittedVacancy } from '../src/api.js';
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

describe.skipIf(Boolean(skipReason))('the company portal: vacancies and candidates (/aziende)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const title = unique('Saldatore a filo ');
  const rejectedTitle = unique('Tornitore ');
  const draftTitle = unique('Fresatore ');
  const reservedTitle = unique('Saldatore, collocamento mirato ');
  const rejectionReason = 'Manca la sede di lavoro precisa: indicate l’indirizzo dell’officina.';
  let applicationId: string;

  beforeAll(async () => {
    // A vacancy reserved under law 68/1999, a draft, a vacancy the sportello refused, then a newer one it published.
    await publishedVacancy(baseUrl, reservedTitle, true);
    await draftVacancy(baseUrl, draftTitle);
    const refused = await submittedVacancy(baseUrl, rejectedTitle);
    const operator = await accessToken(baseUrl, DEMO.operator);
    await mutate(
      baseUrl,
      operator,
      'mutation($id: ID!, $r: String!) { rejectVacancy(id: $id, reason: $r) { vacancy { id } userErrors { message } } }',
      'vacancy',
      { id: refused, r: rejectionReason },
    );
    // The operator proposes Giulia for the published one: pseudonymous until she accepts.
    const vacancyId = await publishedVacancy(baseUrl, title);
    const giulia = await accessToken(baseUrl, DEMO.citizen);
    const giuliaId = (await graphqlRequest<{ me: { id: string } }>(baseUrl, '{ me { id } }', {}, giulia)).me
      .id;
    applicationId = await mutate(
      baseUrl,
      operator,
      'mutation($v: ID!, $c: ID!) { proposeCandidate(vacancyId: $v, citizenId: $c) { application { id } userErrors { message } } }',
      'application',
      { v: vacancyId, c: giuliaId },
    );
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser, baseUrl));
    await login(page, '/aziende', DEMO.companyMember, DEMO_PASSWORD);
    await page.getByTestId('company-status').waitFor();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('lists the company’s vacancies with their status, newest first', async () => {
    await page.getByRole('link', { name: 'Le tue offerte' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Le tue offerte' }).waitFor();
    const rows = page.getByTestId('vacancy-row');
    await rows.first().waitFor();
    expect(await rows.first().getByRole('heading').textContent()).toBe(title);
    expect(await rows.first().getByTestId('vacancy-status').textContent()).toBe('Pubblicata');
    const refused = rows.nth(1);
    expect(await refused.getByRole('heading').textContent()).toBe(rejectedTitle);
    expect(await refused.getByTestId('vacancy-status').textContent()).toBe('Non accettata');
    expect(await refused.getByTestId('vacancy-rejection').textContent()).toBe(`Motivo: ${rejectionReason}`);
    expect(await rows.nth(2).getByTestId('vacancy-status').textContent()).toBe('Bozza');
    const warehouse = rows.filter({ hasText: 'Magazziniere con patentino del carrello' });
    expect(await warehouse.getByTestId('vacancy-status').textContent()).toBe('In moderazione');
    await accessible(page, 'company-vacancies');
  });

  it('shows a proposed candidate without identity, and the suggested candidates with their score', async () => {
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const card = page.getByTestId('application-card');
    await card.waitFor();
    expect(await card.getByTestId('application-status').textContent()).toBe('Proposta dallo sportello');
    expect(await card.getByRole('heading').first().textContent()).toMatch(/^Candidato [0-9A-F]{6}$/);
    const profile = await card.getByTestId('pseudonymous-profile').textContent();
    expect(profile).toContain('Fascia d’età');
    expect(await card.textContent()).not.toContain('Giulia');
    expect(await card.getByRole('button', { name: 'Scarica il CV in PDF' }).count()).toBe(0);
    // A proposal the candidate has not accepted cannot be moved.
    expect(await card.getByTestId('move-form').count()).toBe(0);

    // The demo network has welders who share their CV: they are ranked, pseudonymised, with the reasons.
    const matches = page.getByTestId('match-card');
    await matches.first().waitFor();
    expect(await matches.first().getByTestId('match-score').textContent()).toMatch(
      /^Punteggio [\d,]+ su 100$/,
    );
    expect(await matches.first().getByTestId('match-components').textContent()).toContain('Professione');
    expect(await matches.first().getByRole('heading').textContent()).toMatch(/^Candidato [0-9A-F]{6}$/);
    expect(await page.getByTestId('matches-list').textContent()).not.toContain('Giulia');
    await accessible(page, 'company-vacancy-pseudonymous');
  });

  it('shows the candidate once she accepts, downloads her CV and moves her along the pipeline', async () => {
    await mutate(
      baseUrl,
      await accessToken(baseUrl, DEMO.citizen),
      'mutation($id: ID!) { acceptProposal(id: $id) { application { id } userErrors { message } } }',
      'application',
      { id: applicationId },
    );
    await page.reload();
    const card = page.getByTestId('application-card');
    await card.getByTestId('candidate-details').waitFor();
    expect(await card.getByRole('heading').first().textContent()).toBe('Giulia Bianchi');
    expect(await card.getByTestId('candidate-details').textContent()).toContain(DEMO.citizen);
    expect(await card.getByTestId('application-status').textContent()).toBe('Candidatura ricevuta');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: 'Scarica il CV in PDF' }).click(),
    ]);
    expect(await download.failure()).toBeNull();
    expect(download.suggestedFilename()).toBe('CV-Bianchi-Giulia.pdf');

    // Nothing chosen: the form says what to fix and sends nothing.
    await card.getByRole('button', { name: 'Aggiorna lo stato' }).click();
    expect(await card.getByTestId('error-summary').textContent()).toContain('Scegli il nuovo stato.');

    // The server's userErrors are shown on their field, and the status does not change.
    await card.getByLabel('Nuovo stato').selectOption({ label: 'Preseleziona' });
    await card.getByLabel('Motivo').fill('x'.repeat(1001));
    await card.getByRole('button', { name: 'Aggiorna lo stato' }).click();
    await expect
      .poll(() => card.getByTestId('error-summary').textContent())
      .toContain('Al massimo 1000 caratteri.');
    expect(await card.getByLabel('Motivo').getAttribute('aria-invalid')).toBe('true');
    expect(await card.getByTestId('application-status').textContent()).toBe('Candidatura ricevuta');

    await card.getByLabel('Motivo').fill('Esperienza in linea con l’offerta');
    await card.getByRole('button', { name: 'Aggiorna lo stato' }).click();
    expect(await page.getByTestId('move-result').textContent()).toContain('preselezionata');
    await expect.poll(() => card.getByTestId('application-status').textContent()).toBe('Preselezionata');
    expect(await card.getByLabel('Nuovo stato').locator('option').allTextContents()).toEqual([
      'Scegli il nuovo stato',
      'Passa al colloquio',
      'Non selezionare',
    ]);
    expect(await card.getByLabel('Motivo').inputValue()).toBe('');
    // Among the suggested candidates too, she now has her name.
    expect(await page.getByTestId('matches-list').textContent()).toContain('Giulia Bianchi');
    await card.getByText('Storico della candidatura').click();
    expect(await card.getByTestId('application-history').textContent()).toContain(
      'Preselezionata (Azienda). Motivo: Esperienza in linea con l’offerta',
    );
    await accessible(page, 'company-vacancy-disclosed');
  });

  it('closes the published vacancy, once told whether the positions were filled', async () => {
    const form = page.getByTestId('close-vacancy');
    await form.getByRole('button', { name: 'Chiudi l’offerta' }).click();
    expect(await form.getByTestId('error-summary').textContent()).toContain('Indica se hai coperto i posti.');
    await accessible(page, 'company-vacancy-close-error');
    await form.locator('label', { hasText: 'Chiudo senza aver coperto i posti' }).click();
    await form.getByRole('button', { name: 'Chiudi l’offerta' }).click();
    await expect.poll(() => page.getByTestId('vacancy-status').textContent()).toBe('Chiusa');
    expect(await page.getByTestId('close-vacancy').count()).toBe(0);
  });

  it('sends a draft to the sportello', async () => {
    await page.getByRole('link', { name: 'Le tue offerte' }).first().click();
    await page.getByRole('link', { name: draftTitle }).click();
    await page.getByRole('heading', { level: 1, name: draftTitle }).waitFor();
    expect(await page.getByTestId('vacancy-status').textContent()).toBe('Bozza');
    expect(await page.getByTestId('empty-state').first().textContent()).toContain('Nessuna candidatura');
    await accessible(page, 'company-vacancy-draft');
    await page.getByRole('button', { name: 'Invia allo sportello' }).click();
    await expect.poll(() => page.getByTestId('vacancy-status').textContent()).toBe('In moderazione');
    expect(await page.getByTestId('vacancy-action-result').textContent()).toContain('in moderazione');
  });

  it('tells the company that for a vacancy reserved under law 68/1999 the sportello proposes the candidates', async () => {
    await page.getByRole('link', { name: 'Le tue offerte' }).first().click();
    await page.getByRole('link', { name: reservedTitle }).click();
    await page.getByRole('heading', { level: 1, name: reservedTitle }).waitFor();
    const notice = page.getByTestId('matches-reserved');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('è lo sportello a scegliere e proporti le persone adatte');
    expect(await page.getByTestId('match-card').count()).toBe(0);
    await accessible(page, 'company-vacancy-reserved');
  });
});
