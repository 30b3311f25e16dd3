import { describe, expect, it } from 'vitest';
import type { Actor } from '../../context.js';
import {
  canListTrainingModules,
  canManageTraining,
  canReadTrainingModule,
  canRequestPlace,
  canWithdrawEnrolment,
} from './policy.js';

const published = { networkId: 'n1', status: 'PUBLISHED' };
const draft = { networkId: 'n1', status: 'DRAFT' };
const enrolment = { networkId: 'n1', citizenId: 'c1' };
const user = (
  kind: Exclude<Actor['kind'], 'ANONYMOUS' | 'API_CLIENT'>,
  extra: Partial<Record<string, string>> = {},
) =>
  ({
    kind,
    userId: extra.userId ?? 'u1',
    networkId: extra.networkId ?? 'n1',
    sportelloId: null,
    companyId: extra.companyId ?? null,
  }) as Actor;
const actors: Record<string, Actor> = {
  anonymous: { kind: 'ANONYMOUS' },
  enrolled: user('CITIZEN', { userId: 'c1' }),
  otherCitizen: user('CITIZEN', { userId: 'c2' }),
  citizenOtherNetwork: user('CITIZEN', { userId: 'c3', networkId: 'n2' }),
  companyMember: user('COMPANY_MEMBER', { companyId: 'k1' }),
  operator: user('OPERATOR'),
  operatorOtherNetwork: user('OPERATOR', { networkId: 'n2' }),
  networkAdmin: user('NETWORK_ADMIN'),
  platformAdmin: {
    kind: 'PLATFORM_ADMIN',
    userId: 'p1',
    networkId: null,
    sportelloId: null,
    companyId: null,
  },
  apiClient: { kind: 'API_CLIENT', clientId: 'x', networkId: 'n1', scopes: ['NETWORK_READ'] },
};

const allowed = (check: (actor: Actor) => boolean) =>
  Object.entries(actors)
    .filter(([, actor]) => check(actor))
    .map(([name]) => name);

describe('training policies', () => {
  it('the network staff list modules; operators of the network manage them', () => {
    expect(allowed((a) => canListTrainingModules(a, 'n1'))).toEqual(['operator', 'networkAdmin']);
    expect(allowed((a) => canManageTraining(a, 'n1'))).toEqual(['operator']);
  });

  it('citizens of the network read published modules and ask for a place; drafts are for the staff', () => {
    expect(allowed((a) => canReadTrainingModule(a, published))).toEqual([
      'enrolled',
      'otherCitizen',
      'operator',
      'networkAdmin',
    ]);
    expect(allowed((a) => canReadTrainingModule(a, draft))).toEqual(['operator', 'networkAdmin']);
    expect(allowed((a) => canRequestPlace(a, published))).toEqual(['enrolled', 'otherCitizen']);
    expect(allowed((a) => canRequestPlace(a, draft))).toEqual([]);
  });

  it('the enrolled citizen and operators of the network withdraw an enrolment', () => {
    expect(allowed((a) => canWithdrawEnrolment(a, enrolment))).toEqual(['enrolled', 'operator']);
  });
});
