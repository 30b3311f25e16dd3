import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from 'fastify';
import type { LoaderBatches } from './lib/batched-loaders.js';
import type { PendingRawAnswer, Planner } from './lib/sql-planner/index.js';
import type { LiveSession, LiveSocket } from './plugins/live-connections.js';
import type { Services } from './services.js';

export type UserKind = 'CITIZEN' | 'COMPANY_MEMBER' | 'OPERATOR' | 'NETWORK_ADMIN' | 'PLATFORM_ADMIN';

export type ApiScope =
  | 'NETWORK_READ'
  | 'COMPANIES_READ'
  | 'VACANCY_EVENTS'
  | 'APPLICATION_EVENTS'
  | 'PLACEMENT_EVENTS'
  | 'CASE_EVENTS';

export type UserActor = {
  kind: UserKind;
  userId: string;
  /** Null only for platform admins. */
  networkId: string | null;
  sportelloId: string | null;
  companyId: string | null;
  /**
   * Staff whose network requires a second factor they have not set up: the API answers only the
   * enrolment operations until they have (`TWO_FACTOR_ENROLMENT_REQUIRED`).
   */
  twoFactorEnrolmentRequired?: boolean;
};

export type ApiClientActor = {
  kind: 'API_CLIENT';
  clientId: string;
  networkId: string;
  scopes: ApiScope[];
};

export type Actor = { kind: 'ANONYMOUS' } | UserActor | ApiClientActor;

export const anonymous: Actor = { kind: 'ANONYMOUS' };

/** What every resolver receives: who is asking, from where, and the use cases. */
export interface RequestContext {
  actor: Actor;
  ip: string;
  services: Services;
  /** Today's date in Italy (YYYY-MM-DD), read once so that every field of one answer agrees. */
  today: string;
  /** Plans hot nested reads into one statement from the client's selection. */
  planner: Planner;
  log: FastifyBaseLogger;
  request: FastifyRequest;
  reply: FastifyReply;
  /** On a WebSocket connection only: its authenticated session and its socket. */
  liveSession?: LiveSession;
  socket?: LiveSocket;
  // The operation's own state is kept on the context rather than in module-level WeakMaps keyed
  // by it: V8's minor GC keeps the values of such a map alive, so every request's texts and
  // loaders outlived it into the old generation, there to be collected by a major GC.
  /** Where the answers PostgreSQL wrote as text go (see splice.ts). */
  rawAnswers?: PendingRawAnswer[];
  /** The loaders' batches of this operation (see batched-loaders.ts). */
  loaderBatches?: LoaderBatches;
}

declare module 'fastify' {
  interface FastifyReply {
    /** The texts of the reply's raw answers, for all its operations (see splice.ts). */
    rawTexts: string[] | null;
  }
}
