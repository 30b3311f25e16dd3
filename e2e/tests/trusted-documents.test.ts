import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, login, newPage, row } from '../src/browser.js';
import { DEMO, DEMO_PASSWORD, unique } from '../src/data.js';
import { check, openSection } from '../src/operator-portal.js';

const baseUrl = inject('baseUrl');
const skipReason = inject('skipReason');

const SPORTELLI = 'query Sportelli { sportelli { name } }';

/** What the connected system sends: its token from the client credentials, then one request. */
async function asClient(clientId: string, secret: string) {
  const token = await fetch(`${baseUrl}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ grant_type: 'client_credentials', client_id: clientId, client_secret: secret }),
  }).then(async (response) => ((await response.json()) as { access_token: string }).access_token);
  return async (body: object) => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as { data?: unknown } };
  };
}

describe.skipIf(Boolean(skipReason))(
  'trusted documents: a client limited to its registered operations',
  () => {
    let browser: Browser;

    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('a network admin registers an operation and allows only that; the system is held to it', async () => {
      const { context, page } = await newPage(browser, baseUrl);
      try {
        await login(page, '/operatori', DEMO.networkAdmin, DEMO_PASSWORD);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await openSection(page, 'Integrazioni');

        const clientName = unique('Portale regionale ');
        await page.getByLabel('Nome del sistema').fill(clientName);
        await page.locator('label[for="scope-NETWORK_READ"]').click();
        await page.getByRole('button', { name: 'Crea il client' }).click();
        await page.getByTestId('client-secret').waitFor();
        const secret = (await page.getByTestId('client-secret-value').textContent())!;
        const clientRow = row(page, 'api-clients-table', clientName);
        await clientRow.waitFor();
        const clientId = (await clientRow.locator('code').textContent())!;

        const section = page.locator('section', {
          has: page.getByRole('heading', { name: 'Operazioni registrate' }),
        });
        const choice = section.getByLabel('Client', { exact: true });
        if (await choice.count()) await choice.selectOption({ label: clientName });
        const operations = section.getByTestId('trusted-operations');
        await expect
          .poll(() => operations.getByTestId('persisted-only-status').textContent())
          .toContain(clientName);

        // An operation without a name is refused, with the reason, and nothing is registered.
        await operations.getByLabel('Testo dell’operazione').fill('{ sportelli { name } }');
        await operations.getByRole('button', { name: 'Registra l’operazione' }).click();
        await expect
          .poll(() => operations.locator('.sl-error').allTextContents())
          .toContain('Errore: Ogni testo deve contenere una sola operazione, con un nome.');
        expect(await operations.getByTestId('registered-operations').count()).toBe(0);

        await operations.getByLabel('Testo dell’operazione').fill(SPORTELLI);
        await operations.getByRole('button', { name: 'Registra l’operazione' }).click();
        await operations.getByTestId('operation-registered').waitFor();
        const hash = (await operations
          .getByTestId('registered-operations')
          .locator('code')
          .first()
          .textContent())!;
        expect(hash).toMatch(/^sha256:[0-9a-f]{64}$/);

        await operations.getByRole('button', { name: 'Consenti solo le operazioni registrate' }).click();
        await operations.getByRole('button', { name: 'Sì, solo quelle registrate' }).click();
        await expect
          .poll(() => operations.getByTestId('persisted-only-status').textContent())
          .toBe(`«${clientName}» può inviare solo le operazioni registrate.`);
        await check(page, 'trusted-operations');

        const send = await asClient(clientId, secret);
        const byHash = await send({ persisted: true, query: hash });
        expect(byHash.status).toBe(200);
        expect(JSON.stringify(byHash.body.data)).toContain('Sportello Lavoro Legnano');
        const freeText = await send({ query: SPORTELLI });
        expect(freeText.status).toBe(400);
        expect(JSON.stringify(freeText.body)).toContain('PERSISTED_QUERY_REQUIRED');
      } finally {
        await context.close();
      }
    });
  },
);
