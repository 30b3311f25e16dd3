import { randomUUID } from 'node:crypto';
import { networks, operators, sportelli, users } from '@sportello/db';
import { eq, sql } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { hashPassword } from '../src/lib/passwords.js';
import { accountBucket, LOGIN_LIMITS } from '../src/modules/identity/service.js';
import { DEMO, DEMO_NETWORK_SLUG, DEMO_PASSWORD, seedOtherNetwork, uniqueEmail } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';

let t: TestApp;
let demoNetworkId: string;
let sportelloId: string;

/**
 * The clock of this process (the API runs in it): each code is accepted once, so the tests move
 * the clock a step forward instead of waiting 30 seconds for the next code.
 */
let clock = Date.now();
const tick = (seconds = 30) => {
  clock += seconds * 1000;
  vi.setSystemTime(clock);
};

beforeAll(async () => {
  vi.setSystemTime(clock);
  t = await startTestApp();
  const [network] = await t.db.select().from(networks).where(eq(networks.slug, DEMO_NETWORK_SLUG));
  demoNetworkId = network!.id;
  const [sportello] = await t.db.select().from(sportelli).where(eq(sportelli.networkId, demoNetworkId));
  sportelloId = sportello!.id;
});
afterAll(async () => {
  await t?.close();
  vi.useRealTimers();
});
beforeEach(async () => {
  tick();
  await t.db.execute(sql`delete from rate_limit_buckets`);
});

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) {
  session { accessToken refreshToken twoFactorEnrolmentRequired }
  secondFactor { challengeToken expiresAt }
  userErrors { field code message } } }`;
const COMPLETE = `mutation($input: SecondFactorInput!) { completeSecondFactor(input: $input) {
  session { accessToken refreshToken twoFactorEnrolmentRequired viewer { email } }
  userErrors { field code message } } }`;
const START = `mutation { startTotpEnrolment { enrolment { secret otpauthUri qrCode } userErrors { code message } } }`;
const CONFIRM = `mutation($code: String!) { confirmTotpEnrolment(code: $code) { recoveryCodes userErrors { field code message } } }`;
const DISABLE = `mutation($input: TwoFactorStepUpInput!) { disableTotp(input: $input) { ok userErrors { field code message } } }`;
const REGENERATE = `mutation($input: TwoFactorStepUpInput!) { regenerateRecoveryCodes(input: $input) { recoveryCodes userErrors { field code message } } }`;
const STATUS = '{ me { twoFactor { enabled enabledAt recoveryCodesRemaining requiredByNetwork } } }';
const REQUIRE = `mutation($required: Boolean!) { setStaffTwoFactorRequired(required: $required) { staffTwoFactorRequired userErrors { field code message } } }`;
const REFRESH = `mutation($token: String!) { refreshSession(refreshToken: $token) { session { accessToken twoFactorEnrolmentRequired } userErrors { code } } }`;

/** The code an authenticator app shows now for the secret, with the same library the API uses. */
const codeFor = (secret: string, at = Date.now()) =>
  TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: at });

/** A new operator of the demo network with a password, as an invitation would leave them. */
async function newStaff(kind: 'OPERATOR' | 'NETWORK_ADMIN' = 'OPERATOR', networkId = demoNetworkId) {
  const email = uniqueEmail(kind === 'OPERATOR' ? 'operatore' : 'admin');
  const [user] = await t.db
    .insert(users)
    .values({
      networkId,
      kind,
      email,
      passwordHash: await hashPassword(DEMO_PASSWORD),
      givenName: 'Paola',
      familyName: 'Neri',
      emailVerifiedAt: new Date(),
    })
    .returning();
  if (kind === 'OPERATOR') await t.db.insert(operators).values({ userId: user!.id, networkId, sportelloId });
  return { id: user!.id, email };
}

/** Enrols a staff member's authenticator; returns the secret and the recovery codes. */
async function enrol(token: string) {
  const started = await t.gql(START, {}, token);
  const secret = started.data!.startTotpEnrolment.enrolment.secret as string;
  const confirmed = await t.gql(CONFIRM, { code: codeFor(secret) }, token);
  expect(confirmed.data!.confirmTotpEnrolment.userErrors).toEqual([]);
  return { secret, recoveryCodes: confirmed.data!.confirmTotpEnrolment.recoveryCodes as string[] };
}

const passwordStep = async (email: string, password = DEMO_PASSWORD) =>
  (await t.gql(LOGIN, { input: { email, password } })).data!.login;

async function audit(userId: string) {
  const rows = await t.query<{ action: string }>(
    sql`select action from audit_log where subject_id = ${userId} order by at`,
  );
  return rows.map((row) => row.action);
}

describe('enrolment', () => {
  it('gives a secret, its otpauth URI and QR code; the first right code turns it on with 10 recovery codes', async () => {
    const staff = await newStaff();
    const { accessToken } = await t.login(staff.email);
    const before = await t.gql(STATUS, {}, accessToken);
    expect(before.data!.me.twoFactor).toEqual({
      enabled: false,
      enabledAt: null,
      recoveryCodesRemaining: 0,
      requiredByNetwork: false,
    });

    const started = await t.gql(START, {}, accessToken);
    const enrolment = started.data!.startTotpEnrolment.enrolment;
    expect(enrolment.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(enrolment.otpauthUri).toMatch(/^otpauth:\/\/totp\/Sportello%20Lavoro:/);
    expect(enrolment.otpauthUri).toContain(`secret=${enrolment.secret}`);
    expect(enrolment.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(enrolment.qrCode.split(',')[1], 'base64').toString()).toContain('<svg');

    // Encrypted at rest: the database does not hold the secret.
    const [stored] = await t.query<{ secret_ciphertext: string; enabled_at: Date | null }>(
      sql`select secret_ciphertext, enabled_at from totp_authenticators where user_id = ${staff.id}`,
    );
    expect(stored!.secret_ciphertext).not.toContain(enrolment.secret);
    expect(stored!.enabled_at).toBeNull();

    const wrong = await t.gql(CONFIRM, { code: '000000' }, accessToken);
    expect(wrong.data!.confirmTotpEnrolment.userErrors[0]).toMatchObject({
      field: 'code',
      code: 'INVALID_CODE',
    });
    const right = await t.gql(CONFIRM, { code: codeFor(enrolment.secret) }, accessToken);
    const codes = right.data!.confirmTotpEnrolment.recoveryCodes as string[];
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
    const hashes = await t.query<{ code_hash: string }>(
      sql`select code_hash from totp_recovery_codes where user_id = ${staff.id}`,
    );
    expect(hashes).toHaveLength(10);
    for (const { code_hash } of hashes) expect(code_hash).toMatch(/^\$argon2id\$/);

    const after = await t.gql(STATUS, {}, accessToken);
    expect(after.data!.me.twoFactor).toMatchObject({ enabled: true, recoveryCodesRemaining: 10 });
    expect(await audit(staff.id)).toContain('identity.totp_enabled');

    // A second enrolment is refused while one is on.
    const again = await t.gql(START, {}, accessToken);
    expect(again.data!.startTotpEnrolment.userErrors[0].code).toBe('ALREADY_ENABLED');
  });
});

describe('login with a second factor', () => {
  it('asks for the code after the password, then gives the session; a code is never accepted twice', async () => {
    const staff = await newStaff();
    const { secret } = await enrol((await t.login(staff.email)).accessToken);
    tick();

    const first = await passwordStep(staff.email);
    expect(first.session).toBeNull();
    expect(first.secondFactor.challengeToken).toEqual(expect.any(String));
    expect(new Date(first.secondFactor.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(5 * 60_000);

    // The challenge is no access token.
    const asBearer = await t.gql('{ me { email } }', {}, first.secondFactor.challengeToken);
    expect(asBearer.status).toBe(401);

    const code = codeFor(secret);
    const done = await t.gql(COMPLETE, {
      input: { challengeToken: first.secondFactor.challengeToken, code },
    });
    const session = done.data!.completeSecondFactor.session;
    expect(session.viewer.email).toBe(staff.email);
    expect((await t.gql('{ me { email } }', {}, session.accessToken)).data!.me.email).toBe(staff.email);

    // The same code again, within its 30 seconds, with a fresh challenge: refused.
    const second = await passwordStep(staff.email);
    const replayed = await t.gql(COMPLETE, {
      input: { challengeToken: second.secondFactor.challengeToken, code },
    });
    expect(replayed.data!.completeSecondFactor.session).toBeNull();
    expect(replayed.data!.completeSecondFactor.userErrors[0].code).toBe('CODE_ALREADY_USED');
    // So is the previous step's code (the window accepts it, the last used step does not).
    const earlier = await t.gql(COMPLETE, {
      input: {
        challengeToken: second.secondFactor.challengeToken,
        code: codeFor(secret, Date.now() - 30_000),
      },
    });
    expect(earlier.data!.completeSecondFactor.userErrors[0].code).toMatch(/CODE_ALREADY_USED|INVALID_CODE/);
    // The next step's code (one step of drift) is accepted.
    const next = await t.gql(COMPLETE, {
      input: {
        challengeToken: second.secondFactor.challengeToken,
        code: codeFor(secret, Date.now() + 30_000),
      },
    });
    expect(next.data!.completeSecondFactor.session).not.toBeNull();
  });

  it('refuses wrong codes, an expired challenge and a forged one with specific errors', async () => {
    const staff = await newStaff();
    const { secret } = await enrol((await t.login(staff.email)).accessToken);
    tick();
    const { secondFactor } = await passwordStep(staff.email);
    const wrong = await t.gql(COMPLETE, {
      input: { challengeToken: secondFactor.challengeToken, code: '123456' },
    });
    expect(wrong.data!.completeSecondFactor.userErrors[0]).toMatchObject({
      field: 'code',
      code: 'INVALID_CODE',
    });
    expect(wrong.data!.completeSecondFactor.userErrors[0].message).toMatch(/codice non è corretto/);

    const expired = await t.tokens.signPurpose('second-factor', staff.id, -10);
    const late = await t.gql(COMPLETE, { input: { challengeToken: expired, code: codeFor(secret) } });
    expect(late.data!.completeSecondFactor.userErrors[0].code).toBe('CHALLENGE_EXPIRED');
    expect(late.data!.completeSecondFactor.userErrors[0].message).toMatch(/scaduto/);

    const forged = await t.gql(COMPLETE, { input: { challengeToken: 'x.y.z', code: codeFor(secret) } });
    expect(forged.data!.completeSecondFactor.session).toBeNull();
    // An access token is not a challenge either.
    const { accessToken } = (await passwordStep(DEMO.citizen)).session;
    const notChallenge = await t.gql(COMPLETE, { input: { challengeToken: accessToken, code: '123456' } });
    expect(notChallenge.data!.completeSecondFactor.session).toBeNull();
  });

  it('accepts each recovery code once, and audits its use', async () => {
    const staff = await newStaff();
    const { recoveryCodes } = await enrol((await t.login(staff.email)).accessToken);
    const code = recoveryCodes[3]!;

    const first = await passwordStep(staff.email);
    // Typed in lower case without the dash: still the same code.
    const used = await t.gql(COMPLETE, {
      input: {
        challengeToken: first.secondFactor.challengeToken,
        recoveryCode: code.toLowerCase().replace('-', ''),
      },
    });
    const session = used.data!.completeSecondFactor.session;
    expect(session).not.toBeNull();
    expect(await audit(staff.id)).toContain('identity.recovery_code_used');
    const status = await t.gql(STATUS, {}, session.accessToken);
    expect(status.data!.me.twoFactor.recoveryCodesRemaining).toBe(9);

    const second = await passwordStep(staff.email);
    const again = await t.gql(COMPLETE, {
      input: { challengeToken: second.secondFactor.challengeToken, recoveryCode: code },
    });
    expect(again.data!.completeSecondFactor.session).toBeNull();
    expect(again.data!.completeSecondFactor.userErrors[0].code).toBe('INVALID_RECOVERY_CODE');
    // Another one still works.
    const other = await t.gql(COMPLETE, {
      input: { challengeToken: second.secondFactor.challengeToken, recoveryCode: recoveryCodes[4] },
    });
    expect(other.data!.completeSecondFactor.session).not.toBeNull();
  });

  it('counts wrong codes under the login limits: past them even the right code is refused', async () => {
    const staff = await newStaff();
    const { secret } = await enrol((await t.login(staff.email)).accessToken);
    tick();
    const { secondFactor } = await passwordStep(staff.email);
    const codes: string[] = [];
    for (let attempt = 0; attempt < LOGIN_LIMITS.perAccountAndAddress.limit; attempt++) {
      const result = await t.gql(COMPLETE, {
        input: { challengeToken: secondFactor.challengeToken, code: String(100000 + attempt) },
      });
      codes.push(result.data!.completeSecondFactor.userErrors[0].code);
    }
    // The password step counted once; 9 wrong codes later the account is throttled at this address.
    expect(codes.filter((code) => code === 'INVALID_CODE')).toHaveLength(
      LOGIN_LIMITS.perAccountAndAddress.limit - 1,
    );
    expect(codes.at(-1)).toBe('TOO_MANY_ATTEMPTS');
    const right = await t.gql(COMPLETE, {
      input: { challengeToken: secondFactor.challengeToken, code: codeFor(secret) },
    });
    expect(right.data!.completeSecondFactor.userErrors[0].code).toBe('TOO_MANY_ATTEMPTS');
    // A right password does not start the count over.
    expect((await passwordStep(staff.email)).userErrors[0].code).toBe('TOO_MANY_ATTEMPTS');
    const [bucket] = await t.query<{ hits: number }>(
      sql`select hits from rate_limit_buckets where key = ${`login:account:${accountBucket(staff.email)}`}`,
    );
    expect(bucket!.hits).toBeGreaterThanOrEqual(LOGIN_LIMITS.perAccountAndAddress.limit - 1);
  });
});

describe('changing the second factor', () => {
  it('regenerates recovery codes and disables only with a current code or the password', async () => {
    const staff = await newStaff();
    const { accessToken } = await t.login(staff.email);
    const { secret, recoveryCodes } = await enrol(accessToken);
    tick();

    const missing = await t.gql(REGENERATE, { input: {} }, accessToken);
    expect(missing.data!.regenerateRecoveryCodes.userErrors[0].code).toBe('REQUIRED');
    const regenerated = await t.gql(REGENERATE, { input: { code: codeFor(secret) } }, accessToken);
    const fresh = regenerated.data!.regenerateRecoveryCodes.recoveryCodes as string[];
    expect(fresh).toHaveLength(10);
    expect(fresh).not.toContain(recoveryCodes[0]);
    // The old codes no longer open the account.
    const { secondFactor } = await passwordStep(staff.email);
    const old = await t.gql(COMPLETE, {
      input: { challengeToken: secondFactor.challengeToken, recoveryCode: recoveryCodes[0] },
    });
    expect(old.data!.completeSecondFactor.userErrors[0].code).toBe('INVALID_RECOVERY_CODE');

    const wrongPassword = await t.gql(DISABLE, { input: { password: 'non è la mia' } }, accessToken);
    expect(wrongPassword.data!.disableTotp.userErrors[0]).toMatchObject({
      field: 'password',
      code: 'INVALID_PASSWORD',
    });
    const disabled = await t.gql(DISABLE, { input: { password: DEMO_PASSWORD } }, accessToken);
    expect(disabled.data!.disableTotp).toEqual({ ok: true, userErrors: [] });
    expect(await audit(staff.id)).toEqual(
      expect.arrayContaining([
        'identity.totp_enabled',
        'identity.recovery_codes_regenerated',
        'identity.totp_disabled',
      ]),
    );
    // The password alone logs in again.
    expect((await passwordStep(staff.email)).session).not.toBeNull();
    const rows = await t.query(sql`select 1 from totp_recovery_codes where user_id = ${staff.id}`);
    expect(rows).toHaveLength(0);
  });
});

describe('a secret sealed under another key', () => {
  it('refuses every code, but the recovery codes still log in and the password turns it off', async () => {
    const staff = await newStaff();
    const { secret, recoveryCodes } = await enrol((await t.login(staff.email)).accessToken);
    tick();
    // As after a new signing key: the stored ciphertext no longer opens.
    await t.db.execute(
      sql`update totp_authenticators set secret_ciphertext = 'v1.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA.AAAA' where user_id = ${staff.id}`,
    );
    const { secondFactor } = await passwordStep(staff.email);
    const code = await t.gql(COMPLETE, {
      input: { challengeToken: secondFactor.challengeToken, code: codeFor(secret) },
    });
    expect(code.data!.completeSecondFactor.userErrors[0].code).toBe('INVALID_CODE');
    const recovered = await t.gql(COMPLETE, {
      input: { challengeToken: secondFactor.challengeToken, recoveryCode: recoveryCodes[0] },
    });
    const { accessToken } = recovered.data!.completeSecondFactor.session;
    const disabled = await t.gql(DISABLE, { input: { password: DEMO_PASSWORD } }, accessToken);
    expect(disabled.data!.disableTotp.ok).toBe(true);
  });
});

describe('wrong actors', () => {
  it('refuses the enrolment to citizens, companies and anonymous callers', async () => {
    const citizen = await t.login(DEMO.citizen);
    const company = await t.login(DEMO.companyMember);
    for (const token of [citizen.accessToken, company.accessToken]) {
      for (const mutation of [
        START,
        'mutation { confirmTotpEnrolment(code: "123456") { recoveryCodes } }',
        'mutation { disableTotp(input: { password: "x" }) { ok } }',
        'mutation { regenerateRecoveryCodes(input: { password: "x" }) { recoveryCodes } }',
      ]) {
        const result = await t.gql(mutation, {}, token);
        expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
    }
    expect((await t.gql(START)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(STATUS, {}, citizen.accessToken)).data!.me.twoFactor).toBeNull();
  });

  it('lets only the network admins of a network set its requirement', async () => {
    const operator = await t.login(DEMO.operator);
    const refused = await t.gql(REQUIRE, { required: true }, operator.accessToken);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const other = await seedOtherNetwork(t);
    const otherAdmin = await newStaff('NETWORK_ADMIN', other.networkId);
    const otherToken = (await t.login(otherAdmin.email)).accessToken;
    await enrol(otherToken);
    const set = await t.gql(REQUIRE, { required: true }, otherToken);
    expect(set.data!.setStaffTwoFactorRequired).toEqual({ staffTwoFactorRequired: true, userErrors: [] });
    // Their own network only: the demo network is untouched.
    const [demo] = await t.db.select().from(networks).where(eq(networks.id, demoNetworkId));
    expect(demo!.staffTwoFactorRequired).toBe(false);
    await t.gql(REQUIRE, { required: false }, otherToken);
  });
});

describe('a network that requires a second factor', () => {
  it('sends staff without one to the enrolment before anything else', async () => {
    const admin = await newStaff('NETWORK_ADMIN');
    const adminToken = (await t.login(admin.email)).accessToken;
    const early = await t.gql(REQUIRE, { required: true }, adminToken);
    expect(early.data!.setStaffTwoFactorRequired.userErrors[0].code).toBe('TWO_FACTOR_NOT_ENABLED');
    await enrol(adminToken);
    const set = await t.gql(REQUIRE, { required: true }, adminToken);
    expect(set.data!.setStaffTwoFactorRequired.staffTwoFactorRequired).toBe(true);
    const audited = await t.query<{ action: string; details: { required: boolean } }>(
      sql`select action, details from audit_log where action = 'network.staff_two_factor_required_changed' and actor_user_id = ${admin.id}`,
    );
    expect(audited.at(-1)?.details).toEqual({ required: true });

    try {
      const staff = await newStaff();
      const login = await passwordStep(staff.email);
      expect(login.session.twoFactorEnrolmentRequired).toBe(true);
      const token = login.session.accessToken;

      // Anything but the enrolment is refused with its own code, on GraphQL and on the REST routes.
      const other = await t.gql('{ caseworkToday { overdueActionCount } }', {}, token);
      expect(other.errors?.[0]?.extensions?.code).toBe('TWO_FACTOR_ENROLMENT_REQUIRED');
      expect(other.errors?.[0]?.message).toMatch(/verifica in due passaggi/);
      const mixed = await t.gql('{ me { email } sportelli { id } }', {}, token);
      expect(mixed.errors?.[0]?.extensions?.code).toBe('TWO_FACTOR_ENROLMENT_REQUIRED');
      const pdf = await t.app.inject({
        method: 'GET',
        url: `/api/cv/${randomUUID()}.pdf`,
        headers: { authorization: `Bearer ${token}` },
      });
      expect(pdf.statusCode).toBe(403);
      expect(pdf.json().errors[0].extensions.code).toBe('TWO_FACTOR_ENROLMENT_REQUIRED');

      const me = await t.gql(STATUS, {}, token);
      expect(me.data!.me.twoFactor).toMatchObject({ enabled: false, requiredByNetwork: true });
      await enrol(token);
      // The session refreshed after the enrolment opens everything.
      const refreshed = await t.gql(REFRESH, { token: login.session.refreshToken });
      const session = refreshed.data!.refreshSession.session;
      expect(session.twoFactorEnrolmentRequired).toBe(false);
      const now = await t.gql('{ caseworkToday { overdueActionCount } }', {}, session.accessToken);
      expect(now.errors).toBeUndefined();

      // Citizens are not concerned.
      const citizen = await passwordStep(DEMO.citizen);
      expect(citizen.session.twoFactorEnrolmentRequired).toBe(false);
    } finally {
      await t.gql(REQUIRE, { required: false }, adminToken);
    }
  });
});
