import { readFileSync } from 'node:fs';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { documentHash } from '../src/modules/trusted-documents/service.js';
import { DEMO, newApiClient } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';

const SPORTELLI = 'query Sportelli { sportelli { name } }';
const MEMBERSHIPS = 'query Memberships { memberships { comune { name } } }';
const LIVE = 'subscription Live { liveEvents { id kind } }';
const REGISTER = `mutation($id: ID!, $docs: [String!]!) {
  registerApiClientOperations(apiClientId: $id, documents: $docs) {
    operations { hash operationName document }
    userErrors { field code message }
  }
}`;
const PERSISTED_ONLY = `mutation($id: ID!, $on: Boolean!) {
  setApiClientPersistedOnly(apiClientId: $id, persistedOnly: $on) { apiClient { persistedOnly } userErrors { code } }
}`;

let t: TestApp;
let admin: string;

const newClient = () => newApiClient(t, admin, ['NETWORK_READ', 'CASE_EVENTS']);

/** A request as a client sends it: the text, or `{ persisted: true, query: hash }`. */
async function send(app: TestApp['app'], body: object, token?: string) {
  const response = await app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    payload: JSON.stringify(body),
  });
  return { status: response.statusCode, body: response.json() };
}

beforeAll(async () => {
  t = await startTestApp();
  admin = (await t.login(DEMO.admin)).accessToken;
});
afterAll(async () => {
  await t?.close();
});

describe('trusted documents of API clients', () => {
  it('registers valid named operations only, all or none, with the errors per document', async () => {
    const client = await newClient();
    const refused = await t.gql(
      REGISTER,
      {
        id: client.id,
        docs: [SPORTELLI, '{ sportelli { name } }', 'query Broken {', 'query Wrong { secrets }'],
      },
      admin,
    );
    expect(refused.data!.registerApiClientOperations.operations).toBeNull();
    expect(
      refused.data!.registerApiClientOperations.userErrors.map((e: { field: string; code: string }) => [
        e.field,
        e.code,
      ]),
    ).toEqual([
      ['documents.1', 'ONE_NAMED_OPERATION'],
      ['documents.2', 'SYNTAX'],
      ['documents.3', 'INVALID'],
    ]);
    const listed = await t.gql('{ apiClients { id operations { hash } } }', {}, admin);
    const mine = listed.data!.apiClients.find((c: { id: string }) => c.id === client.id);
    expect(mine.operations).toEqual([]);

    const registered = await t.gql(REGISTER, { id: client.id, docs: [SPORTELLI, MEMBERSHIPS] }, admin);
    expect(registered.data!.registerApiClientOperations.operations).toEqual([
      { hash: documentHash(SPORTELLI), operationName: 'Sportelli', document: SPORTELLI },
      { hash: documentHash(MEMBERSHIPS), operationName: 'Memberships', document: MEMBERSHIPS },
    ]);
    // Registering the same text again changes nothing.
    const again = await t.gql(REGISTER, { id: client.id, docs: [SPORTELLI] }, admin);
    expect(again.data!.registerApiClientOperations.operations).toHaveLength(1);
  });

  it('a persisted-only client runs its registered operations by hash, and nothing else', async () => {
    const client = await newClient();
    const other = await newClient();
    await t.gql(REGISTER, { id: client.id, docs: [SPORTELLI] }, admin);
    await t.gql(REGISTER, { id: other.id, docs: [MEMBERSHIPS] }, admin);

    // Before: free text and hashes both run.
    expect((await send(t.app, { query: MEMBERSHIPS }, client.token)).status).toBe(200);
    const byHash = await send(t.app, { persisted: true, query: documentHash(SPORTELLI) }, client.token);
    expect(byHash.body.data.sportelli.length).toBeGreaterThan(0);

    const set = await t.gql(PERSISTED_ONLY, { id: client.id, on: true }, admin);
    expect(set.data!.setApiClientPersistedOnly.apiClient.persistedOnly).toBe(true);

    const ok = await send(t.app, { persisted: true, query: documentHash(SPORTELLI) }, client.token);
    expect(ok.status).toBe(200);
    expect(ok.body.data.sportelli.length).toBeGreaterThan(0);
    for (const body of [
      { query: SPORTELLI },
      { persisted: true, query: documentHash(MEMBERSHIPS) },
      { persisted: true, query: 'sha256:0000' },
      [{ persisted: true, query: documentHash(SPORTELLI) }, { query: MEMBERSHIPS }],
    ]) {
      const refused = await send(t.app, body, client.token);
      expect(refused.status).toBe(400);
      expect(refused.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_REQUIRED');
    }
    // The other client is not persisted-only: free text still runs.
    expect((await send(t.app, { query: SPORTELLI }, other.token)).status).toBe(200);

    const removed = await t.gql(
      'mutation($id: ID!, $hash: String!) { removeApiClientOperation(apiClientId: $id, hash: $hash) { userErrors { code } } }',
      { id: client.id, hash: documentHash(SPORTELLI) },
      admin,
    );
    expect(removed.data!.removeApiClientOperation.userErrors).toEqual([]);
    expect(
      (await send(t.app, { persisted: true, query: documentHash(SPORTELLI) }, client.token)).status,
    ).toBe(400);

    await t.gql(PERSISTED_ONLY, { id: client.id, on: false }, admin);
    expect((await send(t.app, { query: SPORTELLI }, client.token)).status).toBe(200);
  });

  it('a persisted-only client subscribes only with a registered subscription', async () => {
    const client = await newClient();
    await t.gql(REGISTER, { id: client.id, docs: [LIVE] }, admin);
    await t.gql(PERSISTED_ONLY, { id: client.id, on: true }, admin);
    const url = (await t.app.listen({ port: 0, host: '127.0.0.1' })).replace('http', 'ws');
    const outcome = (query: string) =>
      new Promise<string>((resolve) => {
        const ws = createClient({
          url: `${url}/graphql`,
          webSocketImpl: WebSocket,
          connectionParams: { authorization: `Bearer ${client.token}` },
          retryAttempts: 0,
        });
        ws.subscribe(
          { query },
          {
            next: (value) => resolve(value.errors ? JSON.stringify(value.errors) : 'event'),
            error: (error) => resolve(JSON.stringify(error)),
            complete: () => resolve('complete'),
          },
        );
        // A registered subscription stays open: no answer within the wait is the success.
        setTimeout(() => {
          resolve('open');
          void ws.dispose();
        }, 1500);
      });
    expect(await outcome('subscription Other { liveEvents { id } }')).toContain('operazioni registrate');
    expect(await outcome(LIVE)).toBe('open');
  });
});

describe('trusted documents for the portals (TRUSTED_DOCUMENTS_ONLY)', () => {
  let strict: TestApp;
  beforeAll(async () => {
    strict = await startTestApp({ env: { TRUSTED_DOCUMENTS_ONLY: 'true' } });
  });
  afterAll(async () => {
    await strict?.close();
  });

  it('answers the portals’ own operations by hash and refuses any other text', async () => {
    const documents = JSON.parse(
      readFileSync(new URL('../../operator-web/src/gql/persisted-documents.json', import.meta.url), 'utf8'),
    ) as Record<string, string>;
    const [hash] = Object.entries(documents).find(([, text]) => text.startsWith('query AppLayout_MeQuery'))!;
    const login = await send(strict.app, {
      query: 'mutation($input: LoginInput!) { login(input: $input) { session { accessToken } } }',
      variables: { input: { email: DEMO.operator, password: 'x' } },
    });
    expect(login.status).toBe(400);
    expect(login.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_REQUIRED');

    const operator = (await strict.login(DEMO.operator).catch(() => null)) ?? null;
    // The test harness logs in with free text: refused too.
    expect(operator).toBeNull();

    const me = await send(strict.app, { persisted: true, query: hash });
    expect(me.status).toBe(200);
    expect(me.body.data).toEqual({ me: null });
    const text = await send(strict.app, { query: documents[hash] });
    expect(text.status).toBe(400);
  });
});
