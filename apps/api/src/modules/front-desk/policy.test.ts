import { describe, expect, it } from 'vitest';
import type { Actor } from '../../context.js';
import { canCountContacts, canHandleContact, canRecordContacts } from './policy.js';

const N = 'network-1';
const S = 'sportello-1';
const user = (kind: Actor['kind'], over: Record<string, unknown> = {}) =>
  ({ kind, userId: 'u', networkId: N, sportelloId: null, companyId: null, ...over }) as Actor;
const operator = user('OPERATOR', { sportelloId: S });
const otherSportello = user('OPERATOR', { sportelloId: 'sportello-2' });
const otherNetwork = user('OPERATOR', { networkId: 'network-2', sportelloId: S });
const admin = user('NETWORK_ADMIN');
const citizen = user('CITIZEN');
const company = user('COMPANY_MEMBER', { companyId: 'c' });
const contact = { networkId: N, sportelloId: S };

describe('front desk policy', () => {
  it('only operators with a sportello record contacts', () => {
    expect(canRecordContacts(operator)).toBe(true);
    for (const actor of [admin, citizen, company, user('OPERATOR'), { kind: 'ANONYMOUS' } as Actor])
      expect(canRecordContacts(actor)).toBe(false);
  });

  it('a contact belongs to the operators of its sportello', () => {
    expect(canHandleContact(operator, contact)).toBe(true);
    for (const actor of [otherSportello, otherNetwork, admin, citizen, company])
      expect(canHandleContact(actor, contact)).toBe(false);
  });

  it('operators count their sportello; network admins any sportello of the network, or all', () => {
    expect(canCountContacts(operator, contact)).toBe(true);
    expect(canCountContacts(operator, { networkId: N, sportelloId: null })).toBe(false);
    expect(canCountContacts(otherSportello, contact)).toBe(false);
    expect(canCountContacts(otherNetwork, contact)).toBe(false);
    expect(canCountContacts(admin, contact)).toBe(true);
    expect(canCountContacts(admin, { networkId: N, sportelloId: null })).toBe(true);
    expect(canCountContacts(admin, { networkId: 'network-2', sportelloId: null })).toBe(false);
    for (const actor of [citizen, company]) expect(canCountContacts(actor, contact)).toBe(false);
  });
});
