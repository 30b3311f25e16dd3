import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkPage, launchBrowser, login, newPage, row } from '../src/browser.js';
import { applicationCard, daysAhead, move, myApplication, showing } from '../src/candidatures.js';
import { DEMO, DEMO_PASSWORD } from '../src/data.js';
import { openSection } from '../src/operator-portal.js';

const baseUrl = inject('baseUrl');
const skipReason = inject('skipReason');

/** The demo's published vacancies and citizens who share their CV (demo seed). */
const WIRE_WELDING = 'Saldatore / saldatrice a filo';
const SPOT_WELDING = 'Saldatore / saldatrice a punti';
const MARCO = 'marco.colombo@demo.sportellolavoro.it';
const SARA = 'sara.conti@demo.sportellolavoro.it';

async function portal(
  browser: Browser,
  path: string,
  email: string,
  ready: (page: Page) => Promise<unknown>,
) {
  const { context, page } = await newPage(browser, baseUrl);
  await login(page, path, email, DEMO_PASSWORD);
  await ready(page);
  return { context, page };
}

const citizenReady = (page: Page) => page.getByTestId('profile').waitFor();
const companyReady = (page: Page) => page.getByTestId('company-status').waitFor();
const operatorReady = (page: Page) =>
  page.getByRole('heading', { level: 1, name: 'Aziende da verificare' }).waitFor();

async function openCitizenPage(page: Page, link: string) {
  await page.getByRole('link', { name: link, exact: true }).first().click();
  await page.getByRole('heading', { level: 1, name: link }).waitFor();
}

async function openCompanyVacancy(page: Page, title: string) {
  await page.getByRole('link', { name: 'Le tue offerte' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Le tue offerte' }).waitFor();
  await page.getByRole('link', { name: title, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

async function openOperatorVacancy(page: Page, title: string) {
  await openSection(page, 'Offerte');
  await page.getByRole('link', { name: title, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

const proposal = (page: Page, title: string) =>
  page.getByTestId('proposal').filter({ has: page.getByRole('heading', { name: title, exact: true }) });

describe.skipIf(Boolean(skipReason))('candidatures, proposals and job interviews in the portals', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  async function open(path: string, email: string, ready: (page: Page) => Promise<unknown>) {
    const { context, page } = await portal(browser, path, email, ready);
    contexts.push(context);
    return page;
  }

  describe('a citizen applies; the company shortlists, proposes an interview and hires', () => {
    let marco: Page;
    let company: Page;

    beforeAll(async () => {
      marco = await open('/cittadini', MARCO, citizenReady);
      company = await open('/aziende', DEMO.companyMember, companyReady);
    });

    it('the citizen applies from "Offerte adatte a te" and finds the candidature in "Le mie candidature"', async () => {
      await openCitizenPage(marco, 'Offerte adatte a te');
      await marco
        .getByTestId('match-card')
        .filter({ has: marco.getByRole('heading', { name: SPOT_WELDING, exact: true }) })
        .getByRole('link', { name: `Candidati per «${SPOT_WELDING}»` })
        .click();
      await marco.getByTestId('apply-form').waitFor();
      await marco.locator('label', { hasText: 'Senza lettera' }).click();
      await marco.getByRole('button', { name: 'Invia la candidatura' }).click();
      await marco.getByTestId('applied').waitFor();
      await marco.getByRole('link', { name: 'Segui la candidatura in «Le mie candidature»' }).click();
      await marco.getByRole('heading', { level: 1, name: 'Le mie candidature' }).waitFor();
      const mine = myApplication(marco, SPOT_WELDING);
      await mine.waitFor();
      expect(await mine.getByTestId('application-status').textContent()).toBe('Stato: Candidatura inviata');
      expect(await mine.textContent()).toContain('Officine Meccaniche Legnano S.r.l. (demo)');
      await checkPage(marco, 'citizen-applications');
    });

    it('the company shortlists and proposes an interview; a wrong proposal is refused field by field', async () => {
      await openCompanyVacancy(company, SPOT_WELDING);
      const card = applicationCard(company, 'Marco Colombo');
      await move(card, 'Preseleziona');
      await showing(card.getByTestId('application-status'), 'Preselezionata');

      const form = card.getByTestId('propose-interview-form');
      await form.getByRole('button', { name: 'Proponi il colloquio' }).click();
      const summary = form.getByTestId('error-summary');
      await summary.waitFor();
      expect(await summary.textContent()).toContain('Indica data e ora del colloquio.');
      expect(await summary.textContent()).toContain('Scrivi l’indirizzo dove si svolge il colloquio.');
      await checkPage(company, 'company-interview-errors');

      await form.getByLabel('Data e ora').fill(daysAhead(10, 10));
      await form.getByLabel('Indirizzo').fill('Via Novara 10, Canegrate – ufficio del personale');
      await form
        .getByLabel('Messaggio per la persona')
        .fill('Chieda di Paola all’ingresso. Porti un documento.');
      await form.getByRole('button', { name: 'Proponi il colloquio' }).click();
      await form.getByTestId('interview-result').waitFor();
      expect(await form.getByTestId('interview-result').textContent()).toContain(
        'Colloquio proposto a Marco Colombo',
      );
      const interview = card.getByTestId('interview');
      await interview.waitFor();
      expect(await interview.getByTestId('interview-status').textContent()).toBe(
        'Stato del colloquio: In attesa di risposta',
      );
    });

    it('the citizen asks for another date; the company reads when and proposes a new one by video', async () => {
      await marco.reload();
      const mine = myApplication(marco, SPOT_WELDING);
      await mine.getByTestId('interview').waitFor();
      expect(await mine.getByTestId('application-status').textContent()).toBe('Stato: Sei in preselezione');
      const text = (await mine.getByTestId('interview').textContent()) ?? '';
      expect(text).toContain('Via Novara 10, Canegrate');
      expect(text).toContain('Chieda di Paola all’ingresso. Porti un documento.');
      await checkPage(marco, 'citizen-applications-interview');

      await mine.getByRole('button', { name: 'Non posso quel giorno: chiedo un’altra data' }).click();
      await mine.getByRole('button', { name: 'Chiedi un’altra data' }).click();
      expect(await mine.getByLabel('Quando puoi venire?').getAttribute('aria-invalid')).toBe('true');
      await checkPage(marco, 'citizen-applications-new-date-error');
      await mine.getByLabel('Quando puoi venire?').fill('Il pomeriggio, dopo le 15, tutti i giorni.');
      await mine.getByRole('button', { name: 'Chiedi un’altra data' }).click();
      await marco.getByTestId('action-result').waitFor();
      expect(await marco.getByTestId('action-result').textContent()).toContain('Hai chiesto un’altra data');
      await showing(mine.getByTestId('interview-status'), 'Stato del colloquio: Chiesta un’altra data');

      await company.reload();
      const card = applicationCard(company, 'Marco Colombo');
      await card.getByTestId('interview-note').waitFor();
      expect(await card.getByTestId('interview-note').textContent()).toBe(
        'Il pomeriggio, dopo le 15, tutti i giorni.',
      );
      const form = card.getByTestId('propose-interview-form');
      await form.getByLabel('Data e ora').fill(daysAhead(12, 16));
      await form.getByLabel('Modalità').selectOption('ONLINE');
      await form.getByRole('button', { name: 'Proponi il colloquio' }).click();
      await form.getByTestId('interview-result').waitFor();
      await card.getByTestId('interview').nth(1).waitFor();
      await checkPage(company, 'company-interviews');
    });

    it('the citizen accepts the interview by video', async () => {
      await marco.reload();
      const mine = myApplication(marco, SPOT_WELDING);
      const online = mine.getByTestId('interview').filter({ hasText: 'In videochiamata' });
      await online.waitFor();
      expect(
        await online
          .getByRole('link', { name: 'apri il collegamento alla videochiamata' })
          .getAttribute('href'),
      ).toMatch(/^https:\/\//);
      await online.getByRole('button', { name: 'Accetto il colloquio' }).click();
      await marco.getByTestId('action-result').waitFor();
      expect(await marco.getByTestId('action-result').textContent()).toContain('Hai accettato il colloquio');
      await showing(online.getByTestId('interview-status'), 'Stato del colloquio: Accettato');
    });

    it('the company sees the answer and records the hire; the citizen sees each step', async () => {
      await company.reload();
      const card = applicationCard(company, 'Marco Colombo');
      await showing(card.getByTestId('interview-status'), 'Stato del colloquio: Accettato');
      expect(await card.getByTestId('interview-status').allTextContents()).toEqual([
        'Stato del colloquio: Chiesta un’altra data',
        'Stato del colloquio: Accettato',
      ]);
      await move(card, 'Passa al colloquio');
      await showing(card.getByTestId('application-status'), 'Colloquio');
      await move(card, 'Fai un’offerta');
      await showing(card.getByTestId('application-status'), 'Offerta');
      await card.getByLabel('Nuovo stato').selectOption({ label: 'Registra l’assunzione' });
      await card.getByLabel('Data di inizio del rapporto di lavoro').fill(daysAhead(30, 0).slice(0, 10));
      await card.getByRole('button', { name: 'Aggiorna lo stato' }).click();
      // A hire is the last move: the form goes away.
      await showing(card.getByTestId('application-status'), 'Assunta');

      await marco.reload();
      const mine = myApplication(marco, SPOT_WELDING);
      await showing(mine.getByTestId('application-status'), 'Stato: Assunta/o');
      await mine.getByText('Cosa è successo finora').click();
      const history = (await mine.getByTestId('application-history').textContent()) ?? '';
      for (const step of [
        'Candidatura inviata (Cittadino)',
        'Sei in preselezione (Azienda)',
        'Fase dei colloqui (Azienda)',
        'Hai ricevuto un’offerta (Azienda)',
        'Assunta/o (Azienda)',
      ]) {
        expect(history).toContain(step);
      }
      expect(await mine.getByRole('button', { name: 'Ritira la candidatura' }).count()).toBe(0);
      await checkPage(marco, 'citizen-applications-hired');
    });
  });

  describe('an operator proposes a citizen; the citizen accepts, or declines', () => {
    let operator: Page;
    let sara: Page;
    let marco: Page;
    let company: Page;

    beforeAll(async () => {
      operator = await open('/operatori', DEMO.operator, operatorReady);
      sara = await open('/cittadini', SARA, citizenReady);
      marco = await open('/cittadini', MARCO, citizenReady);
      company = await open('/aziende', DEMO.companyMember, companyReady);
    });

    async function proposeFromSuggestions(title: string, name: string) {
      await openOperatorVacancy(operator, title);
      const candidate = operator
        .getByTestId('match-card')
        .filter({ has: operator.getByRole('heading', { name: new RegExp(name) }) });
      await candidate.getByRole('button', { name: `Proponi ${name} all’azienda` }).click();
      await candidate.getByTestId('propose-result').waitFor();
      expect(await candidate.getByTestId('propose-result').textContent()).toContain(`Hai proposto ${name}`);
      const proposed = row(operator, 'applications-table', name);
      await proposed.waitFor();
      expect(await proposed.getByTestId('proposal-status').textContent()).toBe('In attesa di risposta');
    }

    it('the operator proposes Sara from "Candidati suggeriti"; the company sees no name yet', async () => {
      await proposeFromSuggestions(SPOT_WELDING, 'Sara Conti');
      await openCompanyVacancy(company, SPOT_WELDING);
      const hidden = applicationCard(company, /^Candidato [0-9A-F]{6}$/).filter({
        has: company.getByText('Proposta dallo sportello', { exact: true }),
      });
      await hidden.waitFor();
      expect((await company.getByTestId('application-card').allTextContents()).join(' ')).not.toContain(
        'Sara',
      );
    });

    it('Sara reads what accepting reveals, accepts, and the company then sees her name', async () => {
      await openCitizenPage(sara, 'Proposte dello sportello');
      const offer = proposal(sara, SPOT_WELDING);
      await offer.waitFor();
      expect(await sara.locator('.alert-info').textContent()).toContain(
        'nome e cognome, email e telefono, età, comune di residenza e il tuo curriculum completo',
      );
      await checkPage(sara, 'citizen-proposals');
      await offer.getByRole('button', { name: 'Accetta la proposta' }).click();
      const confirm = offer.getByTestId('accept-proposal-confirm');
      expect(await confirm.textContent()).toContain(
        'Officine Meccaniche Legnano S.r.l. (demo) vedrà nome e cognome',
      );
      await checkPage(sara, 'citizen-proposals-confirm');
      await confirm.getByRole('button', { name: 'Sì, accetto e mostro i miei dati' }).click();
      await sara.getByTestId('action-result').waitFor();
      expect(await sara.getByTestId('action-result').textContent()).toContain('Hai accettato la proposta');
      await proposal(sara, SPOT_WELDING).waitFor({ state: 'detached' });

      await company.reload();
      const card = applicationCard(company, 'Sara Conti');
      await card.waitFor();
      expect(await card.getByTestId('candidate-details').textContent()).toContain(SARA);
      await operator.reload();
      await showing(
        row(operator, 'applications-table', 'Sara Conti').getByTestId('proposal-status'),
        'Accettata',
      );
    });

    it('Sara withdraws her candidature, after confirming', async () => {
      await openCitizenPage(sara, 'Le mie candidature');
      const mine = myApplication(sara, SPOT_WELDING);
      await mine.getByRole('button', { name: 'Ritira la candidatura' }).click();
      const confirm = mine.getByTestId('withdraw-confirm');
      expect(await confirm.textContent()).toContain('non potrai riaprirla');
      await checkPage(sara, 'citizen-applications-withdraw');
      await confirm.getByRole('button', { name: 'Sì, ritiro la candidatura' }).click();
      await sara.getByTestId('action-result').waitFor();
      await showing(mine.getByTestId('application-status'), 'Stato: Ritirata');
      expect(await mine.getByRole('button', { name: 'Ritira la candidatura' }).count()).toBe(0);

      await company.reload();
      await showing(applicationCard(company, 'Sara Conti').getByTestId('application-status'), 'Ritirata');
    });

    it('Marco declines a proposal; the operator sees it declined and the company never learns his name', async () => {
      await proposeFromSuggestions(WIRE_WELDING, 'Marco Colombo');
      await openCitizenPage(marco, 'Proposte dello sportello');
      const offer = proposal(marco, WIRE_WELDING);
      await offer.getByRole('button', { name: 'Rifiuta la proposta' }).click();
      await offer
        .getByTestId('decline-proposal-confirm')
        .getByRole('button', { name: 'Sì, rifiuto' })
        .click();
      await marco.getByTestId('action-result').waitFor();
      expect(await marco.getByTestId('action-result').textContent()).toContain('L’azienda non saprà chi sei');
      await proposal(marco, WIRE_WELDING).waitFor({ state: 'detached' });

      await operator.reload();
      await showing(
        row(operator, 'applications-table', 'Marco Colombo').getByTestId('proposal-status'),
        'Rifiutata',
      );
      await checkPage(operator, 'operator-vacancy-proposals');
      await openCompanyVacancy(company, WIRE_WELDING);
      await company.getByTestId('application-card').first().waitFor();
      expect((await company.getByTestId('application-card').allTextContents()).join(' ')).not.toContain(
        'Marco',
      );
    });
  });
});
