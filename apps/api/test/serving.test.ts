import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';

// The built portals (`pnpm build`), as production serves them.
const assetsDir = fileURLToPath(new URL('../../citizen-web/dist/assets/', import.meta.url));
const script = readdirSync(assetsDir).find((name) => /^index-.+\.js$/.test(name))!;

let t: TestApp;
let app: FastifyInstance;

beforeAll(async () => {
  t = await startTestApp();
  app = await t.newInstance({ servePortals: true });
});
afterAll(async () => {
  await app?.close();
  await t?.close();
});

const get = (url: string, acceptEncoding?: string) =>
  app.inject({ method: 'GET', url, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

describe('the portals', () => {
  it('hashed assets: pre-compressed brotli or gzip as the browser accepts, cached for a year', async () => {
    const plain = await get(`/cittadini/assets/${script}`);
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    const br = await get(`/cittadini/assets/${script}`, 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);

    const gzip = await get(`/cittadini/assets/${script}`, 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers.vary).toMatch(/accept-encoding/i);
  });

  it('index.html, client-side routes and the favicon are revalidated on every visit', async () => {
    for (const url of ['/cittadini/', '/cittadini/colloqui/prenota', '/operatori/colloqui']) {
      const page = await get(url, 'br');
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toMatch(/text\/html/);
      expect(page.headers['cache-control']).toBe('no-cache');
    }
    for (const portal of ['cittadini', 'aziende', 'operatori']) {
      const icon = await get(`/${portal}/favicon.svg`);
      expect(icon.statusCode).toBe(200);
      expect(icon.headers['content-type']).toMatch(/image\/svg\+xml/);
      expect(icon.headers['cache-control']).toBe('no-cache');
      expect((await get(`/${portal}/`)).body).toContain(`href="/${portal}/favicon.svg"`);
    }
  });
});

describe('GraphQL', () => {
  const post = (query: string, token: string, acceptEncoding: string) =>
    app.inject({
      method: 'POST',
      url: '/graphql',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'accept-encoding': acceptEncoding,
      },
      payload: JSON.stringify({ query }),
    });

  it('answers above 1 KiB are compressed; small ones are not', async () => {
    const token = (await t.login(DEMO.operator)).accessToken;
    const small = await post('{ me { id } }', token, 'gzip, br');
    expect(small.statusCode).toBe(200);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.json().data.me.id).toBeTruthy();

    const large =
      '{ availableSlots(first: 50) { edges { node { id kind mode startsAt endsAt sportello { name address } } } } }';
    const br = await post(large, token, 'gzip, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    const gzip = await post(large, token, 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const plain = await post(large, token, 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.length).toBeGreaterThan(1024);
    expect(plain.json().data.availableSlots.edges.length).toBeGreaterThan(5);
  });
});
