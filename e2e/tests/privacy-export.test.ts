import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  accessibilityViolations,
  describeViolations,
  launchBrowser,
  login,
  newPage,
  pageErrors,
  screenshot,
} from '../src/browser.js';
import { DEMO, DEMO_PASSWORD } from '../src/data.js';
import { openSection } from '../src/operator-portal.js';

const baseUrl = inject('baseUrl');
const skipReason = inject('skipReason');

const COMPANY = 'Officine Meccaniche Legnano S.r.l. (demo)';

async function accessible(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await screenshot(page, name);
  const violations = await accessibilityViolations(page);
  expect(violations, `${name}:\n${describeViolations(violations)}`).toEqual([]);
  expect(pageErrors(page)).toEqual([]);
}

/** Clicks a download button of the data export and returns the file the browser saves, with its name. */
async function downloaded(page: Page, button: string): Promise<{ name: string; body: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('data-export').getByRole('button', { name: button, exact: true }).click(),
  ]);
  expect(await download.failure()).toBeNull();
  return { name: download.suggestedFilename(), body: await readFile((await download.path())!) };
}

describe.skipIf(Boolean(skipReason))('privacy: a copy of one’s data in the portals', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a citizen downloads their data from the profile, as a PDF and as JSON', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await login(page, '/cittadini', DEMO.citizen, DEMO_PASSWORD);
    await page.getByTestId('profile').waitFor();
    const section = page.getByTestId('data-export');
    await section.getByRole('heading', { name: 'Scarica i tuoi dati' }).waitFor();
    expect(await section.textContent()).toContain('chi ha letto i tuoi dati più delicati');
    await section.scrollIntoViewIfNeeded();
    await accessible(page, 'citizen-data-export');

    const pdf = await downloaded(page, 'Scarica in PDF');
    expect(pdf.name).toMatch(/^Dati-Sportello-Lavoro-Bianchi-Giulia-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(pdf.body.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');

    const json = await downloaded(page, 'Scarica in JSON');
    expect(json.name).toMatch(/^Dati-Sportello-Lavoro-Bianchi-Giulia-\d{4}-\d{2}-\d{2}\.json$/);
    const document = JSON.parse(json.body.toString('utf8'));
    expect(document).toMatchObject({
      schemaVersion: 1,
      kind: 'CITIZEN',
      subject: { givenName: 'Giulia', familyName: 'Bianchi' },
      withheld: [],
    });
    expect(document.cv.headline).toContain('Saldatrice');
    expect(document.caseFile.cases[0].sharedDiary.length).toBeGreaterThan(0);
    await context.close();
  });

  it('an operator exports a citizen’s data at the desk, and the citizen is told', async () => {
    const operator = await newPage(browser, baseUrl);
    await login(operator.page, '/operatori', DEMO.operator, DEMO_PASSWORD);
    await operator.page.getByRole('heading', { level: 1, name: 'Aziende da verificare' }).waitFor();
    await openSection(operator.page, 'Casi in carico');
    await operator.page.getByTestId('caseload').getByRole('link', { name: 'Giulia Bianchi' }).click();
    await operator.page.getByRole('heading', { level: 1, name: 'Giulia Bianchi' }).waitFor();
    const section = operator.page.getByTestId('data-export');
    await section.getByRole('heading', { name: 'Esporta i dati del cittadino' }).waitFor();
    expect(await operator.page.getByTestId('data-export-audited').textContent()).toContain(
      'resta nel registro degli accessi con il tuo nome',
    );
    await section.scrollIntoViewIfNeeded();
    await accessible(operator.page, 'operator-data-export');
    const pdf = await downloaded(operator.page, 'Scarica in PDF');
    expect(pdf.name).toMatch(/^Dati-Sportello-Lavoro-Bianchi-Giulia-.*\.pdf$/);
    const json = JSON.parse((await downloaded(operator.page, 'Scarica in JSON')).body.toString('utf8'));
    // The sportello in charge gets everything, special-category data included.
    expect(json.withheld).toEqual([]);
    expect(json.requestedBy.role).toBe('OPERATOR');
    await operator.context.close();

    const citizen = await newPage(browser, baseUrl);
    await login(citizen.page, '/cittadini', DEMO.citizen, DEMO_PASSWORD);
    await citizen.page.getByTestId('profile').waitFor();
    await citizen.page.getByTestId('notification-bell').click();
    await citizen.page.getByRole('heading', { level: 1, name: 'Notifiche' }).waitFor();
    const told = citizen.page
      .getByTestId('notification-row')
      .filter({ hasText: 'Lo sportello ha scaricato una copia dei tuoi dati' })
      .first();
    await told.waitFor();
    expect(await told.textContent()).toContain('Se non l’hai chiesta tu');
    await accessible(citizen.page, 'citizen-data-export-notification');
    await citizen.context.close();
  });

  it('a company downloads its data from “La mia azienda”', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await login(page, '/aziende', DEMO.companyMember, DEMO_PASSWORD);
    await page.getByTestId('company-details').waitFor();
    const section = page.getByTestId('data-export');
    await section.getByRole('heading', { name: 'Scarica i dati dell’azienda' }).waitFor();
    await section.scrollIntoViewIfNeeded();
    await accessible(page, 'company-data-export');
    const pdf = await downloaded(page, 'Scarica in PDF');
    expect(pdf.name).toMatch(/^Dati-Sportello-Lavoro-Officine_Meccaniche_Legnano.*\.pdf$/);
    const json = JSON.parse((await downloaded(page, 'Scarica in JSON')).body.toString('utf8'));
    expect(json).toMatchObject({ schemaVersion: 1, kind: 'COMPANY' });
    expect(json.members.map((m: { email: string }) => m.email)).toContain(DEMO.companyMember);
    expect(JSON.stringify(json)).not.toMatch(/economicHardship|law68Disability/);
    await context.close();
  });
  it('an operator exports a company’s data from its page, and the company is told', async () => {
    const operator = await newPage(browser, baseUrl);
    await login(operator.page, '/operatori', DEMO.operator, DEMO_PASSWORD);
    await operator.page.getByRole('heading', { level: 1, name: 'Aziende da verificare' }).waitFor();
    await openSection(operator.page, 'Aziende');
    await operator.page.getByRole('link', { name: `Servizi a ${COMPANY}` }).click();
    await operator.page.getByRole('heading', { level: 1, name: `Servizi a ${COMPANY}` }).waitFor();
    const section = operator.page.getByTestId('data-export');
    await section.getByRole('heading', { name: 'Esporta i dati dell’azienda' }).waitFor();
    await section.scrollIntoViewIfNeeded();
    await accessible(operator.page, 'operator-company-data-export');
    const json = JSON.parse((await downloaded(operator.page, 'Scarica in JSON')).body.toString('utf8'));
    expect(json).toMatchObject({ kind: 'COMPANY', account: null, notifications: null });
    expect(json.withheld.map((w: { section: string }) => w.section)).toEqual(['account', 'notifications']);
    expect(json.requestedBy.role).toBe('OPERATOR');
    await operator.context.close();

    const company = await newPage(browser, baseUrl);
    await login(company.page, '/aziende', DEMO.companyMember, DEMO_PASSWORD);
    await company.page.getByTestId('company-details').waitFor();
    await company.page.getByTestId('notification-bell').click();
    await company.page.getByRole('heading', { level: 1, name: 'Notifiche' }).waitFor();
    const told = company.page
      .getByTestId('notification-row')
      .filter({ hasText: 'Lo sportello ha scaricato una copia dei dati dell’azienda' })
      .first();
    await told.waitFor();
    expect(await told.textContent()).toContain('Se non l’avete chiesta voi');
    await company.context.close();
  });
});
