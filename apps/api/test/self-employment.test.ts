import { randomUUID } from 'node:crypto';
import { users } from '@sportello/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  citizenInput,
  DEMO,
  OTHER_OPERATOR,
  REGISTER_CITIZEN,
  randomPartitaIva,
  seedOtherNetwork,
} from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';
import {
  IDEA,
  ideaIn,
  ideaInput,
  partnerIn,
  REFER,
  REGISTER_PARTNER,
  referralIn,
  SET_STEP,
  STARTED,
  SUBMIT_IDEA,
  UPDATE_REFERRAL,
} from './self-employment-fixtures.js';
import { inDays } from './vacancy-fixtures.js';

let t: TestApp;
let operator: string;
let otherOperator: string;
let admin: string;

beforeAll(async () => {
  t = await startTestApp();
  await seedOtherNetwork(t);
  operator = (await t.login(DEMO.operator)).accessToken;
  otherOperator = (await t.login(OTHER_OPERATOR)).accessToken;
  admin = (await t.login(DEMO.admin)).accessToken;
});
afterAll(() => t?.close());

async function newCitizen() {
  const input = citizenInput();
  const id = (await t.gql(REGISTER_CITIZEN, { input })).data!.registerCitizen.citizen.id as string;
  await t.db.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, id));
  return { id, email: input.email, token: (await t.login(input.email, input.password)).accessToken };
}

describe('business ideas and microcredit', () => {
  it('a citizen submits their idea; the same idempotency key returns the same idea', async () => {
    const citizen = await newCitizen();
    const key = randomUUID();
    const first = await t.gql(SUBMIT_IDEA, { input: ideaInput(), key }, citizen.token);
    const again = await t.gql(SUBMIT_IDEA, { input: ideaInput(), key }, citizen.token);
    expect(first.data!.submitBusinessIdea).toMatchObject({
      businessIdea: {
        submittedByCitizen: true,
        atecoActivity: { code: '56.1' },
        comune: { name: 'Legnano' },
        referrals: [],
        businessStartedOn: null,
      },
      userErrors: [],
    });
    expect(first.data!.submitBusinessIdea.businessIdea.checklist).toHaveLength(6);
    expect(again.data!.submitBusinessIdea.businessIdea.id).toBe(
      first.data!.submitBusinessIdea.businessIdea.id,
    );
    const mine = await t.gql('{ myBusinessIdeas { id } }', {}, citizen.token);
    expect(mine.data!.myBusinessIdeas).toHaveLength(1);
  });

  it('refuses bad input with Italian messages on the fields', async () => {
    const citizen = await newCitizen();
    const result = await t.gql(
      SUBMIT_IDEA,
      { input: ideaInput({ title: 'x', atecoCode: '99.99', comuneCode: DEMO.milano, needs: '' }) },
      citizen.token,
    );
    const errors = result.data!.submitBusinessIdea.userErrors;
    expect(errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual(
      expect.arrayContaining([
        ['input.title', 'REQUIRED'],
        ['input.needs', 'REQUIRED'],
        ['input.atecoCode', 'UNKNOWN_ATECO'],
      ]),
    );
    expect(errors.some((e: { field: string }) => e.field === 'input.comuneCode')).toBe(true);
  });

  it('a citizen may not write an idea for somebody else', async () => {
    const citizen = await newCitizen();
    const other = await newCitizen();
    const result = await t.gql(SUBMIT_IDEA, { input: ideaInput({ citizenId: other.id }) }, citizen.token);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('the checklist is ticked by the citizen and the operator', async () => {
    const citizen = await newCitizen();
    const id = await ideaIn(t, operator, citizen.id);
    await t.gql(SET_STEP, { id, step: 'FINANCIAL_PLAN', done: true }, citizen.token);
    const result = await t.gql(SET_STEP, { id, step: 'MARKET_ANALYSIS', done: true }, operator);
    const done = result
      .data!.setBusinessPlanStep.businessIdea.checklist.filter((c: { done: boolean }) => c.done)
      .map((c: { step: string }) => c.step);
    expect(done).toEqual(['MARKET_ANALYSIS', 'FINANCIAL_PLAN']);
    const undone = await t.gql(SET_STEP, { id, step: 'MARKET_ANALYSIS', done: false }, operator);
    expect(
      undone.data!.setBusinessPlanStep.businessIdea.checklist.filter((c: { done: boolean }) => c.done),
    ).toHaveLength(1);
  });

  it('a referral goes sent, in assessment, granted; the citizen is told; business started', async () => {
    const citizen = await newCitizen();
    const partner = await partnerIn(t, admin);
    const id = await ideaIn(t, operator, citizen.id);
    const key = randomUUID();
    const referred = await t.gql(REFER, { id, p: partner, key }, operator);
    const replay = await t.gql(REFER, { id, p: partner, key }, operator);
    expect(referred.data!.referBusinessIdea.userErrors).toEqual([]);
    expect(replay.data!.referBusinessIdea.businessIdea.referrals).toHaveLength(1);
    const referralId = referred.data!.referBusinessIdea.businessIdea.referrals[0].id;

    // A second partner while the first is assessing: refused.
    const twice = await t.gql(REFER, { id, p: await partnerIn(t, admin) }, operator);
    expect(twice.data!.referBusinessIdea.userErrors[0]).toMatchObject({
      field: 'partnerId',
      code: 'ALREADY_REFERRED',
    });

    await t.gql(UPDATE_REFERRAL, { id: referralId, s: 'IN_ASSESSMENT' }, operator);
    const noAmount = await t.gql(UPDATE_REFERRAL, { id: referralId, s: 'GRANTED' }, operator);
    expect(noAmount.data!.updateMicrocreditReferral.userErrors[0]).toMatchObject({
      field: 'grantedAmountCents',
      code: 'OUT_OF_RANGE',
    });
    const fractional = await t.gql(UPDATE_REFERRAL, { id: referralId, s: 'GRANTED', amount: 10.5 }, operator);
    expect(fractional.data!.updateMicrocreditReferral.userErrors[0].code).toBe('OUT_OF_RANGE');
    const granted = await t.gql(
      UPDATE_REFERRAL,
      { id: referralId, s: 'GRANTED', amount: 15_000_00, note: 'Delibera del comitato crediti' },
      operator,
    );
    const referral = granted.data!.updateMicrocreditReferral.businessIdea.referrals[0];
    expect(referral).toMatchObject({ status: 'GRANTED', grantedAmountCents: 15_000_00 });
    expect(referral.history.map((h: { status: string }) => h.status)).toEqual([
      'SENT',
      'IN_ASSESSMENT',
      'GRANTED',
    ]);
    const back = await t.gql(UPDATE_REFERRAL, { id: referralId, s: 'REFUSED' }, operator);
    expect(back.data!.updateMicrocreditReferral.userErrors[0].code).toBe('INVALID_TRANSITION');

    const notifications = await t.gql(
      '{ myNotifications { edges { node { kind title } } } }',
      {},
      citizen.token,
    );
    const titles = notifications
      .data!.myNotifications.edges.filter((e: { node: { kind: string } }) => e.node.kind === 'MICROCREDIT')
      .map((e: { node: { title: string } }) => e.node.title);
    expect(titles).toHaveLength(3);
    await t.app.outbox.drain();
    expect(t.mails.some((m) => m.to.includes(citizen.email) && m.subject.includes('concesso'))).toBe(true);

    const badPiva = await t.gql(STARTED, { id, piva: '12345678901', on: inDays(0) }, operator);
    expect(badPiva.data!.recordBusinessStarted.userErrors[0]).toMatchObject({
      field: 'partitaIva',
      code: 'PARTITA_IVA_CHECK_DIGIT',
    });
    const future = await t.gql(STARTED, { id, piva: randomPartitaIva(), on: inDays(3) }, operator);
    expect(future.data!.recordBusinessStarted.userErrors[0].field).toBe('startedOn');
    const piva = randomPartitaIva();
    const started = await t.gql(STARTED, { id, piva: ` IT${piva} `, on: inDays(-1) }, operator);
    expect(started.data!.recordBusinessStarted.businessIdea).toMatchObject({
      partitaIva: piva,
      businessStartedOn: inDays(-1),
    });
    const again = await t.gql(STARTED, { id, piva, on: inDays(0) }, operator);
    expect(again.data!.recordBusinessStarted.userErrors[0].code).toBe('BUSINESS_STARTED');
    const seen = await t.gql(IDEA, { id }, citizen.token);
    expect(seen.data!.businessIdea.partitaIva).toBe(piva);
  });

  it('after a refusal the idea may go to another partner', async () => {
    const citizen = await newCitizen();
    const { ideaId, referralId } = await referralIn(t, { operator, admin }, citizen.id);
    await t.gql(UPDATE_REFERRAL, { id: referralId, s: 'REFUSED', note: 'Piano non sostenibile' }, operator);
    const again = await t.gql(REFER, { id: ideaId, p: await partnerIn(t, admin) }, operator);
    expect(again.data!.referBusinessIdea.userErrors).toEqual([]);
    expect(
      again.data!.referBusinessIdea.businessIdea.referrals.map((r: { status: string }) => r.status),
    ).toEqual(['SENT', 'REFUSED']);
  });

  it('network tenancy: another network sees nothing and cannot use this network’s partner', async () => {
    const citizen = await newCitizen();
    const id = await ideaIn(t, operator, citizen.id);
    const read = await t.gql(IDEA, { id }, otherOperator);
    expect(read.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const partners = await t.gql('{ microcreditPartners { id } }', {}, otherOperator);
    expect(partners.data!.microcreditPartners).toEqual([]);
    const list = await t.gql('{ businessIdeas { totalCount } }', {}, otherOperator);
    expect(list.data!.businessIdeas.totalCount).toBe(0);
    const foreign = await t.gql(SUBMIT_IDEA, { input: ideaInput({ citizenId: citizen.id }) }, otherOperator);
    expect(foreign.data!.submitBusinessIdea.userErrors[0]).toMatchObject({
      field: 'input.citizenId',
      code: 'NOT_FOUND',
    });
    const wrongPartner = await t.gql(REFER, { id, p: randomUUID() }, operator);
    expect(wrongPartner.data!.referBusinessIdea.userErrors[0].code).toBe('UNKNOWN_PARTNER');
  });

  it('the network admin registers partners, with the email checked', async () => {
    const bad = await t.gql(
      REGISTER_PARTNER,
      { input: { name: 'Ente', contactEmail: 'non-una-email' } },
      admin,
    );
    expect(bad.data!.registerMicrocreditPartner.userErrors[0].field).toBe('input.contactEmail');
    const key = randomUUID();
    const first = await t.gql(REGISTER_PARTNER, { input: { name: 'Fondazione Ticino' }, key }, admin);
    const again = await t.gql(REGISTER_PARTNER, { input: { name: 'Fondazione Ticino' }, key }, admin);
    expect(again.data!.registerMicrocreditPartner.partner.id).toBe(
      first.data!.registerMicrocreditPartner.partner.id,
    );
  });
});
