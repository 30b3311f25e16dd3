import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPage, pageErrors, screenshot } from '../src/browser.js';

const baseUrl = inject('baseUrl');
const skipReason = inject('skipReason');

describe.skipIf(Boolean(skipReason))('GraphiQL', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is served by the API itself, with nothing from a CDN, and runs a query', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    const origins = new Set<string>();
    page.on('request', (request) => origins.add(new URL(request.url()).origin));

    // GraphiQL reads the schema first: nested deeper than the API allows, unless shortened.
    const introspection = page.waitForResponse((response) =>
      Boolean(response.request().postData()?.includes('query IntrospectionQuery')),
    );
    await page.goto('/graphiql/');
    expect((await (await introspection).json()).data.__schema.queryType).toEqual({
      name: 'Query',
      kind: 'OBJECT',
    });
    await page.getByRole('button', { name: /Execute query/ }).click();
    const result = page.locator('.graphiql-response');
    await expect
      .poll(() => result.textContent(), { timeout: 15_000 })
      .toContain(`"slug": "rete-lavoro-altomilanese"`);
    // The schema came from introspection: the documentation explorer lists the root types.
    await page.getByRole('button', { name: /Documentation Explorer/ }).click();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().waitFor();
    await screenshot(page, 'graphiql');

    expect([...origins].filter((origin) => origin !== new URL(baseUrl).origin && origin !== 'null')).toEqual(
      [],
    );
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
