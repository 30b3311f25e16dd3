import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type DocumentNode, Kind, print } from 'graphql';
import type { SessionData, SessionStore } from './session';
import { it } from './strings';

/** A GraphQL error as the API sends it: masked, with a code and a message safe to show. */
export interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string } & Record<string, unknown>;
}

interface GraphQLResponse<TResult> {
  data?: TResult | null;
  errors?: GraphQLErrorBody[];
}

/**
 * A request that did not produce data: the network failed, the server failed, or the API refused
 * the operation (`code` is the API's `extensions.code`, e.g. UNAUTHENTICATED, FORBIDDEN).
 * `message` is always Italian and ready to show.
 */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

/** The API answers NOT_FOUND for a missing object and for one the caller may not see, alike. */
export const isNotFound = (error: unknown) =>
  error instanceof GraphQLRequestError && error.code === 'NOT_FOUND';

/** Retries a failed read once, but not a missing object: asking again would not find it. */
export const retryUnlessNotFound = (failures: number, error: Error) => failures < 1 && !isNotFound(error);

/** The `refreshSession` mutation each portal writes with its own `graphql()` (so it is type-checked). */
export type RefreshSessionDocument = TypedDocumentNode<
  { refreshSession: { session?: SessionData | null } },
  { refreshToken: string }
>;

export interface GraphQLClientOptions {
  session: SessionStore;
  refreshDocument: RefreshSessionDocument;
  endpoint?: string;
  /** Called when the session could not be refreshed and was dropped. */
  onSessionExpired?: () => void;
  fetch?: typeof fetch;
}

/** The variables a generated document declares, as the shared API factories accept them. */
export type DocumentVariables<V> = V & Record<string, unknown>;
/** What codegen types an operation without variables with. */
export type NoVariables = { [key: string]: never };

export interface GraphQLClient {
  request<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables?: TVariables,
  ): Promise<TResult>;
  /** Exchanges the refresh token for a new session once, even when many requests ask at once. */
  refresh(): Promise<SessionData | null>;
  /** GETs a protected file (a PDF) with the session's token, with the name the server gives it. */
  file(path: string): Promise<{ blob: Blob; filename: string | null }>;
  /** The session, refreshed first when its access token is about to expire (e.g. for a WebSocket). */
  currentSession(): Promise<SessionData | null>;
}

/** Refresh this long before the access token expires, so a request never races the expiry. */
const EXPIRY_MARGIN_MS = 30_000;

const printed = new WeakMap<DocumentNode, string>();

function printDocument(document: DocumentNode): string {
  let source = printed.get(document);
  if (source === undefined) {
    source = print(document);
    printed.set(document, source);
  }
  return source;
}

const PERSISTED_QUERY_NOT_FOUND = 'PersistedQueryNotFound';

/** The hash GraphQL Code Generator gives each portal document; the API knows them all. */
function persistedHash(document: DocumentNode): string | undefined {
  return (document as { __meta__?: { hash?: string } }).__meta__?.hash;
}

function operationName(document: DocumentNode): string | undefined {
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) return definition.name.value;
  }
  return undefined;
}

export function isUnauthenticated(errors: GraphQLErrorBody[] | undefined): boolean {
  return !!errors?.some((error) => error.extensions?.code === 'UNAUTHENTICATED');
}

/**
 * The fetcher the portals give to TanStack Query: POSTs JSON to `/graphql` with the bearer token,
 * sending a generated document's hash rather than its text.
 * When the API answers UNAUTHENTICATED (an expired access token), it tries `refreshSession` once and
 * repeats the request; when that fails too, the session is dropped (the user is logged out).
 */
export function createGraphQLClient(options: GraphQLClientOptions): GraphQLClient {
  const endpoint = options.endpoint ?? '/graphql';
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const { session } = options;
  let refreshing: Promise<SessionData | null> | null = null;

  async function send<TResult>(
    document: DocumentNode,
    variables: unknown,
    accessToken: string | undefined,
    byHash = true,
  ): Promise<{ status: number; body: GraphQLResponse<TResult> }> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
    };
    if (accessToken) headers.authorization = `Bearer ${accessToken}`;
    const hash = byHash ? persistedHash(document) : undefined;
    let response: Response;
    try {
      response = await doFetch(endpoint, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          ...(hash ? { persisted: true, query: hash } : { query: printDocument(document) }),
          variables: variables ?? {},
          operationName: operationName(document),
        }),
      });
    } catch {
      throw new GraphQLRequestError(it.errors.network, 'NETWORK_ERROR');
    }
    let body: GraphQLResponse<TResult>;
    try {
      body = (await response.json()) as GraphQLResponse<TResult>;
    } catch {
      throw new GraphQLRequestError(it.errors.server, 'BAD_RESPONSE', response.status);
    }
    if (typeof body !== 'object' || body === null) {
      throw new GraphQLRequestError(it.errors.server, 'BAD_RESPONSE', response.status);
    }
    // A server that does not know this build's hash (e.g. during a deploy) gets the text instead.
    if (hash && body.errors?.[0]?.message === PERSISTED_QUERY_NOT_FOUND) {
      return send(document, variables, accessToken, false);
    }
    return { status: response.status, body };
  }

  async function doRefresh(): Promise<SessionData | null> {
    const current = session.get();
    if (!current) return null;
    try {
      const { body } = await send<{ refreshSession: { session?: SessionData | null } }>(
        options.refreshDocument,
        { refreshToken: current.refreshToken },
        undefined,
      );
      const next = body.data?.refreshSession.session ?? null;
      // Another tab or a logout may have replaced the session meanwhile: only touch our own.
      if (session.get()?.refreshToken !== current.refreshToken) return session.get();
      if (next) {
        session.set(next);
        return next;
      }
    } catch {
      // A network failure while refreshing: keep the session, the next request will try again.
      return null;
    }
    session.end(it.session.expired);
    options.onSessionExpired?.();
    return null;
  }

  function refresh(): Promise<SessionData | null> {
    if (!refreshing) {
      refreshing = doRefresh().finally(() => {
        refreshing = null;
      });
    }
    return refreshing;
  }

  async function currentSession(): Promise<SessionData | null> {
    const current = session.get();
    if (current && Date.parse(current.accessTokenExpiresAt) - Date.now() < EXPIRY_MARGIN_MS) {
      return (await refresh()) ?? session.get();
    }
    return current;
  }

  async function request<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables?: TVariables,
  ): Promise<TResult> {
    const current = await currentSession();
    let { status, body } = await send<TResult>(document, variables, current?.accessToken);
    if (current && isUnauthenticated(body.errors)) {
      const refreshed = await refresh();
      if (!refreshed) {
        if (session.get()?.accessToken === current.accessToken) {
          session.end(it.session.expired);
          options.onSessionExpired?.();
        }
        throw new GraphQLRequestError(it.session.expired, 'UNAUTHENTICATED', status);
      }
      ({ status, body } = await send<TResult>(document, variables, refreshed.accessToken));
    }
    const error = body.errors?.[0];
    if (error) {
      const code = error.extensions?.code ?? 'INTERNAL';
      const message =
        code === 'UNAUTHENTICATED'
          ? it.session.expired
          : code === 'INTERNAL'
            ? it.errors.server
            : error.message;
      throw new GraphQLRequestError(message || it.errors.server, code, status);
    }
    if (body.data == null) throw new GraphQLRequestError(it.errors.server, 'BAD_RESPONSE', status);
    return body.data;
  }

  async function file(path: string): Promise<{ blob: Blob; filename: string | null }> {
    const get = async (accessToken: string | undefined) => {
      try {
        return await doFetch(path, {
          headers: accessToken ? { authorization: `Bearer ${accessToken}` } : {},
        });
      } catch {
        throw new GraphQLRequestError(it.errors.network, 'NETWORK_ERROR');
      }
    };
    const current = await currentSession();
    let response = await get(current?.accessToken);
    if (response.status === 401 && current) {
      const refreshed = await refresh();
      if (!refreshed) throw new GraphQLRequestError(it.session.expired, 'UNAUTHENTICATED', 401);
      response = await get(refreshed.accessToken);
    }
    if (response.status === 404) throw new GraphQLRequestError(it.errors.fileNotFound, 'NOT_FOUND', 404);
    if (!response.ok) throw new GraphQLRequestError(it.errors.server, 'BAD_RESPONSE', response.status);
    const disposition = response.headers.get('content-disposition') ?? '';
    return { blob: await response.blob(), filename: /filename="([^"]+)"/.exec(disposition)?.[1] ?? null };
  }

  return { request, refresh, file, currentSession };
}
