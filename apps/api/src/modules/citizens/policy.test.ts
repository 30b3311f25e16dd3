import { describe, expect, it } from 'vitest';
import type { Actor } from '../../context.js';
import { canAccessSpecialCategories, canEditCitizen, canListCitizens } from './policy.js';

const citizen = { userId: 'c1', networkId: 'n1' };
const operator = (networkId: string, sportelloId: string): Actor => ({
  kind: 'OPERATOR',
  userId: 'o1',
  networkId,
  sportelloId,
  companyId: null,
});
const actors: Record<string, Actor> = {
  anonymous: { kind: 'ANONYMOUS' },
  self: { kind: 'CITIZEN', userId: 'c1', networkId: 'n1', sportelloId: null, companyId: null },
  otherCitizen: { kind: 'CITIZEN', userId: 'c2', networkId: 'n1', sportelloId: null, companyId: null },
  company: { kind: 'COMPANY_MEMBER', userId: 'm1', networkId: 'n1', sportelloId: null, companyId: 'k1' },
  operatorInCharge: operator('n1', 's1'),
  operatorElsewhere: operator('n1', 's2'),
  operatorOtherNetwork: operator('n2', 's1'),
  networkAdmin: { kind: 'NETWORK_ADMIN', userId: 'a1', networkId: 'n1', sportelloId: null, companyId: null },
  apiClient: {
    kind: 'API_CLIENT',
    clientId: 'x',
    networkId: 'n1',
    scopes: ['NETWORK_READ', 'COMPANIES_READ'],
  },
};

const allowed = (check: (actor: Actor) => boolean) =>
  Object.entries(actors)
    .filter(([, actor]) => check(actor))
    .map(([name]) => name);

describe('citizen policies', () => {
  it('special categories: only the citizen and operators of the sportello in charge', () => {
    expect(allowed((a) => canAccessSpecialCategories(a, citizen, 's1'))).toEqual([
      'self',
      'operatorInCharge',
    ]);
    expect(allowed((a) => canAccessSpecialCategories(a, citizen, null))).toEqual(['self']);
  });

  it('profile edits: the citizen and the staff of the network', () => {
    expect(allowed((a) => canEditCitizen(a, citizen))).toEqual([
      'self',
      'operatorInCharge',
      'operatorElsewhere',
      'networkAdmin',
    ]);
  });

  it('listing citizens: staff of the network only', () => {
    expect(allowed((a) => canListCitizens(a, 'n1'))).toEqual([
      'operatorInCharge',
      'operatorElsewhere',
      'networkAdmin',
    ]);
  });
});
