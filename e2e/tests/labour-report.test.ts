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
      // A4 at 1.5 × 72 dpi, and something on every page, the charts within the 56 pt margins.
      expect(rendered.width).toBe(893);
      expect(rendered.inked).toBeGreaterThan(0.002);
      expect(rendered.inkRight).toBeLessThanOrEqual(rendered.width - 56 * 1.5);
    }
    // The charts bring colour: blue bars and coloured legends.
    expect(Math.max(...pages.map((p) => p.colours))).toBeGreaterThan(8);
  });

  it('the admin sets the minimum count k in the network settings, and hands out the open data', async () => {
    await openSection(page, 'Rete');
    const k = page.getByLabel('Numero minimo di persone', { exact: true });
    await expect.poll(() => k.inputValue()).toBe('5');
    await k.fill('2');
    await page.getByRole('button', { name: 'Salva il numero minimo', exact: true }).click();
    await page.getByTestId('error-summary').getByText('Scrivi un numero intero da 3 a 50.').waitFor();
    await k.fill('6');
    await page.getByRole('button', { name: 'Salva il numero minimo', exact: true }).click();
    await page.getByText('Salvato: i conteggi sotto 6 persone non vengono mostrati.').waitFor();
    await check(page, 'network-report-min-count');

    await openSection(page, 'Rapporto sul lavoro', 'Rapporto sul mercato del lavoro');
    await page.getByTestId('labour-report').waitFor();
    await page
      .getByTestId('k-anonymity-note')
      .getByText('mostrato solo se vale almeno 6', { exact: false })
      .waitFor();
    const openData = page.getByTestId('open-data-links');
    await openData.getByRole('heading', { name: 'Dati aperti' }).waitFor();
    expect(await openData.textContent()).toContain('CC BY 4.0');
    await check(page, 'labour-report-open-data');

    // The CSV link works without the session: the same address the regional portal will use.
    const csvLink = openData.getByRole('link', { name: /\.csv$/ });
    const href = (await csvLink.getAttribute('href'))!;
    expect(href).toMatch(/\/api\/open-data\/[a-z0-9-]+\/\d{4}-H[12]\.csv$/);
    const csv = await fetch(href);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('link')).toContain('creativecommons.org/licenses/by/4.0');
    const [header, ...rows] = (await csv.text()).trim().split('\n');
    expect(header).toBe(
      'network,semester,period_start,period_end,comune_code,comune_name,target_group,target_group_label,registrations,people_in_charge,job_starts',
    );
    expect(rows.some((row) => row.includes(',Legnano,'))).toBe(true);
    const dictionary = await fetch(
      (await openData.getByRole('link', { name: /dictionary\.json$/ }).getAttribute('href'))!,
    );
    const fields = ((await dictionary.json()) as { fields: { name: string }[] }).fields.map((f) => f.name);
    expect(fields.join(',')).toBe(header);
  });
});
