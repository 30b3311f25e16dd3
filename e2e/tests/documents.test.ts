import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessToken, mutate, publishedVacancy } from '../src/api.js';
import {
  accessibilityViolations,
  describeViolations,
  launchBrowser,
  login,
  newPage,
  pageErrors,
  row,
  screenshot,
} from '../src/browser.js';
import { DEMO, DEMO_PASSWORD, graphqlRequest, unique } from '../src/data.js';
import { check, openSection } from '../src/operator-portal.js';

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

/** Clicks a download button and returns the name of the file the browser saves. */
async function downloaded(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  expect(await download.failure()).toBeNull();
  return download.suggestedFilename();
}

/** Bootstrap Italia draws radios on their label (the input itself is off screen): click the label. */
async function chooseRadio(page: Page, label: string) {
  await page.locator('label', { hasText: label }).click();
  expect(await page.getByLabel(label, { exact: true }).isChecked()).toBe(true);
}

describe.skipIf(Boolean(skipReason))('CV and cover letters in the portals', () => {
  let browser: Browser;
  const title = unique('Saldatrice TIG ');
  let vacancyId: string;
  let giuliaId: string;

  beforeAll(async () => {
    vacancyId = await publishedVacancy(baseUrl, title);
    const giulia = await accessToken(baseUrl, DEMO.citizen);
    giuliaId = (await graphqlRequest<{ me: { id: string } }>(baseUrl, '{ me { id } }', {}, giulia)).me.id;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe('citizens (/cittadini)', () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      ({ context, page } = await newPage(browser, baseUrl));
      await login(page, '/cittadini', DEMO.citizen, DEMO_PASSWORD);
      await page.getByTestId('profile').waitFor();
    });
    afterAll(async () => {
      await context?.close();
    });

    it('downloads the CV as a PDF from the profile', async () => {
      expect(await downloaded(page, 'Scarica il CV in PDF')).toBe('CV-Bianchi-Giulia.pdf');
    });

    it('drafts a letter from a template for a vacancy, edits it and downloads it', async () => {
      await page.getByRole('link', { name: 'Le mie lettere di presentazione' }).click();
      await page.getByRole('heading', { level: 1, name: 'Le mie lettere di presentazione' }).waitFor();
      await accessible(page, 'citizen-letters');

      await page.getByRole('button', { name: 'Scrivi la lettera dal modello' }).click();
      await page.getByTestId('error-summary').waitFor();
      await accessible(page, 'citizen-letters-errors');

      await chooseRadio(page, 'Risposta a un’offerta di lavoro');
      await page
        .getByLabel('Offerta di lavoro', { exact: true })
        .selectOption({ label: `${title} – Officine Meccaniche Legnano S.r.l. (demo)` });
      await page.getByRole('button', { name: 'Scrivi la lettera dal modello' }).click();
      await page.getByRole('heading', { level: 1, name: 'Modifica la lettera' }).waitFor();
      const body = page.getByLabel('Testo della lettera');
      expect(await body.inputValue()).toContain(`per la posizione di ${title} a Legnano`);
      expect(await page.getByLabel('Oggetto').inputValue()).toBe(`Candidatura per la posizione di ${title}`);
      await accessible(page, 'citizen-letter');

      await body.fill(`${await body.inputValue()}\n\nSono disponibile anche per il turno di notte.`);
      await page.getByRole('button', { name: 'Salva la lettera' }).click();
      await page.getByTestId('letter-saved').filter({ hasText: 'Lettera salvata.' }).waitFor();
      expect(await downloaded(page, 'Scarica la lettera in PDF')).toBe('Lettera-Bianchi-Giulia.pdf');

      await body.fill('Troppo breve.');
      await page.getByRole('button', { name: 'Salva la lettera' }).click();
      await page.getByTestId('error-summary').filter({ hasText: 'Scrivi almeno 50 caratteri.' }).waitFor();
      await accessible(page, 'citizen-letter-errors');
    });

    it('applies to the vacancy with the saved letter', async () => {
      await page.getByRole('link', { name: 'Candidati a questa offerta' }).click();
      await page.getByRole('heading', { level: 1, name: 'Candidati a un’offerta' }).waitFor();
      await expect
        .poll(() => page.getByLabel(`La mia lettera «Candidatura per la posizione di ${title}»`).isChecked())
        .toBe(true);
      await accessible(page, 'citizen-apply');
      await page.getByRole('button', { name: 'Invia la candidatura' }).click();
      await page.getByTestId('applied').waitFor();

      const company = await accessToken(baseUrl, DEMO.companyMember);
      const { vacancy } = await graphqlRequest<{
        vacancy: { applications: { edges: { node: { coverLetter: string | null } }[] } };
      }>(
        baseUrl,
        'query($id: ID!) { vacancy(id: $id) { applications { edges { node { coverLetter } } } } }',
        { id: vacancyId },
        company,
      );
      expect(vacancy.applications.edges[0]?.node.coverLetter).toContain('turno di notte');
    });
  });

  describe('operators (/operatori)', () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      ({ context, page } = await newPage(browser, baseUrl));
      await login(page, '/operatori', DEMO.operator, DEMO_PASSWORD);
      await page.getByRole('heading', { level: 1, name: 'Aziende da verificare' }).waitFor();
    });
    afterAll(async () => {
      await context?.close();
    });

    it('downloads the citizen’s CV and edits a cover letter on the citizen’s behalf', async () => {
      await page.goto(`/operatori/cittadini/${giuliaId}`);
      await page.getByRole('heading', { level: 1, name: 'Giulia Bianchi' }).waitFor();
      expect(await downloaded(page, 'Scarica il CV in PDF')).toBe('CV-Bianchi-Giulia.pdf');
      await row(page, 'cover-letters-table', `Candidatura per la posizione di ${title}`)
        .getByRole('link')
        .click();
      await page.getByRole('heading', { level: 1, name: 'Modifica la lettera di presentazione' }).waitFor();
      await check(page, 'cover-letter');
      const subject = page.getByLabel('Oggetto');
      await subject.fill(`Candidatura: ${title}`);
      await page.getByRole('button', { name: 'Salva la lettera' }).click();
      await page.getByTestId('letter-saved').waitFor();
      await expect.poll(() => page.getByTestId('letter-details').textContent()).toContain('(sportello)');
    });

    it('drafts a letter for the citizen from a template and deletes it', async () => {
      await page.getByRole('link', { name: 'Torna alla scheda del cittadino' }).click();
      await page.getByRole('heading', { level: 1, name: 'Giulia Bianchi' }).waitFor();
      await chooseRadio(page, 'Richiesta di tirocinio');
      await page.getByRole('button', { name: 'Scrivi la lettera dal modello' }).click();
      await page.getByRole('heading', { level: 1, name: 'Modifica la lettera di presentazione' }).waitFor();
      expect(await page.getByLabel('Oggetto').inputValue()).toBe('Richiesta di tirocinio');
      await page.getByRole('link', { name: 'Torna alla scheda del cittadino' }).click();
      await row(page, 'cover-letters-table', 'Richiesta di tirocinio').waitFor();
      await check(page, 'citizen-with-letters');

      await row(page, 'cover-letters-table', 'Richiesta di tirocinio').getByRole('link').click();
      await page.getByRole('button', { name: 'Elimina', exact: true }).click();
      await page.getByRole('button', { name: 'Sì, elimina la lettera' }).click();
      await page.getByRole('heading', { level: 1, name: 'Giulia Bianchi' }).waitFor();
      await row(page, 'cover-letters-table', `Candidatura: ${title}`).waitFor();
      await expect.poll(() => row(page, 'cover-letters-table', 'Richiesta di tirocinio').count()).toBe(0);
    });

    it('lists the job interviews of the network', async () => {
      const company = await accessToken(baseUrl, DEMO.companyMember);
      const giulia = await accessToken(baseUrl, DEMO.citizen);
      const { myApplications } = await graphqlRequest<{
        myApplications: { edges: { node: { id: string; vacancy: { id: string } } }[] };
      }>(baseUrl, '{ myApplications(first: 100) { edges { node { id vacancy { id } } } } }', {}, giulia);
      const applicationId = myApplications.edges.find((e) => e.node.vacancy.id === vacancyId)!.node.id;
      await mutate(
        baseUrl,
        company,
        'mutation($id: ID!) { moveApplication(id: $id, status: SHORTLISTED) { application { id } userErrors { message } } }',
        'application',
        { id: applicationId },
      );
      await mutate(
        baseUrl,
        company,
        'mutation($id: ID!, $s: DateTime!) { proposeInterview(applicationId: $id, input: { startsAt: $s, durationMinutes: 45, mode: IN_PERSON, location: "Via Novara 10, Legnano" }) { interview { id } userErrors { message } } }',
        'interview',
        { id: applicationId, s: new Date(Date.now() + 7 * 86_400_000).toISOString() },
      );

      await openSection(page, 'Colloqui di lavoro');
      const interview = page
        .getByTestId('job-interviews-table')
        .locator('tbody tr')
        .filter({ hasText: title });
      await interview.waitFor();
      expect(await interview.textContent()).toContain('Giulia Bianchi');
      expect(await interview.textContent()).toContain('Via Novara 10, Legnano');
      expect(await interview.textContent()).toContain('In attesa di risposta');
      await check(page, 'job-interviews');

      await page.getByLabel('Mostra').selectOption({ label: 'Accettati, in programma' });
      await page.getByTestId('empty-state').or(page.getByTestId('job-interviews-table')).waitFor();
      expect(await page.getByText(title).count()).toBe(0);
    });
  });
});
