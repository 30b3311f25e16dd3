import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { LOGIN_LIMITS, RESET_LIMITS } from '../src/modules/identity/service.js';
import { apiClientToken, DEMO, DEMO_PASSWORD } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());
beforeEach(async () => {
  await t.db.execute(sql`delete from rate_limit_buckets`);
});

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { session { accessToken refreshToken deviceToken } userErrors { code } } }`;
const ME = '{ me { email } }';

interface Attempt {
  email: string;
  password: string;
  deviceToken?: string;
  /** The address the request comes from (the socket's peer). */
  from?: string;
  forwardedFor?: string;
}

async function login(attempt: Attempt, app: FastifyInstance = t.app) {
  const { from = '127.0.0.1', forwardedFor, ...input } = attempt;
  const response = await app.inject({
    method: 'POST',
    url: '/graphql',
    remoteAddress: from,
    headers: {
      'content-type': 'application/json',
      ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
    },
    payload: JSON.stringify({ query: LOGIN, variables: { input } }),
  });
  const result = response.json().data.login;
  return {
    code: (result.userErrors[0]?.code ?? null) as string | null,
    session: result.session as { accessToken: string; refreshToken: string; deviceToken: string } | null,
  };
}

/** Sends the attempts ten at a time, concurrently within each group; returns each error code. */
async function codes(attempts: Attempt[], app?: FastifyInstance) {
  const result: (string | null)[] = [];
  for (let start = 0; start < attempts.length; start += 10) {
    const group = await Promise.all(attempts.slice(start, start + 10).map((a) => login(a, app)));
    result.push(...group.map((r) => r.code));
  }
  return result;
}

const count = (values: (string | null)[], value: string | null) => values.filter((v) => v === value).length;

/** Guesses on distinct unknown accounts, so that only the address limit can be reached. */
const guesses = (n: number, extra: Partial<Attempt> = {}, forwardedFor?: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => ({
    email: `nessuno${i}@esempio.it`,
    password: 'x',
    ...extra,
    ...(forwardedFor ? { forwardedFor: forwardedFor(i) } : {}),
  }));

describe('trusted proxies', () => {
  const { limit } = LOGIN_LIMITS.perAddress;

  it('are none by default: a forged X-Forwarded-For does not escape the per-address limit', async () => {
    const result = await codes(guesses(limit + 5, { from: '203.0.113.9' }, (i) => `198.18.0.${i}`));
    expect(count(result, 'INVALID_CREDENTIALS')).toBe(limit);
    expect(count(result, 'TOO_MANY_ATTEMPTS')).toBe(5);
  });

  it('with a hop count, the address the nearest proxy saw is the client', async () => {
    const app = await t.newInstance({ config: { ...t.config, TRUSTED_PROXIES: 1 } });
    try {
      const distinct = await codes(
        guesses(limit + 5, { from: '10.0.0.2' }, (i) => `198.18.1.${i}`),
        app,
      );
      expect(count(distinct, 'INVALID_CREDENTIALS')).toBe(limit + 5);
      // One client behind the proxy, however it spells the rest of the chain, is one address.
      const one = await codes(
        guesses(limit + 5, { from: '10.0.0.2' }, (i) => `198.18.${i}.1, 198.18.2.7`),
        app,
      );
      expect(count(one, 'TOO_MANY_ATTEMPTS')).toBe(5);
    } finally {
      await app.close();
    }
  });

  it('with a list of ranges, only a proxy in them may name the client', async () => {
    const app = await t.newInstance({
      config: { ...t.config, TRUSTED_PROXIES: ['10.0.0.0/8', '192.0.2.1'] },
    });
    try {
      const viaProxy = await codes(
        guesses(limit + 5, { from: '10.9.8.7' }, (i) => `198.18.3.${i}`),
        app,
      );
      expect(count(viaProxy, 'TOO_MANY_ATTEMPTS')).toBe(0);
      const direct = await codes(
        guesses(limit + 5, { from: '203.0.113.10' }, (i) => `198.18.4.${i}`),
        app,
      );
      expect(count(direct, 'TOO_MANY_ATTEMPTS')).toBe(5);
    } finally {
      await app.close();
    }
  });

  it('is validated at start', () => {
    expect(loadConfig({}).TRUSTED_PROXIES).toBe(false);
    expect(loadConfig({ TRUSTED_PROXIES: '2' }).TRUSTED_PROXIES).toBe(2);
    expect(loadConfig({ TRUSTED_PROXIES: '10.0.0.1, fd00::/8' }).TRUSTED_PROXIES).toEqual([
      '10.0.0.1',
      'fd00::/8',
    ]);
    for (const wrong of ['true', '0', '10.0.0.0/33', 'proxy.local', '10.0.0.1/8/2']) {
      expect(() => loadConfig({ TRUSTED_PROXIES: wrong })).toThrow(ConfigError);
      expect(() => loadConfig({ TRUSTED_PROXIES: wrong })).toThrow(/TRUSTED_PROXIES/);
    }
  });
});

describe('login throttling that others cannot turn into a lockout', () => {
  it('failures from one address block the account at that address only', async () => {
    const { limit } = LOGIN_LIMITS.perAccountAndAddress;
    const attacker = Array.from({ length: limit + 5 }, () => ({
      email: DEMO.operatorVarese,
      password: 'indovino',
      from: '203.0.113.20',
    }));
    const result = await codes(attacker);
    expect(count(result, 'INVALID_CREDENTIALS')).toBe(limit);
    expect(count(result, 'TOO_MANY_ATTEMPTS')).toBe(5);
    // The attacker's address stays blocked for this account, even with the right password...
    expect((await login({ ...attacker[0]!, password: DEMO_PASSWORD })).code).toBe('TOO_MANY_ATTEMPTS');
    // ...while its owner, elsewhere, logs in.
    const owner = await login({ email: DEMO.operatorVarese, password: DEMO_PASSWORD, from: '198.51.100.7' });
    expect(owner.session).not.toBeNull();
  });

  it('failures from many addresses stop new browsers, never the devices the user logged in from', async () => {
    const known = await login({ email: DEMO.admin, password: DEMO_PASSWORD, from: '198.51.100.8' });
    const deviceToken = known.session!.deviceToken;
    expect(deviceToken).toEqual(expect.any(String));

    const { limit } = LOGIN_LIMITS.perAccount;
    const botnet = Array.from({ length: limit + 5 }, (_, i) => ({
      email: DEMO.admin,
      password: `tentativo ${i}`,
      from: `203.0.${113 + Math.floor(i / 200)}.${i % 200}`,
    }));
    const result = await codes(botnet);
    expect(count(result, 'INVALID_CREDENTIALS')).toBe(limit);

    const newBrowser = await login({ email: DEMO.admin, password: DEMO_PASSWORD, from: '198.51.100.9' });
    expect(newBrowser.code).toBe('TOO_MANY_ATTEMPTS');
    const fromKnownDevice = await login({
      email: DEMO.admin,
      password: DEMO_PASSWORD,
      from: '198.51.100.9',
      deviceToken,
    });
    expect(fromKnownDevice.code).toBeNull();
    expect(fromKnownDevice.session!.deviceToken).toBe(deviceToken);
    // A device token stands for its own user only: on another account it counts for nothing.
    const borrowed = await codes(
      Array.from({ length: LOGIN_LIMITS.perAccountAndAddress.limit + 1 }, () => ({
        email: DEMO.operator,
        password: 'x',
        from: '203.0.113.30',
        deviceToken,
      })),
    );
    expect(borrowed.at(-1)).toBe('TOO_MANY_ATTEMPTS');
  });

  it('a new password lifts the block that the guesses of others put on new browsers', async () => {
    const email = DEMO.operatorVarese;
    const botnet = Array.from({ length: LOGIN_LIMITS.perAccount.limit }, (_, i) => ({
      email,
      password: `tentativo ${i}`,
      from: `203.0.114.${i}`,
    }));
    await codes(botnet);
    expect((await login({ email, password: DEMO_PASSWORD, from: '198.51.100.30' })).code).toBe(
      'TOO_MANY_ATTEMPTS',
    );
    await t.gql('mutation($e: String!) { requestPasswordReset(email: $e) { ok } }', { e: email });
    await t.app.outbox.drain();
    const token = t.tokenFromLink(await t.linkFromMail(email, 'Reimposta'));
    await t.gql(
      'mutation($t: String!) { resetPassword(token: $t, newPassword: "password nuova di Varese") { ok } }',
      {
        t: token,
      },
    );
    const after = await login({ email, password: 'password nuova di Varese', from: '198.51.100.30' });
    expect(after.code).toBeNull();
    // Other accounts' counters are untouched.
    const [other] = await t.query<{ hits: number }>(
      sql`select hits from rate_limit_buckets where key = 'login:ip:203.0.114.0'`,
    );
    expect(other?.hits).toBe(1);
  });

  it("a sportello's shared address blocked by guesses still lets in the browsers its users know", async () => {
    const desk = '192.0.2.50';
    const known = await login({ email: DEMO.companyMember, password: DEMO_PASSWORD, from: desk });
    const { limit } = LOGIN_LIMITS.perAddress;
    const result = await codes(guesses(limit + 2, { from: desk }));
    expect(count(result, 'TOO_MANY_ATTEMPTS')).toBe(2);
    expect((await login({ email: DEMO.citizen, password: DEMO_PASSWORD, from: desk })).code).toBe(
      'TOO_MANY_ATTEMPTS',
    );
    const again = await login({
      email: DEMO.companyMember,
      password: DEMO_PASSWORD,
      from: desk,
      deviceToken: known.session!.deviceToken,
    });
    expect(again.code).toBeNull();
  });

  it('a known device has a failure limit of its own', async () => {
    const known = await login({ email: DEMO.citizen, password: DEMO_PASSWORD });
    const { deviceToken } = known.session!;
    const { limit } = LOGIN_LIMITS.perDevice;
    const result = await codes(
      Array.from({ length: limit + 3 }, () => ({ email: DEMO.citizen, password: 'x', deviceToken })),
    );
    expect(count(result, 'INVALID_CREDENTIALS')).toBe(limit);
    expect(count(result, 'TOO_MANY_ATTEMPTS')).toBe(3);
  });
});

describe('password reset requests', () => {
  const REQUEST = 'mutation($e: String!) { requestPasswordReset(email: $e) { ok userErrors { code } } }';
  const request = (email: string, from = '127.0.0.1') =>
    t.app
      .inject({
        method: 'POST',
        url: '/graphql',
        remoteAddress: from,
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ query: REQUEST, variables: { e: email } }),
      })
      .then((response) => response.json().data.requestPasswordReset);
  const mailsTo = (email: string) =>
    t.mails.filter((m) => m.to.includes(email) && m.subject === 'Reimposta la password');

  it('send a few emails to one address however many come, concurrently, from many sources', async () => {
    const email = 'marco.colombo@demo.sportellolavoro.it';
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => request(email, `203.0.113.${100 + i}`)),
    );
    expect(new Set(answers.map((a) => JSON.stringify(a)))).toEqual(
      new Set([JSON.stringify({ ok: true, userErrors: [] })]),
    );
    await t.app.outbox.drain();
    expect(mailsTo(email)).toHaveLength(RESET_LIMITS.perEmail.limit);
  });

  it('are limited per source, with the same answer over the limit', async () => {
    const from = '203.0.113.200';
    const { limit } = RESET_LIMITS.perAddress;
    const unknown = await Promise.all(
      Array.from({ length: limit }, (_, i) => request(`nessuno${i}@esempio.it`, from)),
    );
    const overLimit = await request(DEMO.operator, from);
    expect(overLimit).toEqual(unknown[0]);
    await t.app.outbox.drain();
    expect(mailsTo(DEMO.operator)).toHaveLength(0);
    // From another source the same account gets its email.
    await request(DEMO.operator, '198.51.100.20');
    await t.app.outbox.drain();
    expect(mailsTo(DEMO.operator)).toHaveLength(1);
  });
});

describe('revocation of access tokens', () => {
  const status = async (token: string, app: FastifyInstance = t.app) =>
    (
      await app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        payload: JSON.stringify({ query: ME }),
      })
    ).statusCode;

  /** Another instance hears of a revocation asynchronously, by NOTIFY: wait for it, boundedly. */
  async function eventualStatus(token: string, app: FastifyInstance, expected: number) {
    let last = 0;
    for (let attempt = 0; attempt < 100 && last !== expected; attempt++) {
      last = await status(token, app);
      if (last !== expected) await new Promise((r) => setTimeout(r, 20));
    }
    return last;
  }

  const logout = (refreshToken: string) =>
    t.gql('mutation($r: String!) { logout(refreshToken: $r) { ok } }', { r: refreshToken });

  it('logout ends the access token at once, here and on every other instance', async () => {
    const other = await t.newInstance();
    await other.ready();
    try {
      const session = await t.login(DEMO.operator);
      const untouched = await t.login(DEMO.operator);
      expect(await status(session.accessToken, other)).toBe(200);
      await logout(session.refreshToken);
      expect(await status(session.accessToken)).toBe(401);
      expect(await eventualStatus(session.accessToken, other, 401)).toBe(401);
      // Another session of the same user goes on.
      expect(await status(untouched.accessToken, other)).toBe(200);
      // An instance started later reads the revocations at start.
      const later = await t.newInstance();
      try {
        expect(await status(session.accessToken, later)).toBe(401);
        expect(await status(untouched.accessToken, later)).toBe(200);
      } finally {
        await later.close();
      }
    } finally {
      await other.close();
    }
  });

  it('a new password ends the access tokens of every session of the user', async () => {
    const email = 'luca.ferrari@demo.sportellolavoro.it';
    const sessions = [await t.login(email), await t.login(email)];
    await t.gql('mutation($e: String!) { requestPasswordReset(email: $e) { ok } }', { e: email });
    await t.app.outbox.drain();
    const token = t.tokenFromLink(await t.linkFromMail(email, 'Reimposta'));
    const reset = await t.gql(
      'mutation($t: String!) { resetPassword(token: $t, newPassword: "una password tutta nuova") { ok } }',
      { t: token },
    );
    expect(reset.data!.resetPassword.ok).toBe(true);
    for (const session of sessions) expect(await status(session.accessToken)).toBe(401);
  });

  it('reuse of a rotated refresh token ends the access token of its family', async () => {
    const first = await t.login(DEMO.companyMember);
    const next = (
      await t.gql('mutation($r: String!) { refreshSession(refreshToken: $r) { session { accessToken } } }', {
        r: first.refreshToken,
      })
    ).data!.refreshSession.session;
    expect(await status(next.accessToken)).toBe(200);
    await t.gql('mutation($r: String!) { refreshSession(refreshToken: $r) { userErrors { code } } }', {
      r: first.refreshToken,
    });
    expect(await status(next.accessToken)).toBe(401);
    expect(await status(first.accessToken)).toBe(401);
  });

  it('revoking an API client ends the tokens already issued to it, on every instance', async () => {
    const other = await t.newInstance();
    await other.ready();
    try {
      const admin = await t.login(DEMO.admin);
      const clientToken = await apiClientToken(t, admin.accessToken);
      expect(await status(clientToken, other)).toBe(200);
      const [client] = await t.query<{ id: string }>(
        sql`select id from api_clients order by created_at desc limit 1`,
      );
      const revoke = await t.gql(
        'mutation($id: ID!) { revokeApiClient(id: $id) { ok } }',
        { id: client!.id },
        admin.accessToken,
      );
      expect(revoke.data!.revokeApiClient.ok).toBe(true);
      expect(await status(clientToken)).toBe(401);
      expect(await eventualStatus(clientToken, other, 401)).toBe(401);
    } finally {
      await other.close();
    }
  });
});
