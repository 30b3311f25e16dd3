import { generateKeyPairSync } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UserActor } from '../context.js';
import { InvalidTokenError, TokenService } from './tokens.js';

const tokens = new TokenService({
  privateKeyPem: generateKeyPairSync('ed25519')
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString(),
  issuer: 'test',
  audience: 'test-api',
  accessTokenTtlSeconds: 60,
});
const operator: UserActor = {
  kind: 'OPERATOR',
  userId: 'f0b7a3c2-9a4e-4d0e-8b1a-0c6f1f5e2d11',
  networkId: 'a2c9e4b1-2f3d-4c5b-9e8a-7d6c5b4a3f21',
  sportelloId: null,
  companyId: null,
};

describe('access token verification', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('checks a token once and answers it again from memory until it expires', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { token } = await tokens.signUser(operator, 'family-1');
    const first = await tokens.verify(token);
    expect(first).toEqual({
      actor: operator,
      credential: 'session:family-1',
      expiresAtMs: expect.any(Number),
    });
    expect(await tokens.verify(token)).toBe(first);

    vi.advanceTimersByTime(59_000);
    expect(await tokens.verify(token)).toBe(first);
    vi.advanceTimersByTime(1_000);
    await expect(tokens.verify(token)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('refuses a tampered copy of a token it has verified', async () => {
    const { token } = await tokens.signUser(operator, 'family-2');
    await tokens.verify(token);
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, knd: 'NETWORK_ADMIN' })).toString('base64url');
    await expect(tokens.verify(`${header}.${forged}.${signature}`)).rejects.toBeInstanceOf(InvalidTokenError);
  });
});
