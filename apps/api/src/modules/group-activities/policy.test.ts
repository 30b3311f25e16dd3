import { describe, expect, it } from 'vitest';
import type { Actor } from '../../context.js';
import {
  canListGroupActivities,
  canManageGroupActivities,
  canReadGroupActivity,
  canReadGroupEnrolment,
  canRecordAttendance,
  canRequestGroupPlace,
  canWithdrawGroupEnrolment,
} from './policy.js';

const published = { networkId: 'n1', status: 'PUBLISHED' };
const ended = { networkId: 'n1', status: 'ENDED' };
const draft = { networkId: 'n1', status: 'DRAFT' };
const run = { networkId: 'n1', sportelloId: 's1' };
const enrolment = { networkId: 'n1', citizenId: 'c1' };
const user = (
  kind: Exclude<Actor['kind'], 'ANONYMOUS' | 'API_CLIENT'>,
  extra: Partial<Record<string, string>> = {},
) =>
  ({
    kind,
    userId: extra.userId ?? 'u1',
    networkId: extra.networkId ?? 'n1',
    sportelloId: extra.sportelloId ?? null,
    companyId: extra.companyId ?? null,
  }) as Actor;
const actors: Record<string, Actor> = {
  anonymous: { kind: 'ANONYMOUS' },
  enrolled: user('CITIZEN', { userId: 'c1' }),
  otherCitizen: user('CITIZEN', { userId: 'c2' }),
  citizenOtherNetwork: user('CITIZEN', { userId: 'c3', networkId: 'n2' }),
  companyMember: user('COMPANY_MEMBER', { companyId: 'k1' }),
  operator: user('OPERATOR', { sportelloId: 's1' }),
  operatorOtherSportello: user('OPERATOR', { sportelloId: 's2' }),
  operatorOtherNetwork: user('OPERATOR', { networkId: 'n2', sportelloId: 's1' }),
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

describe('group activity policies', () => {
  it('the network staff list activities; operators of the network manage them', () => {
    expect(allowed((a) => canListGroupActivities(a, 'n1'))).toEqual([
      'operator',
      'operatorOtherSportello',
      'networkAdmin',
    ]);
    expect(allowed((a) => canManageGroupActivities(a, 'n1'))).toEqual(['operator', 'operatorOtherSportello']);
  });

  it('only operators of the running sportello keep the register', () => {
    expect(allowed((a) => canRecordAttendance(a, run))).toEqual(['operator']);
  });

  it('citizens of the network read published and ended activities and ask for a place in published ones', () => {
    const staff = ['operator', 'operatorOtherSportello', 'networkAdmin'];
    expect(allowed((a) => canReadGroupActivity(a, published))).toEqual([
      'enrolled',
      'otherCitizen',
      ...staff,
    ]);
    expect(allowed((a) => canReadGroupActivity(a, ended))).toEqual(['enrolled', 'otherCitizen', ...staff]);
    expect(allowed((a) => canReadGroupActivity(a, draft))).toEqual(staff);
    expect(allowed((a) => canRequestGroupPlace(a, published))).toEqual(['enrolled', 'otherCitizen']);
    expect(allowed((a) => canRequestGroupPlace(a, ended))).toEqual([]);
  });

  it('the enrolled citizen and the staff read an enrolment; the citizen and operators withdraw it', () => {
    expect(allowed((a) => canReadGroupEnrolment(a, enrolment))).toEqual([
      'enrolled',
      'operator',
      'operatorOtherSportello',
      'networkAdmin',
    ]);
    expect(allowed((a) => canWithdrawGroupEnrolment(a, enrolment))).toEqual([
      'enrolled',
      'operator',
      'operatorOtherSportello',
    ]);
  });
});
