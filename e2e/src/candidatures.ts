import type { Locator, Page } from 'playwright-core';
import { inDays } from './api.js';

/** A `datetime-local` value some days ahead, at a whole hour. */
export function daysAhead(days: number, hour: number): string {
  return `${inDays(days)}T${String(hour).padStart(2, '0')}:00`;
}

export const applicationCard = (page: Page, name: string | RegExp) =>
  page.getByTestId('application-card').filter({ has: page.getByRole('heading', { level: 3, name }) });

export const myApplication = (page: Page, title: string) =>
  page.getByTestId('my-application').filter({ has: page.getByRole('heading', { name: title, exact: true }) });

/** Waits until one element of `locator` reads exactly `text` (the page updates after a refetch). */
export const showing = (locator: Locator, text: string) =>
  locator.filter({ hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`) }).waitFor();

export async function move(card: ReturnType<typeof applicationCard>, label: string) {
  await card.getByLabel('Nuovo stato').selectOption({ label });
  await card.getByRole('button', { name: 'Aggiorna lo stato' }).click();
  await card.getByTestId('move-result').waitFor();
}
