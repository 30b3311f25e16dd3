import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, login, newPage, pageErrors, screenshot } from '../src/browser.js';
import {
  codiceFiscale,
  DEMO,
  DEMO_PASSWORD,
  graphqlRequest,
  linkTo,
  unique,
  waitForMail,
} from '../src/data.js';

const baseUrl = inject('baseUrl');
const skipReason = inject('skipReason');

describe.skipIf(Boolean(skipReason))('citizens portal (/cittadini)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('registers a resident of a member comune, verifies the email, logs in and sees the profile', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    const sentBodies: { persisted?: boolean; query?: string }[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.method() === 'POST')
        sentBodies.push(request.postDataJSON());
    });
    const email = `${unique('mario.rossi.')}@example.it`;
    const cf = codiceFiscale();

    await page.goto('/cittadini/');
    await screenshot(page, 'citizen-home');
    await page.getByRole('link', { name: 'Registrati' }).first().click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Registrati');

    // An empty form is refused in the browser, with the errors listed and the focus on the list.
    await page.getByRole('button', { name: 'Registrati' }).click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Scrivi il tuo codice fiscale.');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'error-summary',
    );
    await screenshot(page, 'citizen-register-errors');

    await page.getByLabel('Comune di residenza').selectOption({ label: 'Legnano (MI)' });
    await page.getByLabel('Nome', { exact: true }).fill('Mario');
    await page.getByLabel('Cognome', { exact: true }).fill('Rossi');
    await page.getByLabel('Codice fiscale').fill(cf.toLowerCase());
    await page.getByLabel('Indirizzo email').fill(email);
    await page.getByLabel('Numero di telefono').fill('333 1234567');
    await page.getByLabel('Scegli una password').fill('una password lunga e sicura');
    // Bootstrap Italia draws the checkbox on its label, which is what a person clicks.
    await page.locator('label[for="privacyNoticeAccepted"]').click();
    expect(await page.getByLabel('Ho letto l’informativa sulla privacy').isChecked()).toBe(true);
    await screenshot(page, 'citizen-register-filled');
    await page.getByRole('button', { name: 'Registrati' }).click();

    await page.getByRole('heading', { name: 'Controlla la tua email' }).waitFor();
    expect(await page.getByTestId('registration-done').textContent()).toContain(email);
    await screenshot(page, 'citizen-check-email');

    // Not verified yet: the login says so in Italian.
    await login(page, '/cittadini', email, 'una password lunga e sicura');
    await summary.waitFor();
    expect(await summary.textContent()).toContain("Devi prima confermare l'indirizzo email");

    const mail = await waitForMail(baseUrl, email, /Conferma il tuo indirizzo email/);
    const link = linkTo(mail, '/cittadini/verifica-email');
    await page.goto(`${link.pathname}${link.search}`);
    await page.getByTestId('verify-done').waitFor();
    await screenshot(page, 'citizen-email-verified');
    await page.getByRole('link', { name: 'Accedi' }).first().click();

    await page.getByLabel('Indirizzo email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill('una password lunga e sicura');
    await page.getByRole('button', { name: 'Accedi' }).click();
    await page.getByRole('heading', { name: 'Il mio profilo' }).waitFor();
    const profile = page.getByTestId('profile');
    await profile.waitFor();
    const text = await profile.textContent();
    expect(text).toContain('Mario Rossi');
    expect(text).toContain(cf);
    expect(text).toContain('14 marzo 1985');
    expect(text).toContain('Legnano (MI)');
    expect(text).toContain('333 1234567');
    expect(await page.getByTestId('header-user').textContent()).toContain('Mario Rossi');
    await screenshot(page, 'citizen-profile');

    // A reload keeps the session (sessionStorage); "Esci" ends it.
    await page.reload();
    await profile.waitFor();
    await page.getByRole('button', { name: 'Esci' }).click();
    await page.getByTestId('login-notice').waitFor();
    expect(await page.getByTestId('login-notice').textContent()).toContain('Sei uscito');
    await page.goto('/cittadini/profilo');
    await page.getByRole('heading', { name: 'Accedi' }).waitFor();

    expect(pageErrors(page)).toEqual([]);
    // The portal sends its operations by hash, never as text.
    expect(sentBodies.length).toBeGreaterThan(2);
    expect(sentBodies.every((body) => body.persisted === true && body.query?.startsWith('sha256:'))).toBe(
      true,
    );
    await context.close();
  });

  it('offers only the comuni of the network, and the API refuses a comune outside it in Italian', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await page.goto('/cittadini/registrati');
    const select = page.getByLabel('Comune di residenza');
    await select.waitFor();
    const options = await select.locator('option').allTextContents();
    expect(options).toEqual(expect.arrayContaining(['Legnano (MI)', 'Busto Garolfo (MI)', 'Varese (VA)']));
    expect(options.some((option: string) => option.startsWith('Milano'))).toBe(false);

    // Someone who bypasses the form (Milano, 015146) gets the API's Italian error on that field.
    const result = await page.evaluate(async () => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `mutation ($input: RegisterCitizenInput!) {
            registerCitizen(input: $input) { citizen { id } userErrors { field code message } }
          }`,
          variables: {
            input: {
              networkSlug: 'rete-lavoro-altomilanese',
              email: 'milanese@example.it',
              password: 'una password lunga e sicura',
              givenName: 'Luca',
              familyName: 'Milanesi',
              codiceFiscale: 'MLNLCU85C14F205B',
              residenceComuneCode: '015146',
              privacyNoticeAccepted: true,
            },
          },
        }),
      });
      return response.json();
    });
    const errors = result.data.registerCitizen.userErrors as {
      field: string;
      code: string;
      message: string;
    }[];
    expect(result.data.registerCitizen.citizen).toBeNull();
    const comuneError = errors.find((e) => e.field === 'residenceComuneCode');
    expect(comuneError?.code).toBe('COMUNE_NOT_IN_NETWORK');
    expect(comuneError?.message).toMatch(/^Il servizio è riservato ai comuni della rete: .*Legnano/);
    await context.close();
  });

  it('logs in the demo citizen and refuses an operator with a pointer to the right portal', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await login(page, '/cittadini', DEMO.operator, DEMO_PASSWORD);
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Quest’area è riservata ai cittadini');
    expect(await summary.textContent()).toContain('/operatori/');

    await login(page, '/cittadini', DEMO.citizen, DEMO_PASSWORD);
    await page.getByTestId('profile').waitFor();
    expect(await page.getByTestId('profile').textContent()).toContain('Giulia Bianchi');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('resets a forgotten password with the link from the email', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await page.goto('/cittadini/accedi');
    await page.getByRole('link', { name: 'Hai dimenticato la password?' }).click();
    await page.getByLabel('Indirizzo email').fill(DEMO.citizen);
    await page.getByRole('button', { name: 'Invia il link' }).click();
    await page.getByTestId('reset-requested').waitFor();
    await screenshot(page, 'citizen-reset-requested');

    const mail = await waitForMail(baseUrl, DEMO.citizen, /Reimposta la password/);
    const link = linkTo(mail, '/cittadini/reimposta-password');
    await page.goto(`${link.pathname}${link.search}`);
    await page.getByLabel('Nuova password').fill('corta');
    await page.getByRole('button', { name: 'Salva la nuova password' }).click();
    await page.getByTestId('error-summary').waitFor();
    expect(await page.getByTestId('error-summary').textContent()).toContain('almeno 12 caratteri');
    await screenshot(page, 'citizen-reset-password-error');

    await page.getByLabel('Nuova password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Salva la nuova password' }).click();
    await page.getByTestId('reset-done').waitFor();
    await login(page, '/cittadini', DEMO.citizen, DEMO_PASSWORD);
    await page.getByTestId('profile').waitFor();
    await context.close();
  });

  it('a citizen registered at the desk accepts the invitation, chooses a password and is logged in', async () => {
    // The operator registers the citizen through the API (the desk's screens are not part of this slice).
    const { login: operatorLogin } = await graphqlRequest<{ login: { session: { accessToken: string } } }>(
      baseUrl,
      'mutation ($input: LoginInput!) { login(input: $input) { session { accessToken } } }',
      { input: { email: DEMO.operator, password: DEMO_PASSWORD } },
    );
    const email = `${unique('allo.sportello.')}@example.it`;
    const registered = await graphqlRequest<{ registerCitizenByOperator: { userErrors: unknown[] } }>(
      baseUrl,
      `mutation ($input: RegisterCitizenByOperatorInput!) {
        registerCitizenByOperator(input: $input) { citizen { id } userErrors { field message } }
      }`,
      {
        input: {
          email,
          givenName: 'Rosa',
          familyName: 'Neri',
          codiceFiscale: codiceFiscale(),
          residenceComuneCode: '015041', // Busto Garolfo (the brief's 015035 is Bubbiano)
        },
      },
      operatorLogin.session.accessToken,
    );
    expect(registered.registerCitizenByOperator.userErrors).toEqual([]);

    const mail = await waitForMail(baseUrl, email, /Il tuo accesso a Sportello Lavoro/);
    const link = linkTo(mail, '/cittadini/invito');
    const { context, page } = await newPage(browser, baseUrl);
    await page.goto(`${link.pathname}${link.search}`);
    await page.getByRole('heading', { name: 'Benvenuto in Sportello Lavoro' }).waitFor();
    await page.getByLabel('Nuova password').fill('la mia prima password');
    await page.getByRole('button', { name: 'Salva la password e accedi' }).click();
    const profile = page.getByTestId('profile');
    await profile.waitFor();
    expect(await profile.textContent()).toContain('Busto Garolfo (MI)');
    await screenshot(page, 'citizen-invitation-accepted');

    // The link works once only.
    const second = await newPage(browser, baseUrl);
    await second.page.goto(`${link.pathname}${link.search}`);
    await second.page.getByLabel('Nuova password').fill('un altro tentativo qualsiasi');
    await second.page.getByRole('button', { name: 'Salva la password e accedi' }).click();
    await second.page.getByTestId('error-summary').waitFor();
    expect(await second.page.getByTestId('error-summary').textContent()).toContain(
      'Il link non è valido o è scaduto',
    );
    expect(pageErrors(page)).toEqual([]);
    await second.context.close();
    await context.close();
  });
});
