import { randomUUID } from 'node:crypto';
import {
  apiClients,
  builtOncePerSession,
  companyMembers,
  type Db,
  externalIdentities,
  knownDevices,
  networks,
  oneTimeTokens,
  operators,
  refreshTokens,
  type Tx,
  totpAuthenticators,
  totpRecoveryCodes,
  users,
} from '@sportello/db';
import { checkPassword, normalizeEmail } from '@sportello/domain';
import { and, desc, eq, gt, inArray, isNotNull, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { ApiScope, UserActor, UserKind } from '../../context.js';
import { type UserError, UserErrors, userError } from '../../lib/errors.js';
import type { Mailer } from '../../lib/mailer.js';
import { hashPassword, verifyPassword } from '../../lib/passwords.js';
import { consume, refund, reset, resetWithSubkeys } from '../../lib/rate-limit.js';
import { createSecretBox } from '../../lib/secret-box.js';
import { hashOpaqueToken, newOpaqueToken, type TokenService } from '../../lib/tokens.js';
import { isUuid } from '../../lib/validation.js';
import { recordAudit } from '../audit/service.js';
import { enqueueEmail } from '../notifications/outbox.js';
import type { RevocationList } from './revocations.js';
import {
  newRecoveryCode,
  newTotpSecret,
  normalizeRecoveryCode,
  otpauthUri,
  qrCodeDataUrl,
  RECOVERY_CODE_COUNT,
  SECOND_FACTOR_CHALLENGE_TTL_SECONDS,
  SECOND_FACTOR_PURPOSE,
  totpStep,
} from './two-factor.js';

export type OneTimePurpose = 'EMAIL_VERIFICATION' | 'PASSWORD_RESET' | 'INVITATION';

const ONE_TIME_TTL_HOURS: Record<OneTimePurpose, number> = {
  EMAIL_VERIFICATION: 72,
  PASSWORD_RESET: 1,
  INVITATION: 24 * 14,
};

/** Failed logins allowed in a window: from a known device, or else per account and address, account, address. */
export const LOGIN_LIMITS = {
  perDevice: { limit: 10, windowSeconds: 15 * 60 },
  perAccountAndAddress: { limit: 10, windowSeconds: 15 * 60 },
  perAccount: { limit: 30, windowSeconds: 15 * 60 },
  perAddress: { limit: 50, windowSeconds: 15 * 60 },
};

/** A device not used to log in for this long is forgotten. */
const KNOWN_DEVICE_TTL_DAYS = 180;

/** Password-reset emails allowed per target address and per source address in a window. */
export const RESET_LIMITS = {
  perEmail: { limit: 3, windowSeconds: 60 * 60 },
  perAddress: { limit: 20, windowSeconds: 60 * 60 },
};

const INVALID_CREDENTIALS = userError(null, 'INVALID_CREDENTIALS', 'Email o password non corretti.');
const TOO_MANY_ATTEMPTS = userError(
  null,
  'TOO_MANY_ATTEMPTS',
  'Troppi tentativi di accesso. Riprova tra 15 minuti o reimposta la password.',
);
const INVALID_CODE = (field: string) =>
  userError(
    field,
    'INVALID_CODE',
    'Il codice non è corretto. Controlla l’orario del telefono e scrivi il codice che l’app mostra ora.',
  );
const CODE_ALREADY_USED = (field: string) =>
  userError(field, 'CODE_ALREADY_USED', 'Questo codice è già stato usato: aspetta quello successivo.');
const INVALID_RECOVERY_CODE = userError(
  'recoveryCode',
  'INVALID_RECOVERY_CODE',
  'Il codice di recupero non è corretto o è già stato usato.',
);
const CHALLENGE_EXPIRED = userError(
  'challengeToken',
  'CHALLENGE_EXPIRED',
  'Il tempo per inserire il codice è scaduto: accedi di nuovo con email e password.',
);
const INVALID_LINK = (field: string) =>
  userError(field, 'INVALID_TOKEN', 'Il link non è valido o è scaduto. Chiedine uno nuovo.');

export interface Session {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  userId: string;
  /** Set by login: the browser sends it with its next logins (see `login`). */
  deviceToken?: string;
  /** The access token opens only the enrolment of a second factor (the network requires one). */
  twoFactorEnrolmentRequired: boolean;
}

/** The password was right; the second factor is still to come, within the challenge's lifetime. */
export interface SecondFactorChallenge {
  challengeToken: string;
  expiresAt: Date;
}

export type LoginResult = { session: Session } | { secondFactor: SecondFactorChallenge };

/** A current TOTP code, or the password entered again: what disabling the second factor asks for. */
export interface StepUp {
  code?: string | null;
  password?: string | null;
}

export interface TwoFactorStatus {
  enabled: boolean;
  enabledAt: Date | null;
  recoveryCodesRemaining: number;
  requiredByNetwork: boolean;
}

const isStaffKind = (kind: string) => kind === 'OPERATOR' || kind === 'NETWORK_ADMIN';

export interface IdentityDeps {
  db: Db;
  tokens: TokenService;
  mailer: Mailer;
  publicUrl: string;
  refreshTokenTtlDays: number;
  revocations: RevocationList;
  log?: Pick<FastifyBaseLogger, 'warn'>;
}

export type User = typeof users.$inferSelect;
/** Whom a verification or an invitation goes to: only a user who has an email. */
/** Throttling counters name an account by a hash of its address, so they hold no email. */
export const accountBucket = (email: string) => hashOpaqueToken(email);

export type Invitee = Pick<User, 'id' | 'givenName'> & { email: string };
export type ApiClientRecord = typeof apiClients.$inferSelect;

// Every authenticated request of a person reads their account.
const accountById = builtOncePerSession((db) =>
  db
    .select()
    .from(users)
    .where(eq(users.id, sql.placeholder('id')))
    .prepare('user_by_id'),
);

export function createIdentityService(deps: IdentityDeps) {
  const { db, tokens, mailer, revocations } = deps;
  /** TOTP secrets are encrypted at rest under a key derived from the server's signing key. */
  const secretBox = createSecretBox(tokens.deriveKey('totp-secrets'));

  /** Ends session families: their refresh tokens now, their access tokens on the next request. */
  async function revokeFamilies(tx: Db | Tx, condition: SQL | undefined) {
    const rows = await tx
      .update(refreshTokens)
      .set({ revokedAt: sql`now()` })
      .where(and(condition, isNull(refreshTokens.revokedAt)))
      .returning({ familyId: refreshTokens.familyId });
    await revocations.revoke(tx, [...new Set(rows.map((row) => `session:${row.familyId}`))]);
  }

  /** Runs on the caller's transaction when there is one: PGlite has a single connection. */
  async function actorForUser(user: User, executor: Db | Tx = db): Promise<UserActor> {
    const [operator] =
      user.kind === 'OPERATOR'
        ? await executor.select().from(operators).where(eq(operators.userId, user.id))
        : [];
    const [member] =
      user.kind === 'COMPANY_MEMBER'
        ? await executor.select().from(companyMembers).where(eq(companyMembers.userId, user.id))
        : [];
    return {
      kind: user.kind as UserKind,
      userId: user.id,
      networkId: user.networkId,
      sportelloId: operator?.sportelloId ?? null,
      companyId: member?.companyId ?? null,
    };
  }

  async function issueSession(
    user: User,
    familyId: string = randomUUID(),
    tx: Db | Tx = db,
  ): Promise<Session> {
    const refreshToken = newOpaqueToken();
    await tx.insert(refreshTokens).values({
      userId: user.id,
      familyId,
      tokenHash: hashOpaqueToken(refreshToken),
      expiresAt: new Date(Date.now() + deps.refreshTokenTtlDays * 86_400_000),
    });
    await tx.update(users).set({ lastLoginAt: sql`now()` }).where(eq(users.id, user.id));
    const twoFactorEnrolmentRequired = await mustEnrolSecondFactor(user, tx);
    const actor = await actorForUser(user, tx);
    const access = await tokens.signUser({ ...actor, twoFactorEnrolmentRequired }, familyId);
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken,
      userId: user.id,
      twoFactorEnrolmentRequired,
    };
  }

  /** Staff of a network that requires a second factor, who have none enabled yet. */
  async function mustEnrolSecondFactor(user: User, executor: Db | Tx = db): Promise<boolean> {
    if (!isStaffKind(user.kind) || !user.networkId) return false;
    const [row] = await executor
      .select({ required: networks.staffTwoFactorRequired, enabledAt: totpAuthenticators.enabledAt })
      .from(networks)
      .leftJoin(totpAuthenticators, eq(totpAuthenticators.userId, user.id))
      .where(eq(networks.id, user.networkId));
    return Boolean(row?.required) && !row?.enabledAt;
  }

  /** The enabled authenticator of a user, its secret decrypted. */
  async function enabledAuthenticator(userId: string, executor: Db | Tx = db) {
    const [row] = await executor
      .select()
      .from(totpAuthenticators)
      .where(and(eq(totpAuthenticators.userId, userId), isNotNull(totpAuthenticators.enabledAt)));
    return row ? { ...row, secret: openSecret(row.secretCiphertext, userId) } : undefined;
  }

  /**
   * Null when the secret cannot be decrypted (the signing key it was sealed under was replaced):
   * then no code is right, but the recovery codes, hashed apart, still open the account, and the
   * staff member can turn the second factor off with the password and enrol again.
   */
  function openSecret(ciphertext: string, userId: string): string | null {
    try {
      return secretBox.open(ciphertext, userId);
    } catch {
      deps.log?.warn({ userId }, 'a TOTP secret could not be decrypted');
      return null;
    }
  }

  /**
   * Accepts a code of the user's authenticator once: the step it belongs to must be after the last
   * one used, and recording it is the same statement that checks it, so two requests with one code
   * cannot both pass.
   */
  async function acceptTotpCode(
    userId: string,
    secret: string | null,
    code: string,
    executor: Db | Tx = db,
  ): Promise<'ok' | 'wrong' | 'replayed'> {
    const step = secret === null ? null : totpStep(secret, code);
    if (step === null) return 'wrong';
    const rows = await executor
      .update(totpAuthenticators)
      .set({ lastUsedStep: step })
      .where(
        and(
          eq(totpAuthenticators.userId, userId),
          or(isNull(totpAuthenticators.lastUsedStep), lt(totpAuthenticators.lastUsedStep, step)),
        ),
      )
      .returning({ userId: totpAuthenticators.userId });
    return rows.length ? 'ok' : 'replayed';
  }

  /** Uses one of the user's recovery codes, if it is one of them and unused; returns how many remain. */
  async function useRecoveryCode(userId: string, code: string): Promise<number | null> {
    const normalized = normalizeRecoveryCode(code);
    if (normalized.length === 0) return null;
    const unused = await db
      .select({ id: totpRecoveryCodes.id, codeHash: totpRecoveryCodes.codeHash })
      .from(totpRecoveryCodes)
      .where(and(eq(totpRecoveryCodes.userId, userId), isNull(totpRecoveryCodes.usedAt)));
    const matches = await Promise.all(unused.map((row) => verifyPassword(row.codeHash, normalized)));
    const match = unused.find((_, index) => matches[index]);
    if (!match) return null;
    const used = await db
      .update(totpRecoveryCodes)
      .set({ usedAt: sql`now()` })
      .where(and(eq(totpRecoveryCodes.id, match.id), isNull(totpRecoveryCodes.usedAt)))
      .returning({ id: totpRecoveryCodes.id });
    return used.length ? unused.length - 1 : null;
  }

  /** Replaces the user's recovery codes with new ones, returned in clear this once. */
  async function replaceRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    const hashes = await Promise.all(codes.map((code) => hashPassword(normalizeRecoveryCode(code))));
    await tx.delete(totpRecoveryCodes).where(eq(totpRecoveryCodes.userId, userId));
    await tx.insert(totpRecoveryCodes).values(hashes.map((codeHash) => ({ userId, codeHash })));
    return codes;
  }

  const loginEmail = (user: Pick<User, 'email'>) =>
    user.email ? (normalizeEmail(user.email) ?? user.email.toLowerCase()) : '';

  /** The counters of failed logins an attempt falls under (see `login`). */
  function loginBuckets(email: string, ip: string, device: { id: string } | undefined) {
    const account = accountBucket(email);
    return device
      ? [{ key: `login:device:${device.id}`, ...LOGIN_LIMITS.perDevice }]
      : [
          { key: `login:account-address:${account}:${ip}`, ...LOGIN_LIMITS.perAccountAndAddress },
          { key: `login:account:${account}`, ...LOGIN_LIMITS.perAccount },
          { key: `login:ip:${ip}`, ...LOGIN_LIMITS.perAddress },
        ];
  }

  type Buckets = ReturnType<typeof loginBuckets>;

  /** Counts the attempt; over any limit the answer is TOO_MANY_ATTEMPTS, whatever was sent. */
  async function countAttempt(buckets: Buckets) {
    const within = await Promise.all(
      buckets.map((bucket) => consume(db, bucket.key, bucket.limit, bucket.windowSeconds)),
    );
    if (within.includes(false)) throw new UserErrors([TOO_MANY_ATTEMPTS]);
  }

  /** A success: the own counter is forgiven, the shared ones give back this attempt only. */
  async function forgiveAttempt(buckets: Buckets, resetOwn = true) {
    const [own, ...shared] = buckets.map((bucket) => bucket.key);
    await Promise.all([
      resetOwn ? reset(db, own!) : refund(db, own!),
      ...shared.map((key) => refund(db, key)),
    ]);
  }

  /**
   * Checks a current code or the password again before a change to the second factor. Failures
   * count against the same login limits, so the step-up cannot be used to guess either.
   */
  async function checkStepUp(user: User, stepUp: StepUp, ip: string): Promise<void> {
    if (!stepUp.code?.trim() && !stepUp.password) {
      throw new UserErrors([
        userError('code', 'REQUIRED', 'Scrivi il codice dell’app di autenticazione oppure la password.'),
      ]);
    }
    const buckets = loginBuckets(loginEmail(user), ip, undefined);
    await countAttempt(buckets);
    if (stepUp.code?.trim()) {
      const authenticator = await enabledAuthenticator(user.id);
      const outcome = authenticator
        ? await acceptTotpCode(user.id, authenticator.secret, stepUp.code)
        : 'wrong';
      if (outcome === 'replayed') throw new UserErrors([CODE_ALREADY_USED('code')]);
      if (outcome === 'wrong') throw new UserErrors([INVALID_CODE('code')]);
    } else if (!(await verifyPassword(user.passwordHash, stepUp.password ?? ''))) {
      throw new UserErrors([userError('password', 'INVALID_PASSWORD', 'La password non è corretta.')]);
    }
    await forgiveAttempt(buckets, false);
  }

  async function staffUser(userId: string): Promise<User> {
    const [user] = await db.select().from(users).where(eq(users.id, userId));
    if (!user || !isStaffKind(user.kind)) throw new Error('not a staff member');
    return user;
  }

  async function knownDevice(userId: string, token: string) {
    const [device] = await db
      .select({ id: knownDevices.id })
      .from(knownDevices)
      .where(
        and(
          eq(knownDevices.tokenHash, hashOpaqueToken(token)),
          eq(knownDevices.userId, userId),
          gt(knownDevices.lastLoginAt, sql`now() - make_interval(days => ${KNOWN_DEVICE_TTL_DAYS})`),
        ),
      );
    return device;
  }

  /** Keeps a known device's token, or makes the browser known with a new one. */
  async function rememberDevice(
    userId: string,
    device: { id: string } | undefined,
    token: string | null,
  ): Promise<string> {
    if (device && token) {
      await db.update(knownDevices).set({ lastLoginAt: sql`now()` }).where(eq(knownDevices.id, device.id));
      return token;
    }
    const fresh = newOpaqueToken();
    await db.insert(knownDevices).values({ userId, tokenHash: hashOpaqueToken(fresh) });
    return fresh;
  }

  /** Email and password, throttled as a login; the counters are left for the caller to forgive. */
  async function checkCredentials(
    emailInput: string,
    password: string,
    ip: string,
    deviceToken: string | null,
  ) {
    const email = normalizeEmail(emailInput) ?? emailInput.trim().toLowerCase();
    const user = await findUserByEmail(email);
    const device = user && deviceToken ? await knownDevice(user.id, deviceToken) : undefined;
    const buckets = loginBuckets(email, ip, device);
    await countAttempt(buckets);

    const valid = await verifyPassword(user?.passwordHash, password);
    if (!user || !valid || user.disabledAt) throw new UserErrors([INVALID_CREDENTIALS]);
    if (!user.emailVerifiedAt) {
      throw new UserErrors([
        userError(
          'email',
          'EMAIL_NOT_VERIFIED',
          "Devi prima confermare l'indirizzo email: apri il link che ti abbiamo inviato.",
        ),
      ]);
    }
    return { user, device, buckets };
  }

  async function findUserByEmail(email: string): Promise<User | undefined> {
    const [user] = await db.select().from(users).where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
    return user;
  }

  async function createOneTimeToken(tx: Db | Tx, userId: string, purpose: OneTimePurpose): Promise<string> {
    const token = newOpaqueToken();
    await tx.insert(oneTimeTokens).values({
      userId,
      purpose,
      tokenHash: hashOpaqueToken(token),
      expiresAt: new Date(Date.now() + ONE_TIME_TTL_HOURS[purpose] * 3_600_000),
    });
    return token;
  }

  /** Marks the token used in the same statement that finds it, so two concurrent uses cannot both win. */
  async function consumeOneTimeToken(tx: Tx, token: string, purpose: OneTimePurpose): Promise<string | null> {
    const [row] = await tx
      .update(oneTimeTokens)
      .set({ usedAt: sql`now()` })
      .where(
        and(
          eq(oneTimeTokens.tokenHash, hashOpaqueToken(token)),
          eq(oneTimeTokens.purpose, purpose),
          isNull(oneTimeTokens.usedAt),
          gt(oneTimeTokens.expiresAt, sql`now()`),
        ),
      )
      .returning({ userId: oneTimeTokens.userId });
    return row?.userId ?? null;
  }

  function link(path: string, token: string) {
    return `${deps.publicUrl}${path}?token=${encodeURIComponent(token)}`;
  }

  function passwordErrors(field: string, password: string, email: string | null): UserError[] {
    const check = checkPassword(password, { email: email ?? undefined });
    return check.ok ? [] : [userError(field, 'WEAK_PASSWORD', check.message)];
  }

  return {
    actorForUser,
    issueSession,
    createOneTimeToken,
    passwordErrors,
    hashPassword,

    /**
     * Failures are counted per known device when the browser presents its device token, otherwise
     * per account and address, per account and per address. So whoever guesses a password, from
     * anywhere, never locks its owner out of a browser they have logged in from; and without a
     * device token, guesses from one address block the account at that address only, until the
     * guesses from many addresses reach the higher per-account limit.
     */
    async login(
      emailInput: string,
      password: string,
      ip: string,
      deviceToken: string | null = null,
    ): Promise<LoginResult> {
      const { user, device, buckets } = await checkCredentials(emailInput, password, ip, deviceToken);
      if (isStaffKind(user.kind) && (await enabledAuthenticator(user.id))) {
        // The password alone does not forgive this address's or device's failures: the attempt
        // stays counted until the second factor is right, so wrong codes add up under the same
        // limits instead of starting over at each right password.
        await Promise.all(buckets.slice(1).map((bucket) => refund(db, bucket.key)));
        return {
          secondFactor: {
            challengeToken: await tokens.signPurpose(
              SECOND_FACTOR_PURPOSE,
              user.id,
              SECOND_FACTOR_CHALLENGE_TTL_SECONDS,
            ),
            expiresAt: new Date(Date.now() + SECOND_FACTOR_CHALLENGE_TTL_SECONDS * 1000),
          },
        };
      }
      // Only failures count: a sportello's desks and public computers share one address. The
      // account's own failures at this address or device are forgiven; the wider counters keep
      // the failures of others.
      await forgiveAttempt(buckets);
      const session = await issueSession(user);
      return { session: { ...session, deviceToken: await rememberDevice(user.id, device, deviceToken) } };
    },

    /**
     * The password entered again to prove the account is one's own (e.g. to link it to an SPID or CIE
     * identity): throttled and counted as a login, without a session.
     */
    async reauthenticate(emailInput: string, password: string, ip: string): Promise<User> {
      const { user, buckets } = await checkCredentials(emailInput, password, ip, null);
      await forgiveAttempt(buckets);
      return user;
    },

    /**
     * The second step of a staff login: the password step's challenge with a current TOTP code
     * (each accepted once) or one of the recovery codes (each usable once). Failures count
     * against the same limits as wrong passwords.
     */
    async completeSecondFactor(
      input: { challengeToken: string; code?: string | null; recoveryCode?: string | null },
      ip: string,
      deviceToken: string | null = null,
    ): Promise<Session> {
      const subject = await tokens.checkPurpose(SECOND_FACTOR_PURPOSE, input.challengeToken);
      if (subject === 'expired') throw new UserErrors([CHALLENGE_EXPIRED]);
      const [user] =
        subject && isUuid(subject) ? await db.select().from(users).where(eq(users.id, subject)) : [];
      if (!user || user.disabledAt || !isStaffKind(user.kind)) throw new UserErrors([CHALLENGE_EXPIRED]);
      if (!input.code?.trim() && !input.recoveryCode?.trim()) {
        throw new UserErrors([
          userError('code', 'REQUIRED', 'Scrivi il codice di 6 cifre che mostra l’app.'),
        ]);
      }
      const device = deviceToken ? await knownDevice(user.id, deviceToken) : undefined;
      const buckets = loginBuckets(loginEmail(user), ip, device);
      await countAttempt(buckets);
      const authenticator = await enabledAuthenticator(user.id);
      if (!authenticator) throw new UserErrors([CHALLENGE_EXPIRED]);

      if (input.code?.trim()) {
        const outcome = await acceptTotpCode(user.id, authenticator.secret, input.code);
        if (outcome === 'replayed') throw new UserErrors([CODE_ALREADY_USED('code')]);
        if (outcome === 'wrong') throw new UserErrors([INVALID_CODE('code')]);
      } else {
        const remaining = await useRecoveryCode(user.id, input.recoveryCode ?? '');
        if (remaining === null) throw new UserErrors([INVALID_RECOVERY_CODE]);
        await recordAudit(db, {
          networkId: user.networkId,
          actorUserId: user.id,
          action: 'identity.recovery_code_used',
          subjectType: 'user',
          subjectId: user.id,
          details: { remaining },
        });
      }
      await forgiveAttempt(buckets);
      const session = await issueSession(user);
      return { ...session, deviceToken: await rememberDevice(user.id, device, deviceToken) };
    },

    async twoFactorStatus(user: User): Promise<TwoFactorStatus | null> {
      if (!isStaffKind(user.kind) || !user.networkId) return null;
      const [row] = await db
        .select({
          required: networks.staffTwoFactorRequired,
          enabledAt: totpAuthenticators.enabledAt,
          remaining: sql<number>`(select count(*)::int from ${totpRecoveryCodes} where ${totpRecoveryCodes.userId} = ${user.id} and ${totpRecoveryCodes.usedAt} is null)`,
        })
        .from(networks)
        .leftJoin(totpAuthenticators, eq(totpAuthenticators.userId, user.id))
        .where(eq(networks.id, user.networkId));
      const enabledAt = row?.enabledAt ?? null;
      return {
        enabled: enabledAt !== null,
        enabledAt,
        recoveryCodesRemaining: enabledAt ? Number(row?.remaining ?? 0) : 0,
        requiredByNetwork: Boolean(row?.required),
      };
    },

    /**
     * Starts (or starts over) the enrolment of an authenticator app: a new secret, kept encrypted
     * and inactive until `confirmTotpEnrolment` proves the app has it.
     */
    async startTotpEnrolment(userId: string) {
      const user = await staffUser(userId);
      if (await enabledAuthenticator(userId)) {
        throw new UserErrors([
          userError(
            null,
            'ALREADY_ENABLED',
            'La verifica in due passaggi è già attiva. Per cambiare app, disattivala e attivala di nuovo.',
          ),
        ]);
      }
      const secret = newTotpSecret();
      const secretCiphertext = secretBox.seal(secret, userId);
      await db
        .insert(totpAuthenticators)
        .values({ userId, secretCiphertext })
        .onConflictDoUpdate({
          target: totpAuthenticators.userId,
          set: { secretCiphertext, lastUsedStep: null, createdAt: sql`now()` },
          setWhere: isNull(totpAuthenticators.enabledAt),
        });
      const uri = otpauthUri(secret, user.email ?? user.id);
      return { secret, otpauthUri: uri, qrCodeDataUrl: await qrCodeDataUrl(uri) };
    },

    /** The first code turns the authenticator on; the recovery codes are returned this once. */
    async confirmTotpEnrolment(userId: string, code: string): Promise<string[]> {
      const user = await staffUser(userId);
      return db.transaction(async (tx) => {
        const [pending] = await tx
          .select()
          .from(totpAuthenticators)
          .where(eq(totpAuthenticators.userId, userId))
          .for('update');
        if (!pending || pending.enabledAt) {
          throw new UserErrors([
            userError(
              null,
              pending ? 'ALREADY_ENABLED' : 'NO_ENROLMENT',
              pending
                ? 'La verifica in due passaggi è già attiva.'
                : 'Prima inquadra il codice QR con l’app di autenticazione.',
            ),
          ]);
        }
        const secret = openSecret(pending.secretCiphertext, userId);
        const outcome = await acceptTotpCode(userId, secret, code, tx);
        if (outcome !== 'ok') throw new UserErrors([INVALID_CODE('code')]);
        await tx
          .update(totpAuthenticators)
          .set({ enabledAt: sql`now()` })
          .where(eq(totpAuthenticators.userId, userId));
        const codes = await replaceRecoveryCodes(tx, userId);
        await recordAudit(tx, {
          networkId: user.networkId,
          actorUserId: userId,
          action: 'identity.totp_enabled',
          subjectType: 'user',
          subjectId: userId,
        });
        return codes;
      });
    },

    /** Needs a current code or the password; the recovery codes go with the authenticator. */
    async disableTotp(userId: string, stepUp: StepUp, ip: string): Promise<void> {
      const user = await staffUser(userId);
      if (!(await enabledAuthenticator(userId))) {
        throw new UserErrors([userError(null, 'NOT_ENABLED', 'La verifica in due passaggi non è attiva.')]);
      }
      await checkStepUp(user, stepUp, ip);
      await db.transaction(async (tx) => {
        await tx.delete(totpRecoveryCodes).where(eq(totpRecoveryCodes.userId, userId));
        await tx.delete(totpAuthenticators).where(eq(totpAuthenticators.userId, userId));
        await recordAudit(tx, {
          networkId: user.networkId,
          actorUserId: userId,
          action: 'identity.totp_disabled',
          subjectType: 'user',
          subjectId: userId,
          details: { confirmedWith: stepUp.code ? 'code' : 'password' },
        });
      });
    },

    /** New recovery codes replace all the old ones, used or not; needs a current code or the password. */
    async regenerateRecoveryCodes(userId: string, stepUp: StepUp, ip: string): Promise<string[]> {
      const user = await staffUser(userId);
      if (!(await enabledAuthenticator(userId))) {
        throw new UserErrors([userError(null, 'NOT_ENABLED', 'La verifica in due passaggi non è attiva.')]);
      }
      await checkStepUp(user, stepUp, ip);
      return db.transaction(async (tx) => {
        const codes = await replaceRecoveryCodes(tx, userId);
        await recordAudit(tx, {
          networkId: user.networkId,
          actorUserId: userId,
          action: 'identity.recovery_codes_regenerated',
          subjectType: 'user',
          subjectId: userId,
        });
        return codes;
      });
    },

    async refresh(refreshToken: string): Promise<Session> {
      return db
        .transaction(async (tx) => {
          const [row] = await tx
            .select()
            .from(refreshTokens)
            .where(eq(refreshTokens.tokenHash, hashOpaqueToken(refreshToken)))
            .for('update');
          const invalid = new UserErrors([
            userError('refreshToken', 'INVALID_REFRESH_TOKEN', 'Sessione scaduta: accedi di nuovo.'),
          ]);
          if (!row || row.revokedAt || row.expiresAt <= new Date()) throw invalid;
          if (row.rotatedAt) {
            // A rotated token came back: someone holds a copy. End every session of that family.
            await revokeFamilies(tx, eq(refreshTokens.familyId, row.familyId));
            // Commit the revocation even though the call fails.
            return { revoked: true as const };
          }
          await tx.update(refreshTokens).set({ rotatedAt: sql`now()` }).where(eq(refreshTokens.id, row.id));
          const [user] = await tx.select().from(users).where(eq(users.id, row.userId));
          if (!user || user.disabledAt) throw invalid;
          return issueSession(user, row.familyId, tx);
        })
        .then((result) => {
          if ('revoked' in result) {
            throw new UserErrors([
              userError('refreshToken', 'REFRESH_TOKEN_REUSED', 'Sessione non più valida: accedi di nuovo.'),
            ]);
          }
          return result;
        });
    },

    async logout(refreshToken: string): Promise<void> {
      const [row] = await db
        .select({ familyId: refreshTokens.familyId })
        .from(refreshTokens)
        .where(eq(refreshTokens.tokenHash, hashOpaqueToken(refreshToken)));
      if (!row) return;
      await db.transaction((tx) => revokeFamilies(tx, eq(refreshTokens.familyId, row.familyId)));
    },

    async sendEmailVerification(user: Invitee, portalPath: string, tx: Db | Tx = db) {
      const token = await createOneTimeToken(tx, user.id, 'EMAIL_VERIFICATION');
      return () =>
        mailer.send({
          to: user.email,
          subject: 'Conferma il tuo indirizzo email',
          text: `Ciao ${user.givenName},\n\nper completare la registrazione a Sportello Lavoro apri questo link:\n${link(`${portalPath}/verifica-email`, token)}\n\nIl link vale 72 ore. Se non ti sei registrato tu, ignora questo messaggio.`,
        });
    },

    async sendInvitation(user: Invitee, portalPath: string, tx: Db | Tx = db) {
      const token = await createOneTimeToken(tx, user.id, 'INVITATION');
      const who =
        portalPath === '/aziende'
          ? "un collega ti ha invitato nell'area riservata della tua azienda"
          : 'lo sportello lavoro ha creato il tuo account';
      return () =>
        mailer.send({
          to: user.email,
          subject: 'Il tuo accesso a Sportello Lavoro',
          text: `Ciao ${user.givenName},\n\n${who} su Sportello Lavoro. Per scegliere la password e accedere apri questo link:\n${link(`${portalPath}/invito`, token)}\n\nIl link vale 14 giorni.`,
        });
    },

    async verifyEmail(token: string): Promise<void> {
      await db.transaction(async (tx) => {
        const userId = await consumeOneTimeToken(tx, token, 'EMAIL_VERIFICATION');
        if (!userId) throw new UserErrors([INVALID_LINK('token')]);
        await tx.update(users).set({ emailVerifiedAt: sql`now()` }).where(eq(users.id, userId));
      });
    },

    async acceptInvitation(token: string, password: string): Promise<Session> {
      return db.transaction(async (tx) => {
        const userId = await consumeOneTimeToken(tx, token, 'INVITATION');
        if (!userId) throw new UserErrors([INVALID_LINK('token')]);
        const [user] = await tx.select().from(users).where(eq(users.id, userId));
        if (!user) throw new UserErrors([INVALID_LINK('token')]);
        const errors = passwordErrors('password', password, user.email);
        if (errors.length) throw new UserErrors(errors);
        const [updated] = await tx
          .update(users)
          .set({
            passwordHash: await hashPassword(password),
            emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())`,
          })
          .where(eq(users.id, userId))
          .returning();
        return issueSession(updated ?? user, randomUUID(), tx);
      });
    },

    /**
     * Throttled per email and per source address; over either limit nothing is sent. The email is
     * queued in the outbox, so the answer and its timing are the same whether or not the account exists.
     */
    async requestPasswordReset(emailInput: string, ip: string): Promise<void> {
      const email = normalizeEmail(emailInput);
      if (!email) return;
      const [emailOk, addressOk] = await Promise.all([
        consume(db, `reset:email:${email}`, RESET_LIMITS.perEmail.limit, RESET_LIMITS.perEmail.windowSeconds),
        consume(db, `reset:ip:${ip}`, RESET_LIMITS.perAddress.limit, RESET_LIMITS.perAddress.windowSeconds),
      ]);
      if (!emailOk || !addressOk) return;
      const user = await findUserByEmail(email);
      if (!user || user.disabledAt) return;
      const portal = portalPathFor(user.kind as UserKind);
      await db.transaction(async (tx) => {
        const token = await createOneTimeToken(tx, user.id, 'PASSWORD_RESET');
        await enqueueEmail(tx, {
          kind: 'password_reset',
          networkId: user.networkId,
          subjectId: user.id,
          mail: {
            to: email,
            subject: 'Reimposta la password',
            text: `Ciao ${user.givenName},\n\nper scegliere una nuova password apri questo link entro un'ora:\n${link(`${portal}/reimposta-password`, token)}\n\nSe non l'hai chiesto tu, ignora questo messaggio: la password resta quella di prima.`,
          },
        });
      });
    },

    async resetPassword(token: string, newPassword: string): Promise<void> {
      await db.transaction(async (tx) => {
        const userId = await consumeOneTimeToken(tx, token, 'PASSWORD_RESET');
        if (!userId) throw new UserErrors([INVALID_LINK('token')]);
        const [user] = await tx.select().from(users).where(eq(users.id, userId));
        if (!user) throw new UserErrors([INVALID_LINK('token')]);
        const errors = passwordErrors('newPassword', newPassword, user.email);
        if (errors.length) throw new UserErrors(errors);
        await tx
          .update(users)
          .set({ passwordHash: await hashPassword(newPassword) })
          .where(eq(users.id, userId));
        // A new password ends every open session.
        await revokeFamilies(tx, eq(refreshTokens.userId, userId));
        // Whoever reads the account's email owns it: the guesses of others stop blocking new browsers.
        const email = user.email && (normalizeEmail(user.email) ?? user.email.toLowerCase());
        if (email) {
          await resetWithSubkeys(tx, `login:account:${accountBucket(email)}`);
          await resetWithSubkeys(tx, `login:account-address:${accountBucket(email)}`);
        }
      });
    },

    /** The SPID or CIE identity linked to the user, if any. */
    async externalIdentity(userId: string, executor: Db | Tx = db) {
      const [row] = await executor
        .select()
        .from(externalIdentities)
        .where(eq(externalIdentities.userId, userId))
        .limit(1);
      return row;
    },

    async userById(id: string): Promise<User | undefined> {
      const [user] = await accountById(db).execute({ id });
      return user;
    },

    async usersByIds(ids: readonly string[]): Promise<User[]> {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(users)
        .where(inArray(users.id, [...ids]));
    },

    emailTaken: async (email: string, tx: Db | Tx = db) => {
      const [row] = await tx
        .select({ id: users.id })
        .from(users)
        .where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
      return Boolean(row);
    },

    async listApiClients(networkId: string) {
      return db
        .select()
        .from(apiClients)
        .where(eq(apiClients.networkId, networkId))
        .orderBy(desc(apiClients.createdAt));
    },

    async createApiClient(networkId: string, createdBy: string, name: string, scopes: ApiScope[]) {
      const trimmed = name.trim();
      const errors: UserError[] = [];
      if (trimmed.length < 2 || trimmed.length > 100) {
        errors.push(userError('name', 'INVALID_LENGTH', 'Il nome deve avere tra 2 e 100 caratteri.'));
      }
      if (scopes.length === 0) errors.push(userError('scopes', 'REQUIRED', 'Scegli almeno un permesso.'));
      if (errors.length) throw new UserErrors(errors);
      const clientSecret = newOpaqueToken();
      const [client] = await db
        .insert(apiClients)
        .values({
          networkId,
          name: trimmed,
          clientId: `slc_${newOpaqueToken().slice(0, 24)}`,
          secretHash: await hashPassword(clientSecret),
          scopes: [...new Set(scopes)],
          createdBy,
        })
        .returning();
      return { client: client!, clientSecret };
    },

    async revokeApiClient(networkId: string, id: string): Promise<boolean> {
      if (!isUuid(id)) return false;
      return db.transaction(async (tx) => {
        const rows = await tx
          .update(apiClients)
          .set({ revokedAt: sql`now()` })
          .where(
            and(eq(apiClients.id, id), eq(apiClients.networkId, networkId), isNull(apiClients.revokedAt)),
          )
          .returning({ id: apiClients.id });
        // The tokens already issued to the client stop working too.
        await revocations.revoke(
          tx,
          rows.map((row) => `client:${row.id}`),
        );
        return rows.length > 0;
      });
    },

    /**
     * OAuth 2.0 client-credentials grant. The secret is checked against its argon2id hash (salted,
     * compared in constant time); an unknown client costs the same verification, so timing tells
     * nothing.
     */
    async clientCredentials(clientId: string, clientSecret: string, requested: ApiScope[] | null) {
      const [client] = await db.select().from(apiClients).where(eq(apiClients.clientId, clientId));
      const valid = await verifyPassword(client?.secretHash, clientSecret);
      if (!client || !valid || client.revokedAt) return { error: 'invalid_client' as const };
      const granted = client.scopes as ApiScope[];
      const scopes = requested ?? granted;
      if (scopes.some((scope) => !granted.includes(scope))) return { error: 'invalid_scope' as const };
      const token = await tokens.signApiClient(client.id, client.networkId, scopes);
      return { token, scopes };
    },
  };
}

export type IdentityService = ReturnType<typeof createIdentityService>;

export function portalPathFor(kind: UserKind): string {
  if (kind === 'CITIZEN') return '/cittadini';
  if (kind === 'COMPANY_MEMBER') return '/aziende';
  return '/operatori';
}
