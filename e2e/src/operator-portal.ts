import type { Page } from 'playwright-core';
import { checkPage } from './browser.js';

/** Opens a section from the menu and waits for its title. */
export async function openSection(page: Page, name: string, heading = name) {
  await page
    .getByRole('navigation', { name: 'Sezioni dell’area operatori' })
    .getByRole('link', { name, exact: true })
    .click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** Screenshots at desktop and phone width, and axe-core's WCAG 2.1 AA rules. */
export const check = (page: Page, name: string) => checkPage(page, `operator-${name}`);
