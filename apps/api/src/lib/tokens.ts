import {
  createHash,
  createPrivateKey,
  createPublicKey,
  hkdfSync,
  type KeyObject,
  randomBytes,
} from 'node:crypto';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import type { Actor, ApiScope, UserActor, UserKind } from '../context.js';

const ALG = 'EdDSA';
const USER_KINDS: readonly UserKind[] = [
  'CITIZEN',
  'COMPANY_MEMBER',
  'OPERATOR',
  'NETWORK_ADMIN',
  'PLATFORM_ADMIN',
];
/** Every scope an API client may hold; the `*_EVENTS` ones only let its webhooks receive events. */
export const API_SCOPES: readonly ApiScope[] = [
  'NETWORK_READ',
  'COMPANIES_READ',
  'VACANCY_EVENTS',
  'APPLICATION_EVENTS',
  'PLACEMENT_EVENTS',
  'CASE_EVENTS',
];

export interface TokenServiceOptions {
  privateKeyPem: string;
  issuer: string;
  audience: string;
  accessTokenTtlSeconds: number;
}

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

export class InvalidTokenError extends Error {}

export interface VerifiedToken {
  actor: Actor;
  /** What a revocation names: `session:<family id>` for users, `client:<id>` for API clients. */
  credential: string;
  /** When the token expires (ms since the epoch). */
  expiresAtMs: number;
}

// Distinct unexpired access tokens remembered as verified; past this the oldest is forgotten.
const VERIFIED_TOKENS_KEPT = 10_000;

/** Access tokens: short-lived JWTs, asymmetric signature, algorithm, issuer and audience pinned. */
export class TokenService {
  private readonly privateKey: KeyObject;
  private readonly publicKey: KeyObject;
  /**
   * A client sends the same access token with every request until it expires, and checking its
   * Ed25519 signature costs more than most reads: each token is verified once and remembered until
   * its expiry. Revocation is not cached here: the caller checks the credential on every request.
   */
  private readonly verified = new Map<string, { result: VerifiedToken; expiresAtMs: number }>();

  constructor(private readonly options: TokenServiceOptions) {
    this.privateKey = createPrivateKey(options.privateKeyPem);
    this.publicKey = createPublicKey(this.privateKey);
  }

  /**
   * `sessionId` is the refresh-token family, which logout and revocation end as a whole. A staff
   * member whose network requires a second factor they have not set up gets `tfa: "enrol"`: such a
   * token opens only the enrolment operations (see `plugins/two-factor-gate.ts`).
   */
  async signUser(actor: UserActor, sessionId: string): Promise<IssuedToken> {
    return this.sign(actor.userId, {
      sid: sessionId,
      knd: actor.kind,
      net: actor.networkId,
      spt: actor.sportelloId,
      cmp: actor.companyId,
      ...(actor.twoFactorEnrolmentRequired ? { tfa: 'enrol' } : {}),
    });
  }

  /**
   * A key for another use of the server's secret (e.g. encrypting TOTP secrets at rest), derived
   * with HKDF and a label of its own, so that no two uses share a key and none can be computed
   * from a token.
   */
  deriveKey(label: string): Buffer {
    const secret = this.privateKey.export({ format: 'der', type: 'pkcs8' });
    return Buffer.from(hkdfSync('sha256', secret, '', `sportello-lavoro/${label}`, 32));
  }

  async signApiClient(clientId: string, networkId: string, scopes: ApiScope[]): Promise<IssuedToken> {
    return this.sign(`client:${clientId}`, { knd: 'API_CLIENT', net: networkId, scope: scopes.join(' ') });
  }

  /**
   * A token that does one thing for one subject, e.g. stop a job alert from an email link without
   * signing in. Its own audience keeps it from ever passing as an access token, and vice versa.
   */
  async signPurpose(purpose: string, subject: string, ttlSeconds?: number): Promise<string> {
    const jwt = new SignJWT({})
      .setProtectedHeader({ alg: ALG, typ: 'JWT' })
      .setSubject(subject)
      .setIssuer(this.options.issuer)
      .setAudience(`${this.options.audience}:${purpose}`)
      .setIssuedAt();
    if (ttlSeconds !== undefined) jwt.setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds);
    return jwt.sign(this.privateKey);
  }

  /** The subject of a purpose token, or null when it is forged, malformed, expired or for another purpose. */
  async verifyPurpose(purpose: string, token: string): Promise<string | null> {
    const checked = await this.checkPurpose(purpose, token);
    return checked === 'expired' ? null : checked;
  }

  /** Like `verifyPurpose`, telling an expired token (signed, for this purpose) apart from an invalid one. */
  async checkPurpose(purpose: string, token: string): Promise<string | 'expired' | null> {
    try {
      const { payload } = await jwtVerify(token, this.publicKey, {
        algorithms: [ALG],
        issuer: this.options.issuer,
        audience: `${this.options.audience}:${purpose}`,
        requiredClaims: ['sub'],
      });
      return payload.sub ?? null;
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) return 'expired';
      if (error instanceof joseErrors.JOSEError || error instanceof TypeError) return null;
      throw error;
    }
  }

  private async sign(subject: string, claims: Record<string, unknown>): Promise<IssuedToken> {
    const expiresAt = new Date(Date.now() + this.options.accessTokenTtlSeconds * 1000);
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: ALG, typ: 'JWT' })
      .setSubject(subject)
      .setIssuer(this.options.issuer)
      .setAudience(this.options.audience)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.privateKey);
    return { token, expiresAt };
  }

  /** Any failure (forged, expired, unsigned, wrong audience, missing claims) is one InvalidTokenError. */
  async verify(token: string): Promise<VerifiedToken> {
    const known = this.verified.get(token);
    // Valid while the clock is before `exp`, as jose judges it.
    if (known && Date.now() < known.expiresAtMs) return known.result;
    this.verified.delete(token);
    const { result, expiresAtMs } = await this.verifySignature(token);
    if (this.verified.size >= VERIFIED_TOKENS_KEPT) {
      this.verified.delete(this.verified.keys().next().value!);
    }
    this.verified.set(token, { result, expiresAtMs });
    return result;
  }

  private async verifySignature(token: string): Promise<{ result: VerifiedToken; expiresAtMs: number }> {
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, this.publicKey, {
        algorithms: [ALG],
        issuer: this.options.issuer,
        audience: this.options.audience,
        requiredClaims: ['exp', 'sub', 'net', 'knd'],
      }));
    } catch (error) {
      if (error instanceof joseErrors.JOSEError || error instanceof TypeError) {
        throw new InvalidTokenError(error.message);
      }
      throw error;
    }
    const actor = actorFromClaims(payload);
    const expiresAtMs = (payload.exp as number) * 1000;
    if (actor.kind === 'API_CLIENT')
      return { result: { actor, credential: `client:${actor.clientId}`, expiresAtMs }, expiresAtMs };
    if (typeof payload.sid !== 'string') throw new InvalidTokenError('session claim required');
    return { result: { actor, credential: `session:${payload.sid}`, expiresAtMs }, expiresAtMs };
  }
}

function actorFromClaims(claims: Record<string, unknown>): Actor {
  const sub = claims.sub as string;
  const kind = claims.knd;
  const net = claims.net;
  if (kind === 'API_CLIENT') {
    if (typeof net !== 'string' || !sub.startsWith('client:') || typeof claims.scope !== 'string') {
      throw new InvalidTokenError('malformed client token');
    }
    const scopes = claims.scope.split(' ').filter((s): s is ApiScope => API_SCOPES.includes(s as ApiScope));
    return { kind: 'API_CLIENT', clientId: sub.slice('client:'.length), networkId: net, scopes };
  }
  if (!USER_KINDS.includes(kind as UserKind)) throw new InvalidTokenError('unknown actor kind');
  if (net !== null && typeof net !== 'string') throw new InvalidTokenError('malformed network claim');
  if (net === null && kind !== 'PLATFORM_ADMIN') throw new InvalidTokenError('network required');
  return {
    kind: kind as UserKind,
    userId: sub,
    networkId: net,
    sportelloId: typeof claims.spt === 'string' ? claims.spt : null,
    companyId: typeof claims.cmp === 'string' ? claims.cmp : null,
    ...(claims.tfa === 'enrol' ? { twoFactorEnrolmentRequired: true } : {}),
  };
}

/** Opaque random secrets (refresh, email and client tokens); only their hash is stored. */
export const newOpaqueToken = () => randomBytes(32).toString('base64url');

export const hashOpaqueToken = (token: string) => createHash('sha256').update(token).digest('hex');
