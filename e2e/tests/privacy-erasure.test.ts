import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessToken } from '../src/api.js';
import {
  accessibilityViolations,
  describeViolations,
  launchBrowser,
  login,
  newPage,
  pageErrors,
  screenshot,
} from '../src/browser.js';
import {
  codiceFiscale,
  DEMO,
  DEMO_PASSWORD,
  graphqlRequest,
  linkTo,
  unique,
  waitForMail,
} from '../src/data.js';
import { openSection } from '../src/operator-portal.js';

const baseUrl = inject('baseUrl');
const skipReason = inject('skipReason');

const GIVEN = 'Ermenegilda';
const FAMILY = 'Cancellanda';
const NAME = `${GIVEN} ${FAMILY}`;
const PASSWORD = 'una password lunga e sicura';

async function accessible(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await screenshot(page, name);
  const violations = await accessibilityViolations(page);
  expect(violations, `${name}:\n${describeViolations(violations)}`).toEqual([]);
  expect(pageErrors(page)).toEqual([]);
}

/** Set-up: a citizen registered and verified, whom the Legnano sportello takes in charge. */
async function citizenInCharge(email: string) {
  const registered = await graphqlRequest<{ registerCitizen: { citizen: { id: string } } }>(
    baseUrl,
    'mutation($input: RegisterCitizenInput!) { registerCitizen(input: $input) { citizen { id } userErrors { message } } }',
    {
      input: {
        networkSlug: 'rete-lavoro-altomilanese',
        email,
        password: PASSWORD,
        givenName: GIVEN,
        familyName: FAMILY,
        codiceFiscale: codiceFiscale(),
        residenceComuneCode: '015118',
        privacyNoticeAccepted: true,
      },
    },
  );
  const mail = await waitForMail(baseUrl, email, /Conferma il tuo indirizzo email/);
  const token = linkTo(mail, '/cittadini/verifica-email').searchParams.get('token');
  await graphqlRequest(baseUrl, 'mutation($token: String!) { verifyEmail(token: $token) { ok } }', { token });
  await graphqlRequest(
    baseUrl,
    'mutation($id: ID!) { takeCitizenInCharge(citizenId: $id, reason: "Primo colloquio allo sportello") { caseAssignment { id } } }',
    { id: registered.registerCitizen.citizen.id },
    await accessToken(baseUrl, DEMO.operator),
  );
}

describe.skipIf(Boolean(skipReason))('privacy: erasure of a citizen’s data', () => {
  let browser: Browser;
  const email = `${unique('cancellanda')}@esempio.it`;

  beforeAll(async () => {
    browser = await launchBrowser();
    await citizenInCharge(email);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the citizen asks in the portal and is told what goes, what stays and why', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await login(page, '/cittadini', email, PASSWORD);
    await page.getByTestId('profile').waitFor();
    await page.getByRole('link', { name: 'Cancella il tuo account e i tuoi dati' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cancella il tuo account e i tuoi dati' }).waitFor();
    await page.getByRole('heading', { name: 'Cosa teniamo, senza il tuo nome, e perché' }).waitFor();
    await page.getByText('Lo sportello ti segue ancora', { exact: false }).waitFor();
    await accessible(page, 'citizen-erasure');

    // Without the box ticked nothing is sent, and the page says why.
    await page.getByRole('button', { name: 'Chiedi la cancellazione allo sportello' }).click();
    expect(await page.getByTestId('error-summary').textContent()).toContain('spunta la casella');
    await page.getByText('Ho letto cosa viene cancellato e cosa resta senza il mio nome').click();
    await page.getByRole('button', { name: 'Chiedi la cancellazione allo sportello' }).click();
    await page.getByRole('heading', { name: 'Richiesta inviata' }).waitFor();
    await accessible(page, 'citizen-erasure-requested');
    await context.close();
  });

  it('an operator of the network executes it: the name leaves the lists, the account cannot log in', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await login(page, '/operatori', DEMO.operator, DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Aziende da verificare' }).waitFor();
    await openSection(page, 'Casi in carico');
    await page.getByTestId('caseload').getByRole('link', { name: NAME }).waitFor();
    await openSection(page, 'Cancellazione dati', 'Richieste di cancellazione dei dati');
    const card = page.getByTestId('erasure-request').filter({ hasText: NAME });
    await card.waitFor();
    await accessible(page, 'operator-erasure-requests');

    await card.getByRole('button', { name: `Cancella i dati di ${NAME}` }).click();
    expect(await card.getByTestId('error-summary').textContent()).toContain('Verifica della persona');
    await card.getByText('Ho verificato che la richiesta viene da questa persona', { exact: false }).click();
    await card.getByRole('button', { name: `Cancella i dati di ${NAME}` }).click();
    await page.getByText(`Cancellazione eseguita: al posto di ${NAME}`).waitFor();
    await page.getByTestId('no-erasure-requests').waitFor();
    await accessible(page, 'operator-erasure-done');

    // The lists read afresh: the name is gone (the case closed with the erasure).
    const main = () => page.getByRole('main').textContent();
    await openSection(page, 'Casi in carico');
    await page.getByTestId('caseload').waitFor();
    await expect.poll(main, { timeout: 15_000 }).not.toContain(FAMILY);
    await openSection(page, 'Cittadini');
    await page.getByTestId('citizens-table').waitFor();
    await expect.poll(main, { timeout: 15_000 }).not.toContain(FAMILY);
    await screenshot(page, 'operator-citizens-after-erasure');
    await context.close();

    const mail = await waitForMail(baseUrl, email, /I tuoi dati sono stati cancellati/);
    expect(mail.text).toContain('inserimenti lavorativi');

    const citizen = await newPage(browser, baseUrl);
    await login(citizen.page, '/cittadini', email, PASSWORD);
    await citizen.page.getByTestId('error-summary').waitFor();
    expect(await citizen.page.getByTestId('error-summary').textContent()).toMatch(/email o password/i);
    await accessible(citizen.page, 'citizen-erased-login');
    await citizen.context.close();
  });
  it('a person without email asks at the desk: the operator records it on her page and executes it', async () => {
    const walkIn = { given: 'Ermelinda', family: unique('Sportellina').replace(/[^A-Za-z]/g, '') };
    const name = `${walkIn.given} ${walkIn.family}`;
    const { context, page } = await newPage(browser, baseUrl);
    await login(page, '/operatori', DEMO.operator, DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Aziende da verificare' }).waitFor();
    await page.goto('/operatori/cittadini/nuovo');
    await page.getByRole('heading', { level: 1, name: 'Registra un cittadino allo sportello' }).waitFor();
    await page.getByLabel('Comune di residenza').selectOption({ label: 'Legnano (MI)' });
    await page.getByLabel('Nome', { exact: true }).fill(walkIn.given);
    await page.getByLabel('Cognome', { exact: true }).fill(walkIn.family);
    await page.getByLabel('Codice fiscale').fill(codiceFiscale());
    await page.getByRole('button', { name: 'Registra e scrivi il curriculum' }).click();
    await page.waitForURL(/\/operatori\/cittadini\/[0-9a-f-]{36}\/curriculum/);
    const citizenId = page.url().match(/cittadini\/([0-9a-f-]{36})/)![1];

    await page.goto(`/operatori/cittadini/${citizenId}`);
    const section = page.getByTestId('erasure-at-desk');
    await section.waitFor();
    await section.getByRole('button', { name: 'Registra la richiesta di cancellazione' }).click();
    expect(await section.getByTestId('error-summary').textContent()).toContain('Verifica della persona');
    await section.getByText(`Ho visto il documento d’identità: è ${name} a chiederlo`).click();
    await section.getByRole('button', { name: 'Registra la richiesta di cancellazione' }).click();
    await section.getByTestId('erasure-at-desk-recorded').waitFor();
    await accessible(page, 'operator-erasure-at-desk');

    await section.getByRole('link', { name: 'Cancellazione dati' }).click();
    const card = page.getByTestId('erasure-request').filter({ hasText: name });
    await card.waitFor();
    expect(await card.textContent()).toContain('Ha chiesto allo sportello la cancellazione');
    await card.getByText('Ho verificato che la richiesta viene da questa persona', { exact: false }).click();
    await card.getByRole('button', { name: `Cancella i dati di ${name}` }).click();
    await page.getByText(`Cancellazione eseguita: al posto di ${name}`).waitFor();
    await expect
      .poll(() => page.getByRole('main').textContent(), { timeout: 15_000 })
      .toContain('Chiesta di persona allo sportello');
    await screenshot(page, 'operator-erasure-at-desk-done');
    await context.close();
  });

  it('a network admin sets after how many months unused accounts are anonymised', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await login(page, '/operatori', DEMO.networkAdmin, DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Aziende da verificare' }).waitFor();
    await openSection(page, 'Rete');
    const section = page.getByRole('region', { name: 'Conservazione degli account non usati' });
    const months = section.getByLabel('Mesi senza attività');
    await expect.poll(() => months.inputValue()).toBe('24');
    expect(await section.textContent()).toContain('dopo 30 giorni, se non è tornato');
    const save = section.getByRole('button', { name: 'Salva i mesi', exact: true });

    await months.fill('3');
    await save.click();
    await section
      .getByTestId('error-summary')
      .getByText('Scrivi un numero intero di mesi da 6 a 120.')
      .waitFor();
    await months.fill('36');
    await save.click();
    await page.getByText('Salvato: gli account non usati da 36 mesi ricevono l’avviso.').waitFor();
    await section.scrollIntoViewIfNeeded();
    await accessible(page, 'operator-network-retention');

    await page.reload();
    await expect.poll(() => months.inputValue()).toBe('36');
    // Back to the default, for the tests that follow on the same network.
    await months.fill('24');
    await save.click();
    await page.getByText('Salvato: gli account non usati da 24 mesi ricevono l’avviso.').waitFor();
    await context.close();
  });
});
