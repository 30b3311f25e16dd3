import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { inDays } from '../src/api.js';
import { checkPage, launchBrowser, login, newPage } from '../src/browser.js';
import { DEMO, DEMO_PASSWORD, partitaIva, unique, waitForMail } from '../src/data.js';
import { openSection } from '../src/operator-portal.js';

const baseUrl = inject('baseUrl');
const skipReason = inject('skipReason');

const IDEA = unique('Pasta fresca ');
const PARTNER = unique('Fondazione Microcredito Alto Milanese ');
const SECTION = 'Autoimpiego e microcredito';
/** The business started 95 days ago: its 30- and 90-day follow-ups are due. */
const STARTED_ON = inDays(-95);
const longDateFormat = new Intl.DateTimeFormat('it-IT', { day: 'numeric', month: 'long', year: 'numeric' });
const longDate = (day: string) => longDateFormat.format(new Date(`${day}T00:00:00`));

async function openCitizenSection(page: Page, name: string) {
  await page
    .getByRole('navigation', { name: 'Sezioni dell’area cittadini' })
    .getByRole('link', { name })
    .click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

describe.skipIf(Boolean(skipReason))(
  'self-employment: a business idea, a microcredit and a business started',
  () => {
    let browser: Browser;
    const contexts: BrowserContext[] = [];
    let citizen: Page;
    let operator: Page;

    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(async () => {
      for (const context of contexts) await context.close();
      await browser?.close();
    });

    it('the network admin registers a microcredit partner', async () => {
      const admin = await newPage(browser, baseUrl);
      contexts.push(admin.context);
      await login(admin.page, '/operatori', DEMO.networkAdmin, DEMO_PASSWORD);
      await admin.page.getByRole('heading', { level: 1, name: 'Aziende da verificare' }).waitFor();
      await openSection(admin.page, SECTION);
      await admin.page.getByLabel('Nome dell’ente').fill(PARTNER);
      await admin.page.getByLabel('Email per le pratiche').fill('non-una-email');
      await admin.page.getByRole('button', { name: 'Registra l’ente' }).click();
      await expect
        .poll(() => admin.page.getByTestId('error-summary').textContent())
        .toContain('Indirizzo email non valido.');
      await admin.page.getByLabel('Email per le pratiche').fill('pratiche@microcredito.example');
      await admin.page.getByRole('button', { name: 'Registra l’ente' }).click();
      await admin.page.getByTestId('microcredit-partners').getByText(PARTNER).waitFor();
      await checkPage(admin.page, 'operator-business-ideas-admin');
    });

    it('Giulia writes down her business idea in the citizen portal', async () => {
      const opened = await newPage(browser, baseUrl);
      contexts.push(opened.context);
      citizen = opened.page;
      await login(citizen, '/cittadini', DEMO.citizen, DEMO_PASSWORD);
      await citizen.getByTestId('profile').waitFor();
      await openCitizenSection(citizen, 'La mia idea d’impresa');
      await citizen.getByRole('button', { name: 'Invia l’idea' }).click();
      await expect
        .poll(() => citizen.getByTestId('error-summary').textContent())
        .toContain('Cerca e scegli il settore di attività.');
      await citizen.getByLabel('Nome dell’idea').fill(IDEA);
      await citizen
        .getByLabel('Descrivi l’idea')
        .fill('Un laboratorio di pasta fresca fatta a mano, con vendita al banco e consegne in zona.');
      await citizen.getByLabel('Cerca il settore').fill('ristoranti');
      const sector = citizen.getByLabel('Settore di attività (ATECO)');
      await expect.poll(() => sector.locator('option').count()).toBeGreaterThan(1);
      await sector.selectOption({ value: '56.1' });
      await citizen.getByLabel('Comune dove avviarla').selectOption({ label: 'Legnano' });
      await citizen
        .getByLabel('Di cosa hai bisogno')
        .fill('Un piccolo locale, 15.000 euro per impastatrice e banco frigo, un aiuto con il piano.');
      await citizen.getByRole('button', { name: 'Invia l’idea' }).click();
      const idea = citizen.getByTestId('business-idea').filter({ hasText: IDEA });
      await idea.waitFor();
      expect(await idea.textContent()).toContain('non è ancora stata segnalata');
      // The design system draws the box over the input: a person clicks its label.
      await idea.locator('label', { hasText: 'Analisi del mercato e della concorrenza' }).click();
      await expect.poll(() => idea.textContent()).toContain('1 di 6 passi fatti');
      await checkPage(citizen, 'citizen-business-idea');
    });

    it('the operator refers it to the partner, records the grant and the business started', async () => {
      const opened = await newPage(browser, baseUrl);
      contexts.push(opened.context);
      operator = opened.page;
      await login(operator, '/operatori', DEMO.operator, DEMO_PASSWORD);
      await operator.getByRole('heading', { level: 1, name: 'Aziende da verificare' }).waitFor();
      await openSection(operator, SECTION);
      await operator.getByTestId('business-ideas-table').getByRole('link', { name: IDEA }).click();
      await operator.getByRole('heading', { level: 1, name: 'Idea d’impresa' }).waitFor();
      await operator
        .locator('label', { hasText: 'Piano finanziario: quanto serve e come si restituisce' })
        .click();
      await expect
        .poll(() => operator.getByTestId('business-idea').textContent())
        .toContain('2 di 6 passi fatti');

      await operator.getByLabel('Ente di microcredito', { exact: true }).selectOption({ label: PARTNER });
      await operator.getByRole('button', { name: 'Segnala l’idea' }).click();
      const status = operator.getByTestId('referral-status');
      await expect.poll(() => status.textContent()).toBe('Inviata al partner');
      await waitForMail(baseUrl, DEMO.citizen, /segnalata per un microcredito/);

      await operator.getByLabel('Nuovo stato').selectOption({ label: 'In valutazione' });
      await operator.getByLabel(/^Nota/).fill('Pratica n. 2027/14');
      await operator.getByRole('button', { name: 'Registra la risposta' }).click();
      await expect.poll(() => status.textContent()).toBe('In valutazione');

      await operator.getByLabel('Nuovo stato').selectOption({ label: 'Finanziamento concesso' });
      await operator.getByLabel('Importo concesso in euro').fill('15000');
      await operator.getByRole('button', { name: 'Registra la risposta' }).click();
      await expect.poll(() => status.textContent()).toMatch(/Finanziamento concesso: 15\.000,00\s€/);

      // A partita IVA whose check digit is wrong: the API's check, shown on the field.
      const valid = partitaIva();
      const wrong = valid.slice(0, 10) + String((Number(valid[10]) + 1) % 10);
      await operator.getByLabel('Partita IVA', { exact: true }).fill(wrong);
      await operator.getByRole('button', { name: 'Registra l’avvio' }).click();
      await expect.poll(() => operator.getByTestId('error-summary').textContent()).toMatch(/Partita IVA/i);
      await checkPage(operator, 'operator-business-idea');
      await operator.getByLabel('Partita IVA', { exact: true }).fill(valid);
      await operator.getByLabel('Data di avvio').fill(STARTED_ON);
      await operator.getByRole('button', { name: 'Registra l’avvio' }).click();
      const started = operator.getByTestId('business-started');
      await started.waitFor();
      expect(await started.textContent()).toContain(valid);
      await checkPage(operator, 'operator-business-started');
    });

    it('Giulia sees the grant, its history and her business started', async () => {
      await citizen.reload();
      const idea = citizen.getByTestId('business-idea').filter({ hasText: IDEA });
      await idea.getByTestId('business-started').waitFor();
      const text = await idea.textContent();
      expect(text).toMatch(/Finanziamento concesso: 15\.000,00\s€/);
      expect(text).toContain('In valutazione (Pratica n. 2027/14)');
      expect(text).toContain(PARTNER);
      await waitForMail(baseUrl, DEMO.citizen, /La tua impresa è avviata/);
      await checkPage(citizen, 'citizen-business-started');
    });

    it('Giulia says in «Il mio lavoro» that her business is still open at 90 days', async () => {
      await openCitizenSection(citizen, 'Il mio lavoro');
      const card = citizen
        .getByTestId('work-check')
        .filter({ hasText: `Avviata il ${longDate(STARTED_ON)}` });
      await card.waitFor();
      expect(await card.getByRole('heading', { level: 2 }).textContent()).toBe('La tua attività in proprio');
      const later = (await card.getByTestId('checkpoint-180').textContent()) ?? '';
      expect(later).toContain('Ancora presto: potrai rispondere da quel giorno.');
      const ninety = card.getByTestId('checkpoint-90');
      expect(await ninety.textContent()).toContain('La tua attività è ancora aperta?');
      await checkPage(citizen, 'citizen-work-checks');
      await ninety.getByRole('button', { name: 'Sì, è ancora aperta (verifica a 90 giorni)' }).click();
      await citizen.getByText('Risposta registrata: Attività ancora aperta. Grazie.').waitFor();
      await ninety.getByText('Attività ancora aperta. Risposta di Giulia Bianchi').waitFor();
      expect(await ninety.getByRole('button').count()).toBe(0);
    });

    it('the operator sees the business in «Esiti», confirms the 30-day follow-up after a call', async () => {
      await openSection(operator, 'Esiti');
      const outcome = operator
        .getByTestId('outcomes-table')
        .locator('tbody tr')
        .filter({ hasText: `Avvio di un’attività in proprio dal ${longDate(STARTED_ON)}` })
        .filter({ hasText: '90 giorni: attività ancora aperta (lo dice la persona, Giulia Bianchi' });
      await outcome.waitFor();
      expect(await outcome.textContent()).toContain('Nessun contratto di lavoro');
      const thirty = outcome.getByTestId('outcome-checkpoint-30');
      expect(await thirty.textContent()).toContain('da confermare dal');
      await thirty.getByRole('button', { name: /^Ancora aperta a 30 giorni/ }).click();
      await expect
        .poll(() => thirty.textContent())
        .toMatch(/attività ancora aperta \(lo dice lo sportello, /);
      await checkPage(operator, 'operator-outcomes-business');
    });
  },
);
