import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessToken, inDays } from '../src/api.js';
import { checkPage, launchBrowser, login, newPage, row } from '../src/browser.js';
import { DEMO, DEMO_PASSWORD, graphqlRequest, linkTo, partitaIva, unique, waitForMail } from '../src/data.js';
import { activeInternship, NETWORK_SLUG, registeredCitizen } from '../src/internships.js';

const baseUrl = inject('baseUrl');
const skipReason = inject('skipReason');

const MONITORING = 'query($id: ID!) { internship(id: $id) { monitoringEntries { hoursAttended } } }';

/** Another company of the network, registered with its email confirmed; returns its login. */
async function otherCompany() {
  const email = `${unique('referente.')}@altra-azienda.it`;
  const password = 'la password di un’altra azienda';
  await graphqlRequest(
    baseUrl,
    'mutation($input: RegisterCompanyInput!) { registerCompany(input: $input) { company { id } } }',
    {
      input: {
        networkSlug: NETWORK_SLUG,
        legalName: `${unique('Altra Officina ')} S.r.l.`,
        partitaIva: partitaIva(),
        comuneCode: '015118',
        email,
        password,
        givenName: 'Marta',
        familyName: 'Riva',
        privacyNoticeAccepted: true,
      },
    },
  );
  const mail = await waitForMail(baseUrl, email, /Conferma il tuo indirizzo email/);
  const token = linkTo(mail, '/aziende/verifica-email').searchParams.get('token');
  await graphqlRequest(baseUrl, 'mutation($token: String!) { verifyEmail(token: $token) { ok } }', { token });
  return { email, password };
}

describe.skipIf(Boolean(skipReason))('companies: tirocini they host (/aziende)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let internshipId: string;

  beforeAll(async () => {
    const trainee = await registeredCitizen(baseUrl, 'Elena', 'Fontana');
    internshipId = await activeInternship(baseUrl, trainee.id);
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser, baseUrl));
    await login(page, '/aziende', DEMO.companyMember, DEMO_PASSWORD);
    await page.getByTestId('company-status').waitFor();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('lists the tirocini the company hosts, from the navigation', async () => {
    await page
      .getByRole('navigation', { name: 'Collegamenti utili' })
      .getByRole('link', { name: 'Tirocini', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Tirocini' }).waitFor();
    const elena = row(page, 'internships-table', 'Elena Fontana');
    await elena.waitFor();
    const text = (await elena.textContent()) ?? '';
    for (const expected of ['Extracurricolare', 'In corso', 'Roberta Sala']) expect(text).toContain(expected);
    // The demo's tirocini of the company are there too.
    await row(page, 'internships-table', 'Marco Colombo').waitFor();
    await checkPage(page, 'company-internships');
  });

  it('a completed tirocinio shows the hire it ended in', async () => {
    await row(page, 'internships-table', 'Marco Colombo').getByRole('link').first().click();
    await page.getByTestId('internship-evaluation').waitFor();
    expect(await page.getByTestId('internship-hire').textContent()).toBe(
      'Tempo determinato dal 1 luglio 2025, 12 mesi',
    );
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Tirocini' }).waitFor();
  });

  it('a tirocinio: project, tutors, and a monitoring entry, refused on its fields first', async () => {
    await row(page, 'internships-table', 'Elena Fontana')
      .getByRole('link', { name: 'Elena Fontana' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Tirocinio di Elena Fontana' }).waitFor();
    expect(await page.getByTestId('internship-status').textContent()).toContain('In corso');
    const details = (await page.getByTestId('internship-details').textContent()) ?? '';
    for (const expected of ['Sportello Lavoro Legnano', 'Chiara Galli', 'Roberta Sala', '30 ore']) {
      expect(details).toContain(expected);
    }
    expect(details).toMatch(/500,00\s€ lordi/);
    expect(await page.getByTestId('internship-objectives').textContent()).toContain('controllo qualità');
    expect(await page.getByTestId('internship-history').textContent()).toContain('In corso');
    await page.getByTestId('monitoring-empty').waitFor();
    await checkPage(page, 'company-internship');

    const form = page.getByTestId('monitoring-form');
    const submit = form.getByRole('button', { name: 'Registra il monitoraggio' });
    const summary = form.getByTestId('error-summary');
    // The period ends before it starts: the API's error lands on the end of the period.
    await form.getByLabel('Inizio del periodo').fill(inDays(-10));
    await form.getByLabel('Fine del periodo').fill(inDays(-20));
    await form.getByLabel('Ore di presenza').fill('20');
    await form.getByLabel('Andamento').fill('Settimana regolare, misure precise e schede compilate.');
    await submit.click();
    await summary.waitFor();
    const endError = page.locator('#monitoring-to-error');
    await expect.poll(() => endError.textContent()).toContain('La fine del periodo deve seguirne l’inizio.');
    expect(await form.getByLabel('Fine del periodo').getAttribute('aria-invalid')).toBe('true');
    await checkPage(page, 'company-internship-monitoring-errors');

    // More hours than the agreed 30 a week, for a period of one week.
    await form.getByLabel('Inizio del periodo').fill(inDays(-14));
    await form.getByLabel('Fine del periodo').fill(inDays(-8));
    await form.getByLabel('Ore di presenza').fill('45');
    await submit.click();
    await expect
      .poll(() => page.locator('#monitoring-hours-error').textContent())
      .toContain('Nel periodo le ore di presenza vanno da 0 a 30.');
    await page.getByTestId('monitoring-empty').waitFor();
    const operator = await accessToken(baseUrl, DEMO.operator);
    const before = await graphqlRequest<{ internship: { monitoringEntries: unknown[] } }>(
      baseUrl,
      MONITORING,
      { id: internshipId },
      operator,
    );
    expect(before.internship.monitoringEntries).toEqual([]);

    await form.getByLabel('Ore di presenza').fill('28');
    await submit.click();
    const entries = page.getByTestId('monitoring-table').locator('tbody tr');
    await expect.poll(() => entries.count()).toBe(1);
    const entry = (await entries.first().textContent()) ?? '';
    for (const expected of ['28', 'Settimana regolare', 'Roberta Sala (azienda)'])
      expect(entry).toContain(expected);
    expect(await page.getByTestId('action-result').textContent()).toContain('Monitoraggio registrato.');
    expect(await form.getByLabel('Ore di presenza').inputValue()).toBe('');
  });

  it('a member of another company neither lists nor opens it', async () => {
    const other = await otherCompany();
    const token = await accessToken(baseUrl, other.email, other.password);
    await expect(graphqlRequest(baseUrl, MONITORING, { id: internshipId }, token)).rejects.toThrow(
      /NOT_FOUND/,
    );

    const stranger = await newPage(browser, baseUrl);
    await login(stranger.page, '/aziende', other.email, other.password);
    await stranger.page.getByTestId('company-status').waitFor();
    await stranger.page.goto(`/aziende/tirocini/${internshipId}`);
    await stranger.page.getByTestId('internship-not-found').waitFor();
    expect(await stranger.page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Tirocinio non trovato',
    );
    expect(await stranger.page.getByText('Elena Fontana').count()).toBe(0);
    await checkPage(stranger.page, 'company-internship-not-found');
    await stranger.page.getByRole('link', { name: 'Torna ai tirocini dell’azienda' }).click();
    await stranger.page.getByTestId('empty-state').waitFor();
    expect(await stranger.page.getByTestId('empty-state').textContent()).toContain(
      'L’azienda non ospita ancora tirocini.',
    );
    await stranger.context.close();
  });
});
