import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

/** Debian's Chromium: browsers are never downloaded. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const screenshotsDir = fileURLToPath(new URL('../artifacts/screenshots/', import.meta.url));

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh browser context (own sessionStorage), as a new person on a new device. */
export async function newPage(
  browser: Browser,
  baseURL: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL,
    locale: 'it-IT',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => {
    errors.push(error.message);
    record(page, `uncaught error: ${error.message}`);
  });
  uncaught.set(page, errors);
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) record(page, `at ${new URL(frame.url()).pathname}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') record(page, `console error: ${message.text()}`);
  });
  return { context, page };
}

/** What every page did while the current test ran: printed when it fails (see failure-journal.ts). */
export const journal: string[] = [];
const pageNumbers = new WeakMap<Page, number>();
let pagesOpened = 0;

function record(page: Page, event: string) {
  if (!pageNumbers.has(page)) pageNumbers.set(page, ++pagesOpened);
  journal.push(`${new Date().toISOString().slice(11, 23)} page ${pageNumbers.get(page)}: ${event}`);
}

const uncaught = new WeakMap<Page, string[]>();

/** Uncaught errors in the page so far (a React crash shows up here). */
export function pageErrors(page: Page): string[] {
  return uncaught.get(page) ?? [];
}

/** Saves a full-page screenshot under e2e/artifacts/screenshots/ (to look at the pages as a person would). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotsDir, { recursive: true });
  await page.screenshot({ path: join(screenshotsDir, `${name}.png`), fullPage: true });
}

/** Logs in through the portal's login form. */
export async function login(page: Page, portalPath: string, email: string, password: string): Promise<void> {
  await page.goto(`${portalPath}/accedi`);
  await page.getByLabel('Indirizzo email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Accedi' }).click();
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core's WCAG 2.1 A/AA rules on the page as it is now; returns the violations. */
export async function accessibilityViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

/** A readable list of violations, for a failing assertion. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}`).join('\n')}`,
    )
    .join('\n');
}

/** Screenshots at desktop and phone width, axe-core's WCAG 2.1 AA rules, and no uncaught errors. */
export async function checkPage(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await screenshot(page, name);
  await page.setViewportSize({ width: 375, height: 800 });
  await screenshot(page, `${name}-375`);
  await page.setViewportSize({ width: 1280, height: 900 });
  const violations = await accessibilityViolations(page);
  expect(violations, `${name}:\n${describeViolations(violations)}`).toEqual([]);
  expect(pageErrors(page)).toEqual([]);
}

/** The row of a table whose header cell (first column) has this text. */
export function row(page: Page, table: string, header: string | RegExp) {
  return page
    .getByTestId(table)
    .locator('tbody tr')
    .filter({ has: page.getByRole('rowheader', { name: header }) });
}
