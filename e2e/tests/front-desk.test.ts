import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkPage, launchBrowser, login, newPage } from '../src/browser.js';
import { DEMO, DEMO_PASSWORD } from '../src/data.js';
import { check, openSection } from '../src/operator-portal.js';

const baseUrl = inject('baseUrl');
const skipReason = inject('skipReason');

const TARGET = 'commesso di libreria/commessa di libreria';

/** Clicks a ConfirmAction's first button, then its confirmation. */
async function confirm(page: Page, button: Locator, confirmLabel: string) {
  await button.click();
  const yes = page.getByRole('button', { name: confirmLabel });
  await yes.waitFor();
  await yes.click();
}

describe.skipIf(Boolean(skipReason))('operators: accoglienza and individual orientation', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser, baseUrl));
    await login(page, '/operatori', DEMO.operator, DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Aziende da verificare' }).waitFor();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('records an anonymous phone call and a desk contact of a registered citizen with the quick form', async () => {
    await openSection(page, 'Accoglienza');
    const form = page.getByTestId('contact-form');
    // Sensible defaults: at the desk, today, the sportello's own comune, anonymous.
    expect(await form.getByLabel('Canale').inputValue()).toBe('DESK');
    expect(await form.getByLabel('Comune della persona').locator('option:checked').textContent()).toBe(
      'Legnano',
    );
    await form.getByTestId('anonymous-hint').waitFor();
    expect(await form.getByLabel('Nota').count()).toBe(0);
    await check(page, 'front-desk');

    await form.getByLabel('Canale').selectOption({ label: 'Telefono' });
    await form.getByLabel('Comune della persona').selectOption({ label: 'Parabiago' });
    await form.getByRole('button', { name: 'Registra il contatto' }).click();
    const result = page.getByTestId('action-result').first();
    await expect.poll(() => result.textContent()).toContain('Registrato: telefono, un contatto anonimo.');
    // Ready for the next person: the form is back to its defaults.
    expect(await form.getByLabel('Canale').inputValue()).toBe('DESK');

    await form.getByLabel('Argomento').selectOption({ label: 'Aiuto con il CV' });
    await form.getByText('Una persona registrata sulla piattaforma').click();
    const giulia = page.locator('#contact-citizenId option', { hasText: 'Giulia Bianchi' });
    await giulia.waitFor({ state: 'attached' });
    await form
      .getByLabel('Persona registrata', { exact: true })
      .selectOption({ label: (await giulia.textContent())! });
    await form.getByLabel('Nota').fill('Porta il CV su chiavetta la prossima volta.');
    await form.getByLabel('Esito').selectOption({ label: 'Appuntamento fissato' });
    await form.getByRole('button', { name: 'Registra il contatto' }).click();
    await expect.poll(() => result.textContent()).toContain('Registrato: allo sportello, Giulia Bianchi.');

    const list = page.getByTestId('today-contacts');
    const rows = list.locator('tbody tr');
    const phone = rows.filter({ hasText: 'Telefono' }).filter({ hasText: 'Anonimo' });
    await phone.first().waitFor();
    expect(await phone.first().textContent()).toContain('Parabiago');
    const desk = rows.filter({ hasText: 'Giulia Bianchi' });
    await desk.waitFor();
    expect(await desk.textContent()).toContain('Porta il CV su chiavetta');
    expect(await desk.textContent()).toContain('Aiuto con il CV');
    await check(page, 'front-desk-today');
  });

  it('shows them in "Accoglienza in cifre"', async () => {
    await openSection(page, 'Accoglienza in cifre');
    const total = page.getByTestId('counts-total');
    await total.waitFor();
    expect(await total.textContent()).toMatch(/\d+ contatti, di cui \d+ anonimi/);
    const byChannel = page.getByTestId('counts-by-channel');
    const phone = byChannel.locator('tbody tr').filter({ hasText: 'Telefono' });
    expect(Number((await phone.locator('td').last().textContent())?.trim())).toBeGreaterThan(0);
    expect(await page.getByTestId('counts-by-sportello').textContent()).toContain('Sportello Lavoro Legnano');
    expect(await page.getByTestId('counts-by-comune').textContent()).toContain('Parabiago');
    await check(page, 'front-desk-counts');
  });

  it('books a colloquio di orientamento for Giulia and writes its record with a target occupation', async () => {
    await openSection(page, 'Colloqui');
    await page.getByRole('link', { name: 'Prenota un colloquio per un cittadino' }).click();
    await page.getByRole('heading', { level: 1, name: 'Prenota un colloquio per un cittadino' }).waitFor();
    await page.getByLabel('A cosa serve il colloquio').selectOption({ label: 'Colloquio di orientamento' });
    const giulia = page.locator('#citizen option', { hasText: 'Giulia Bianchi' });
    await giulia.waitFor({ state: 'attached' });
    await page
      .getByLabel('Cittadino', { exact: true })
      .selectOption({ label: (await giulia.textContent())! });
    await page.getByLabel('Sportello', { exact: true }).selectOption({ label: 'Sportello Lavoro Legnano' });
    const slots = page.getByTestId('slot-row');
    await expect.poll(async () => (await slots.allTextContents()).join('|')).not.toContain('Varese');
    await confirm(page, slots.last().getByTestId('book-slot'), 'Sì, prenota');
    await expect
      .poll(() => page.getByTestId('action-result').textContent())
      .toContain('Colloquio di orientamento prenotato per Giulia Bianchi');

    await page.getByRole('link', { name: 'Torna ai colloqui' }).click();
    const booking = page
      .getByTestId('bookings-table')
      .locator('tbody tr')
      .filter({ hasText: 'Giulia Bianchi' })
      .filter({ hasText: 'Colloquio di orientamento' })
      .filter({ hasText: 'Prenotato' });
    await booking.waitFor();
    await booking.getByRole('link', { name: 'Scrivi la scheda del colloquio di Giulia Bianchi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Scheda di orientamento: Giulia Bianchi' }).waitFor();

    const form = page.getByTestId('orientation-form');
    await form.getByTestId('for-booking').waitFor();
    // Errors first: nothing written, each message by its field.
    await form.getByRole('button', { name: 'Salva la scheda' }).click();
    await expect
      .poll(() => form.getByTestId('error-summary').textContent())
      .toContain('Indica come si sposta');
    await form.getByLabel('Spostamenti').selectOption({ label: 'Mezzi pubblici' });
    await form.getByRole('button', { name: 'Salva la scheda' }).click();
    await expect.poll(() => form.getByTestId('error-summary').textContent()).toContain('Sintesi');

    await form.getByLabel('Interessi').fill('Libri e vendita, il contatto con le persone.');
    await form.getByLabel('Punti di forza').fill('Precisione, puntualità, esperienza in produzione.');
    await form.getByLabel('Ore settimanali disponibili').fill('30');
    await form.getByText('Ha carichi di cura (figli, familiari da assistere)').click();
    await form.getByLabel('Nota sui carichi di cura').fill('Il figlio esce da scuola alle 16.');
    await form.getByLabel('Cerca una professione').fill('commesso di libreria');
    const picker = form.getByLabel('Aggiungi una professione obiettivo');
    await expect
      .poll(async () => (await picker.locator('option').allTextContents()).includes(TARGET))
      .toBe(true);
    await picker.selectOption({ label: TARGET });
    await expect.poll(() => form.getByTestId('orientation-targets-chosen').textContent()).toContain(TARGET);
    await form
      .getByLabel('Sintesi')
      .fill('Proviamo la vendita in libreria: prossimo passo, un corso sulla cassa.');
    await check(page, 'orientation-record-form');
    await form.getByRole('button', { name: 'Salva la scheda' }).click();

    await page.getByRole('heading', { level: 1, name: 'Giulia Bianchi' }).waitFor();
    const orientation = page.getByRole('region', { name: 'Orientamento' });
    const record = orientation.getByTestId('orientation-record').filter({ hasText: 'vendita in libreria' });
    await record.waitFor();
    expect(await record.textContent()).toContain(TARGET);
    expect(await record.textContent()).toContain('Il figlio esce da scuola alle 16.');
  });

  it("the citizen's skills gap offers the target occupation and shows its essential skills", async () => {
    const panel = page.getByRole('region', { name: 'Competenze mancanti' });
    await expect
      .poll(() => panel.textContent())
      .toContain('In cima, le professioni cercate nel CV e quelle obiettivo delle schede di orientamento.');
    await panel
      .getByLabel('Professione obiettivo')
      .selectOption({ label: `${TARGET} (obiettivo dell’orientamento)` });
    await panel.getByRole('heading', { level: 3, name: TARGET }).waitFor();
    const table = panel.getByTestId('skills-gap-table');
    await table.waitFor();
    expect(await table.textContent()).toContain('guarantee customer satisfaction');
    await check(page, 'orientation-skills-gap');
  });

  it('the citizen reads the record in plain words in /cittadini/orientamento', async () => {
    const citizen = await newPage(browser, baseUrl);
    try {
      await login(citizen.page, '/cittadini', DEMO.citizen, DEMO_PASSWORD);
      await citizen.page.getByTestId('profile').waitFor();
      await citizen.page
        .getByRole('navigation', { name: 'Sezioni dell’area cittadini' })
        .getByRole('link', { name: 'Il mio orientamento' })
        .click();
      await citizen.page.getByRole('heading', { level: 1, name: 'Il mio orientamento' }).waitFor();
      expect(new URL(citizen.page.url()).pathname).toBe('/cittadini/orientamento');
      const record = citizen.page
        .getByTestId('orientation-record')
        .filter({ hasText: 'vendita in libreria' });
      await record.waitFor();
      const text = (await record.textContent()) ?? '';
      for (const expected of [
        'Colloquio di orientamento del',
        'Lavori a cui puntare',
        TARGET,
        'Come ti sposti',
        'Mezzi pubblici',
      ]) {
        expect(text).toContain(expected);
      }
      await checkPage(citizen.page, 'citizen-orientation');
    } finally {
      await citizen.context.close();
    }
    // The colloquio is no longer needed for this test: cancelled, so other journeys find Giulia's bookings as before.
    await openSection(page, 'Colloqui');
    const booking = page
      .getByTestId('bookings-table')
      .locator('tbody tr')
      .filter({ hasText: 'Giulia Bianchi' })
      .filter({ hasText: 'Colloquio di orientamento' })
      .filter({ hasText: 'Prenotato' });
    await confirm(page, booking.getByTestId('cancel-booking'), 'Sì, annulla');
    await expect.poll(() => booking.count()).toBe(0);
  });
});
