import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  accessibilityViolations,
  describeViolations,
  launchBrowser,
  login,
  newPage,
  pageErrors,
  row,
  screenshot,
} from '../src/browser.js';
import { DEMO, DEMO_PASSWORD, graphqlRequest } from '../src/data.js';
import { check, openSection } from '../src/operator-portal.js';

const baseUrl = inject('baseUrl');
const skipReason = inject('skipReason');

/** The demo's published vacancies (demo seed). */
const WIRE_WELDING = 'Saldatore / saldatrice a filo';
const SPOT_WELDING = 'Saldatore / saldatrice a punti';
const DAVIDE = 'davide.moretti@demo.sportellolavoro.it';

async function accessToken(email: string): Promise<string> {
  const data = await graphqlRequest<{ login: { session: { accessToken: string } | null } }>(
    baseUrl,
    'mutation($input: LoginInput!) { login(input: $input) { session { accessToken } } }',
    { input: { email, password: DEMO_PASSWORD } },
  );
  if (!data.login.session) throw new Error(`Login of ${email} failed`);
  return data.login.session.accessToken;
}

/** The names on the suggested candidates' cards, best first. */
async function candidateNames(page: Page): Promise<string[]> {
  return (await page.getByTestId('match-card').locator('h3').allTextContents()).map((name) =>
    name.replace(/^\d+\.\s*/, ''),
  );
}

function card(page: Page, name: string) {
  return page.getByTestId('match-card').filter({ has: page.getByRole('heading', { name }) });
}

describe.skipIf(Boolean(skipReason))('matching in the portals', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe('operators: suggested candidates of a vacancy (/operatori)', () => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      ({ context, page } = await newPage(browser, baseUrl));
      await login(page, '/operatori', DEMO.operator, DEMO_PASSWORD);
      await page.getByRole('heading', { level: 1, name: 'Aziende da verificare' }).waitFor();
      await openSection(page, 'Offerte');
      await page.getByRole('link', { name: WIRE_WELDING, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: WIRE_WELDING }).waitFor();
      await page.getByTestId('matches-list').waitFor();
    });
    afterAll(async () => {
      await context?.close();
    });

    it('ranks the people who share their CV, with each component’s points and reason in words', async () => {
      expect((await candidateNames(page)).sort()).toEqual([
        'Davide Moretti',
        'Giulia Bianchi',
        'Marco Colombo',
        'Sara Conti',
      ]);
      expect(await page.getByTestId('matches-count').textContent()).toBe('4 persone suggerite.');
      const scores = await page.getByTestId('match-score').allTextContents();
      const values = scores.map((text) =>
        Number(/Punteggio ([\d,]+) su 100/.exec(text)![1]!.replace(',', '.')),
      );
      expect(values).toEqual([...values].sort((a, b) => b - a));

      const giulia = card(page, 'Giulia Bianchi');
      const components = (await giulia.getByTestId('match-components').textContent()) ?? '';
      for (const expected of [
        'Professione',
        'stessa professione ESCO cercata o svolta',
        'Distanza',
        '0 km, entro il raggio di 25 km',
        'Patenti di guida',
        '1 di 1 patente richiesta',
      ]) {
        expect(components).toContain(expected);
      }
      expect(components).toMatch(/\d+(,\d)? punti su \d+/);
      // Giulia has applied already: she is marked and cannot be proposed again.
      expect(await giulia.getByTestId('match-application').textContent()).toContain('Già candidata');
      expect(await giulia.getByRole('button', { name: /^Proponi/ }).count()).toBe(0);
      expect(
        await card(page, 'Sara Conti')
          .getByRole('button', { name: /^Proponi/ })
          .count(),
      ).toBe(1);
      // The name leads to the person's page.
      expect(await giulia.getByRole('link', { name: 'Giulia Bianchi' }).getAttribute('href')).toMatch(
        /\/operatori\/cittadini\/[0-9a-f-]{36}$/,
      );
      await check(page, 'vacancy-matches');
    });

    it('filters by radius, minimum score and target group; wrong values are refused with the field named', async () => {
      const filters = page.getByTestId('matches-filter');
      await filters.getByLabel('Punteggio minimo').fill('150');
      await filters.getByRole('button', { name: 'Applica i filtri' }).click();
      const summary = filters.getByTestId('error-summary');
      await summary.waitFor();
      expect(await summary.textContent()).toContain('Il punteggio minimo va da 0 a 100.');
      expect(await filters.getByLabel('Punteggio minimo').getAttribute('aria-invalid')).toBe('true');
      await check(page, 'vacancy-matches-errors');

      await filters.getByLabel('Punteggio minimo').fill('');
      await filters.getByLabel('Raggio massimo in km').fill('0');
      await filters.getByRole('button', { name: 'Applica i filtri' }).click();
      await expect.poll(() => candidateNames(page)).toEqual(['Giulia Bianchi']);
      expect(await page.getByTestId('matches-count').textContent()).toBe('1 persona suggerita.');

      await filters.getByLabel('Raggio massimo in km').fill('');
      await filters.locator('label[for="matches-group-OVER_45"]').click();
      await filters.getByRole('button', { name: 'Applica i filtri' }).click();
      await expect
        .poll(async () => (await candidateNames(page)).sort())
        .toEqual(['Giulia Bianchi', 'Marco Colombo']);

      await filters.locator('label[for="matches-group-OVER_45"]').click();
      await filters.locator('label[for="matches-group-NEET"]').click();
      await filters.getByRole('button', { name: 'Applica i filtri' }).click();
      await expect.poll(() => candidateNames(page)).toEqual(['Davide Moretti']);

      await filters.getByLabel('Punteggio minimo').fill('100');
      await filters.getByRole('button', { name: 'Applica i filtri' }).click();
      await page.getByTestId('matches-empty').waitFor();
      expect(await page.getByTestId('matches-empty').textContent()).toContain(
        'Nessuna persona corrisponde ai filtri',
      );

      await filters.getByRole('button', { name: 'Togli i filtri' }).click();
      await expect.poll(async () => (await candidateNames(page)).length).toBe(4);
      expect(await filters.getByLabel('Punteggio minimo').inputValue()).toBe('');
    });

    it('proposes a candidate in one step, and shows why a proposal is refused', async () => {
      // Davide withdraws his consent to share the CV after the list was loaded.
      await graphqlRequest(
        baseUrl,
        'mutation { withdrawConsent(purpose: CV_SHARING) { userErrors { message } } }',
        {},
        await accessToken(DAVIDE),
      );
      const davide = card(page, 'Davide Moretti');
      await davide.getByRole('button', { name: 'Proponi Davide Moretti all’azienda' }).click();
      const refused = davide.getByTestId('propose-result');
      await refused.waitFor();
      expect(await refused.textContent()).toContain(
        'Persona: La persona non ha dato il consenso alla condivisione del CV con le aziende.',
      );
      expect(await row(page, 'applications-table', 'Davide Moretti').count()).toBe(0);
      await check(page, 'vacancy-matches-propose-error');

      const sara = card(page, 'Sara Conti');
      await sara.getByRole('button', { name: 'Proponi Sara Conti all’azienda' }).click();
      const done = sara.getByTestId('propose-result');
      await expect
        .poll(() => done.textContent())
        .toContain(`Hai proposto Sara Conti per l’offerta «${WIRE_WELDING}»`);
      await expect.poll(() => sara.getByTestId('match-application').textContent()).toBe('Già proposta');
      expect(await sara.getByRole('button', { name: /^Proponi/ }).count()).toBe(0);
      const proposal = row(page, 'applications-table', 'Sara Conti');
      await proposal.waitFor();
      expect(await proposal.locator('td').first().textContent()).toBe('Proposta');
      // Without the consent Davide is no longer suggested.
      await expect.poll(() => card(page, 'Davide Moretti').count()).toBe(0);
      await check(page, 'vacancy-matches-proposed');
    });

    it('says why a person does not appear, or where they stand, against the 50th candidate', async () => {
      const form = page.getByTestId('standing-form');
      const person = form.getByLabel('Persona');
      const choose = async (name: string) => {
        const option = person.locator('option', { hasText: name }).first();
        await option.waitFor({ state: 'attached' });
        await person.selectOption((await option.getAttribute('value'))!);
        await form.getByRole('button', { name: 'Confronta con i candidati suggeriti' }).click();
      };
      // Luca has a CV but does not share it with companies.
      await choose('Luca Ferrari');
      const result = page.getByTestId('standing-result');
      await expect
        .poll(() => result.textContent())
        .toContain('La persona non ha dato il consenso a condividere il CV con le aziende');
      // Marco is among the suggested ones: his place, his points and each component's reason.
      await choose('Marco Colombo');
      await expect.poll(() => result.textContent()).toContain('Marco Colombo');
      expect(await page.getByTestId('standing-summary').textContent()).toMatch(
        /^La persona compare tra i candidati suggeriti, al posto [1-4], con [\d,]+ punti su 100\.$/,
      );
      const components = (await page.getByTestId('standing-components').textContent()) ?? '';
      expect(components).toContain('Competenze essenziali');
      expect(components).toMatch(/\d di 3 competenze essenziali/);
      await check(page, 'vacancy-candidate-standing');
    });
  });

  describe('citizens: "Offerte adatte a te" (/cittadini)', () => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      ({ context, page } = await newPage(browser, baseUrl));
      await login(page, '/cittadini', DEMO.citizen, DEMO_PASSWORD);
      await page.getByTestId('profile').waitFor();
    });
    afterAll(async () => {
      await context?.close();
    });

    async function accessible(name: string) {
      await page.waitForLoadState('networkidle');
      await screenshot(page, `citizen-${name}`);
      const violations = await accessibilityViolations(page);
      expect(violations, `${name}:\n${describeViolations(violations)}`).toEqual([]);
      expect(pageErrors(page)).toEqual([]);
    }

    const offer = (title: string) =>
      page.getByTestId('match-card').filter({ has: page.getByRole('heading', { name: title, exact: true }) });

    it('lists the matching vacancies with the score in words and a link to apply', async () => {
      await page.getByRole('link', { name: 'Offerte adatte a te' }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Offerte adatte a te' }).waitFor();
      await page.getByTestId('matches-list').waitFor();
      const wire = offer(WIRE_WELDING);
      const spot = offer(SPOT_WELDING);
      await wire.waitFor();
      expect(await spot.count()).toBe(1);
      expect(await wire.getByTestId('match-score').textContent()).toMatch(
        /^(Molto adatta|Adatta|Adatta in parte|Poco adatta) per te: [\d,]+ punti su 100$/,
      );
      expect(await spot.getByTestId('match-gaps').textContent()).toMatch(
        /^Corrisponde solo in parte per: .*professione/,
      );
      const explained = (await wire.getByTestId('match-components').textContent()) ?? '';
      expect(explained).toContain('Distanza');
      expect(explained).toContain('0 km, entro il raggio di 25 km');
      expect(await wire.textContent()).toContain('Officine Meccaniche Legnano S.r.l. (demo)');
      expect(await wire.textContent()).toContain('Legnano (MI)');
      // Giulia applied for the wire welding vacancy already; the spot welding one she can apply to.
      expect(await wire.getByTestId('match-applied').textContent()).toContain(
        'Hai già inviato la candidatura',
      );
      expect(await wire.getByRole('link', { name: /^Candidati/ }).count()).toBe(0);
      await accessible('matching-vacancies');
    });

    it('filters by distance, refusing what is not a number of km', async () => {
      const radius = page.getByLabel('Distanza massima da casa, in km');
      await radius.fill('venti');
      await page.getByRole('button', { name: 'Mostra le offerte' }).click();
      await page.getByTestId('error-summary').waitFor();
      expect(await page.getByTestId('error-summary').textContent()).toContain(
        'Scrivi la distanza in km con un numero intero, da 0 a 500.',
      );
      expect(await radius.getAttribute('aria-invalid')).toBe('true');
      await accessible('matching-vacancies-errors');

      // Canegrate is a few km from Legnano, where Giulia lives.
      await radius.fill('0');
      await page.getByRole('button', { name: 'Mostra le offerte' }).click();
      // Other tests may publish more vacancies in Legnano: only these two are known.
      await expect
        .poll(async () => [await offer(WIRE_WELDING).count(), await offer(SPOT_WELDING).count()])
        .toEqual([1, 0]);

      await radius.fill('20');
      await page.getByRole('button', { name: 'Mostra le offerte' }).click();
      await offer(SPOT_WELDING).waitFor();
    });

    it('leads to the application of a vacancy', async () => {
      await offer(SPOT_WELDING)
        .getByRole('link', { name: `Candidati per «${SPOT_WELDING}»` })
        .click();
      await page.waitForURL(/\/cittadini\/candidatura\/[0-9a-f-]{36}$/);
      await page.getByTestId('apply-form').waitFor();
      expect(await page.locator('.sl-lead').textContent()).toContain(SPOT_WELDING);
    });
  });
});
