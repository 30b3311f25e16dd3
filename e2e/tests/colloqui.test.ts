import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkPage, launchBrowser, login, newPage } from '../src/browser.js';
import { DEMO, DEMO_PASSWORD, type StoredMail, waitForMail } from '../src/data.js';
import { registeredCitizen } from '../src/internships.js';
import { check, openSection } from '../src/operator-portal.js';

const baseUrl = inject('baseUrl');
const skipReason = inject('skipReason');

/** The emails to `to` in the dev mailbox whose subject matches. */
async function mailsTo(to: string, subject: RegExp): Promise<StoredMail[]> {
  const response = await fetch(`${baseUrl}/dev/mail`, { headers: { accept: 'application/json' } });
  const mails = (await response.json()) as StoredMail[];
  return mails.filter((m) => m.to.toLowerCase().includes(to.toLowerCase()) && subject.test(m.subject));
}

/** Clicks a ConfirmAction's first button, then its confirmation. */
async function confirm(page: Page, button: ReturnType<Page['getByRole']>, confirmLabel: string) {
  await button.click();
  const yes = page.getByRole('button', { name: confirmLabel });
  await yes.waitFor();
  await yes.click();
}

/** The next Sunday at least a week ahead, as the datetime-local input wants it (10:00). */
function nextSunday(): string {
  const day = new Date(Date.now() + 7 * 86_400_000);
  while (day.getUTCDay() !== 0) day.setUTCDate(day.getUTCDate() + 1);
  return `${day.toISOString().slice(0, 10)}T10:00`;
}

describe.skipIf(Boolean(skipReason))('colloqui with the sportello', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a citizen books a colloquio, moves it online, gets the reminder, downloads the calendar file and cancels', async () => {
    const citizen = await registeredCitizen(baseUrl, 'Rosa', 'Colombo');
    const { context, page } = await newPage(browser, baseUrl);
    try {
      await login(page, '/cittadini', citizen.email, citizen.password);
      await page.getByTestId('profile').waitFor();
      await page
        .getByRole('navigation', { name: 'Collegamenti utili' })
        .getByRole('link', { name: 'I miei colloqui' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'I miei colloqui' }).waitFor();
      expect(await page.getByTestId('empty-state').textContent()).toContain('Non hai colloqui prenotati');
      await page.getByRole('link', { name: 'Prenota un colloquio' }).click();
      await page.getByRole('heading', { level: 1, name: 'Prenota un colloquio' }).waitFor();

      // Only the in-person slots at Legnano.
      const slots = page.getByTestId('slot-row');
      await slots.first().waitFor();
      await page.getByLabel('Sportello', { exact: true }).selectOption({ label: 'Sportello Lavoro Legnano' });
      await page.getByLabel('Come', { exact: true }).selectOption({ label: 'In presenza, allo sportello' });
      await expect.poll(async () => (await slots.allTextContents()).join('|')).not.toContain('Varese');
      await slots.first().waitFor();
      for (const text of await slots.allTextContents()) {
        expect(text).toContain('Sportello Lavoro Legnano, Piazza San Magno 9');
        expect(text).toContain('in presenza');
      }
      await checkPage(page, 'citizen-colloquio-book');

      const first = slots.first();
      const when = (await first.getByRole('heading').textContent())!;
      await first.getByTestId('book-slot').click();
      const question = page.getByTestId('book-slot-confirm');
      await question.waitFor();
      expect(await question.textContent()).toContain(`Vuoi prenotare il colloquio di ${when}`);
      await checkPage(page, 'citizen-colloquio-book-confirm');
      await question.getByRole('button', { name: 'Sì, prenota' }).click();
      const result = page.getByTestId('action-result');
      await expect
        .poll(() => result.textContent())
        .toContain(`Fatto: hai un colloquio con Sportello Lavoro Legnano ${when}`);
      // The booked slot is no longer offered.
      await expect.poll(async () => (await slots.allTextContents()).join('|')).not.toContain(when);
      const booked = await waitForMail(baseUrl, citizen.email, /^Colloquio prenotato/);
      expect(booked.text).toContain('Sportello Lavoro Legnano, Piazza San Magno 9, Legnano');

      await page.getByRole('link', { name: 'Vedi i tuoi colloqui' }).click();
      await page.getByRole('heading', { level: 1, name: 'I miei colloqui' }).waitFor();
      const booking = page.getByTestId('booking-row');
      await booking.waitFor();
      expect(await booking.getByRole('heading').textContent()).toBe(when);
      expect(await booking.textContent()).toContain('Prenotato');

      // The calendar file, as the browser saves it.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        booking.getByRole('button', { name: 'Aggiungi al calendario' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('colloquio.ics');
      const ics = await readFile((await download.path())!, 'utf8');
      expect(ics).toContain('BEGIN:VEVENT');
      expect(ics).toContain('Sportello Lavoro Legnano');

      // Moved online, to another sportello.
      await booking.getByRole('button', { name: 'Sposta il colloquio' }).click();
      const move = page.getByTestId('move-section');
      await move.waitFor();
      const online = move.getByTestId('slot-row');
      await online.first().waitFor();
      await move.getByLabel('Come', { exact: true }).selectOption({ label: 'Online, in videochiamata' });
      await expect.poll(async () => (await online.allTextContents()).join('|')).not.toContain('Legnano,');
      const target = online.first();
      await target.waitFor();
      const newWhen = (await target.getByRole('heading').textContent())!;
      await checkPage(page, 'citizen-colloquio-move');
      await confirm(page, target.getByTestId('move-to-slot'), 'Sì, sposta il colloquio');
      await expect.poll(() => result.textContent()).toContain(`Fatto: il colloquio ora è ${newWhen}`);
      await expect.poll(() => booking.getByRole('heading').textContent()).toBe(newWhen);
      expect(await booking.textContent()).toContain('Online, con Sportello Lavoro Varese');
      const video = booking.getByTestId('video-link');
      expect(await video.getAttribute('href')).toMatch(/^https:\/\/meet\.jit\.si\/sportello-/);
      await checkPage(page, 'citizen-colloqui');

      const moved = await waitForMail(baseUrl, citizen.email, /^Colloquio spostato/);
      expect(moved.text).toContain('online, su https://meet.jit.si/');
      // The reminder of the new time arrives (the e2e API reminds at once of anything in 30 days).
      await expect
        .poll(async () => (await mailsTo(citizen.email, /^Promemoria/)).map((m) => m.text).join('\n'), {
          timeout: 15_000,
        })
        .toContain(`online, su ${await video.getAttribute('href')}`);

      await confirm(
        page,
        booking.getByRole('button', { name: 'Annulla il colloquio' }),
        'Sì, annulla il colloquio',
      );
      await expect.poll(() => result.textContent()).toContain(`Hai annullato il colloquio di ${newWhen}`);
      await expect.poll(() => booking.textContent()).toContain('Annullato');
      expect(await booking.getByRole('button').count()).toBe(0);
      await waitForMail(baseUrl, citizen.email, /^Colloquio annullato/);
    } finally {
      await context.close();
    }
  });

  it('an operator books a colloquio for a citizen, moves it and cancels it; a Sunday slot asks first', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    try {
      await login(page, '/operatori', DEMO.operator, DEMO_PASSWORD);
      await page.getByRole('heading', { name: 'Aziende da verificare' }).waitFor();
      await openSection(page, 'Colloqui');
      await page.getByRole('link', { name: 'Prenota un colloquio per un cittadino' }).click();
      await page.getByRole('heading', { level: 1, name: 'Prenota un colloquio per un cittadino' }).waitFor();
      const giulia = page.locator('#citizen option', { hasText: 'Giulia Bianchi' });
      await giulia.waitFor({ state: 'attached' });
      await page
        .getByLabel('Cittadino', { exact: true })
        .selectOption({ label: (await giulia.textContent())! });
      const slots = page.getByTestId('slot-row');
      await slots.first().waitFor();
      await page.getByLabel('Sportello', { exact: true }).selectOption({ label: 'Sportello Lavoro Legnano' });
      await expect.poll(async () => (await slots.allTextContents()).join('|')).not.toContain('Varese');
      const slot = slots.last();
      const when = (await slot.getByRole('heading').textContent())!;
      await check(page, 'colloquio-book');
      await confirm(page, slot.getByTestId('book-slot'), 'Sì, prenota');
      const result = page.getByTestId('action-result');
      await expect
        .poll(() => result.textContent())
        .toContain(`Colloquio prenotato per Giulia Bianchi: ${when}`);
      await waitForMail(baseUrl, DEMO.citizen, /^Colloquio prenotato/);

      await page.getByRole('link', { name: 'Torna ai colloqui' }).click();
      const table = page.getByTestId('bookings-table');
      await table.waitFor();
      const row = table
        .locator('tbody tr')
        .filter({ hasText: 'Giulia Bianchi' })
        .filter({ hasText: 'Prenotato' });
      await row.waitFor();
      await row.getByRole('button', { name: 'Sposta il colloquio di Giulia Bianchi' }).click();
      const move = page.getByTestId('move-section');
      await move.waitFor();
      await move.getByTestId('slot-row').first().waitFor();
      await move.getByLabel('Sportello', { exact: true }).selectOption({ label: 'Sportello Lavoro Legnano' });
      await expect
        .poll(async () => (await move.getByTestId('slot-row').allTextContents()).join('|'))
        .not.toContain('Varese');
      const target = move.getByTestId('slot-row').first();
      await target.waitFor();
      const newWhen = (await target.getByRole('heading').textContent())!;
      await confirm(page, target.getByTestId('move-to-slot'), 'Sì, sposta');
      await expect
        .poll(() => result.textContent())
        .toContain(`Colloquio di Giulia Bianchi spostato a ${newWhen}`);
      await check(page, 'colloqui-moved');
      await waitForMail(baseUrl, DEMO.citizen, /^Colloquio spostato/);

      await confirm(page, row.getByRole('button', { name: 'Annulla' }), 'Sì, annulla');
      await expect.poll(() => result.textContent()).toContain('Colloquio di Giulia Bianchi del');
      await expect.poll(() => result.textContent()).toContain('annullato');

      // A slot on a Sunday: the portal asks before publishing it.
      await openSection(page, 'Orari disponibili');
      const form = page.getByTestId('new-slot-form');
      await form.getByLabel('Data e ora di inizio').fill(nextSunday());
      await form.getByRole('button', { name: 'Pubblica l’orario' }).click();
      const question = form.getByTestId('non-working-day');
      await question.waitFor();
      expect(await question.textContent()).toContain('Quest’orario cade di domenica');
      await check(page, 'slot-sunday');
      await question.getByRole('button', { name: 'Sì, pubblica comunque' }).click();
      await expect.poll(() => page.getByTestId('action-result').textContent()).toContain('Orario pubblicato');
    } finally {
      await context.close();
    }
  });
});
