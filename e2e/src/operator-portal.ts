import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { accessibilityViolations, describeViolations, pageErrors, screenshot } from './browser.js';

/** Opens a section from the menu and waits for its title. */
export async function openSection(page: Page, name: string, heading = name) {
  await page
    .getByRole('navigation', { name: 'Sezioni dell’area operatori' })
    .getByRole('link', { name, exact: true })
    .click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** Screenshots at desktop and phone width, and axe-core's WCAG 2.1 AA rules. */
export async function check(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await screenshot(page, `operator-${name}`);
  await page.setViewportSize({ width: 375, height: 800 });
  await screenshot(page, `operator-${name}-375`);
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
