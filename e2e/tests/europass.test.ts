import { readFile } from 'node:fs/promises';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, login, newPage, pageErrors, screenshot } from '../src/browser.js';
import { DEMO, DEMO_PASSWORD } from '../src/data.js';
import { openSection } from '../src/operator-portal.js';

const baseUrl = inject('baseUrl');
const skipReason = inject('skipReason');

/** Clicks the Europass download button in `scope` and returns the document the browser saves, with its name. */
async function europassFrom(scope: Locator) {
  const page = scope.page();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    scope.getByRole('button', { name: 'Scarica il CV in formato Europass', exact: true }).click(),
  ]);
  expect(await download.failure()).toBeNull();
  const body = await readFile((await download.path())!);
  return { name: download.suggestedFilename(), document: JSON.parse(body.toString('utf8')) };
}

describe.skipIf(Boolean(skipReason))('the CV in the Europass format', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a citizen downloads it from the profile, and an operator from the citizen’s page', async () => {
    const citizen = await newPage(browser, baseUrl);
    await login(citizen.page, '/cittadini', DEMO.citizen, DEMO_PASSWORD);
    const summary = citizen.page.getByTestId('cv-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Il formato Europass è il curriculum europeo');
    await screenshot(citizen.page, 'citizen-cv-europass');
    const own = await europassFrom(summary);
    expect(own.name).toBe('CV-Bianchi-Giulia.europass.json');
    expect(own.document.SkillsPassport).toMatchObject({
      Locale: 'it',
      DocumentInfo: { DocumentType: 'ECV', XSDVersion: 'V3.4' },
      LearnerInfo: { Identification: { PersonName: { FirstName: 'Giulia', Surname: 'Bianchi' } } },
    });
    expect(own.document.SkillsPassport.LearnerInfo.Headline.Description.Label).toContain('Saldatrice');
    expect(pageErrors(citizen.page)).toEqual([]);
    await citizen.context.close();

    const operator = await newPage(browser, baseUrl);
    await login(operator.page, '/operatori', DEMO.operator, DEMO_PASSWORD);
    await operator.page.getByRole('heading', { level: 1, name: 'Aziende da verificare' }).waitFor();
    await openSection(operator.page, 'Casi in carico');
    await operator.page.getByTestId('caseload').getByRole('link', { name: 'Giulia Bianchi' }).click();
    const cvSection = operator.page.locator('section', {
      has: operator.page.getByRole('heading', { name: 'Curriculum', exact: true }),
    });
    await cvSection.waitFor();
    const atDesk = await europassFrom(cvSection);
    expect(atDesk.document.SkillsPassport.LearnerInfo.Identification.PersonName.Surname).toBe('Bianchi');
    expect(pageErrors(operator.page)).toEqual([]);
    await operator.context.close();
  });
});
