import { describe, expect, it } from 'vitest';
import type { Actor } from '../../context.js';
import {
  canReadApplication,
  canSeeCandidateIdentity,
  isApplicant,
  isHiringCompany,
  isInterviewCandidate,
} from './policy.js';
import { proposalStatus } from './service.js';

const application = { networkId: 'n1', companyId: 'k1', citizenId: 'c1' };
const user = (
  kind: Exclude<Actor['kind'], 'ANONYMOUS' | 'API_CLIENT' | 'PLATFORM_ADMIN'>,
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
  candidate: user('CITIZEN', { userId: 'c1' }),
  otherCitizen: user('CITIZEN', { userId: 'c2' }),
  hiringCompany: user('COMPANY_MEMBER', { companyId: 'k1' }),
  otherCompany: user('COMPANY_MEMBER', { companyId: 'k2' }),
  operator: user('OPERATOR'),
  operatorOtherNetwork: user('OPERATOR', { networkId: 'n2' }),
  networkAdmin: user('NETWORK_ADMIN'),
  apiClient: { kind: 'API_CLIENT', clientId: 'x', networkId: 'n1', scopes: ['NETWORK_READ'] },
};

const allowed = (check: (actor: Actor) => boolean) =>
  Object.entries(actors)
    .filter(([, actor]) => check(actor))
    .map(([name]) => name);

describe('application policies', () => {
  it('the candidate, the hiring company and the network staff read an application', () => {
    expect(allowed((a) => canReadApplication(a, application))).toEqual([
      'candidate',
      'hiringCompany',
      'operator',
      'networkAdmin',
    ]);
  });

  it('the company sees who the candidate is only once they disclosed themself, until pseudonymised', () => {
    const hidden = { ...application, disclosedAt: null, pseudonymisedAt: null };
    const disclosed = { ...application, disclosedAt: new Date(), pseudonymisedAt: null };
    const pseudonymised = { ...application, disclosedAt: new Date(), pseudonymisedAt: new Date() };
    expect(allowed((a) => canSeeCandidateIdentity(a, hidden))).toEqual([
      'candidate',
      'operator',
      'networkAdmin',
    ]);
    expect(allowed((a) => canSeeCandidateIdentity(a, disclosed))).toEqual([
      'candidate',
      'hiringCompany',
      'operator',
      'networkAdmin',
    ]);
    expect(allowed((a) => canSeeCandidateIdentity(a, pseudonymised))).toEqual([
      'candidate',
      'operator',
      'networkAdmin',
    ]);
  });

  it('only the candidate answers proposals and interviews; only the hiring company moves the application', () => {
    expect(allowed((a) => isApplicant(a, application))).toEqual(['candidate']);
    expect(allowed((a) => isInterviewCandidate(a, { citizenId: 'c1' }))).toEqual(['candidate']);
    expect(allowed((a) => isHiringCompany(a, application))).toEqual(['hiringCompany']);
  });
});

describe('proposal status', () => {
  const proposed = { proposedBy: 'o1', disclosedAt: null };
  it('is pending, accepted once disclosed (even if withdrawn later), declined when withdrawn before', () => {
    expect(proposalStatus({ ...proposed, status: 'PROPOSED' })).toBe('PENDING');
    expect(proposalStatus({ ...proposed, status: 'APPLIED', disclosedAt: new Date() })).toBe('ACCEPTED');
    expect(proposalStatus({ ...proposed, status: 'WITHDRAWN', disclosedAt: new Date() })).toBe('ACCEPTED');
    expect(proposalStatus({ ...proposed, status: 'WITHDRAWN' })).toBe('DECLINED');
    expect(proposalStatus({ proposedBy: null, status: 'APPLIED', disclosedAt: new Date() })).toBeNull();
  });
});
