import { generateKeyPairSync } from 'node:crypto';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Actor, UserActor } from '../context.js';
import { createSecretBox } from '../lib/secret-box.js';
import { TokenService } from '../lib/tokens.js';
import { checkTwoFactorGate } from './two-factor-gate.js';

const operator: UserActor = {
  kind: 'OPERATOR',
  userId: 'f0b7a3c2-9a4e-4d0e-8b1a-0c6f1f5e2d11',
  networkId: 'a2c9e4b1-2f3d-4c5b-9e8a-7d6c5b4a3f21',
  sportelloId: 'c3d2e1f0-1a2b-4c3d-8e4f-5a6b7c8d9e0f',
  companyId: null,
};
const enrolling: Actor = { ...operator, twoFactorEnrolmentRequired: true };

const gate = (actor: Actor, query: string) => () => checkTwoFactorGate(actor, parse(query));

describe('the gate of staff who must set up a second factor', () => {
  it('opens the enrolment, the session and `me` only', () => {
    expect(gate(enrolling, '{ me { id twoFactor { enabled } } }')).not.toThrow();
    expect(gate(enrolling, 'mutation { startTotpEnrolment { enrolment { secret } } }')).not.toThrow();
    expect(
      gate(enrolling, 'mutation { a: confirmTotpEnrolment(code: "1") { recoveryCodes } }'),
    ).not.toThrow();
    expect(gate(enrolling, 'mutation { logout(refreshToken: "x") { ok } }')).not.toThrow();
    for (const query of [
      '{ sportelli { id } }',
      '{ me { id } sportelli { id } }',
      'mutation { disableTotp(input: { password: "x" }) { ok } }',
      '{ ... on Query { citizens(first: 1) { totalCount } } }',
      'query { ...F } fragment F on Query { me { id } sportelli { id } }',
      'query A { me { id } } query B { sportelli { id } }',
    ]) {
      expect(gate(enrolling, query), query).toThrowError(
        expect.objectContaining({ code: 'TWO_FACTOR_ENROLMENT_REQUIRED' }),
      );
    }
  });

  it('follows fragments, also when they name each other', () => {
    expect(
      gate(enrolling, 'query { ...F } fragment F on Query { me { id } ... on Query { me { email } } }'),
    ).not.toThrow();
    expect(gate(enrolling, 'query { ...F } fragment F on Query { me { id } ...F }')).not.toThrow();
    expect(gate(enrolling, 'query { ...Missing }')).toThrow();
  });

  it('lets everyone else through', () => {
    expect(gate(operator, '{ sportelli { id } }')).not.toThrow();
    expect(gate({ kind: 'ANONYMOUS' }, '{ sportelli { id } }')).not.toThrow();
  });
});

describe('the claim in the access token', () => {
  const tokens = new TokenService({
    privateKeyPem: generateKeyPairSync('ed25519')
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString(),
    issuer: 'test',
    audience: 'test-api',
    accessTokenTtlSeconds: 60,
  });

  it('carries the enrolment requirement, and nothing when there is none', async () => {
    const restricted = await tokens.signUser({ ...operator, twoFactorEnrolmentRequired: true }, 'family-1');
    expect((await tokens.verify(restricted.token)).actor).toEqual(enrolling);
    const open = await tokens.signUser({ ...operator, twoFactorEnrolmentRequired: false }, 'family-2');
    expect((await tokens.verify(open.token)).actor).toEqual(operator);
  });

  it('tells an expired purpose token from a forged one, and never takes it as an access token', async () => {
    const live = await tokens.signPurpose('second-factor', operator.userId, 300);
    expect(await tokens.checkPurpose('second-factor', live)).toBe(operator.userId);
    expect(await tokens.checkPurpose('other', live)).toBeNull();
    await expect(tokens.verify(live)).rejects.toThrow();
    const stale = await tokens.signPurpose('second-factor', operator.userId, -1);
    expect(await tokens.checkPurpose('second-factor', stale)).toBe('expired');
    expect(await tokens.verifyPurpose('second-factor', stale)).toBeNull();
  });

  it('derives a different key for each label', () => {
    expect(tokens.deriveKey('a')).toHaveLength(32);
    expect(tokens.deriveKey('a').equals(tokens.deriveKey('b'))).toBe(false);
  });
});

describe('the secret box', () => {
  const box = createSecretBox(Buffer.alloc(32, 7));

  it('opens what it sealed for the same context only', () => {
    const sealed = box.seal('JBSWY3DPEHPK3PXP', 'user-1');
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(box.open(sealed, 'user-1')).toBe('JBSWY3DPEHPK3PXP');
    expect(() => box.open(sealed, 'user-2')).toThrow();
    expect(() => createSecretBox(Buffer.alloc(32, 8)).open(sealed, 'user-1')).toThrow();
    const [version, iv, tag, ciphertext] = sealed.split('.');
    const flipped = `${ciphertext!.startsWith('A') ? 'B' : 'A'}${ciphertext!.slice(1)}`;
    expect(() => box.open([version, iv, tag, flipped].join('.'), 'user-1')).toThrow();
  });
});
