import { describe, expect, it } from 'vitest';
import type { Actor } from '../../context.js';
import {
  canListInternships,
  canManageInternship,
  canMonitorInternship,
  canReadInternship,
} from './policy.js';

const internship = { networkId: 'n1', companyId: 'k1', citizenId: 'c1' };
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
  trainee: user('CITIZEN', { userId: 'c1' }),
  otherCitizen: user('CITIZEN', { userId: 'c2' }),
  hostCompany: user('COMPANY_MEMBER', { companyId: 'k1' }),
  otherCompany: user('COMPANY_MEMBER', { companyId: 'k2' }),
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

describe('internship policies', () => {
  it('the network staff list them', () => {
    expect(allowed((a) => canListInternships(a, 'n1'))).toEqual(['operator', 'networkAdmin']);
  });

  it('the staff, the host company and the trainee read one', () => {
    expect(allowed((a) => canReadInternship(a, internship))).toEqual([
      'trainee',
      'hostCompany',
      'operator',
      'networkAdmin',
    ]);
  });

  it('operators of the network manage it', () => {
    expect(allowed((a) => canManageInternship(a, internship))).toEqual(['operator']);
  });

  it('both tutors monitor it: operators of the network and the host company', () => {
    expect(allowed((a) => canMonitorInternship(a, internship))).toEqual(['hostCompany', 'operator']);
  });
});
