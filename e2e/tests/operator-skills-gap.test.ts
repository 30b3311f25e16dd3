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

  it('offers the occupations the CV seeks and says when the ESCO relations are missing', async () => {
    await page.goto(`/operatori/cittadini/${giuliaId}`);
    await page.getByRole('heading', { level: 1, name: 'Giulia Bianchi' }).waitFor();
    const panel = page.getByRole('region', { name: 'Competenze mancanti' });
    await panel.getByRole('heading', { level: 2, name: 'Competenze mancanti' }).waitFor();
    // Giulia seeks work as a welder: it is the first choice.
    const occupation = panel.getByLabel('Professione obiettivo');
    await occupation.selectOption({ label: 'welder' });
    await panel.getByRole('heading', { level: 3, name: 'welder' }).waitFor();
    // The demo has no ESCO occupation-skill relations: the panel says so instead of a gap.
    expect(await panel.getByTestId('skills-gap-notice').textContent()).toContain(
      'mancano le relazioni ESCO tra professioni e competenze',
    );
    expect(await panel.getByTestId('skills-gap-table').count()).toBe(0);
    await check(page, 'citizen-skills-gap');
  });

  it('finds any other occupation by its label', async () => {
    const panel = page.getByRole('region', { name: 'Competenze mancanti' });
    await panel.getByLabel('Cerca una professione').fill('warehouse worker');
    const occupation = panel.getByLabel('Professione obiettivo');
    await expect
      .poll(async () => (await occupation.locator('option').allTextContents()).includes('warehouse worker'))
      .toBe(true);
    await occupation.selectOption({ label: 'warehouse worker' });
    await panel.getByRole('heading', { level: 3, name: 'warehouse worker' }).waitFor();
    await panel.getByTestId('skills-gap-notice').waitFor();
    await check(page, 'citizen-skills-gap-search');
  });
});
