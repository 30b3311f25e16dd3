import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { publishedVacancy } from '../src/api.js';
import { checkPage, launchBrowser, login, newPage, pageErrors, screenshot } from '../src/browser.js';
import {
  addOccupation,
  addSkill,
  OCCUPATION,
  SKILL,
  saveStep,
  shareCv,
  tick,
  WAIT,
  withdrawCv,
} from '../src/cv-editor.js';
import { codiceFiscale, DEMO, DEMO_PASSWORD, linkTo, unique, waitForMail } from '../src/data.js';
import { openSection } from '../src/operator-portal.js';

const baseUrl = inject('baseUrl');
const skipReason = inject('skipReason');

const PASSWORD = 'una password lunga e sicura';

/** Screenshots at desktop and at 360 px (the smallest phones), then the accessibility rules. */
async function look(page: Page, name: string) {
  await page.setViewportSize({ width: 360, height: 780 });
  await screenshot(page, `${name}-360`);
  await page.setViewportSize({ width: 1280, height: 900 });
  await checkPage(page, name);
}

/** Presses Tab until the focused element's text or label matches, as a keyboard user would. */
async function tabTo(page: Page, name: string | RegExp, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
      return (label ?? el.textContent ?? '').trim();
    });
    if (typeof name === 'string' ? focused.startsWith(name) : name.test(focused)) return;
  }
  throw new Error(`No focusable element "${name}" within ${limit} tabs`);
}

describe.skipIf(Boolean(skipReason))('the CV editor', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe('a new citizen writes the CV alone (/cittadini)', () => {
    let context: BrowserContext;
    let page: Page;
    const vacancyTitle = unique('Saldatore per la carpenteria ');
    const email = `${unique('anna.ferri.')}@example.it`;

    beforeAll(async () => {
      await publishedVacancy(baseUrl, vacancyTitle);
      ({ context, page } = await newPage(browser, baseUrl));
    });
    afterAll(async () => {
      await context?.close();
    });

    it('registers, verifies the email and is invited to write the CV', async () => {
      await page.goto('/cittadini/registrati');
      await page.getByLabel('Comune di residenza').selectOption({ label: 'Legnano (MI)' });
      await page.getByLabel('Nome', { exact: true }).fill('Anna');
      await page.getByLabel('Cognome', { exact: true }).fill('Ferri');
      await page.getByLabel('Codice fiscale').fill(codiceFiscale());
      await page.getByLabel('Indirizzo email').fill(email);
      await page.getByLabel('Scegli una password').fill(PASSWORD);
      await tick(page, 'privacyNoticeAccepted');
      await page.getByRole('button', { name: 'Registrati' }).click();
      await page.getByRole('heading', { name: 'Controlla la tua email' }).waitFor();

      const mail = await waitForMail(baseUrl, email, /Conferma il tuo indirizzo email/);
      const link = linkTo(mail, '/cittadini/verifica-email');
      await page.goto(`${link.pathname}${link.search}`);
      await page.getByTestId('verify-done').waitFor();
      await login(page, '/cittadini', email, PASSWORD);
      await page.getByTestId('profile').waitFor();
      const summary = page.getByTestId('cv-summary');
      expect(await summary.textContent()).toContain('Non hai ancora scritto il curriculum');
      expect(await page.getByTestId('cv-sharing-state').textContent()).toBe(
        'Non stai condividendo il tuo curriculum.',
      );
      await look(page, 'cv-citizen-profile-new');
    });

    it('writes the CV step by step, each step saved', async () => {
      await page.getByRole('link', { name: 'Scrivi il tuo curriculum' }).click();
      await page.getByRole('heading', { level: 1, name: 'Il mio curriculum' }).waitFor();
      expect(await page.getByTestId('cv-next').textContent()).toContain(
        'Indica almeno un lavoro che cerchi.',
      );
      await look(page, 'cv-citizen-step-occupations');

      await addOccupation(page);
      await page.getByLabel('Titolo del profilo').fill('Saldatrice con esperienza in carpenteria');
      await saveStep(page, 'lavoro cercato', 'Esperienze di lavoro');
      // The first step is saved: the score moved and the next thing to add is named.
      expect(await page.getByTestId('cv-completeness').textContent()).not.toContain('completo al 0%');

      await page.getByRole('button', { name: 'Aggiungi un’esperienza' }).click();
      await page.getByLabel('Mansione').fill('Saldatrice');
      await page.getByLabel('Datore di lavoro').fill('Carpenteria Bianchi');
      await page.locator('#experiences-0-startsOn').fill('2018-03-01');
      await page.locator('#experiences-0-endsOn').fill('2023-06-30');
      await saveStep(page, 'esperienze di lavoro', 'Studi');

      // Bad input is refused in the browser, named in the summary and beside the field.
      await page.getByRole('button', { name: 'Aggiungi un titolo di studio' }).click();
      await page.getByRole('button', { name: 'Salva e continua' }).click();
      const errors = page.getByTestId('error-summary');
      await errors.waitFor();
      expect(await errors.textContent()).toContain('Titolo di studio 1, titolo di studio');
      await look(page, 'cv-citizen-step-education-errors');
      await page
        .locator('#education-0-titleCode')
        .selectOption({ label: 'Attestato di qualifica di operatore professionale (IeFP) (livello EQF 3)' });
      await page.getByLabel('Anno in cui l’hai concluso').fill('2010');
      await saveStep(page, 'studi', 'Lingue');

      expect(await page.getByTestId('cefr-levels').textContent()).toContain('B1: cavarsela');
      await page.getByRole('button', { name: 'Aggiungi una lingua' }).click();
      await page.locator('#languages-0-languageCode').selectOption({ label: 'Italiano' });
      await tick(page, 'languages-0-motherTongue');
      await page.getByRole('button', { name: 'Aggiungi una lingua' }).click();
      await page.locator('#languages-1-languageCode').selectOption({ label: 'Inglese' });
      await page.locator('#languages-1-level').selectOption({ label: 'B1 – livello intermedio' });
      await look(page, 'cv-citizen-step-languages');
      await saveStep(page, 'lingue', 'Competenze');

      await addSkill(page);
      await look(page, 'cv-citizen-step-skills');
      await saveStep(page, 'competenze', 'Attestati e certificazioni');
      await saveStep(page, 'attestati e certificazioni', 'Patenti e disponibilità');

      await tick(page, 'fullTime');
      await page.getByLabel('Distanza massima dal domicilio, in chilometri').fill('30');
      await tick(page, 'drivingLicence-B');
      await page.getByRole('button', { name: 'Salva', exact: true }).click();
      await expect
        .poll(() => page.getByTestId('cv-status').textContent(), WAIT)
        .toBe('Salvato: patenti e disponibilità.');
      await look(page, 'cv-citizen-step-availability');

      // What was saved is there after a reload.
      await page.reload();
      await page.getByTestId('sought-occupations-picked').getByText(OCCUPATION, { exact: true }).waitFor();
      expect(await page.getByTestId('cv-completeness').textContent()).toMatch(/completo al (\d\d)%/);
      expect(pageErrors(page)).toEqual([]);
    });

    it('can be used with the keyboard alone', async () => {
      await page.goto('/cittadini/curriculum');
      await page.getByTestId('cv-editor').waitFor();
      await tabTo(page, '6. Attestati e certificazioni');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 2, name: /Attestati e certificazioni$/ }).waitFor();
      // The step's title takes the focus, so the next Tabs start from it.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('cv-step-title');
      await tabTo(page, 'Aggiungi un attestato');
      await page.keyboard.press('Enter');
      // The new entry's first field takes the focus.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('certifications-0-name');
      await page.keyboard.type('Patentino del muletto');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.getByTestId('cv-status').textContent(), WAIT)
        .toBe('Salvato: attestati e certificazioni.');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('cv-step-title');
      expect(await page.getByRole('heading', { level: 2, name: /Patenti e disponibilità$/ }).count()).toBe(1);
    });

    it('shares the CV, explained in plain words, sees the matching vacancies and applies', async () => {
      // On a phone the sections fold behind "Menu".
      await page.setViewportSize({ width: 360, height: 780 });
      const menu = page.getByRole('navigation', { name: 'Sezioni dell’area cittadini' });
      expect(await menu.getByRole('link', { name: 'Il mio profilo' }).isVisible()).toBe(false);
      await menu.getByRole('button', { name: 'Menu' }).click();
      await look(page, 'cv-citizen-menu-open');
      await page.setViewportSize({ width: 360, height: 780 });
      await menu.getByRole('link', { name: 'Il mio profilo' }).click();
      await page.getByTestId('profile').waitFor();
      expect(await menu.getByRole('link', { name: 'Il mio profilo' }).isVisible()).toBe(false);
      await page.setViewportSize({ width: 1280, height: 900 });

      const sharing = page.getByTestId('cv-sharing');
      expect(await sharing.textContent()).toContain('senza nome');
      expect(await sharing.textContent()).toContain('Puoi ritirare il consenso quando vuoi');
      await shareCv(page);
      await look(page, 'cv-citizen-profile-shared');

      await page.getByRole('link', { name: 'Offerte adatte a te' }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Offerte adatte a te' }).waitFor();
      const offer = page
        .getByTestId('match-card')
        .filter({ has: page.getByRole('heading', { name: vacancyTitle, exact: true }) });
      await offer.waitFor();
      await offer.getByRole('link', { name: `Candidati per «${vacancyTitle}»` }).click();
      await page.getByTestId('apply-form').waitFor();
      await tick(page, 'letter-nessuna');
      await page.getByRole('button', { name: 'Invia la candidatura' }).click();
      await page.getByTestId('applied').waitFor();

      // Withdrawn, the CV leaves the suggestions again (and the demo's lists stay as they were).
      await page.goto('/cittadini/profilo');
      await withdrawCv(page);
      expect(pageErrors(page)).toEqual([]);
    });
  });

  describe('an operator registers a walk-in, writes the CV with them and proposes them (/operatori)', () => {
    let context: BrowserContext;
    let page: Page;
    let vacancyId: string;
    const email = `${unique('luca.galli.')}@example.it`;
    const vacancyTitle = unique('Saldatore a filo per la manutenzione ');

    beforeAll(async () => {
      vacancyId = await publishedVacancy(baseUrl, vacancyTitle);
      ({ context, page } = await newPage(browser, baseUrl));
      await login(page, '/operatori', DEMO.operator, DEMO_PASSWORD);
      await page.getByRole('heading', { level: 1, name: 'Aziende da verificare' }).waitFor();
    });
    afterAll(async () => {
      await context?.close();
    });

    it('registers the citizen at the desk', async () => {
      await openSection(page, 'Cittadini');
      await page.getByRole('link', { name: 'Registra un cittadino allo sportello' }).click();
      await page.getByRole('heading', { level: 1, name: 'Registra un cittadino allo sportello' }).waitFor();
      await page.getByRole('button', { name: 'Registra e scrivi il curriculum' }).click();
      await page.getByTestId('error-summary').waitFor();
      await look(page, 'cv-operator-walk-in-errors');
      await page.getByLabel('Comune di residenza').selectOption({ label: 'Legnano (MI)' });
      await page.getByLabel('Nome', { exact: true }).fill('Luca');
      await page.getByLabel('Cognome', { exact: true }).fill('Galli');
      await page.getByLabel('Codice fiscale').fill(codiceFiscale());
      await page.getByLabel('Indirizzo email').fill(email);
      await page.getByRole('button', { name: 'Registra e scrivi il curriculum' }).click();
      await page.getByRole('heading', { level: 1, name: 'Profilo e curriculum di Luca Galli' }).waitFor();
      expect(await page.getByTestId('registered').textContent()).toContain(email);
    });

    it('writes the CV with the citizen, speaking of them in the third person', async () => {
      expect(await page.getByTestId('cv-next').textContent()).toContain('lavoro cercato');
      await page.getByLabel('Condizione lavorativa').selectOption({ label: 'Disoccupato/a' });
      await page.getByRole('button', { name: 'Salva i dati' }).click();
      await page.getByText('Salvato: dati personali.').waitFor();
      await look(page, 'cv-operator-editor');

      await addOccupation(page);
      await saveStep(page, 'lavoro cercato', 'Esperienze di lavoro');
      await page.getByRole('button', { name: '5. Competenze' }).click();
      await page.getByRole('heading', { level: 2, name: /: Competenze$/ }).waitFor();
      await addSkill(page);
      await saveStep(page, 'competenze', 'Attestati e certificazioni');
      await page.getByRole('button', { name: '4. Lingue' }).click();
      await page.getByRole('button', { name: 'Aggiungi una lingua' }).click();
      await page.locator('#languages-0-languageCode').selectOption({ label: 'Italiano' });
      expect(await page.getByText('È la sua lingua madre').count()).toBe(1);
      await tick(page, 'languages-0-motherTongue');
      await saveStep(page, 'lingue', 'Competenze');
      await page.getByRole('button', { name: '7. Patenti e disponibilità' }).click();
      await page.getByLabel('Distanza massima dal domicilio, in chilometri').fill('25');
      await page.getByRole('button', { name: 'Salva', exact: true }).click();
      await expect
        .poll(() => page.getByTestId('cv-status').textContent(), WAIT)
        .toBe('Salvato: patenti e disponibilità.');

      await page.getByRole('link', { name: 'Torna alla scheda di Luca Galli' }).click();
      await page.getByTestId('cv').waitFor();
      const missing = (await page.getByTestId('cv-missing').textContent()) ?? '';
      expect(missing).toMatch(/^Cosa manca: .*titolo di studio/);
      expect(missing).not.toMatch(/\btuo\b|\btua\b|[Aa]ggiungi/);
      expect(await page.getByTestId('cv-skills').textContent()).toContain(SKILL);
      await look(page, 'cv-operator-citizen');
    });

    it('the citizen sets a password from the email, shares the CV, is proposed and accepts; the company sees the name', async () => {
      const mail = await waitForMail(baseUrl, email, /Il tuo accesso a Sportello Lavoro/);
      const link = linkTo(mail, '/cittadini/invito');
      const citizen = await newPage(browser, baseUrl);
      await citizen.page.goto(`${link.pathname}${link.search}`);
      await citizen.page.getByLabel('Nuova password').fill(PASSWORD);
      await citizen.page.getByRole('button', { name: 'Salva la password e accedi' }).click();
      await citizen.page.getByTestId('profile').waitFor();
      await shareCv(citizen.page);

      await page.goto(`/operatori/offerte/${vacancyId}`);
      await page.getByRole('heading', { level: 1, name: vacancyTitle }).waitFor();
      // The matching index follows the change feed: the page is reloaded until the change shows.
      const luca = page
        .getByTestId('match-card')
        .filter({ has: page.getByRole('heading', { name: /Luca Galli$/ }) });
      await expect
        .poll(async () => {
          await page.reload();
          await page.getByTestId('matches-list').waitFor();
          return luca.count();
        }, WAIT)
        .toBe(1);
      await look(page, 'cv-operator-suggested');
      await luca.getByRole('button', { name: 'Proponi Luca Galli all’azienda' }).click();
      await luca.getByTestId('propose-result').waitFor();

      const told = await waitForMail(baseUrl, email, /Lo sportello ti propone per un'offerta/);
      expect(told.text).toContain(vacancyTitle);
      await citizen.page.getByRole('link', { name: 'Proposte dello sportello' }).first().click();
      const offer = citizen.page
        .getByTestId('proposal')
        .filter({ has: citizen.page.getByRole('heading', { name: vacancyTitle, exact: true }) });
      await offer.getByRole('button', { name: 'Accetta la proposta' }).click();
      await offer.getByRole('button', { name: 'Sì, accetto e mostro i miei dati' }).click();
      await citizen.page.getByTestId('action-result').waitFor();

      const company = await newPage(browser, baseUrl);
      await login(company.page, '/aziende', DEMO.companyMember, DEMO_PASSWORD);
      await company.page.getByTestId('company-status').waitFor();
      await company.page.goto(`/aziende/offerte/${vacancyId}`);
      const card = company.page
        .getByTestId('application-card')
        .filter({ has: company.page.getByRole('heading', { level: 3, name: 'Luca Galli' }) });
      expect(await card.getByTestId('candidate-details').textContent()).toContain(email);
      await company.context.close();

      // Withdrawn, the citizen leaves the suggestions.
      await citizen.page.goto('/cittadini/profilo');
      await withdrawCv(citizen.page);
      await citizen.context.close();
    });

    it('groups the sections behind "Menu" on a phone', async () => {
      await page.setViewportSize({ width: 360, height: 780 });
      const menu = page.getByRole('navigation', { name: 'Sezioni dell’area operatori' });
      expect(await menu.getByRole('link', { name: 'Cittadini' }).isVisible()).toBe(false);
      await menu.getByRole('button', { name: 'Menu' }).click();
      expect(await menu.getByRole('button', { name: 'Chiudi il menu' }).getAttribute('aria-expanded')).toBe(
        'true',
      );
      await menu.getByRole('link', { name: 'Cittadini' }).click();
      await page.getByRole('heading', { level: 1, name: 'Cittadini' }).waitFor();
      await page.setViewportSize({ width: 1280, height: 900 });
      expect(pageErrors(page)).toEqual([]);
    });
  });

  describe('an operator registers a walk-in who has no email, and adds one later (/operatori)', () => {
    let context: BrowserContext;
    let page: Page;
    const email = `${unique('anna.conti.')}@example.it`;

    beforeAll(async () => {
      ({ context, page } = await newPage(browser, baseUrl));
      await login(page, '/operatori', DEMO.operator, DEMO_PASSWORD);
      await page.getByRole('heading', { level: 1, name: 'Aziende da verificare' }).waitFor();
    });
    afterAll(async () => {
      await context?.close();
    });

    it('registers her without an email and says who must tell her what happens', async () => {
      await openSection(page, 'Cittadini');
      await page.getByRole('link', { name: 'Registra un cittadino allo sportello' }).click();
      await page.getByLabel('Comune di residenza').selectOption({ label: 'Legnano (MI)' });
      await page.getByLabel('Nome', { exact: true }).fill('Anna');
      await page.getByLabel('Cognome', { exact: true }).fill('Conti');
      await page.getByLabel('Codice fiscale').fill(codiceFiscale());
      await page.getByRole('button', { name: 'Registra e scrivi il curriculum' }).click();
      await page.getByRole('heading', { level: 1, name: 'Profilo e curriculum di Anna Conti' }).waitFor();
      expect(await page.getByTestId('registered').textContent()).toContain('registrato/a senza email');
      await page.getByRole('link', { name: 'Torna alla scheda di Anna Conti' }).click();
      await page.getByRole('heading', { level: 2, name: 'Accesso al portale' }).waitFor();
      expect(await page.getByTestId('citizen-profile').textContent()).toContain(
        'Nessuna: la persona si contatta',
      );
      await look(page, 'walk-in-without-email');
    });

    it('adds her new email: she gets the invitation and logs in', async () => {
      await page.getByRole('button', { name: 'Manda l’invito' }).click();
      await page.getByText('Scrivi l’indirizzo email della persona.').first().waitFor();
      await page.getByLabel('Indirizzo email').fill(email);
      await page.getByRole('button', { name: 'Manda l’invito' }).click();
      await page.getByText(`Invito mandato a ${email}`).waitFor();

      const mail = await waitForMail(baseUrl, email, /Il tuo accesso a Sportello Lavoro/);
      const link = linkTo(mail, '/cittadini/invito');
      const citizen = await newPage(browser, baseUrl);
      await citizen.page.goto(`${link.pathname}${link.search}`);
      await citizen.page.getByLabel('Nuova password').fill(PASSWORD);
      await citizen.page.getByRole('button', { name: 'Salva la password e accedi' }).click();
      await citizen.page.getByTestId('profile').waitFor();
      await citizen.context.close();

      await page.reload();
      await page.getByTestId('citizen-profile').getByText(email).waitFor();
      expect(await page.getByRole('heading', { level: 2, name: 'Accesso al portale' }).count()).toBe(0);
      expect(pageErrors(page)).toEqual([]);
    });
  });
});
