import { describe, expect, it } from 'vitest';
import type { Actor } from '../../context.js';
import {
  canReadCaseCounts,
  canReadCaseHeader,
  canReadCaseload,
  canReadDiaryEntry,
  canReadPatto,
  canTakeInCharge,
  isAuditedRead,
  isCaseOperator,
} from './policy.js';

const theCase = { networkId: 'n1', citizenId: 'c1', sportelloId: 's1', closedAt: null };
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
  citizen: user('CITIZEN', { userId: 'c1' }),
  otherCitizen: user('CITIZEN', { userId: 'c2' }),
  companyMember: user('COMPANY_MEMBER', { companyId: 'k1' }),
  operatorInCharge: user('OPERATOR', { sportelloId: 's1' }),
  operatorOtherSportello: user('OPERATOR', { sportelloId: 's2' }),
  operatorOtherNetwork: user('OPERATOR', { networkId: 'n2', sportelloId: 's1' }),
  networkAdmin: user('NETWORK_ADMIN'),
  apiClient: { kind: 'API_CLIENT', clientId: 'a1', networkId: 'n1', scopes: ['NETWORK_READ'] },
};

const allowed = (rule: (actor: Actor) => boolean) =>
  Object.entries(actors)
    .filter(([, actor]) => rule(actor))
    .map(([name]) => name);

describe('casework policy', () => {
  it('the sportello in charge alone acts on the case', () => {
    expect(allowed((a) => isCaseOperator(a, theCase))).toEqual(['operatorInCharge']);
  });

  it('operators of the network take in charge', () => {
    expect(allowed((a) => canTakeInCharge(a, theCase))).toEqual([
      'operatorInCharge',
      'operatorOtherSportello',
    ]);
  });

  it('whom the case is at: operators of the network and the citizen; reads by others are audited', () => {
    expect(allowed((a) => canReadCaseHeader(a, theCase))).toEqual([
      'citizen',
      'operatorInCharge',
      'operatorOtherSportello',
    ]);
    expect(allowed((a) => canReadCaseHeader(a, theCase) && isAuditedRead(a, theCase))).toEqual([
      'operatorOtherSportello',
    ]);
  });

  it('the patto: the sportello in charge and the citizen', () => {
    expect(allowed((a) => canReadPatto(a, theCase))).toEqual(['citizen', 'operatorInCharge']);
  });

  it('the diary: all of it for the sportello in charge, shared notes for the citizen', () => {
    expect(allowed((a) => canReadDiaryEntry(a, theCase, { visibility: 'INTERNAL' }))).toEqual([
      'operatorInCharge',
    ]);
    expect(allowed((a) => canReadDiaryEntry(a, theCase, { visibility: 'SHARED' }))).toEqual([
      'citizen',
      'operatorInCharge',
    ]);
  });

  it('caseload for operators with a sportello, counts for the network’s staff', () => {
    expect(allowed(canReadCaseload)).toEqual([
      'operatorInCharge',
      'operatorOtherSportello',
      'operatorOtherNetwork',
    ]);
    expect(allowed((a) => canReadCaseCounts(a, 'n1'))).toEqual([
      'operatorInCharge',
      'operatorOtherSportello',
      'networkAdmin',
    ]);
  });
});
