import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { publishedVacancy, workingDayIn } from '../src/api.js';
import { checkPage, launchBrowser, login, newPage, pageErrors } from '../src/browser.js';
import { applicationCard, daysAhead, move, myApplication, showing } from '../src/candidatures.js';
import { addOccupation, addSkill, saveStep, shareCv, tick } from '../src/cv-editor.js';
import {
  codiceFiscale,
  DEMO,
  DEMO_PASSWORD,
  linkTo,
  type StoredMail,
  unique,
  waitForMail,
} from '../src/data.js';

const baseUrl = inject('baseUrl');
const skipReason = inject('skipReason');

const PASSWORD = 'una password lunga e sicura';
const COMPANY = 'Officine Meccaniche Legnano S.r.l. (demo)';

/** The email says what happened and links to the page where the person sees it. */
function expectMail(mail: StoredMail, says: string, page: string) {
  expect(mail.text).toContain(says);
  expect(linkTo(mail, page).pathname).toBe(page);
}

/**
 * The first journey of the product, in one go and through the portals only: a resident registers,
 * writes the CV, shares it and applies; the company shortlists, proposes a job interview and hires;
 * each of them hears of every step by email, with a link to the page where it shows.
 */
describe.skipIf(Boolean(skipReason))('from registration to hire, told at every step', () => {
  let browser: Browser;
  let citizen: Page;
  let company: Page;
  const email = `${unique('elena.riva.')}@example.it`;
  const vacancy = unique('Saldatore per le strutture in acciaio ');

  beforeAll(async () => {
    // The company's vacancy exists before the journey; publishing it is another portal's story.
    await publishedVacancy(baseUrl, vacancy);
    browser = await launchBrowser();
    citizen = (await newPage(browser, baseUrl)).page;
    company = (await newPage(browser, baseUrl)).page;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a resident registers and confirms the email', async () => {
    await citizen.goto('/cittadini/registrati');
    await citizen.getByLabel('Comune di residenza').selectOption({ label: 'Legnano (MI)' });
    await citizen.getByLabel('Nome', { exact: true }).fill('Elena');
    await citizen.getByLabel('Cognome', { exact: true }).fill('Riva');
    await citizen.getByLabel('Codice fiscale').fill(codiceFiscale());
    await citizen.getByLabel('Indirizzo email').fill(email);
    await citizen.getByLabel('Scegli una password').fill(PASSWORD);
    await tick(citizen, 'privacyNoticeAccepted');
    await citizen.getByRole('button', { name: 'Registrati' }).click();
    await citizen.getByRole('heading', { name: 'Controlla la tua email' }).waitFor();

    const mail = await waitForMail(baseUrl, email, /Conferma il tuo indirizzo email/);
    const link = linkTo(mail, '/cittadini/verifica-email');
    await citizen.goto(`${link.pathname}${link.search}`);
    await citizen.getByTestId('verify-done').waitFor();
    await login(citizen, '/cittadini', email, PASSWORD);
    await citizen.getByTestId('profile').waitFor();
  });

  it('writes the CV, shares it and applies to a vacancy that suits her', async () => {
    await citizen.getByRole('link', { name: 'Scrivi il tuo curriculum' }).click();
    await citizen.getByRole('heading', { level: 1, name: 'Il mio curriculum' }).waitFor();
    await addOccupation(citizen);
    await saveStep(citizen, 'lavoro cercato', 'Esperienze di lavoro');
    await citizen.getByRole('button', { name: '4. Lingue' }).click();
    await citizen.getByRole('button', { name: 'Aggiungi una lingua' }).click();
    await citizen.locator('#languages-0-languageCode').selectOption({ label: 'Italiano' });
    await tick(citizen, 'languages-0-motherTongue');
    await citizen.getByRole('button', { name: 'Aggiungi una lingua' }).click();
    await citizen.locator('#languages-1-languageCode').selectOption({ label: 'Inglese' });
    await citizen.locator('#languages-1-level').selectOption({ label: 'A2 – livello elementare' });
    await saveStep(citizen, 'lingue', 'Competenze');
    await addSkill(citizen);
    await saveStep(citizen, 'competenze', 'Attestati e certificazioni');

    await citizen.getByRole('link', { name: 'Il mio profilo' }).first().click();
    await citizen.getByTestId('profile').waitFor();
    await shareCv(citizen);

    await citizen.getByRole('link', { name: 'Offerte adatte a te' }).first().click();
    const offer = citizen
      .getByTestId('match-card')
      .filter({ has: citizen.getByRole('heading', { name: vacancy, exact: true }) });
    await offer.getByRole('link', { name: `Candidati per «${vacancy}»` }).click();
    await citizen.getByTestId('apply-form').waitFor();
    await tick(citizen, 'letter-nessuna');
    await citizen.getByRole('button', { name: 'Invia la candidatura' }).click();
    await citizen.getByTestId('applied').waitFor();

    const received = await waitForMail(
      baseUrl,
      DEMO.companyMember,
      new RegExp(`Nuova candidatura: ${vacancy}`),
    );
    expect(received.text).toContain(`Una persona si è candidata alla tua offerta «${vacancy}»`);
    expect(received.text).toMatch(/\/aziende\/offerte\/[0-9a-f-]{36}/);
  });

  it('the company shortlists her and proposes a job interview; she hears of both', async () => {
    await login(company, '/aziende', DEMO.companyMember, DEMO_PASSWORD);
    await company.getByTestId('company-status').waitFor();
    await company.getByRole('link', { name: 'Le tue offerte' }).first().click();
    await company.getByRole('link', { name: vacancy, exact: true }).click();
    await company.getByRole('heading', { level: 1, name: vacancy }).waitFor();
    const card = applicationCard(company, 'Elena Riva');
    await move(card, 'Preseleziona');
    await showing(card.getByTestId('application-status'), 'Preselezionata');
    const shortlisted = await waitForMail(
      baseUrl,
      email,
      new RegExp(`Novità sulla tua candidatura: ${vacancy}`),
    );
    expectMail(shortlisted, 'sei in preselezione', '/cittadini/candidature');

    const form = card.getByTestId('propose-interview-form');
    await form.getByLabel('Data e ora').fill(`${workingDayIn(9)}T11:00`);
    await form.getByLabel('Indirizzo').fill('Via Novara 10, Canegrate – ufficio del personale');
    await form.getByRole('button', { name: 'Proponi il colloquio' }).click();
    await form.getByTestId('interview-result').waitFor();
    const proposed = await waitForMail(baseUrl, email, /Proposta di colloquio di lavoro/);
    expectMail(proposed, 'Via Novara 10, Canegrate', '/cittadini/candidature');
  });

  it('she accepts the interview in "Le mie candidature"; the company hears it', async () => {
    await citizen.goto('/cittadini/candidature');
    const mine = myApplication(citizen, vacancy);
    await mine.getByTestId('interview').waitFor();
    expect(await mine.textContent()).toContain(COMPANY);
    await mine.getByRole('button', { name: 'Accetto il colloquio' }).click();
    await citizen.getByTestId('action-result').waitFor();
    await showing(mine.getByTestId('interview-status'), 'Stato del colloquio: Accettato');

    const answered = await waitForMail(baseUrl, DEMO.companyMember, /ha accettato il colloquio/);
    expect(answered.text).toContain('La persona candidata ha accettato il colloquio di lavoro');
  });

  it('the company hires her; she reads it by email, in the bell and in "Le mie candidature"', async () => {
    await company.reload();
    const card = applicationCard(company, 'Elena Riva');
    await showing(card.getByTestId('interview-status'), 'Stato del colloquio: Accettato');
    await move(card, 'Passa al colloquio');
    await move(card, 'Fai un’offerta');
    await card.getByLabel('Nuovo stato').selectOption({ label: 'Registra l’assunzione' });
    await card.getByLabel('Data di inizio del rapporto di lavoro').fill(daysAhead(30, 0).slice(0, 10));
    await card.getByRole('button', { name: 'Aggiorna lo stato' }).click();
    await showing(card.getByTestId('application-status'), 'Assunta');

    // Each move is told; the newest of these emails is the hire.
    const newest = () => waitForMail(baseUrl, email, /Novità sulla tua candidatura/);
    await expect.poll(async () => (await newest()).text).toContain('ha registrato la tua assunzione');
    expectMail(await newest(), `«${vacancy}»`, '/cittadini/candidature');

    await citizen.reload();
    const mine = myApplication(citizen, vacancy);
    await showing(mine.getByTestId('application-status'), 'Stato: Assunta/o');
    await mine.getByText('Cosa è successo finora').click();
    const history = (await mine.getByTestId('application-history').textContent()) ?? '';
    for (const step of [
      'Candidatura inviata',
      'Sei in preselezione',
      'Hai ricevuto un’offerta',
      'Assunta/o',
    ]) {
      expect(history).toContain(step);
    }
    const bell = citizen.getByTestId('notification-bell');
    await expect.poll(() => bell.textContent()).toMatch(/\d+ da leggere/);
    await bell.click();
    await citizen.getByRole('heading', { level: 1, name: 'Notifiche' }).waitFor();
    expect(await citizen.getByTestId('notification-row').first().textContent()).toContain(
      'ha registrato la tua assunzione',
    );
    await checkPage(citizen, 'journey-citizen-hired');
    expect([...pageErrors(citizen), ...pageErrors(company)]).toEqual([]);
  });
});
