import { randomUUID } from 'node:crypto';
import {
  apiClients,
  companyMembers,
  type Db,
  knownDevices,
  oneTimeTokens,
  operators,
  refreshTokens,
  type Tx,
  users,
} from '@sportello/db';
import { checkPassword, normalizeEmail } from '@sportello/domain';
import { and, desc, eq, gt, isNull, type SQL, sql } from 'drizzle-orm';
import type { ApiScope, UserActor, UserKind } from '../../context.js';
import { type UserError, UserErrors, userError } from '../../lib/errors.js';
import type { Mailer } from '../../lib/mailer.js';
import { hashPassword, verifyPassword } from '../../lib/passwords.js';
import { consume, refund, reset, resetWithSubkeys } from '../../lib/rate-limit.js';
import { hashOpaqueToken, newOpaqueToken, type TokenService } from '../../lib/tokens.js';
import { isUuid } from '../../lib/validation.js';
import { enqueueEmail } from '../notifications/outbox.js';
import type { RevocationList } from './revocations.js';

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
const INVALID_LINK = (field: string) =>
  userError(field, 'INVALID_TOKEN', 'Il link non è valido o è scaduto. Chiedine uno nuovo.');

export interface Session {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  userId: string;
  /** Set by login: the browser sends it with its next logins (see `login`). */
  deviceToken?: string;
}

export interface IdentityDeps {
  db: Db;
  tokens: TokenService;
  mailer: Mailer;
  publicUrl: string;
  refreshTokenTtlDays: number;
  revocations: RevocationList;
}

export type User = typeof users.$inferSelect;
/** Whom a verification or an invitation goes to: only a user who has an email. */
export type Invitee = Pick<User, 'id' | 'givenName'> & { email: string };
export type ApiClientRecord = typeof apiClients.$inferSelect;

export function createIdentityService(deps: IdentityDeps) {
  const { db, tokens, mailer, revocations } = deps;

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
    const access = await tokens.signUser(await actorForUser(user, tx), familyId);
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken,
      userId: user.id,
    };
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
    ): Promise<Session> {
      const email = normalizeEmail(emailInput) ?? emailInput.trim().toLowerCase();
      const user = await findUserByEmail(email);
      const device = user && deviceToken ? await knownDevice(user.id, deviceToken) : undefined;
      const buckets = device
        ? [{ key: `login:device:${device.id}`, ...LOGIN_LIMITS.perDevice }]
        : [
            { key: `login:account-address:${email}:${ip}`, ...LOGIN_LIMITS.perAccountAndAddress },
            { key: `login:account:${email}`, ...LOGIN_LIMITS.perAccount },
            { key: `login:ip:${ip}`, ...LOGIN_LIMITS.perAddress },
          ];
      const within = await Promise.all(
        buckets.map((bucket) => consume(db, bucket.key, bucket.limit, bucket.windowSeconds)),
      );
      if (within.includes(false)) throw new UserErrors([TOO_MANY_ATTEMPTS]);

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
      // Only failures count: a sportello's desks and public computers share one address. The
      // account's own failures at this address or device are forgiven; the wider counters keep
      // the failures of others.
      const [own, ...shared] = buckets.map((bucket) => bucket.key);
      await Promise.all([reset(db, own!), ...shared.map((key) => refund(db, key))]);
      const session = await issueSession(user);
      return { ...session, deviceToken: await rememberDevice(user.id, device, deviceToken) };
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
          await resetWithSubkeys(tx, `login:account:${email}`);
          await resetWithSubkeys(tx, `login:account-address:${email}`);
        }
      });
    },

    async userById(id: string): Promise<User | undefined> {
      const [user] = await db.select().from(users).where(eq(users.id, id));
      return user;
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
