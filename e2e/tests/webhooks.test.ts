import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { submittedVacancy } from '../src/api.js';
import { launchBrowser, login, newPage, row } from '../src/browser.js';
import { DEMO, DEMO_PASSWORD, unique } from '../src/data.js';
import { check, openSection } from '../src/operator-portal.js';

const baseUrl = inject('baseUrl');
const skipReason = inject('skipReason');

/** The integrating system: a local HTTP server that keeps what it receives and answers 204. */
async function startReceiver() {
  const received: { headers: IncomingHttpHeaders; body: string }[] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/sportello/eventi`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe.skipIf(Boolean(skipReason))('webhooks: a network admin connects a system in the portal', () => {
  let browser: Browser;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  beforeAll(async () => {
    browser = await launchBrowser();
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await browser?.close();
    await receiver?.close();
  });

  it('creates a client and a webhook, sees the secret once, and finds the published vacancy in the log', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await login(page, '/operatori', DEMO.networkAdmin, DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await openSection(page, 'Integrazioni');

    // A client for the regional system, allowed to receive vacancies.
    const clientName = unique('Sistema regionale ');
    await page.getByLabel('Nome del sistema').fill(clientName);
    await page.locator('label[for="scope-VACANCY_EVENTS"]').click();
    await page.getByRole('button', { name: 'Crea il client' }).click();
    await page.getByTestId('client-secret').waitFor();
    await row(page, 'api-clients-table', clientName).waitFor();

    // Submitting without an address says what is missing, and nothing is created.
    await page.getByLabel('Sistema', { exact: true }).selectOption({ label: clientName });
    await page.getByRole('button', { name: 'Aggiungi il webhook' }).click();
    expect(await page.locator('.sl-error').allTextContents()).toContain(
      'Errore: Scrivi un indirizzo web completo, per esempio https://esempio.it/webhook.',
    );
    await page.getByLabel('Indirizzo che riceve gli avvisi').fill(receiver.url);
    await page.locator('label[for="event-VACANCY_PUBLISHED"]').click();
    await page.getByRole('button', { name: 'Aggiungi il webhook' }).click();
    const secretBox = page.getByTestId('webhook-secret');
    await secretBox.waitFor();
    expect(await secretBox.textContent()).toContain('La chiave si vede solo adesso');
    const secret = (await page.getByTestId('webhook-secret-value').textContent())!;
    expect(secret).toMatch(/^whsec_/);
    const subscription = row(page, 'webhooks-table', clientName);
    await subscription.waitFor();
    expect(await subscription.textContent()).toContain(receiver.url);
    await check(page, 'integrations');

    // Shown once: after a reload the secret is nowhere on the page.
    await page.reload();
    await subscription.waitFor();
    expect(await page.content()).not.toContain(secret);

    // The sportello publishes a vacancy the company sent.
    const title = unique('Tornitore CNC ');
    const vacancyId = await submittedVacancy(baseUrl, title);
    const operator = await newPage(browser, baseUrl);
    await login(operator.page, '/operatori', DEMO.operator, DEMO_PASSWORD);
    await operator.page.getByRole('heading', { level: 1 }).first().waitFor();
    await openSection(operator.page, 'Offerte da moderare');
    const card = operator.page
      .getByTestId('vacancy-to-moderate')
      .filter({ has: operator.page.getByRole('heading', { name: title }) });
    await card.getByRole('button', { name: /^Pubblica/ }).click();
    await operator.page.getByTestId('action-result').waitFor();
    await operator.context.close();

    // The system receives it, signed with the secret the admin copied.
    await expect.poll(() => receiver.received.length, { timeout: 20_000 }).toBe(1);
    const [delivery] = receiver.received;
    const event = new Webhook(secret).verify(delivery!.body, delivery!.headers as Record<string, string>);
    expect(event).toMatchObject({
      id: delivery!.headers['webhook-id'],
      type: 'vacancy.published',
      data: { vacancyId, status: 'PUBLISHED' },
    });

    // The delivery log shows it delivered at the first attempt.
    await subscription.getByRole('link', { name: /Registro degli invii/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Registro degli invii' }).waitFor();
    const logged = row(page, 'deliveries-table', /Offerta pubblicata/);
    await logged.waitFor();
    const text = (await logged.textContent()) ?? '';
    expect(text).toContain(delivery!.headers['webhook-id'] as string);
    expect(text).toContain('Consegnato');
    expect(text).toContain('ricevuto (risposta 204)');
    await check(page, 'webhook-deliveries');

    // Sent again on request, with the same event id.
    await logged.getByRole('button', { name: /Invia di nuovo/ }).click();
    await page.getByText('L’avviso verrà inviato di nuovo tra pochi secondi.').waitFor();
    await expect.poll(() => receiver.received.length, { timeout: 20_000 }).toBe(2);
    expect(receiver.received[1]!.headers['webhook-id']).toBe(delivery!.headers['webhook-id']);
    await context.close();
  });
});
