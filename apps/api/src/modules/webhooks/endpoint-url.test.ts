import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './delivery.js';
import { endpointUrlProblem } from './endpoint-url.js';

describe('webhook endpoint URLs', () => {
  it('outside production takes any http(s) URL without credentials', () => {
    expect(endpointUrlProblem('http://127.0.0.1:4000/hook', false)).toBeNull();
    expect(endpointUrlProblem('https://esempio.it/hook', false)).toBeNull();
    expect(endpointUrlProblem('ftp://esempio.it/hook', false)).toBe(
      'L’indirizzo deve iniziare con https://.',
    );
    expect(endpointUrlProblem('esempio.it/hook', false)).toMatch(/indirizzo web completo/);
    expect(endpointUrlProblem('https://utente:segreto@esempio.it/', false)).toMatch(/nome utente o password/);
  });

  it('in production takes only https to a public host', () => {
    expect(endpointUrlProblem('https://regione.esempio.it/hook', true)).toBeNull();
    expect(endpointUrlProblem('https://203.0.113.7/hook', true)).toBeNull();
    expect(endpointUrlProblem('http://regione.esempio.it/hook', true)).toMatch(/connessione protetta/);
    for (const internal of [
      'https://localhost/hook',
      'https://api.localhost/hook',
      'https://127.0.0.1/hook',
      'https://10.1.2.3/hook',
      'https://172.20.0.1/hook',
      'https://192.168.1.10/hook',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]/hook',
      'https://[fd00::1]/hook',
      'https://[::ffff:10.0.0.1]/hook',
    ]) {
      expect(endpointUrlProblem(internal, true), internal).toMatch(/non un indirizzo interno/);
    }
  });
});

describe('retry delays', () => {
  it('double at each attempt, jittered between half and all, and capped at six hours', () => {
    expect(retryDelayMs(1, 1000, () => 0)).toBe(500);
    expect(retryDelayMs(1, 1000, () => 1)).toBe(1000);
    expect(retryDelayMs(4, 1000, () => 1)).toBe(8000);
    expect(retryDelayMs(4, 1000, () => 0)).toBe(4000);
    expect(retryDelayMs(30, 30_000, () => 1)).toBe(6 * 60 * 60 * 1000);
  });
});
