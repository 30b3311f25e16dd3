import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  accessibilityViolations,
  describeViolations,
  launchBrowser,
  newPage,
  pageErrors,
  screenshot,
} from '../src/browser.js';
import { tick } from '../src/cv-editor.js';
import { DEMO, DEMO_PASSWORD } from '../src/data.js';

const baseUrl = inject('baseUrl');
const skipReason = inject('skipReason');

/** Anna Ricci of the development provider: a resident of Legnano with no account yet. */
const ANNA = { button: 'Entra come Anna Ricci', codiceFiscale: /^RCCNNA85P52E514/ };

async function accessible(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await screenshot(page, name);
  const violations = await accessibilityViolations(page);
  expect(violations, `${name}:\n${describeViolations(violations)}`).toEqual([]);
  expect(pageErrors(page)).toEqual([]);
}

/** From the portal's login page to the development provider, where the person picks an identity. */
async function enterWithSpidCie(page: Page, identityButton: string, shot?: string) {
  await page.goto('/cittadini/accedi');
  await page.getByRole('link', { name: 'Entra con SPID o CIE' }).click();
  await page.getByRole('heading', { name: 'Identità di prova' }).waitFor();
  await page.getByText('Fornitore di identità di sviluppo').waitFor();
  if (shot) await screenshot(page, shot);
  await page.getByRole('button', { name: identityButton }).click();
}

describe.skipIf(Boolean(skipReason))('SPID/CIE: login, first registration, linking', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a resident registers with SPID/CIE, sees the data locked, and next time enters directly', async () => {
    const { page, context } = await newPage(browser, baseUrl);
    await page.goto('/cittadini/accedi');
    await page.getByRole('link', { name: 'Entra con SPID o CIE' }).waitFor();
    await accessible(page, 'citizen-spid-cie-login-page');

    await enterWithSpidCie(page, ANNA.button, 'citizen-spid-cie-provider');
    await page.getByRole('heading', { level: 1, name: 'Benvenuta o benvenuto, Anna' }).waitFor();
    const identity = page.getByTestId('spid-cie-identity');
    await identity.getByText(ANNA.codiceFiscale).waitFor();
    await identity.getByText('Anna Ricci').waitFor();
    // The provider's email is offered; the person only says where they live.
    expect(await page.getByLabel('Indirizzo email').inputValue()).toBe('anna.ricci@esempio.it');
    await accessible(page, 'citizen-spid-cie-first-access');

    // Sent without the comune: the form says what is missing, nothing is created.
    await tick(page, 'privacyNoticeAccepted');
    await page.getByRole('button', { name: 'Registrati' }).click();
    await page.getByText('Scegli il comune dove risiedi.').first().waitFor();
    await screenshot(page, 'citizen-spid-cie-missing-comune');

    await page.getByLabel('Comune di residenza').selectOption({ label: 'Legnano (MI)' });
    await page.getByRole('button', { name: 'Registrati' }).click();
    await page.getByRole('heading', { level: 1, name: 'Il mio profilo' }).waitFor();
    expect(await page.getByTestId('profile-codice-fiscale').textContent()).toMatch(ANNA.codiceFiscale);
    expect(await page.getByTestId('profile-codice-fiscale').textContent()).toContain(
      'da SPID o CIE, non modificabile',
    );
    await page.getByTestId('identity-locked').waitFor();
    // Names are not editable: the form offers phone and employment status only.
    const form = page.getByTestId('profile-form');
    expect(await form.getByLabel('Nome', { exact: true }).count()).toBe(0);
    await form.getByLabel('Numero di telefono').waitFor();
    await accessible(page, 'citizen-spid-cie-profile-locked');

    // Logging out ends the session at the provider too, and comes back to the login page.
    await page.getByRole('button', { name: 'Esci' }).click();
    await page.waitForURL(/\/cittadini\/accedi$/);
    await page.getByRole('link', { name: 'Entra con SPID o CIE' }).waitFor();

    // Second time: straight in.
    await enterWithSpidCie(page, ANNA.button);
    await page.getByRole('heading', { level: 1, name: 'Il mio profilo' }).waitFor();
    expect(await page.getByTestId('profile-codice-fiscale').textContent()).toMatch(ANNA.codiceFiscale);
    await screenshot(page, 'citizen-spid-cie-second-login');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('a citizen with a password account links it to SPID/CIE only with the password', async () => {
    const { page, context } = await newPage(browser, baseUrl);
    await enterWithSpidCie(page, 'Entra come Giulia Bianchi');
    await page.getByRole('button', { name: 'Collegalo a SPID o CIE' }).click();
    await page.getByRole('heading', { level: 1, name: 'Collega il tuo account a SPID o CIE' }).waitFor();
    await page.getByLabel('Indirizzo email').fill(DEMO.citizen);
    await page.getByLabel('Password', { exact: true }).fill('una password sbagliata');
    await page.getByRole('button', { name: 'Collega e accedi' }).click();
    await page.getByText('Email o password non corretti.').first().waitFor();
    await accessible(page, 'citizen-spid-cie-link-wrong-password');

    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Collega e accedi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Il mio profilo' }).waitFor();
    await page.getByTestId('identity-locked').waitFor();
    await screenshot(page, 'citizen-spid-cie-linked');
    await context.close();
  });

  it('explains a login that did not come back from the provider', async () => {
    const { page, context } = await newPage(browser, baseUrl);
    await page.goto('/api/oidc/callback?state=inventato&code=inventato');
    await page.getByRole('heading', { level: 1, name: 'Accesso con SPID o CIE non riuscito' }).waitFor();
    await page.getByText('è scaduto o non è partito da questa pagina').waitFor();
    await accessible(page, 'citizen-spid-cie-failure');
    await context.close();
  });
});
