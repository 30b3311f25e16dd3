import {
  type Db,
  type ExternalClaims,
  externalIdentities,
  externalLogins,
  type Tx,
  users,
} from '@sportello/db';
import { and, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { UserErrors, userError } from '../../lib/errors.js';
import { consume } from '../../lib/rate-limit.js';
import { hashOpaqueToken, newOpaqueToken } from '../../lib/tokens.js';
import { violatedConstraint } from '../../lib/validation.js';
import { recordAudit } from '../audit/service.js';
import type { CitizenService } from '../citizens/service.js';
import { readExternalClaims } from './external-claims.js';
import type { RelyingParty } from './oidc-client.js';
import type { IdentityService, Session } from './service.js';

/** From the redirect to the provider until its callback. */
const REQUEST_TTL_MINUTES = 10;
/** From the callback until the portal logs in, registers or links (a form to fill in, calmly). */
const TICKET_TTL_MINUTES = 30;
/** Redirects to the provider an address may start in a window: each one writes a row. */
export const START_LIMIT = { limit: 30, windowSeconds: 15 * 60 };

/** Why a callback did not yield an identity; the portal explains each in Italian. */
export type CallbackFailure = 'CANCELLED' | 'INVALID_STATE' | 'PROVIDER_ERROR' | 'MISSING_DATA' | 'TOO_MANY';

export interface ExternalLoginResult {
  session?: Session;
  /** No account is linked to the identity yet: what the provider asserted, for the registration. */
  registration?: ExternalClaims;
  providerLogoutUrl?: string | null;
}

const INVALID_TICKET = userError(
  'ticket',
  'INVALID_TICKET',
  'L’accesso con SPID o CIE è scaduto o è già stato usato. Torna alla pagina di accesso e scegli di nuovo «Entra con SPID o CIE».',
);
const ALREADY_LINKED = userError(
  null,
  'ALREADY_LINKED',
  'Questa identità SPID o CIE è già collegata a un account: torna alla pagina di accesso ed entra con SPID o CIE.',
);

export interface ExternalLoginDeps {
  db: Db;
  identity: IdentityService;
  citizens: CitizenService;
  relyingParty: RelyingParty | null;
  log: Pick<FastifyBaseLogger, 'warn'>;
}

/**
 * Login, registration and account linking through the OpenID Connect provider (SPID, CIE). The
 * provider's issuer and subject identify the person; the codice fiscale, names and birth date it
 * asserts are authoritative.
 */
export function createExternalLoginService(deps: ExternalLoginDeps) {
  const { db, identity, citizens, relyingParty: rp } = deps;

  async function pendingTicket(ticket: string, executor: Db | Tx = db) {
    const [row] = await executor
      .select()
      .from(externalLogins)
      .where(
        and(
          eq(externalLogins.ticketHash, hashOpaqueToken(ticket)),
          isNull(externalLogins.usedAt),
          gt(externalLogins.expiresAt, sql`now()`),
        ),
      );
    if (!row?.claims || !row.issuer || !row.subject) throw new UserErrors([INVALID_TICKET]);
    return row as typeof row & { claims: ExternalClaims; issuer: string; subject: string };
  }

  /** Marks the ticket used in the statement that checks it: of two uses, one wins. */
  async function useTicket(tx: Tx, id: string) {
    const used = await tx
      .update(externalLogins)
      .set({ usedAt: sql`now()` })
      .where(and(eq(externalLogins.id, id), isNull(externalLogins.usedAt)))
      .returning({ id: externalLogins.id });
    if (used.length === 0) throw new UserErrors([INVALID_TICKET]);
  }

  const logoutUrl = async (idToken: string | null) =>
    idToken && rp ? rp.logoutUrl(idToken).catch(() => null) : null;

  async function linkIdentity(
    tx: Tx,
    login: { id: string; issuer: string; subject: string; claims: ExternalClaims },
    user: { id: string; networkId: string },
    action: string,
  ) {
    await useTicket(tx, login.id);
    await tx.insert(externalIdentities).values({
      userId: user.id,
      networkId: user.networkId,
      issuer: login.issuer,
      subject: login.subject,
      codiceFiscale: login.claims.codiceFiscale,
      lastLoginAt: sql`now()`,
    });
    await recordAudit(tx, {
      networkId: user.networkId,
      actorUserId: user.id,
      action,
      subjectType: 'user',
      subjectId: user.id,
      details: { issuer: login.issuer },
    });
  }

  const alreadyLinked = (error: unknown): never => {
    if (violatedConstraint(error)?.startsWith('external_identities')) throw new UserErrors([ALREADY_LINKED]);
    throw error;
  };

  return {
    /** Null when no provider is configured. */
    provider: rp ? { development: rp.development } : null,

    /**
     * The redirect to the provider. The browser keeps `browserSecret` in a cookie: only the browser
     * that started the login can complete it.
     */
    async start(ip: string): Promise<{ url: string; browserSecret: string } | 'TOO_MANY'> {
      if (!rp) throw new Error('no OpenID Connect provider is configured');
      if (!(await consume(db, `external-login:ip:${ip}`, START_LIMIT.limit, START_LIMIT.windowSeconds)))
        return 'TOO_MANY';
      const request = await rp.authorizationRequest();
      const browserSecret = newOpaqueToken();
      await db.delete(externalLogins).where(lt(externalLogins.expiresAt, sql`now()`));
      await db.insert(externalLogins).values({
        stateHash: hashOpaqueToken(request.state),
        browserHash: hashOpaqueToken(browserSecret),
        nonce: request.nonce,
        codeVerifier: request.codeVerifier,
        expiresAt: sql`now() + make_interval(mins => ${REQUEST_TTL_MINUTES})`,
      });
      return { url: request.url.toString(), browserSecret };
    },

    /**
     * The provider's redirect back. The state must be one this browser started and not used yet;
     * the code is exchanged once, with the PKCE verifier, and the ID token's nonce checked.
     */
    async callback(
      query: URLSearchParams,
      browserSecret: string | undefined,
    ): Promise<{ ticket: string } | { failure: CallbackFailure }> {
      if (!rp) throw new Error('no OpenID Connect provider is configured');
      const state = query.get('state');
      if (!state || !browserSecret) return { failure: 'INVALID_STATE' };
      const [login] = await db
        .update(externalLogins)
        .set({ callbackAt: sql`now()` })
        .where(
          and(
            eq(externalLogins.stateHash, hashOpaqueToken(state)),
            eq(externalLogins.browserHash, hashOpaqueToken(browserSecret)),
            isNull(externalLogins.callbackAt),
            gt(externalLogins.expiresAt, sql`now()`),
          ),
        )
        .returning();
      if (!login) return { failure: 'INVALID_STATE' };
      if (query.has('error')) return { failure: 'CANCELLED' };
      let exchange: Awaited<ReturnType<RelyingParty['exchangeCode']>>;
      try {
        exchange = await rp.exchangeCode(query, {
          state,
          nonce: login.nonce,
          codeVerifier: login.codeVerifier,
        });
      } catch (error) {
        deps.log.warn({ err: error }, 'the OpenID Connect code exchange failed');
        return { failure: 'PROVIDER_ERROR' };
      }
      const claims = readExternalClaims(exchange.claims);
      if (!claims) return { failure: 'MISSING_DATA' };
      const ticket = newOpaqueToken();
      await db
        .update(externalLogins)
        .set({
          ticketHash: hashOpaqueToken(ticket),
          issuer: exchange.issuer,
          subject: exchange.subject,
          claims,
          idToken: exchange.idToken ?? null,
          expiresAt: sql`now() + make_interval(mins => ${TICKET_TTL_MINUTES})`,
        })
        .where(eq(externalLogins.id, login.id));
      return { ticket };
    },

    /** Logs in the account linked to the identity, or returns the identity for a registration. */
    async continueLogin(ticket: string): Promise<ExternalLoginResult> {
      const login = await pendingTicket(ticket);
      const [linked] = await db
        .select({ user: users })
        .from(externalIdentities)
        .innerJoin(users, eq(users.id, externalIdentities.userId))
        .where(
          and(eq(externalIdentities.issuer, login.issuer), eq(externalIdentities.subject, login.subject)),
        );
      if (!linked) return { registration: login.claims };
      const { user } = linked;
      if (user.disabledAt) {
        throw new UserErrors([
          userError(null, 'ACCOUNT_DISABLED', 'Questo account è disattivato: rivolgiti allo sportello.'),
        ]);
      }
      const session = await db.transaction(async (tx) => {
        await useTicket(tx, login.id);
        await tx
          .update(externalIdentities)
          .set({ lastLoginAt: sql`now()` })
          .where(
            and(eq(externalIdentities.issuer, login.issuer), eq(externalIdentities.subject, login.subject)),
          );
        await recordAudit(tx, {
          networkId: user.networkId,
          actorUserId: user.id,
          action: 'identity.spid_cie_login',
          subjectType: 'user',
          subjectId: user.id,
          details: { issuer: login.issuer },
        });
        return identity.issueSession(user, undefined, tx);
      });
      return { session, providerLogoutUrl: await logoutUrl(login.idToken) };
    },

    /** A resident's first access: a citizen account tied to the identity, logged in at once. */
    async register(
      ticket: string,
      input: Parameters<CitizenService['registerWithIdentity']>[0],
    ): Promise<ExternalLoginResult> {
      const login = await pendingTicket(ticket);
      const citizen = await citizens
        .registerWithIdentity(input, login.claims, (user, tx) =>
          linkIdentity(tx, login, user, 'identity.spid_cie_registered'),
        )
        .catch(alreadyLinked);
      const session = await identity.issueSession(citizen.user);
      return { session, providerLogoutUrl: await logoutUrl(login.idToken) };
    },

    /**
     * Links an existing citizen account, proven by its password (throttled as a login), to the
     * identity. The account's codice fiscale must be the identity's: an account of somebody else is
     * never taken over.
     */
    async link(ticket: string, email: string, password: string, ip: string): Promise<ExternalLoginResult> {
      const login = await pendingTicket(ticket);
      const user = await identity.reauthenticate(email, password, ip);
      const citizen =
        user.kind === 'CITIZEN' && user.networkId ? await citizens.byId(user.networkId, user.id) : undefined;
      if (!citizen) {
        throw new UserErrors([
          userError(
            'email',
            'NOT_A_CITIZEN',
            'Solo l’account di un cittadino si può collegare a SPID o CIE.',
          ),
        ]);
      }
      if (citizen.codiceFiscale !== login.claims.codiceFiscale) {
        throw new UserErrors([
          userError(
            'email',
            'CODICE_FISCALE_MISMATCH',
            'Il codice fiscale di questo account è diverso da quello della tua identità SPID o CIE: non possiamo collegarli. Rivolgiti allo sportello.',
          ),
        ]);
      }
      if (await identity.externalIdentity(user.id)) throw new UserErrors([ALREADY_LINKED]);
      await db
        .transaction(async (tx) => {
          await linkIdentity(
            tx,
            login,
            { id: user.id, networkId: citizen.networkId },
            'identity.spid_cie_linked',
          );
          await citizens.adoptIdentity(tx, user.id, login.claims);
        })
        .catch(alreadyLinked);
      const session = await identity.issueSession((await identity.userById(user.id))!);
      return { session, providerLogoutUrl: await logoutUrl(login.idToken) };
    },
  };
}

export type ExternalLoginService = ReturnType<typeof createExternalLoginService>;
