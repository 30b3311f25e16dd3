import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { inDays } from '../src/api.js';
import { checkPage, launchBrowser, login, newPage, row } from '../src/browser.js';
import { DEMO, DEMO_PASSWORD } from '../src/data.js';
import { openSection } from '../src/operator-portal.js';

const baseUrl = inject('baseUrl');
const skipReason = inject('skipReason');

const LUCA = 'luca.ferrari@demo.sportellolavoro.it';
const PROGRAM = 'Verde pubblico a Legnano';
const CALL = 'Bando 2027 per 2 posti';
const longDateFormat = new Intl.DateTimeFormat('it-IT', { day: 'numeric', month: 'long', year: 'numeric' });
const longDate = (day: string) => longDateFormat.format(new Date(`${day}T00:00:00`));

async function citizenPage(browser: Browser, email: string) {
  const opened = await newPage(browser, baseUrl);
  await login(opened.page, '/cittadini', email, DEMO_PASSWORD);
  await opened.page.getByTestId('profile').waitFor();
  return opened;
}

async function openCitizenSection(page: Page, name: string) {
  await page
    .getByRole('navigation', { name: 'Sezioni dell’area cittadini' })
    .getByRole('link', { name })
    .click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

describe.skipIf(Boolean(skipReason))('programs: a cantiere di lavoro from the bando to the indemnity', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let operator: Page;
  let callPath = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    const opened = await newPage(browser, baseUrl);
    contexts.push(opened.context);
    operator = opened.page;
    await login(operator, '/operatori', DEMO.operator, DEMO_PASSWORD);
    await operator.getByRole('heading', { level: 1, name: 'Aziende da verificare' }).waitFor();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  it('the operator defines a cantiere di lavoro and its bando, the rules written in a form', async () => {
    await openSection(operator, 'Progetti e bandi', 'Progetti');
    await operator.getByRole('button', { name: 'Crea il progetto' }).click();
    await expect
      .poll(() => operator.getByTestId('error-summary').textContent())
      .toContain('Scrivi il tipo, per esempio «Cantiere di lavoro».');
    await operator.getByLabel('Tipo di progetto').fill('Cantiere di lavoro');
    await operator.getByLabel('Titolo', { exact: true }).fill(PROGRAM);
    await operator
      .getByLabel('Descrizione')
      .fill('Cura di parchi, aiuole e giardini delle scuole per chi è senza lavoro da almeno sei mesi.');
    await operator.getByLabel('Budget in euro').fill('60000');
    await operator.getByLabel('Chi lo promuove').selectOption({ label: 'Comune di Legnano' });
    await operator.getByRole('button', { name: 'Crea il progetto' }).click();
    await operator.getByRole('heading', { level: 1, name: `Cantiere di lavoro: ${PROGRAM}` }).waitFor();

    await operator.getByLabel('Titolo del bando').fill(CALL);
    await operator.getByLabel('Domande dal giorno').fill(inDays(0));
    await operator.getByLabel('Domande fino al giorno').fill(inDays(10));
    await operator.getByLabel('Posti').fill('2');
    await operator.getByLabel('Indennità per ora di lavoro, in euro').fill('8,50');
    await operator.getByLabel('Età minima').fill('18');
    await operator.getByLabel('Età massima').fill('65');
    await operator.getByLabel('Mesi senza lavoro, almeno').fill('6');
    await operator.getByLabel('ISEE massimo, in euro').fill('15000');
    // The API's own check: a maximum age below the minimum comes back on its field.
    await operator.getByLabel('Età massima').fill('17');
    await operator.getByRole('button', { name: 'Pubblica il bando' }).click();
    await expect
      .poll(() => operator.getByTestId('error-summary').textContent())
      .toContain('L’età massima non può essere inferiore alla minima.');
    await operator.getByLabel('Età massima').fill('65');
    await checkPage(operator, 'operator-program-call-form');
    await operator.getByRole('button', { name: 'Pubblica il bando' }).click();
    await operator.getByRole('heading', { level: 1, name: CALL }).waitFor();
    callPath = new URL(operator.url()).pathname;
  });

  it('Giulia sees she can take part and applies; Luca is refused with the reason', async () => {
    const giulia = await citizenPage(browser, DEMO.citizen);
    contexts.push(giulia.context);
    await openCitizenSection(giulia.page, 'Bandi aperti');
    const card = giulia.page.getByTestId('program-call').filter({ hasText: PROGRAM });
    await card.waitFor();
    expect(await card.textContent()).toContain('Puoi partecipare');
    expect(await card.textContent()).toMatch(/Età \d+ anni: rientra \(tra 18 e 65\)/);
    await checkPage(giulia.page, 'citizen-program-calls');
    await card.getByRole('link', { name: `Fai domanda per «${PROGRAM}»` }).click();
    await giulia.page.getByLabel('Valore ISEE in euro').fill('9000');
    await giulia.page.getByLabel('Senza lavoro dal giorno').fill(inDays(-400));
    await giulia.page.getByRole('button', { name: 'Invia la domanda' }).click();
    const applied = giulia.page.getByTestId('program-applied');
    await applied.waitFor();
    expect(await applied.textContent()).toMatch(/ISEE 9\.?000,00/);

    const luca = await citizenPage(browser, LUCA);
    contexts.push(luca.context);
    await openCitizenSection(luca.page, 'Bandi aperti');
    await luca.page
      .getByTestId('program-call')
      .filter({ hasText: PROGRAM })
      .getByRole('link', { name: `Fai domanda per «${PROGRAM}»` })
      .click();
    await luca.page.getByLabel('Valore ISEE in euro').fill('22000');
    await luca.page.getByLabel('Senza lavoro dal giorno').fill(inDays(-300));
    await luca.page.getByRole('button', { name: 'Invia la domanda' }).click();
    const refused = luca.page.getByTestId('program-refused');
    await refused.waitFor();
    expect(await refused.textContent()).toMatch(/ISEE 22\.000,00\s€: oltre la soglia di 15\.000,00\s€/);
    await checkPage(luca.page, 'citizen-program-refused');
  });

  it('the window closes, the graduatoria is published, Giulia is admitted and assigned', async () => {
    const callId = callPath.split('/').pop();
    const closed = await fetch(`${baseUrl}/dev/program-calls/${callId}/closed-yesterday`, { method: 'POST' });
    expect(closed.status).toBe(200);
    await operator.reload();
    await operator.getByRole('heading', { level: 1, name: CALL }).waitFor();
    const application = row(operator, 'program-applications', 'Giulia Bianchi');
    await application.waitFor();
    expect(await application.textContent()).toMatch(/ISEE 9\.?000,00/);
    expect(await operator.getByTestId('program-applications').textContent()).not.toContain('Luca Ferrari');
    await operator.getByRole('button', { name: 'Pubblica la graduatoria' }).click();
    await operator.getByRole('button', { name: 'Sì, pubblica' }).click();
    const ranked = operator
      .getByTestId('program-ranking')
      .locator('tbody tr')
      .filter({ hasText: 'Giulia Bianchi' });
    await ranked.waitFor();
    expect(await ranked.textContent()).toMatch(/^1/);
    await ranked.getByRole('button', { name: 'Ammetti Giulia Bianchi' }).click();
    await operator.getByLabel('Progetto', { exact: true }).fill('Manutenzione del verde del Parco Castello');
    await operator.getByLabel('Luogo di lavoro').fill('Parco Castello, Legnano');
    await operator.getByLabel('Tutor').fill('Paolo Rossi, ufficio tecnico');
    await operator.getByLabel('Ore alla settimana').fill('20');
    await operator.getByRole('button', { name: 'Ammetti e assegna' }).click();
    await ranked.getByRole('link', { name: 'In corso: apri il registro' }).click();
    await operator.getByRole('heading', { level: 1, name: `Giulia Bianchi: ${PROGRAM}` }).waitFor();
  });

  it('a month of attendance gives the indemnity and its statement', async () => {
    const today = inDays(0);
    const first = `${today.slice(0, 7)}-01`;
    const days =
      first === today
        ? [[today, '6']]
        : [
            [first, '4'],
            [today, '6'],
          ];
    for (const [day, hours] of days) {
      await operator.getByLabel('Giorno').fill(day!);
      await operator.getByLabel('Ore di presenza').fill(hours!);
      await operator.getByRole('button', { name: 'Registra la presenza' }).click();
      await operator.getByText(`Registrate ${hours} ore`).waitFor();
    }
    const total = days.reduce((sum, [, hours]) => sum + Number(hours), 0);
    const euro = (total * 8.5).toLocaleString('it-IT', { minimumFractionDigits: 2 });
    await expect
      .poll(() => operator.getByTestId('monthly-indemnity').textContent())
      .toContain(`Totale: ${total} ore`);
    expect(await operator.getByTestId('monthly-indemnity').textContent()).toContain(euro);
    await checkPage(operator, 'operator-program-participation');
    const [download] = await Promise.all([
      operator.waitForEvent('download'),
      operator.getByRole('button', { name: 'Scarica il prospetto del mese (PDF)' }).click(),
    ]);
    expect(await download.failure()).toBeNull();
    expect(download.suggestedFilename()).toBe(`Indennita-${today.slice(0, 7)}-Bianchi.pdf`);

    const giulia = await citizenPage(browser, DEMO.citizen);
    contexts.push(giulia.context);
    await openCitizenSection(giulia.page, 'Le mie domande');
    const mine = giulia.page.getByTestId('my-program-application').filter({ hasText: PROGRAM });
    await mine.waitFor();
    const text = (await mine.textContent()) ?? '';
    expect(text).toContain('sei in posizione 1');
    expect(text).toContain('Parco Castello, Legnano');
    expect(text).toContain(`Questo mese: ${total} ore, indennità ${euro}`);
    await checkPage(giulia.page, 'citizen-my-program-applications');
  });

  it('the project ends with Giulia hired: the employer and the contract enter the outcome ledger', async () => {
    await operator.goto(operator.url());
    await operator.getByRole('heading', { level: 1, name: `Giulia Bianchi: ${PROGRAM}` }).waitFor();
    const close = operator.getByRole('region', { name: 'Chiudi la partecipazione' });
    await close.getByLabel('Esito alla fine del progetto').selectOption({ label: 'Assunto' });
    const hire = close.getByTestId('end-hire');
    await close.getByRole('button', { name: 'Concludi il progetto' }).click();
    await hire.getByText('Scrivi il nome del datore di lavoro.').waitFor();
    expect(await hire.textContent()).toContain('Scegli il tipo di contratto.');
    await checkPage(operator, 'operator-program-end-hire');
    await hire.getByLabel('Datore di lavoro').fill('Cooperativa Sociale Il Parco');
    await hire.getByLabel('Tipo di contratto').selectOption({ label: 'Tempo determinato' });
    await hire.getByLabel('Primo giorno di lavoro').fill(inDays(0));
    await hire.getByLabel(/^Durata in mesi/).fill('12');
    await close.getByRole('button', { name: 'Concludi il progetto' }).click();
    await expect
      .poll(() => operator.locator('.sl-lead').first().textContent())
      .toContain('Conclusa, esito: Assunto');

    await openSection(operator, 'Esiti');
    const outcome = operator
      .getByTestId('outcomes-table')
      .locator('tbody tr')
      .filter({ hasText: `Assunzione dopo un programma dal ${longDate(inDays(0))}` });
    await outcome.waitFor();
    const text = (await outcome.textContent()) ?? '';
    expect(text).toContain('Tempo determinato di almeno 6 mesi (12 mesi)');
    expect(text).toContain('30 giorni: da confermare dal');
    await checkPage(operator, 'operator-outcomes-program');
  });
});
