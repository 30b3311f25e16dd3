import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../src/plugins/graphql-limits.js';
import { apiClientToken, DEMO } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';

let t: TestApp;
let production: TestApp;
let operatorToken: string;

beforeAll(async () => {
  t = await startTestApp();
  production = await startTestApp({
    env: { NODE_ENV: 'production', JWT_PRIVATE_KEY: 'unused: the harness signs with its own key' },
  });
  operatorToken = (await t.login(DEMO.operator)).accessToken;
});
afterAll(async () => {
  await t?.close();
  await production?.close();
});

describe('query limits', () => {
  // The schema has no cycles, but introspection does (`ofType`): the deepest a client can go.
  const ofTypeChain = (levels: number) =>
    Array.from({ length: levels }).reduce<string>((inner) => `ofType { name ${inner} }`, '');

  it('refuses a query deeper than the limit', async () => {
    const ok = await t.gql(`{ __type(name: "Query") { ${ofTypeChain(LIMITS.maxDepth - 2)} } }`);
    expect(ok.errors).toBeUndefined();
    const tooDeep = await t.gql(`{ __type(name: "Query") { ${ofTypeChain(LIMITS.maxDepth + 2)} } }`);
    expect(tooDeep.status).toBe(400);
    expect(tooDeep.errors?.[0]?.message).toMatch(/depth/i);
  });

  it('refuses a too deep query split across named fragments', async () => {
    const levels = LIMITS.maxDepth + 2;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1
        ? `fragment F${i} on __Type { name }`
        : `fragment F${i} on __Type { ofType { ...F${i + 1} } }`,
    ).join(' ');
    const result = await t.gql(`{ __type(name: "Query") { ...F0 } } ${fragments}`);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.message).toMatch(/depth/i);
  });

  it('refuses more aliases than the limit', async () => {
    const aliases = Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: networks { slug }`).join(
      ' ',
    );
    const result = await t.gql(`{ ${aliases} }`);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/aliases/);
  });

  it('counts aliases hidden in fragments every time the fragment is spread', async () => {
    const inFragment = Array.from({ length: 4 }, (_, i) => `x${i}: slug`).join(' ');
    const spreads = Array.from({ length: 5 }, (_, i) => `n${i}: networks { ...N }`).join(' ');
    const result = await t.gql(`{ ${spreads} } fragment N on Network { ${inFragment} }`);
    expect(result.errors?.[0]?.message).toMatch(/aliases/);
  });

  it('refuses an operation whose nested pages multiply past the cost limit, before any SQL runs', async () => {
    const query = `query($outer: Int, $inner: Int) { networkVacancies(first: $outer) { edges { node { title
      applications(first: $inner) { edges { node { status citizen { givenName familyName email phone
        cv { headline summary experiences { employer jobTitle } } } } } } } } } }`;
    t.statements.length = 0;
    const refused = await t.gql(query, { outer: 100, inner: 100 }, operatorToken);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toMatch(/troppo onerosa.*al massimo 100000/);
    expect(refused.data ?? null).toBeNull();
    expect(t.statements).toEqual([]);

    const affordable = await t.gql(query, { outer: 20, inner: 20 }, operatorToken);
    expect(affordable.errors).toBeUndefined();
  });

  it("runs the portals' operations sent by hash, and says so when a hash is unknown", async () => {
    const operations = JSON.parse(
      readFileSync(new URL('../../citizen-web/src/gql/persisted-documents.json', import.meta.url), 'utf8'),
    ) as Record<string, string>;
    const [hash, source] = Object.entries(operations).find(([, text]) => text.includes('networks'))!;
    expect(source).toMatch(/^query /);
    const post = (body: object) =>
      t.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json' },
        payload: body,
      });
    const known = await post({ persisted: true, query: hash, variables: {} });
    expect(known.statusCode).toBe(200);
    expect(known.json().data).toBeTruthy();
    const unknown = await post({ persisted: true, query: 'sha256:0000', variables: {} });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([
      { message: 'PersistedQueryNotFound', extensions: { code: 'BAD_USER_INPUT' } },
    ]);
  });

  it('caps the page size, also when it comes in a variable', async () => {
    const literal = await t.gql('{ companies(first: 1000) { totalCount } }', {}, operatorToken);
    expect(literal.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const variable = await t.gql(
      'query($n: Int) { companies(first: $n) { totalCount } }',
      { n: 5000 },
      operatorToken,
    );
    expect(variable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(variable.data?.companies ?? null).toBeNull();
    const ok = await t.gql(
      'query($n: Int) { companies(first: $n) { totalCount } }',
      { n: 100 },
      operatorToken,
    );
    expect(ok.errors).toBeUndefined();
  });

  it('caps the number of operations in a batch', async () => {
    const batch = Array.from({ length: LIMITS.maxBatch + 1 }, () => ({ query: '{ networks { slug } }' }));
    const response = await t.app.inject({ method: 'POST', url: '/graphql', payload: batch });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const allowed = await t.app.inject({ method: 'POST', url: '/graphql', payload: batch.slice(1) });
    expect(allowed.statusCode).toBe(200);
    expect(allowed.json()).toHaveLength(LIMITS.maxBatch);
  });

  it('refuses an oversized request body', async () => {
    const query = `{ networks { slug } } # ${'x'.repeat(LIMITS.maxBodyBytes)}`;
    const response = await t.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ query }),
    });
    expect(response.statusCode).toBe(413);
  });

  it('prevents CSRF: a simple cross-site request (no JSON content type, no preflight header) is refused', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/graphql?query=%7Bnetworks%7Bslug%7D%7D',
    });
    expect(response.statusCode).toBe(400);
    const withHeader = await t.app.inject({
      method: 'GET',
      url: '/graphql?query=%7Bnetworks%7Bslug%7D%7D',
      headers: { 'mercurius-require-preflight': 'true' },
    });
    expect(withHeader.statusCode).toBe(200);
  });
});

describe('production mode', () => {
  it('turns introspection off, except for API clients with their token', async () => {
    const query = '{ __schema { queryType { name } } }';
    const anonymous = await production.gql(query);
    expect(anonymous.data).toBeNull();
    expect(anonymous.errors?.[0]?.message).toMatch(/introspection/i);
    const operator = await production.gql(query, {}, (await production.login(DEMO.operator)).accessToken);
    expect(operator.errors?.[0]?.message).toMatch(/introspection/i);
    const fragment = await production.gql(
      'query { ...T } fragment T on Query { __type(name: "Query") { name } }',
    );
    expect(fragment.errors?.[0]?.message).toMatch(/introspection/i);
    const client = await apiClientToken(production, (await production.login(DEMO.admin)).accessToken);
    expect((await production.gql(query, {}, client)).data).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });
    expect((await production.gql('{ __typename }')).data).toEqual({ __typename: 'Query' });
    const dev = await t.gql(query);
    expect(dev.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('gives no field suggestions', async () => {
    const result = await production.gql('{ networkz { slug } }');
    expect(result.errors?.[0]?.message).not.toMatch(/Did you mean/);
    const dev = await t.gql('{ networkz { slug } }');
    expect(dev.errors?.[0]?.message).toMatch(/Did you mean/);
  });

  it('serves no local mailbox', async () => {
    expect((await production.app.inject({ method: 'GET', url: '/dev/mail' })).statusCode).toBe(404);
  });
});

describe('masked errors', () => {
  it('hides SQL and stack traces from clients and logs them instead', async () => {
    // Break the database under a request: a dropped table makes the resolver fail unexpectedly.
    const broken = await startTestApp();
    try {
      await broken.db.execute('alter table sportelli rename to sportelli_gone' as never);
      const token = (await broken.login(DEMO.operator)).accessToken;
      const result = await broken.gql('{ sportelli { name } }', {}, token);
      expect(result.errors?.[0]?.extensions?.code).toBe('INTERNAL');
      const text = JSON.stringify(result);
      expect(text).not.toMatch(/sportelli_gone|relation|select|at \w+ \(|127\.0\.0\.1|localhost/i);
      expect(result.errors?.[0]?.message).toBe('Si è verificato un errore interno. Riprova più tardi.');
    } finally {
      await broken.close();
    }
  });

  it('answers malformed ids as not found rather than as server errors', async () => {
    const result = await t.gql('{ company(id: "not-a-uuid") { id } }', {}, operatorToken);
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('health', () => {
  it('reports liveness and readiness with the database', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/health/live' })).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject({ method: 'GET', url: '/health/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('tags every response with a request id, keeping a sane incoming one', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/health/live',
      headers: { 'x-request-id': 'abc-123' },
    });
    expect(response.headers['x-request-id']).toBe('abc-123');
    const generated = await t.app.inject({ method: 'GET', url: '/health/live' });
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
