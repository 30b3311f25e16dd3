import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns.js';
import { networks, sportelli } from './network.js';

export const userKind = pgEnum('user_kind', [
  'CITIZEN',
  'COMPANY_MEMBER',
  'OPERATOR',
  'NETWORK_ADMIN',
  'PLATFORM_ADMIN',
]);

export const users = pgTable(
  'users',
  {
    id: id(),
    /** Null only for platform admins, who stand above every network. */
    networkId: uuid().references(() => networks.id, { onDelete: 'cascade' }),
    kind: userKind().notNull(),
    /** Null only for a citizen registered at the desk who has no email: the sportello reaches them. */
    email: text(),
    /** Null until an invited user sets a password. */
    passwordHash: text(),
    givenName: text().notNull(),
    familyName: text().notNull(),
    emailVerifiedAt: timestamp({ withTimezone: true }),
    disabledAt: timestamp({ withTimezone: true }),
    /** The last sign-in (password or a refreshed session): the retention period counts from it. */
    lastLoginAt: timestamp({ withTimezone: true }),
    /** Set when the person's data were erased (art. 17 GDPR); the row stays as a pseudonym. */
    erasedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('users_email_idx').on(sql`lower(${t.email})`),
    index('users_network_kind_idx').on(t.networkId, t.kind),
  ],
);

/** Operators work at one sportello; network admins have no sportello. */
export const operators = pgTable(
  'operators',
  {
    userId: uuid()
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    sportelloId: uuid()
      .notNull()
      .references(() => sportelli.id),
  },
  (t) => [index('operators_sportello_idx').on(t.sportelloId)],
);

/**
 * Refresh tokens rotate: each use issues a successor in the same family. Presenting a token that
 * was already rotated means it was stolen or replayed, so the whole family is revoked.
 */
export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    familyId: uuid().notNull(),
    tokenHash: text().notNull().unique(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    rotatedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('refresh_tokens_family_idx').on(t.familyId)],
);

export const oneTimeTokenPurpose = pgEnum('one_time_token_purpose', [
  'EMAIL_VERIFICATION',
  'PASSWORD_RESET',
  'INVITATION',
]);

/** Single-use tokens sent by email; only their SHA-256 hash is stored. */
export const oneTimeTokens = pgTable(
  'one_time_tokens',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: oneTimeTokenPurpose().notNull(),
    tokenHash: text().notNull().unique(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('one_time_tokens_user_idx').on(t.userId, t.purpose)],
);

/** Fixed-window counters shared by every API instance (login throttling per account and address). */
export const rateLimitBuckets = pgTable('rate_limit_buckets', {
  key: text().primaryKey(),
  windowStart: timestamp({ withTimezone: true }).notNull(),
  hits: integer().notNull(),
});

/**
 * Browsers a user has logged in from. Presenting a device's token at login puts the attempt under
 * that device's own failure limit, so guessing by others (per account or per shared address) never
 * locks the user out of a known device.
 */
export const knownDevices = pgTable(
  'known_devices',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text().notNull().unique(),
    createdAt: createdAt(),
    lastLoginAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('known_devices_user_idx').on(t.userId)],
);

/**
 * Credentials revoked before their access tokens expire: a session family (logout, reuse of a
 * rotated refresh token, new password) or an API client. Only rows younger than the longest access
 * token lifetime matter; every API instance keeps them in memory and hears of new ones by NOTIFY.
 */
export const accessRevocations = pgTable(
  'access_revocations',
  {
    id: id(),
    /** `session:<family id>` or `client:<api client id>`, as in the access token. */
    credential: text().notNull(),
    revokedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('access_revocations_revoked_at_idx').on(t.revokedAt)],
);

/** Third-party integrations: OAuth client-credentials clients scoped to one network. */
export const apiClients = pgTable(
  'api_clients',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    clientId: text().notNull().unique(),
    secretHash: text().notNull(),
    scopes: text().array().notNull(),
    /** Trusted documents only: the client may run only the operations registered for it. */
    persistedOnly: boolean().notNull().default(false),
    createdBy: uuid().references(() => users.id),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('api_clients_network_idx').on(t.networkId)],
);

/**
 * An operation a network admin registered for an API client (a trusted document): the client sends
 * its hash instead of the text. Never changed: a new text is a new hash.
 */
export const apiClientOperations = pgTable(
  'api_client_operations',
  {
    apiClientId: uuid()
      .notNull()
      .references(() => apiClients.id, { onDelete: 'cascade' }),
    /** "sha256:" and the hex SHA-256 of `document`, as the portals' hashes are written. */
    hash: text().notNull(),
    operationName: text(),
    document: text().notNull(),
    registeredBy: uuid().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.apiClientId, t.hash] }),
    index('api_client_operations_hash_idx').on(t.hash),
  ],
);

/**
 * A staff member's TOTP authenticator (RFC 6238). The shared secret is encrypted at rest by the
 * API (AES-256-GCM); until `enabledAt` is set it is an enrolment waiting for its first code.
 */
export const totpAuthenticators = pgTable('totp_authenticators', {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  secretCiphertext: text().notNull(),
  enabledAt: timestamp({ withTimezone: true }),
  /** The time step of the last code accepted: a code is never accepted twice. */
  lastUsedStep: bigint({ mode: 'number' }),
  createdAt: createdAt(),
});

/** One-time recovery codes of a staff member's second factor, hashed like passwords. */
export const totpRecoveryCodes = pgTable(
  'totp_recovery_codes',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text().notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('totp_recovery_codes_user_idx').on(t.userId)],
);

/**
 * Identities of the national login (SPID, CIE, through the configured OpenID Connect provider)
 * linked to a user. The provider's issuer and subject are the key: the codice fiscale is what the
 * provider asserted at linking, kept to refuse linking the same person to a second account.
 */
export const externalIdentities = pgTable(
  'external_identities',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    issuer: text().notNull(),
    subject: text().notNull(),
    codiceFiscale: text().notNull(),
    linkedAt: createdAt(),
    lastLoginAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('external_identities_issuer_subject_idx').on(t.issuer, t.subject),
    uniqueIndex('external_identities_user_issuer_idx').on(t.userId, t.issuer),
  ],
);

/** What the provider asserted about the person, as the portal shows it before registration. */
export interface ExternalClaims {
  codiceFiscale: string;
  givenName: string;
  familyName: string;
  /** YYYY-MM-DD. */
  birthDate: string;
  email: string | null;
}

/**
 * One login through the OpenID Connect provider: created with the redirect (state, nonce and PKCE
 * verifier, bound to the browser by a cookie), completed by the provider's callback (the verified
 * identity, handed to the portal by a single-use ticket), and deleted once old.
 */
export const externalLogins = pgTable(
  'external_logins',
  {
    id: id(),
    stateHash: text().notNull().unique(),
    /** Hash of the cookie the browser got with the redirect: the callback must come from it. */
    browserHash: text().notNull(),
    nonce: text().notNull(),
    codeVerifier: text().notNull(),
    /** Set when the callback exchanged its code: a second callback with the same state is refused. */
    callbackAt: timestamp({ withTimezone: true }),
    ticketHash: text().unique(),
    issuer: text(),
    subject: text(),
    claims: jsonb().$type<ExternalClaims>(),
    /** Kept for the logout at the provider (`id_token_hint`). */
    idToken: text(),
    /** Set when the ticket turned into a session, a registration or a link. */
    usedAt: timestamp({ withTimezone: true }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('external_logins_expires_idx').on(t.expiresAt)],
);
