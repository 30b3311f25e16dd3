import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { createGraphQLClient, GraphQLRequestError, type RefreshSessionDocument } from './graphql-client';
import { type SessionData, type SessionStorageLike, SessionStore } from './session';

const MeQuery = parse('query Test_MeQuery { me { id } }') as TypedDocumentNode<
  { me: { id: string } | null },
  Record<string, never>
>;
const RefreshMutation = parse(
  'mutation Test_Refresh($refreshToken: String!) { refreshSession(refreshToken: $refreshToken) { session { accessToken } } }',
) as RefreshSessionDocument;

function memoryStorage(): SessionStorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

function sessionData(n: number, expiresInMs = 600_000): SessionData {
  return {
    accessToken: `access-${n}`,
    accessTokenExpiresAt: new Date(Date.now() + expiresInMs).toISOString(),
    refreshToken: `refresh-${n}`,
    viewer: { id: 'u1', kind: 'CITIZEN', email: 'a@b.it', givenName: 'Anna', familyName: 'Verdi' },
  };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const unauthenticated = () =>
  json(
    { errors: [{ message: 'Sessione non valida o scaduta.', extensions: { code: 'UNAUTHENTICATED' } }] },
    401,
  );

interface Sent {
  operationName: string;
  variables: Record<string, unknown>;
  authorization: string | null;
}

function fakeFetch(handler: (sent: Sent) => Response | Promise<Response>) {
  const calls: Sent[] = [];
  const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as {
      operationName: string;
      variables: Record<string, unknown>;
    };
    const headers = init?.headers as Record<string, string>;
    const sent = {
      operationName: body.operationName,
      variables: body.variables,
      authorization: headers.authorization ?? null,
    };
    calls.push(sent);
    return handler(sent);
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

describe('createGraphQLClient', () => {
  it('POSTs the printed document with the bearer token and returns the data', async () => {
    const session = new SessionStore('test', memoryStorage());
    session.set(sessionData(1));
    const { fetch, calls } = fakeFetch(() => json({ data: { me: { id: 'u1' } } }));
    const client = createGraphQLClient({ session, refreshDocument: RefreshMutation, fetch });

    await expect(client.request(MeQuery)).resolves.toEqual({ me: { id: 'u1' } });
    expect(calls).toEqual([
      { operationName: 'Test_MeQuery', variables: {}, authorization: 'Bearer access-1' },
    ]);
  });

  it("sends a generated document's hash, and its text when the server does not know the hash", async () => {
    const session = new SessionStore('test', memoryStorage());
    const hashed = Object.assign(parse('query Test_MeQuery { me { id } }'), {
      __meta__: { hash: 'sha256:abc' },
    }) as typeof MeQuery;
    const bodies: Record<string, unknown>[] = [];
    const fetch = (async (_url: RequestInfo | URL, init?: RequestInit) => {
      const body = JSON.parse(String(init?.body));
      bodies.push(body);
      return body.persisted
        ? json(
            { errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'BAD_USER_INPUT' } }] },
            400,
          )
        : json({ data: { me: null } });
    }) as typeof globalThis.fetch;
    const client = createGraphQLClient({ session, refreshDocument: RefreshMutation, fetch });

    await expect(client.request(hashed)).resolves.toEqual({ me: null });
    expect(bodies).toEqual([
      { persisted: true, query: 'sha256:abc', variables: {}, operationName: 'Test_MeQuery' },
      { query: 'query Test_MeQuery {\n  me {\n    id\n  }\n}', variables: {}, operationName: 'Test_MeQuery' },
    ]);
  });

  it('on UNAUTHENTICATED refreshes the session once and repeats the request', async () => {
    const session = new SessionStore('test', memoryStorage());
    session.set(sessionData(1));
    const { fetch, calls } = fakeFetch(({ operationName, authorization }) => {
      if (operationName === 'Test_Refresh')
        return json({ data: { refreshSession: { session: sessionData(2) } } });
      return authorization === 'Bearer access-2' ? json({ data: { me: { id: 'u1' } } }) : unauthenticated();
    });
    const client = createGraphQLClient({ session, refreshDocument: RefreshMutation, fetch });

    // Two requests at once share one refresh: a refresh token is single-use.
    const results = await Promise.all([client.request(MeQuery), client.request(MeQuery)]);
    expect(results).toEqual([{ me: { id: 'u1' } }, { me: { id: 'u1' } }]);
    expect(calls.filter((c) => c.operationName === 'Test_Refresh')).toEqual([
      { operationName: 'Test_Refresh', variables: { refreshToken: 'refresh-1' }, authorization: null },
    ]);
    expect(session.get()?.accessToken).toBe('access-2');
  });

  it('logs out when the refresh fails too, with an Italian message', async () => {
    const session = new SessionStore('test', memoryStorage());
    session.set(sessionData(1));
    const onSessionExpired = vi.fn();
    const { fetch } = fakeFetch(({ operationName }) =>
      operationName === 'Test_Refresh'
        ? json({ data: { refreshSession: { session: null, userErrors: [] } } })
        : unauthenticated(),
    );
    const client = createGraphQLClient({
      session,
      refreshDocument: RefreshMutation,
      fetch,
      onSessionExpired,
    });

    const error = await client.request(MeQuery).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect(error).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'La sessione è scaduta: accedi di nuovo.',
    });
    expect(session.get()).toBeNull();
    expect(session.notice()).toBe('La sessione è scaduta: accedi di nuovo.');
    expect(onSessionExpired).toHaveBeenCalledOnce();
  });

  it('refreshes before sending when the access token is about to expire', async () => {
    const session = new SessionStore('test', memoryStorage());
    session.set(sessionData(1, 5_000));
    const { fetch, calls } = fakeFetch(({ operationName }) =>
      operationName === 'Test_Refresh'
        ? json({ data: { refreshSession: { session: sessionData(2) } } })
        : json({ data: { me: { id: 'u1' } } }),
    );
    const client = createGraphQLClient({ session, refreshDocument: RefreshMutation, fetch });

    await client.request(MeQuery);
    expect(calls.map((c) => `${c.operationName} ${c.authorization}`)).toEqual([
      'Test_Refresh null',
      'Test_MeQuery Bearer access-2',
    ]);
  });

  it('turns a network failure and a masked internal error into Italian messages', async () => {
    const session = new SessionStore('test', memoryStorage());
    const offline = createGraphQLClient({
      session,
      refreshDocument: RefreshMutation,
      fetch: (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch,
    });
    await expect(offline.request(MeQuery)).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
    await expect(offline.request(MeQuery)).rejects.toThrow(/Non riusciamo a contattare il servizio/);

    const { fetch } = fakeFetch(() =>
      json({ data: null, errors: [{ message: 'Internal', extensions: { code: 'INTERNAL' } }] }),
    );
    const failing = createGraphQLClient({ session, refreshDocument: RefreshMutation, fetch });
    await expect(failing.request(MeQuery)).rejects.toThrow('Si è verificato un problema nel servizio');
  });
});

describe('SessionStore', () => {
  it('keeps the session in sessionStorage under its own key and notifies listeners', () => {
    const storage = memoryStorage();
    const store = new SessionStore('sportello.cittadini.session', storage);
    const listener = vi.fn();
    store.subscribe(listener);
    store.set(sessionData(1));
    expect(JSON.parse(storage.data.get('sportello.cittadini.session')!)).toMatchObject({
      refreshToken: 'refresh-1',
    });
    expect(new SessionStore('sportello.cittadini.session', storage).get()?.accessToken).toBe('access-1');
    expect(new SessionStore('sportello.operatori.session', storage).get()).toBeNull();

    store.end('Sei uscito dal tuo account.');
    expect(storage.data.size).toBe(0);
    expect(store.notice()).toBe('Sei uscito dal tuo account.');
    expect(listener).toHaveBeenCalledTimes(2);
    store.set(sessionData(2));
    expect(store.notice()).toBeNull();
  });

  it('ignores a corrupted stored value', () => {
    const storage = memoryStorage();
    storage.setItem('k', '{not json');
    expect(new SessionStore('k', storage).get()).toBeNull();
    storage.setItem('k', JSON.stringify({ accessToken: 1 }));
    expect(new SessionStore('k', storage).get()).toBeNull();
  });
});

describe('GraphQLClient.file', () => {
  it('GETs the file with the bearer token, refreshing the session once on 401, and names it', async () => {
    const session = new SessionStore('test', memoryStorage());
    session.set(sessionData(1));
    const seen: (string | null)[] = [];
    const fetch = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
      if (String(url) === '/graphql') return json({ data: { refreshSession: { session: sessionData(2) } } });
      const authorization = ((init?.headers ?? {}) as Record<string, string>).authorization ?? null;
      seen.push(authorization);
      if (authorization !== 'Bearer access-2') return new Response('{}', { status: 401 });
      return new Response('%PDF-1.7', {
        headers: {
          'content-type': 'application/pdf',
          'content-disposition': 'attachment; filename="CV.pdf"',
        },
      });
    }) as unknown as typeof globalThis.fetch;
    const client = createGraphQLClient({ session, refreshDocument: RefreshMutation, fetch });

    const { blob, filename } = await client.file('/api/cv/u1.pdf');
    expect(filename).toBe('CV.pdf');
    expect(await blob.text()).toBe('%PDF-1.7');
    expect(seen).toEqual(['Bearer access-1', 'Bearer access-2']);
  });

  it('answers a missing file with an Italian message', async () => {
    const session = new SessionStore('test', memoryStorage());
    session.set(sessionData(1));
    const fetch = vi.fn(
      async () => new Response('{}', { status: 404 }),
    ) as unknown as typeof globalThis.fetch;
    const client = createGraphQLClient({ session, refreshDocument: RefreshMutation, fetch });
    await expect(client.file('/api/cv/x.pdf')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'Il documento non è disponibile.',
    });
  });
});
