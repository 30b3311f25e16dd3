import { describe, expect, it } from 'vitest';
import { retryingDeadlocks } from './deadlocks.js';

const deadlock = () =>
  new Error('query failed', { cause: Object.assign(new Error('deadlock detected'), { code: '40P01' }) });

describe('a transaction aborted to break a deadlock', () => {
  it('runs again, and answers as the second run does', async () => {
    let runs = 0;
    const answer = await retryingDeadlocks(async () => {
      runs++;
      if (runs === 1) throw deadlock();
      return 'booked';
    });
    expect([answer, runs]).toEqual(['booked', 2]);
  });

  it('gives up after its attempts, and never runs again for another error', async () => {
    let runs = 0;
    await expect(
      retryingDeadlocks(async () => {
        runs++;
        throw deadlock();
      }),
    ).rejects.toThrow('query failed');
    expect(runs).toBe(3);
    runs = 0;
    await expect(
      retryingDeadlocks(async () => {
        runs++;
        throw Object.assign(new Error('duplicate'), { code: '23505' });
      }),
    ).rejects.toThrow('duplicate');
    expect(runs).toBe(1);
  });
});
