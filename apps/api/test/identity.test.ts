import { createPrivateKey } from 'node:crypto';
import { refreshTokens, users } from '@sportello/db';
import { eq, sql } from 'drizzle-orm';
import { generateKeyPair, SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOGIN_LIMITS } from '../src/modules/identity/service.js';
import { DEMO, DEMO_PASSWORD } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { session { accessToken refreshToken viewer { email kind } } userErrors { field code message } } }`;
const REFRESH = `mutation($token: String!) { refreshSession(refreshToken: $token) { session { accessToken refreshToken } userErrors { code message } } }`;
const ME = '{ me { email kind } }';

describe('login', () => {
  it('returns a session whose access token identifies the user', async () => {
    const result = await t.gql(LOGIN, {
      input: { email: DEMO.operator.toUpperCase(), password: DEMO_PASSWORD },
    });
    const session = result.data!.login.session;
    expect(session.viewer).toEqual({ email: DEMO.operator, kind: 'OPERATOR' });
    const me = await t.gql(ME, {}, session.accessToken);
    expect(me.data!.me).toEqual({ email: DEMO.operator, kind: 'OPERATOR' });
  });

  it('answers an unknown user exactly like a wrong password', async () => {
    const wrong = await t.gql(LOGIN, { input: { email: DEMO.citizen, password: 'password sbagliata' } });
    const unknown = await t.gql(LOGIN, {
      input: { email: 'nessuno@esempio.it', password: 'password sbagliata' },
    });
    expect(wrong.data!.login).toEqual(unknown.data!.login);
    expect(wrong.data!.login.session).toBeNull();
    expect(wrong.data!.login.userErrors[0].code).toBe('INVALID_CREDENTIALS');
  });

  it('rate limits per account and address, also when the attempts come aliased in one request', async () => {
    const email = DEMO.operatorVarese;
    const aliases = Array.from(
      { length: LOGIN_LIMITS.perAccountAndAddress.limit + 3 },
      (_, i) =>
        `a${i}: login(input: { email: "${email}", password: "tentativo ${i}" }) { userErrors { code } }`,
    );
    // Aliases beyond the alias limit are refused before execution; send in several requests of 5.
    const codes: string[] = [];
    for (let start = 0; start < aliases.length; start += 5) {
      const result = await t.gql(`mutation { ${aliases.slice(start, start + 5).join(' ')} }`);
      for (const value of Object.values(result.data ?? {})) codes.push((value as any).userErrors[0].code);
    }
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(
      LOGIN_LIMITS.perAccountAndAddress.limit,
    );
    expect(codes.filter((c) => c === 'TOO_MANY_ATTEMPTS')).toHaveLength(3);
    // Even the right password is refused at this address while the account is throttled here.
    const right = await t.gql(LOGIN, { input: { email, password: DEMO_PASSWORD } });
    expect(right.data!.login.userErrors[0].code).toBe('TOO_MANY_ATTEMPTS');
  });

  it('limits failed logins per address, while successful ones from a shared address go on', async () => {
    await t.db.execute(sql`delete from rate_limit_buckets`);
    const loginCodes = async (inputs: { email: string; password: string }[]) => {
      const codes: (string | null)[] = [];
      for (let start = 0; start < inputs.length; start += 10) {
        const results = await Promise.all(
          inputs.slice(start, start + 10).map((input) => t.gql(LOGIN, { input })),
        );
        for (const r of results) codes.push(r.data!.login.userErrors[0]?.code ?? null);
      }
      return codes;
    };
    const { limit } = LOGIN_LIMITS.perAddress;
    const desk = Array.from({ length: limit + 5 }, () => ({ email: DEMO.citizen, password: DEMO_PASSWORD }));
    expect(new Set(await loginCodes(desk))).toEqual(new Set([null]));

    // Failures on many accounts, so that no account limit is reached first.
    const guesses = Array.from({ length: limit }, (_, i) => ({
      email: `nessuno${i}@esempio.it`,
      password: 'x',
    }));
    expect(new Set(await loginCodes(guesses))).toEqual(new Set(['INVALID_CREDENTIALS']));
    expect(await loginCodes([{ email: DEMO.citizen, password: DEMO_PASSWORD }])).toEqual([
      'TOO_MANY_ATTEMPTS',
    ]);
    await t.db.execute(sql`delete from rate_limit_buckets`);
  });

  it('rate limits batched login operations per account too', async () => {
    await t.db.execute(sql`delete from rate_limit_buckets`);
    const email = 'batch@esempio.it';
    const batch = Array.from({ length: 5 }, (_, i) => ({
      query: LOGIN,
      variables: { input: { email, password: `x${i}` } },
    }));
    const codes: string[] = [];
    for (let round = 0; round < 3; round++) {
      const response = await t.app.inject({ method: 'POST', url: '/graphql', payload: batch });
      for (const item of response.json()) codes.push(item.data.login.userErrors[0].code);
    }
    expect(codes.filter((c) => c === 'TOO_MANY_ATTEMPTS')).toHaveLength(
      15 - LOGIN_LIMITS.perAccountAndAddress.limit,
    );
  });

  it('refuses an unverified email after the right password', async () => {
    await t.db
      .update(users)
      .set({ emailVerifiedAt: null })
      .where(eq(users.email, 'luca.ferrari@demo.sportellolavoro.it'));
    const result = await t.gql(LOGIN, {
      input: { email: 'luca.ferrari@demo.sportellolavoro.it', password: DEMO_PASSWORD },
    });
    expect(result.data!.login.userErrors[0].code).toBe('EMAIL_NOT_VERIFIED');
  });
});

describe('refresh tokens', () => {
  it('rotate, and a replayed one revokes the whole family', async () => {
    const first = await t.login(DEMO.citizen);
    const second = (await t.gql(REFRESH, { token: first.refreshToken })).data!.refreshSession.session;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    const third = (await t.gql(REFRESH, { token: second.refreshToken })).data!.refreshSession.session;
    expect(third).not.toBeNull();

    const replay = await t.gql(REFRESH, { token: first.refreshToken });
    expect(replay.data!.refreshSession.userErrors[0].code).toBe('REFRESH_TOKEN_REUSED');
    // The legitimate latest token died with the family.
    const afterReplay = await t.gql(REFRESH, { token: third.refreshToken });
    expect(afterReplay.data!.refreshSession.session).toBeNull();
    expect(afterReplay.data!.refreshSession.userErrors[0].code).toBe('INVALID_REFRESH_TOKEN');
  });

  it('refreshes the sessions of operators and company members too, keeping their sportello and company', async () => {
    for (const email of [DEMO.operator, DEMO.companyMember]) {
      const session = await t.login(email);
      const next = (await t.gql(REFRESH, { token: session.refreshToken })).data!.refreshSession.session;
      const me = await t.gql('{ me { sportello { name } company { legalName } } }', {}, next.accessToken);
      expect(me.data!.me.sportello?.name ?? me.data!.me.company?.legalName).toBeTruthy();
    }
  });

  it('concurrent use of one refresh token yields one new session at most', async () => {
    const session = await t.login(DEMO.admin);
    const results = await Promise.all(
      Array.from({ length: 6 }, () => t.gql(REFRESH, { token: session.refreshToken })),
    );
    const winners = results.filter((r) => r.data?.refreshSession.session);
    expect(winners.length).toBe(1);
  });

  it('logout revokes the session family', async () => {
    const session = await t.login(DEMO.companyMember);
    const logout = await t.gql('mutation($t: String!) { logout(refreshToken: $t) { ok } }', {
      t: session.refreshToken,
    });
    expect(logout.data!.logout.ok).toBe(true);
    const refresh = await t.gql(REFRESH, { token: session.refreshToken });
    expect(refresh.data!.refreshSession.session).toBeNull();
    const [row] = await t.db
      .select()
      .from(refreshTokens)
      .where(sql`${refreshTokens.revokedAt} is not null`)
      .limit(1);
    expect(row).toBeDefined();
  });
});

describe('password reset', () => {
  it('works once through the emailed link and ends open sessions', async () => {
    const email = 'marco.colombo@demo.sportellolavoro.it';
    const before = await t.login(email);
    const request = await t.gql('mutation($e: String!) { requestPasswordReset(email: $e) { ok } }', {
      e: email,
    });
    expect(request.data!.requestPasswordReset.ok).toBe(true);
    await t.app.outbox.drain();
    const link = await t.linkFromMail(email, 'Reimposta');
    expect(link).toMatch(/^http:\/\/localhost:3000\/cittadini\/reimposta-password\?token=/);
    const token = t.tokenFromLink(link);
    const reset = `mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) { ok userErrors { field code } } }`;
    const weak = await t.gql(reset, { t: token, p: 'corta' });
    expect(weak.data!.resetPassword.userErrors[0]).toMatchObject({
      field: 'newPassword',
      code: 'WEAK_PASSWORD',
    });
    const done = await t.gql(reset, { t: token, p: 'la mia nuova password segreta' });
    // The weak attempt did not consume the token: the transaction rolled back.
    expect(done.data!.resetPassword.ok).toBe(true);
    const again = await t.gql(reset, { t: token, p: 'un altra password segreta' });
    expect(again.data!.resetPassword.userErrors[0].code).toBe('INVALID_TOKEN');
    await t.login(email, 'la mia nuova password segreta');
    const oldRefresh = await t.gql(REFRESH, { token: before.refreshToken });
    expect(oldRefresh.data!.refreshSession.session).toBeNull();
  });

  it('answers the same for an unknown email and sends nothing', async () => {
    const count = t.mails.length;
    const result = await t.gql(
      'mutation { requestPasswordReset(email: "nessuno@esempio.it") { ok userErrors { code } } }',
    );
    expect(result.data!.requestPasswordReset).toEqual({ ok: true, userErrors: [] });
    await new Promise((r) => setTimeout(r, 200));
    expect(t.mails.length).toBe(count);
  });
});

describe('access tokens', () => {
  async function expectRefused(token: string) {
    const result = await t.gql(ME, {}, token);
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.data).toBeUndefined();
  }

  async function validClaims() {
    const session = await t.login(DEMO.admin);
    const [, payload] = session.accessToken.split('.');
    return JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>;
  }

  it('refuses an expired token', async () => {
    const payload = await validClaims();
    const token = await signWithAppKey({ ...payload, iat: 1_600_000_000, exp: 1_600_000_900 });
    await expectRefused(token);
  });

  it('refuses a token signed with another key', async () => {
    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const payload = await validClaims();
    await expectRefused(await new SignJWT(payload).setProtectedHeader({ alg: 'EdDSA' }).sign(privateKey));
  });

  it('refuses an unsigned token (alg: none)', async () => {
    const payload = await validClaims();
    await expectRefused(new UnsecuredJWT(payload).encode());
  });

  it('refuses a token without exp', async () => {
    const { exp: _exp, ...payload } = await validClaims();
    await expectRefused(await signWithAppKey(payload));
  });

  it('refuses a token for another audience', async () => {
    const payload = await validClaims();
    await expectRefused(await signWithAppKey({ ...payload, aud: 'another-service' }));
  });

  it('refuses a token without the network claim', async () => {
    const { net: _net, ...payload } = await validClaims();
    await expectRefused(await signWithAppKey(payload));
  });

  it('refuses a user token without the session claim, which revocation needs', async () => {
    const { sid: _sid, ...payload } = await validClaims();
    await expectRefused(await signWithAppKey(payload));
  });

  it('refuses a garbage Authorization header', async () => {
    await expectRefused('not-a-jwt');
  });

  it('accepts a token the app signed itself', async () => {
    const payload = await validClaims();
    const result = await t.gql(ME, {}, await signWithAppKey(payload));
    expect(result.data!.me.kind).toBe('NETWORK_ADMIN');
  });

  /** Signs arbitrary claims with the app's own private key, to test claim checks in isolation. */
  async function signWithAppKey(payload: Record<string, unknown>) {
    const key = createPrivateKey(t.signingKeyPem);
    return new SignJWT(payload).setProtectedHeader({ alg: 'EdDSA' }).sign(key);
  }
});

describe('API clients (OAuth client credentials)', () => {
  const token = (body: Record<string, string>) =>
    t.app.inject({ method: 'POST', url: '/oauth/token', payload: body });

  it('issues a token scoped to the network and to the granted scopes, and stops after revocation', async () => {
    const admin = await t.login(DEMO.admin);
    const created = await t.gql(
      'mutation { createApiClient(input: { name: "Portale regionale", scopes: [NETWORK_READ] }) { apiClient { id clientId scopes } clientSecret } }',
      {},
      admin.accessToken,
    );
    const { apiClient, clientSecret } = created.data!.createApiClient;
    expect(apiClient.scopes).toEqual(['NETWORK_READ']);

    const wrongSecret = await token({
      grant_type: 'client_credentials',
      client_id: apiClient.clientId,
      client_secret: 'x',
    });
    expect(wrongSecret.statusCode).toBe(401);
    expect(wrongSecret.json()).toEqual({ error: 'invalid_client' });
    const widerScope = await token({
      grant_type: 'client_credentials',
      client_id: apiClient.clientId,
      client_secret: clientSecret,
      scope: 'COMPANIES_READ',
    });
    expect(widerScope.json()).toEqual({ error: 'invalid_scope' });
    const badGrant = await token({
      grant_type: 'password',
      client_id: apiClient.clientId,
      client_secret: clientSecret,
    });
    expect(badGrant.json()).toEqual({ error: 'unsupported_grant_type' });

    const form = await t.app.inject({
      method: 'POST',
      url: '/oauth/token',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: apiClient.clientId,
        client_secret: clientSecret,
      }).toString(),
    });
    expect(form.statusCode).toBe(200);
    const { access_token: accessToken, scope, token_type: tokenType } = form.json();
    expect({ scope, tokenType }).toEqual({ scope: 'NETWORK_READ', tokenType: 'Bearer' });

    const sportelli = await t.gql('{ sportelli { name } }', {}, accessToken);
    expect(sportelli.data!.sportelli.length).toBeGreaterThan(0);
    const companies = await t.gql('{ companies { totalCount } }', {}, accessToken);
    expect(companies.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const me = await t.gql('{ me { id } }', {}, accessToken);
    expect(me.data!.me).toBeNull();

    await t.gql(
      'mutation($id: ID!) { revokeApiClient(id: $id) { ok } }',
      { id: apiClient.id },
      admin.accessToken,
    );
    const afterRevoke = await token({
      grant_type: 'client_credentials',
      client_id: apiClient.clientId,
      client_secret: clientSecret,
    });
    expect(afterRevoke.statusCode).toBe(401);
  });
});
