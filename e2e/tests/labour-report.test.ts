import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, login, newPage } from '../src/browser.js';
import { DEMO, DEMO_PASSWORD } from '../src/data.js';
import { check, openSection } from '../src/operator-portal.js';
import { renderPdf } from '../src/pdf-render.js';

const baseUrl = inject('baseUrl');
const skipReason = inject('skipReason');

/** Clicks a download button; the file's name and its content. */
async function download(page: Page, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  expect(await file.failure()).toBeNull();
  return { name: file.suggestedFilename(), content: await readFile((await file.path())!) };
}

describe.skipIf(Boolean(skipReason))('the semestral labour-market report', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser, baseUrl));
    await login(page, '/operatori', DEMO.networkAdmin, DEMO_PASSWORD);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('the network admin opens the dashboard: live charts, loaded only then, and k-anonymous tables', async () => {
    const chartCode: string[] = [];
    page.on('request', (request) => {
      if (/\/(vega|build)[^/]*\.js$/.test(new URL(request.url()).pathname)) chartCode.push(request.url());
    });
    await page.getByRole('heading', { level: 1, name: 'Aziende da verificare' }).waitFor();
    expect(chartCode).toEqual([]);

    await openSection(page, 'Rapporto sul lavoro', 'Rapporto sul mercato del lavoro');
    const report = page.getByTestId('labour-report');
    await report.waitFor();
    expect(await page.getByTestId('k-anonymity-note').textContent()).toContain(
      'Ogni numero che conta persone è mostrato solo se vale almeno 5',
    );
    // Every chart drawn as SVG by Vega, once its code has been fetched on demand.
    const charts = page.getByTestId('report-chart');
    expect(await charts.count()).toBe(8);
    await page.locator('[data-testid="report-chart"] svg.marks').nth(7).waitFor();
    expect(chartCode.length).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="report-chart"] svg.marks').count()).toBe(8);
    // The bars answer the pointer (tooltips).
    const bar = page
      .locator('[data-testid="report-chart"] svg.marks path[aria-roledescription="bar"]')
      .first();
    if (await bar.count()) await bar.hover();

    await report.getByRole('table', { name: /Persone iscritte nel semestre/ }).waitFor();
    await check(page, 'labour-report');

    await page.getByRole('combobox', { name: 'Comune' }).selectOption({ label: 'Legnano' });
    await report.getByText('Dati di il comune di Legnano', { exact: false }).waitFor();
  });

  it('downloads the semestral PDF, whose pages render with text and charts', async () => {
    await page.getByRole('combobox', { name: 'Comune' }).selectOption({ label: 'Tutta la rete' });
    await page.getByText('Dati di tutta la rete').waitFor();
    const pdf = await download(page, 'Scarica il rapporto in PDF');
    expect(pdf.name).toMatch(/^Rapporto-lavoro-\d{4}-H[12]-rete\.pdf$/);
    expect(pdf.content.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');

    const pages = await renderPdf(browser, pdf.content, 'labour-report-pdf');
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const rendered of pages) {
      // A4 at 1.5 × 72 dpi, and something on every page.
      expect(rendered.width).toBe(893);
      expect(rendered.inked).toBeGreaterThan(0.002);
    }
    // The charts bring colour: blue bars and coloured legends.
    expect(Math.max(...pages.map((p) => p.colours))).toBeGreaterThan(8);
  });
});
