import { Secret, TOTP } from 'otpauth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, login, newPage, screenshot } from '../src/browser.js';
import { DEMO, DEMO_PASSWORD, graphqlRequest, linkTo, unique, waitForMail } from '../src/data.js';
import { check, openSection } from '../src/operator-portal.js';

const baseUrl = inject('baseUrl');
const skipReason = inject('skipReason');

const PASSWORD = 'una password lunga per il secondo fattore';

/** What the authenticator app would show for the secret at that moment (same library as the API). */
const codeFor = (secret: string, at = Date.now()) =>
  TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: at });

/**
 * A code later than any the API accepted so far for this secret: each code is accepted once, and
 * the API takes the next 30-second step's code too (for a phone whose clock runs a little ahead).
 */
const nextCode = (secret: string) => codeFor(secret, Date.now() + 30_000);

async function passwordLogin(email: string, password: string) {
  type Login = {
    login: { session: { accessToken: string } | null; secondFactor: { challengeToken: string } | null };
  };
  const { login } = await graphqlRequest<Login>(
    baseUrl,
    'mutation($input: LoginInput!) { login(input: $input) { session { accessToken } secondFactor { challengeToken } } }',
    { input: { email, password } },
  );
  return login;
}

/** A new operator of the demo network, invited by the admin, who has set their password. */
async function newOperator(): Promise<string> {
  const admin = await passwordLogin(DEMO.networkAdmin, DEMO_PASSWORD);
  const adminToken = admin.session!.accessToken;
  const { sportelli } = await graphqlRequest<{ sportelli: { id: string }[] }>(
    baseUrl,
    '{ sportelli { id } }',
    {},
    adminToken,
  );
  const email = `${unique('operatore2fa')}@esempio.it`;
  await graphqlRequest(
    baseUrl,
    'mutation($input: CreateOperatorInput!) { createOperator(input: $input) { operator { id } userErrors { message } } }',
    { input: { sportelloId: sportelli[0]!.id, email, givenName: 'Sara', familyName: 'Conti' } },
    adminToken,
  );
  const mail = await waitForMail(baseUrl, email, /Il tuo accesso/);
  const token = linkTo(mail, '/operatori/invito').searchParams.get('token');
  await graphqlRequest(
    baseUrl,
    'mutation($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { userErrors { message } } }',
    { token, password: PASSWORD },
  );
  return email;
}

/** Enrols on the page shown (Sicurezza dell'account or the forced enrolment): returns secret and recovery codes. */
async function enrolInPortal(page: Page, name: string) {
  await page.getByRole('button', { name: 'Attiva la verifica in due passaggi' }).click();
  const key = page.getByTestId('totp-secret');
  await key.waitFor();
  // The key as a person would copy it from the screen, spaces and all.
  const secret = (await key.textContent())!.replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  expect(await page.getByRole('img', { name: /Codice QR/ }).getAttribute('src')).toMatch(
    /^data:image\/svg\+xml;base64,/,
  );
  await check(page, `${name}-qr`);

  await page.getByLabel('Codice dell’app di autenticazione').fill('000000');
  await page.getByRole('button', { name: 'Conferma il codice' }).click();
  await page.getByText('Il codice non è corretto').first().waitFor();
  await screenshot(page, `operator-${name}-wrong-code`);

  await page.getByLabel('Codice dell’app di autenticazione').fill(codeFor(secret));
  await page.getByRole('button', { name: 'Conferma il codice' }).click();
  const list = page.getByTestId('recovery-codes');
  await list.waitFor();
  const recoveryCodes = (await list.locator('li').allTextContents()).map((code) => code.trim());
  expect(recoveryCodes).toHaveLength(10);
  await page.getByText('non li mostreremo più').waitFor();
  await check(page, `${name}-recovery-codes`);
  return { secret, recoveryCodes };
}

async function logout(page: Page) {
  await page.getByRole('button', { name: 'Esci' }).click();
  await page.getByRole('heading', { level: 1, name: 'Accedi' }).waitFor();
}

describe.skipIf(Boolean(skipReason))('staff verification in two steps (/operatori)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('an operator enrols, then logs in with password and code, and once with a recovery code', async () => {
    const email = await newOperator();
    const { context, page } = await newPage(browser, baseUrl);
    await login(page, '/operatori', email, PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Aziende da verificare' }).waitFor();

    await openSection(page, 'Sicurezza dell’account');
    await page.getByRole('heading', { name: 'Verifica in due passaggi: non attiva' }).waitFor();
    await check(page, 'security-off');
    const { secret, recoveryCodes } = await enrolInPortal(page, 'security');
    await page.getByRole('button', { name: 'Ho salvato i codici' }).click();
    await page.getByRole('heading', { name: 'Verifica in due passaggi: attiva' }).waitFor();
    expect(await page.getByTestId('two-factor-status').textContent()).toContain('10 su 10');
    await check(page, 'security-on');
    await logout(page);

    // Password, then the app's code.
    await login(page, '/operatori', email, PASSWORD);
    await page.getByRole('heading', { name: 'Verifica in due passaggi' }).waitFor();
    await check(page, 'login-second-step');
    await page.getByLabel('Codice dell’app di autenticazione').fill('123456');
    await page.getByRole('button', { name: 'Verifica e accedi' }).click();
    await page.getByText('Il codice non è corretto').first().waitFor();
    await screenshot(page, 'operator-login-second-step-wrong-code');
    await page.getByLabel('Codice dell’app di autenticazione').fill(nextCode(secret));
    await page.getByRole('button', { name: 'Verifica e accedi' }).click();
    // Back to the page the session ended on.
    await page.getByRole('heading', { level: 1, name: 'Sicurezza dell’account' }).waitFor();
    await page.getByRole('button', { name: 'Esci' }).waitFor();
    await logout(page);

    // Password, then a recovery code instead.
    await login(page, '/operatori', email, PASSWORD);
    await page.getByRole('button', { name: 'Usa un codice di recupero' }).click();
    await page.getByLabel('Codice di recupero').fill(recoveryCodes[0]!);
    await check(page, 'login-recovery-code');
    await page.getByRole('button', { name: 'Verifica e accedi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sicurezza dell’account' }).waitFor();
    await page.getByTestId('two-factor-status').waitFor();
    expect(await page.getByTestId('two-factor-status').textContent()).toContain('9 su 10');
    await logout(page);

    // The same recovery code does not work twice.
    await login(page, '/operatori', email, PASSWORD);
    await page.getByRole('button', { name: 'Usa un codice di recupero' }).click();
    await page.getByLabel('Codice di recupero').fill(recoveryCodes[0]!);
    await page.getByRole('button', { name: 'Verifica e accedi' }).click();
    await page.getByText('Il codice di recupero non è corretto o è già stato usato.').first().waitFor();
    await context.close();
  });

  it('when the network requires it, an operator without it is sent to the enrolment first', async () => {
    const email = await newOperator();
    // The admin turns the second factor on for themself, then makes it required.
    const { context: adminContext, page: admin } = await newPage(browser, baseUrl);
    await login(admin, '/operatori', DEMO.networkAdmin, DEMO_PASSWORD);
    await admin.getByRole('heading', { level: 1, name: 'Aziende da verificare' }).waitFor();
    await openSection(admin, 'Rete');
    await admin.getByRole('heading', { name: 'Verifica in due passaggi per il personale' }).waitFor();
    await admin.locator('label[for="required"]').click();
    await admin.getByRole('button', { name: 'Salva la scelta' }).click();
    await admin.getByText('Prima attiva la verifica in due passaggi sul tuo account').first().waitFor();

    await openSection(admin, 'Sicurezza dell’account');
    const adminFactor = await enrolInPortal(admin, 'admin-security');
    await admin.getByRole('button', { name: 'Ho salvato i codici' }).click();
    try {
      await openSection(admin, 'Rete');
      await admin.locator('label[for="required"]').click();
      await admin.getByRole('button', { name: 'Salva la scelta' }).click();
      await admin.getByText('la verifica in due passaggi è obbligatoria per il personale').waitFor();
      await check(admin, 'network-two-factor');

      const { context, page } = await newPage(browser, baseUrl);
      await login(page, '/operatori', email, PASSWORD);
      await page.getByRole('heading', { level: 1, name: 'Attiva la verifica in due passaggi' }).waitFor();
      // Nothing else to open until it is done.
      expect(await page.getByRole('navigation', { name: 'Sezioni dell’area operatori' }).count()).toBe(0);
      await page.goto('/operatori/cittadini');
      await page.getByRole('heading', { level: 1, name: 'Attiva la verifica in due passaggi' }).waitFor();
      await check(page, 'forced-enrolment');
      await enrolInPortal(page, 'forced-enrolment');
      await page.getByRole('button', { name: 'Ho salvato i codici, continua' }).click();
      await page.getByRole('heading', { level: 1, name: 'Aziende da verificare' }).waitFor();
      await page.getByRole('navigation', { name: 'Sezioni dell’area operatori' }).waitFor();
      await screenshot(page, 'operator-forced-enrolment-done');
      await context.close();
    } finally {
      // Leave the shared demo network as the other test files expect it.
      await openSection(admin, 'Rete');
      await admin.locator('label[for="required"]').click();
      await admin.getByRole('button', { name: 'Salva la scelta' }).click();
      await admin.getByText('la verifica in due passaggi è facoltativa').waitFor();
      await openSection(admin, 'Sicurezza dell’account');
      await admin.getByRole('button', { name: 'Non hai il telefono? Usa la password' }).last().click();
      await admin.locator('#disable-password').fill(DEMO_PASSWORD);
      await admin.getByRole('button', { name: 'Disattiva' }).click();
      await admin.getByRole('heading', { name: 'Verifica in due passaggi: non attiva' }).waitFor();
      expect(adminFactor.recoveryCodes).toHaveLength(10);
      await adminContext.close();
    }
    expect((await passwordLogin(DEMO.networkAdmin, DEMO_PASSWORD)).session).not.toBeNull();
  });
});
