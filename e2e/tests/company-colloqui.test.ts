import { readFile } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessToken, mutate, workingDayIn } from '../src/api.js';
import { checkPage, launchBrowser, login, newPage, screenshot } from '../src/browser.js';
import { DEMO, DEMO_PASSWORD, waitForMail } from '../src/data.js';

const baseUrl = inject('baseUrl');
const skipReason = inject('skipReason');

const PUBLISH = `mutation($input: PublishSlotInput!) {
  publishSlot(input: $input) { slot { id } userErrors { message } }
}`;

/** The screenshots at desktop and phone width, with the accessibility checks, plus one at 360 px. */
async function look(page: Page, name: string) {
  await checkPage(page, `company-${name}`);
  await page.setViewportSize({ width: 360, height: 800 });
  await screenshot(page, `company-${name}-360`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Clicks a ConfirmAction's first button, then its confirmation. */
async function confirm(page: Page, button: Locator, confirmLabel: string) {
  await button.click();
  const yes = page.getByRole('button', { name: confirmLabel });
  await yes.waitFor();
  await yes.click();
}

const longDate = new Intl.DateTimeFormat('it-IT', { day: 'numeric', month: 'long', year: 'numeric' });

/** Narrows a SlotFinder to one sportello, one mode and a first day; answers its first slot. */
async function firstSlot(finder: Locator | Page, day: string, mode: string): Promise<Locator> {
  const slots = finder.getByTestId('slot-row');
  await slots.first().waitFor();
  await finder.getByLabel('Sportello', { exact: true }).selectOption({ label: 'Sportello Lavoro Legnano' });
  await finder.getByLabel('Come', { exact: true }).selectOption({ label: mode });
  await finder.getByLabel('A partire dal giorno').fill(day);
  await expect.poll(async () => (await slots.allTextContents()).join('|')).not.toContain('Varese');
  const first = slots.first();
  await expect
    .poll(() => first.getByRole('heading').textContent())
    .toContain(longDate.format(new Date(`${day}T12:00:00Z`)));
  return first;
}

describe.skipIf(Boolean(skipReason))('colloqui of a company with the sportello', () => {
  let browser: Browser;
  // A day far from the demo slots and from those the other tests take.
  const day = workingDayIn(60);

  beforeAll(async () => {
    browser = await launchBrowser();
    const operator = await accessToken(baseUrl, DEMO.operator);
    for (const [hour, mode] of [
      ['08', 'IN_PERSON'],
      ['10', 'ONLINE'],
    ] as const) {
      await mutate(baseUrl, operator, PUBLISH, 'slot', {
        input: { kind: 'COUNSELLING', mode, startsAt: `${day}T${hour}:00:00Z`, durationMinutes: 45 },
      });
    }
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a company member books a colloquio, gets the email, moves it online and cancels it', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    const email = DEMO.companyMember;
    try {
      await login(page, '/aziende', email, DEMO_PASSWORD);
      await page.getByTestId('company-status').waitFor();
      await page
        .getByRole('navigation', { name: 'Collegamenti utili' })
        .getByRole('link', { name: 'Colloqui con lo sportello' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Colloqui con lo sportello' }).waitFor();
      const empty = page.getByTestId('empty-state');
      await empty.waitFor();
      expect(await empty.textContent()).toContain('legge 68/1999');
      await look(page, 'colloqui-empty');

      await empty.getByRole('link', { name: 'Scegli il giorno e l’ora del colloquio' }).click();
      await page.getByRole('heading', { level: 1, name: 'Prenota un colloquio' }).waitFor();
      const slot = await firstSlot(page, day, 'In presenza, allo sportello');
      const when = (await slot.getByRole('heading').textContent())!;
      expect(await slot.textContent()).toContain('Sportello Lavoro Legnano, Piazza San Magno 9');
      await slot.getByTestId('book-slot').click();
      const question = page.getByTestId('book-slot-confirm');
      await question.waitFor();
      expect(await question.textContent()).toContain(`Vuoi prenotare il colloquio di ${when}`);
      await look(page, 'colloquio-book-confirm');
      await question.getByRole('button', { name: 'Sì, prenota' }).click();
      const result = page.getByTestId('action-result');
      await expect
        .poll(() => result.textContent())
        .toContain(`Fatto: l’azienda ha un colloquio con Sportello Lavoro Legnano ${when}`);
      await look(page, 'colloquio-booked');
      const booked = await waitForMail(baseUrl, email, /^Colloquio prenotato/);
      expect(booked.text).toContain('Sportello Lavoro Legnano, Piazza San Magno 9, Legnano');

      await page.getByRole('link', { name: 'Vedi i colloqui dell’azienda' }).click();
      await page.getByRole('heading', { level: 1, name: 'Colloqui con lo sportello' }).waitFor();
      const booking = page.getByTestId('booking-row');
      await booking.waitFor();
      expect(await booking.getByRole('heading').textContent()).toBe(when);
      expect(await booking.textContent()).toContain('Prenotato');
      expect(await booking.textContent()).toContain('Sportello Lavoro Legnano, Piazza San Magno 9');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        booking.getByRole('button', { name: 'Aggiungi al calendario' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('colloquio.ics');
      expect(await readFile((await download.path())!, 'utf8')).toContain('BEGIN:VEVENT');

      // Moved to the online slot of the same day.
      await booking.getByRole('button', { name: 'Sposta il colloquio' }).click();
      const move = page.getByTestId('move-section');
      await move.waitFor();
      const target = await firstSlot(move, day, 'Online, in videochiamata');
      const newWhen = (await target.getByRole('heading').textContent())!;
      await look(page, 'colloquio-move');
      await confirm(page, target.getByTestId('move-to-slot'), 'Sì, sposta il colloquio');
      await expect.poll(() => result.textContent()).toContain(`Fatto: il colloquio ora è ${newWhen}`);
      await expect.poll(() => booking.getByRole('heading').textContent()).toBe(newWhen);
      expect(await booking.textContent()).toContain('Online, con Sportello Lavoro Legnano');
      expect(await booking.getByTestId('video-link').getAttribute('href')).toMatch(
        /^https:\/\/meet\.jit\.si\/sportello-/,
      );
      await look(page, 'colloqui');
      const moved = await waitForMail(baseUrl, email, /^Colloquio spostato/);
      expect(moved.text).toContain('online, su https://meet.jit.si/');

      // The notification leads back to the page.
      await page.goto('/aziende/notifiche');
      await page
        .getByRole('link', { name: /^Colloquio spostato/ })
        .first()
        .click();
      await page.getByRole('heading', { level: 1, name: 'Colloqui con lo sportello' }).waitFor();

      await confirm(
        page,
        booking.getByRole('button', { name: 'Annulla il colloquio' }),
        'Sì, annulla il colloquio',
      );
      await expect.poll(() => result.textContent()).toContain(`Hai annullato il colloquio di ${newWhen}`);
      await expect.poll(() => booking.textContent()).toContain('Annullato');
      expect(await booking.getByRole('button').count()).toBe(0);
      await look(page, 'colloqui-cancelled');
      await waitForMail(baseUrl, email, /^Colloquio annullato/);
    } finally {
      await context.close();
    }
  });
});
