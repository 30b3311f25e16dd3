import { type DocumentNode, type GraphQLSchema, specifiedRules, validate } from 'graphql';
import type { Actor } from '../context.js';
import { ApiError } from '../lib/errors.js';
import { InvalidTokenError, type TokenService } from '../lib/tokens.js';
import type { RevocationList } from '../modules/identity/revocations.js';
import { validationRules } from './graphql-limits.js';

/** Close code of a connection whose access token expired or was revoked: the client reconnects. */
export const SESSION_ENDED_CLOSE_CODE = 4401;

/** What `onConnect` adds to the context of every operation of a WebSocket connection. */
export interface LiveSession {
  actor: Actor;
  /** Unexpired and not revoked: checked again for every event sent. */
  isValid(): boolean;
  expiresAtMs: number;
}

/**
 * Authenticates a WebSocket connection by the access token in its `connection_init` payload
 * (`{ authorization: "Bearer …" }`, as browsers cannot set headers on a WebSocket). A connection
 * without a valid token, or of staff who must first set up their second factor, is refused.
 */
export function authenticateConnection(tokens: TokenService, revocations: RevocationList) {
  return async ({ payload }: { payload: unknown }) => {
    const fields = (typeof payload === 'object' && payload !== null ? payload : {}) as Record<
      string,
      unknown
    >;
    const header = fields.authorization ?? fields.Authorization;
    const match = typeof header === 'string' ? /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header) : null;
    if (!match?.[1]) return false;
    try {
      const { actor, credential, expiresAtMs } = await tokens.verify(match[1]);
      if (revocations.isRevoked(credential)) return false;
      if ('twoFactorEnrolmentRequired' in actor && actor.twoFactorEnrolmentRequired) return false;
      const liveSession: LiveSession = {
        actor,
        expiresAtMs,
        isValid: () => Date.now() < expiresAtMs && !revocations.isRevoked(credential),
      };
      return { actor, liveSession };
    } catch (error) {
      if (error instanceof InvalidTokenError) return false;
      throw error;
    }
  };
}

/** The part of a `ws` WebSocket used here. */
export interface LiveSocket {
  close(code: number, reason: string): void;
  once(event: 'close', listener: () => void): unknown;
}

const watched = new WeakSet<LiveSocket>();

/** Ends the connection when its token expires, so a subscriber never outlives its session. */
export function closeWhenSessionEnds(socket: LiveSocket, session: LiveSession): void {
  if (watched.has(socket)) return;
  watched.add(socket);
  const timer = setTimeout(() => endSession(socket), Math.max(0, session.expiresAtMs - Date.now()));
  timer.unref();
  socket.once('close', () => clearTimeout(timer));
}

export function endSession(socket: LiveSocket): void {
  socket.close(SESSION_ENDED_CLOSE_CODE, 'Sessione scaduta');
}

/**
 * Mercurius runs a subscription's document without validating it: the same rules as for queries
 * and mutations apply here.
 */
export function validateSubscription(schema: GraphQLSchema, document: DocumentNode): void {
  const errors = validate(schema, document, [...specifiedRules, ...validationRules]);
  if (errors.length) throw new ApiError('BAD_USER_INPUT', errors.map((error) => error.message).join(' '));
}
