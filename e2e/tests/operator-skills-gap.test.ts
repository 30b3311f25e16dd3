import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessToken } from '../src/api.js';
import { launchBrowser, login, newPage } from '../src/browser.js';
import { DEMO, DEMO_PASSWORD, graphqlRequest } from '../src/data.js';
import { check } from '../src/operator-portal.js';

const baseUrl = inject('baseUrl');
const skipReason = inject('skipReason');

describe.skipIf(Boolean(skipReason))('skills gap on the citizen page (operators)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let giuliaId: string;

  beforeAll(async () => {
    const giulia = await accessToken(baseUrl, DEMO.citizen);
    giuliaId = (await graphqlRequest<{ me: { id: string } }>(baseUrl, '{ me { id } }', {}, giulia)).me.id;
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser, baseUrl));
    await login(page, '/operatori', DEMO.operator, DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Aziende da verificare' }).waitFor();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('offers the occupations the CV seeks and lists their real ESCO essential skills', async () => {
    await page.goto(`/operatori/cittadini/${giuliaId}`);
    await page.getByRole('heading', { level: 1, name: 'Giulia Bianchi' }).waitFor();
    const panel = page.getByRole('region', { name: 'Competenze mancanti' });
    await panel.getByRole('heading', { level: 2, name: 'Competenze mancanti' }).waitFor();
    // Giulia seeks work as a welder: it is the first choice, named in Italian.
    const occupation = panel.getByLabel('Professione obiettivo');
    await occupation.selectOption({ label: 'saldatore/saldatrice' });
    await panel.getByRole('heading', { level: 3, name: 'saldatore/saldatrice' }).waitFor();
    // ESCO's essential skills of the welder: those her CV declares, and those she lacks.
    const table = panel.getByTestId('skills-gap-table');
    await table.waitFor();
    expect(await table.textContent()).toContain('apply arc welding techniques');
    expect(await table.textContent()).toContain('select filler metal');
    expect(await panel.getByTestId('skills-gap-notice').count()).toBe(0);
    await check(page, 'citizen-skills-gap');
  });

  it('finds any other occupation by its label', async () => {
    const panel = page.getByRole('region', { name: 'Competenze mancanti' });
    await panel.getByLabel('Cerca una professione').fill('Magazziniere');
    const occupation = panel.getByLabel('Professione obiettivo');
    await expect
      .poll(async () =>
        (await occupation.locator('option').allTextContents()).includes('magazziniere/magazziniera'),
      )
      .toBe(true);
    await occupation.selectOption({ label: 'magazziniere/magazziniera' });
    await panel.getByRole('heading', { level: 3, name: 'magazziniere/magazziniera' }).waitFor();
    await expect.poll(() => panel.getByTestId('skills-gap-table').textContent()).toContain('stack goods');
    await check(page, 'citizen-skills-gap-search');
  });
});
