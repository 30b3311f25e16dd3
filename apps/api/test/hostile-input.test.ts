import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';

let t: TestApp;
let admin: string;
let company: string;

beforeAll(async () => {
  t = await startTestApp({ statementTimeoutMs: 500 });
  admin = (await t.login(DEMO.admin)).accessToken;
  company = (await t.login(DEMO.companyMember)).accessToken;
});
afterAll(() => t?.close());

/** What no answer may contain: SQL, driver and stack details. */
const INTERNAL_TEXT =
  /select |insert |update |relation|column|parameter|postgres|drizzle|\bat \w+ \(|node_modules|invalid byte sequence|TypeError/i;

/** Every route Fastify serves, with its methods, read from its route tree. */
function routes(): { method: string; url: string }[] {
  const tree = t.app.printRoutes({ commonPrefix: false });
  return [...tree.matchAll(/(\/\S*) \(([A-Z, ]+)\)/g)].flatMap(([, url, methods]) =>
    methods!
      .split(', ')
      .filter((m) => m !== 'HEAD' && m !== 'OPTIONS')
      .map((method) => ({ method, url: url! })),
  );
}

const fill = (url: string, value: string) => url.replace(/:\w+/g, value).replace(/\*/g, value);

describe('every REST route and GraphQL, with hostile requests', () => {
  it('lists the routes (so a new one is covered)', () => {
    const urls = routes().map((r) => `${r.method} ${r.url}`);
    expect(urls).toEqual(
      expect.arrayContaining(['POST /oauth/token', 'GET /api/cv/:citizenId.pdf', 'POST /graphql']),
    );
  });

  const hostile = [
    { name: 'a NUL byte in the path', path: '%00' },
    { name: 'a control character and a quote in the path', path: "%01'%22" },
  ];
  for (const { name, path } of hostile) {
    it(`answers ${name} with 4xx and no internal text`, async () => {
      for (const { method, url } of routes()) {
        const response = await t.app.inject({
          method: method as 'GET',
          url: `${fill(url, path)}?query=%00&variables=%00`,
        });
        expect(response.statusCode, `${method} ${url}`).toBeLessThan(500);
        expect(response.body, `${method} ${url}`).not.toMatch(INTERNAL_TEXT);
      }
    });
  }

  const bodies: { name: string; contentType: string; payload: string }[] = [
    {
      name: 'NUL bytes in JSON',
      contentType: 'application/json',
      payload:
        '{"query":"{ networks { slug } }\\u0000","client_id":"a\\u0000b","client_secret":"x\\u0000","grant_type":"client_credentials"}',
    },
    {
      name: 'NUL bytes in a form',
      contentType: 'application/x-www-form-urlencoded',
      payload: 'grant_type=client_credentials&client_id=a%00b&client_secret=%00',
    },
    { name: 'a wrong content type', contentType: 'text/plain', payload: 'query={networks{slug}}' },
    { name: 'malformed JSON', contentType: 'application/json', payload: '{"query": ' },
    { name: 'a number as the query', contentType: 'application/json', payload: '{"query":123}' },
    { name: 'true as the body', contentType: 'application/json', payload: 'true' },
    { name: 'an array of numbers', contentType: 'application/json', payload: '[1]' },
    {
      name: 'variables as a string',
      contentType: 'application/json',
      payload: '{"query":"{ networks { slug } }","variables":"x"}',
    },
  ];
  for (const { name, contentType, payload } of bodies) {
    it(`answers ${name} with 4xx and no internal text, on every route`, async () => {
      for (const { method, url } of routes()) {
        if (method === 'GET') continue;
        const response = await t.app.inject({
          method: method as 'POST',
          url: fill(url, '00000000-0000-4000-8000-000000000000'),
          headers: { 'content-type': contentType },
          payload,
        });
        expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeGreaterThanOrEqual(400);
        expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(500);
        expect(response.body, `${method} ${url}`).not.toMatch(INTERNAL_TEXT);
      }
    });
  }
});

describe('OAuth client secrets', () => {
  it('are stored with argon2id, checked in constant time, and a NUL in the id is a 400', async () => {
    const created = await t.gql(
      'mutation { createApiClient(input: { name: "Regione", scopes: [NETWORK_READ] }) { apiClient { clientId } clientSecret userErrors { code } } }',
      {},
      admin,
    );
    const { apiClient, clientSecret } = created.data!.createApiClient;
    const [stored] = await t.query<{ secret_hash: string }>(
      sql`select secret_hash from api_clients where client_id = ${apiClient.clientId}`,
    );
    expect(stored!.secret_hash).toMatch(/^\$argon2id\$/);
    const token = (body: Record<string, string>) =>
      t.app.inject({
        method: 'POST',
        url: '/oauth/token',
        payload: { grant_type: 'client_credentials', ...body },
      });
    expect((await token({ client_id: apiClient.clientId, client_secret: clientSecret })).statusCode).toBe(
      200,
    );
    expect(
      (await token({ client_id: apiClient.clientId, client_secret: `${clientSecret}x` })).statusCode,
    ).toBe(401);
    const nul = await token({ client_id: `${apiClient.clientId}\u0000`, client_secret: clientSecret });
    expect(nul.statusCode).toBe(400);
    expect(nul.json()).toEqual({ error: 'invalid_request' });
  });
});

describe('well-typed hostile GraphQL input', () => {
  it('refuses impossible dates in the Date scalar', async () => {
    for (const day of ['2026-02-30', '2027-04-31', '2026-13-01', '0000-01-01']) {
      const result = await t.gql(
        'query($d: Date) { vacancySearch(filter: { publishedSince: $d }) { totalCount } }',
        { d: day },
      );
      expect(result.data ?? null, day).toBeNull();
      expect(result.errors?.[0]?.extensions?.code, day).toBe('BAD_USER_INPUT');
    }
    const leapDay = await t.gql(
      'query($d: Date) { vacancySearch(filter: { publishedSince: $d }) { totalCount } }',
      { d: '2028-02-29' },
    );
    expect(leapDay.errors).toBeUndefined();
  });

  it('treats an empty update as no change', async () => {
    const result = await t.gql(
      'mutation { updateCompanyProfile(input: {}) { company { id } userErrors { code } } }',
      {},
      company,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateCompanyProfile.userErrors).toEqual([]);
  });

  it('bounds free text before any SQL runs: a 50 KB search is refused at once', async () => {
    for (const field of ['escoOccupations', 'comuni', 'escoSkills', 'atecoActivities']) {
      t.statements.length = 0;
      const result = await t.gql(`query($s: String!) { ${field}(search: $s) { __typename } }`, {
        s: 'a'.repeat(50_000),
      });
      expect(result.errors?.[0]?.extensions?.code, field).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(/al massimo 200 caratteri/);
      expect(t.statements, field).toEqual([]);
    }
    const inInput = await t.gql(
      'query($f: VacancySearchInput) { vacancySearch(filter: $f) { totalCount } }',
      {
        f: { text: 'x'.repeat(201) },
      },
    );
    expect(inInput.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const ok = await t.gql('query($s: String!) { comuni(search: $s) { name } }', { s: 'Legnano' });
    expect(ok.errors).toBeUndefined();
  });

  it('lets long texts be long, within their own bound', async () => {
    const tooLong = await t.gql('query($s: String!) { network(slug: $s) { id } }', { s: 'x'.repeat(1001) });
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const control = await t.gql('query($s: String!) { network(slug: $s) { id } }', { s: 'a\u0007b' });
    expect(control.errors?.[0]?.message).toMatch(/caratteri non ammessi/);
  });
});

describe('statement timeout', () => {
  it.skipIf(!process.env.DATABASE_URL)(
    'cancels a statement of the pool that runs longer than the bound',
    async () => {
      await expect(t.db.execute(sql`select pg_sleep(2)`)).rejects.toMatchObject({
        cause: expect.objectContaining({ code: '57014' }),
      });
      expect(await t.query(sql`select 1 as one`)).toEqual([{ one: 1 }]);
    },
  );
});
