import { describe, expect, it } from 'vitest';
import type { Actor } from '../../context.js';
import {
  canReadAllOrientationRecords,
  canReadOrientationConstraints,
  canReadOwnOrientationRecords,
  canRecordOrientation,
} from './policy.js';

const N = 'network-1';
const S = 'sportello-1';
const citizen = { userId: 'citizen-a', networkId: N };
const user = (kind: Actor['kind'], over: Record<string, unknown> = {}) =>
  ({ kind, userId: 'u', networkId: N, sportelloId: null, companyId: null, ...over }) as Actor;
const inCharge = user('OPERATOR', { sportelloId: S });
const otherSportello = user('OPERATOR', { sportelloId: 'sportello-2' });
const otherNetwork = user('OPERATOR', { networkId: 'network-2', sportelloId: S });
const self = user('CITIZEN', { userId: 'citizen-a' });
const citizenB = user('CITIZEN', { userId: 'citizen-b' });
const admin = user('NETWORK_ADMIN');
const company = user('COMPANY_MEMBER', { companyId: 'c' });
const strangers = [otherNetwork, citizenB, admin, company, { kind: 'ANONYMOUS' } as Actor];

describe('orientation record policy', () => {
  it('only the sportello in charge records', () => {
    expect(canRecordOrientation(inCharge, citizen, S)).toBe(true);
    expect(canRecordOrientation(inCharge, citizen, null)).toBe(false);
    for (const actor of [otherSportello, self, ...strangers])
      expect(canRecordOrientation(actor, citizen, S)).toBe(false);
  });

  it('the citizen and the sportello in charge read every record and its constraints', () => {
    for (const check of [canReadAllOrientationRecords, canReadOrientationConstraints]) {
      expect(check(inCharge, citizen, S)).toBe(true);
      expect(check(self, citizen, null)).toBe(true);
      for (const actor of [otherSportello, ...strangers]) expect(check(actor, citizen, S)).toBe(false);
    }
  });

  it('another operator of the network may read only what they wrote; nobody else', () => {
    expect(canReadOwnOrientationRecords(otherSportello, citizen)).toBe(true);
    for (const actor of [self, ...strangers])
      expect(canReadOwnOrientationRecords(actor, citizen)).toBe(false);
  });
});
