import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  citizenInput,
  DEMO,
  DEMO_NETWORK_SLUG,
  OTHER_OPERATOR,
  REGISTER_CITIZEN,
  seedOtherNetwork,
} from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';
import { vacancyIn } from './vacancy-fixtures.js';

let t: TestApp;
let company: string;
let operator: string;
let admin: string;
let companyId: string;

const DAY_MS = 86_400_000;
const APPLY = `mutation($id: ID!) { applyToVacancy(vacancyId: $id) { application { id status } userErrors { code } } }`;
const MOVE = `mutation($id: ID!, $s: ApplicationStatus!) { moveApplication(id: $id, status: $s) { application { status } userErrors { code } } }`;
const ANSWER_TIMES = `query($id: ID!) { company(id: $id) { answerTimes { averageDays answered awaiting closedWithoutAnswer } } }`;

beforeAll(async () => {
  t = await startTestApp();
  await seedOtherNetwork(t);
  company = (await t.login(DEMO.companyMember)).accessToken;
  operator = (await t.login(DEMO.operator)).accessToken;
  admin = (await t.login(DEMO.admin)).accessToken;
  companyId = (await t.gql('{ me { company { id } } }', {}, company)).data!.me.company.id;
});
afterAll(() => t?.close());

async function newCitizen() {
  const input = citizenInput();
  await t.gql(REGISTER_CITIZEN, { input });
  await t.gql('mutation($t: String!) { verifyEmail(token: $t) { ok } }', {
    t: t.tokenFromLink(await t.linkFromMail(input.email, 'Conferma')),
  });
  return { email: input.email, token: (await t.login(input.email, input.password)).accessToken };
}

/** A candidature sent `daysAgo` days ago to a new published vacancy of the demo company. */
async function candidature(daysAgo: number) {
  const vacancyId = await vacancyIn(t, { company, operator }, 'PUBLISHED');
  const citizen = await newCitizen();
  const applied = await t.gql(APPLY, { id: vacancyId }, citizen.token);
  const id = applied.data!.applyToVacancy.application.id as string;
  const at = new Date(Date.now() - daysAgo * DAY_MS).toISOString();
  await t.query(sql`update applications set disclosed_at = ${at}::timestamptz where id = ${id}`);
  return { id, vacancyId, citizen };
}

const statusOf = async (id: string) =>
  (await t.query<{ status: string }>(sql`select status from applications where id = ${id}`))[0]!.status;

describe('candidatures left unanswered by the company', () => {
  it('reminds the company once after the network’s days, closes at twice as many and tells the citizen', async () => {
    const fresh = await candidature(3);
    const waiting = await candidature(11);
    const forgotten = await candidature(21);
    const answered = await candidature(30);
    expect(
      (await t.gql(MOVE, { id: answered.id, s: 'SHORTLISTED' }, company)).data!.moveApplication.application
        .status,
    ).toBe('SHORTLISTED');

    await t.app.companyAnswers.run(new Date());
    expect(await statusOf(fresh.id)).toBe('APPLIED');
    expect(await statusOf(waiting.id)).toBe('APPLIED');
    expect(await statusOf(forgotten.id)).toBe('NO_ANSWER');
    expect(await statusOf(answered.id)).toBe('SHORTLISTED');

    await t.app.outbox.drain();
    const reminders = t.mails.filter((m) => m.subject.startsWith('Candidature in attesa di risposta'));
    expect(reminders.map((m) => m.to)).toEqual([DEMO.companyMember]);
    expect(reminders[0]!.text).toContain('Una candidatura aspetta la tua risposta da almeno 10 giorni');
    expect(reminders[0]!.text).toContain(`/aziende/offerte/${waiting.vacancyId}`);

    const told = t.mails.filter((m) => m.to.includes(forgotten.citizen.email));
    expect(told.map((m) => m.subject).some((s) => s.startsWith('Novità sulla tua candidatura'))).toBe(true);
    expect(told.at(-1)!.text).toContain('l’azienda non ha risposto nel tempo previsto');

    const history = await t.gql(
      'query($id: ID!) { application(id: $id) { status history { toStatus actorRole reason } } }',
      { id: forgotten.id },
      forgotten.citizen.token,
    );
    expect(history.data!.application.status).toBe('NO_ANSWER');
    expect(history.data!.application.history.at(-1)).toEqual({
      toStatus: 'NO_ANSWER',
      actorRole: 'Sportello Lavoro',
      reason: "L'azienda non ha risposto entro 20 giorni.",
    });

    // Running again changes nothing and tells nobody twice.
    const mailsBefore = t.mails.length;
    expect(await t.app.companyAnswers.run(new Date())).toBe(0);
    await t.app.outbox.drain();
    expect(t.mails.length).toBe(mailsBefore);

    // Ten days later the reminded one closes too.
    expect(await t.app.companyAnswers.run(new Date(Date.now() + 10 * DAY_MS))).toBeGreaterThanOrEqual(1);
    expect(await statusOf(waiting.id)).toBe('NO_ANSWER');
    expect(await statusOf(fresh.id)).toBe('APPLIED');
  });

  it('two instances sweeping at once close each candidature once', async () => {
    const { id } = await candidature(25);
    const second = await t.newInstance();
    await second.ready();
    await Promise.all([t.app.companyAnswers.run(new Date()), second.companyAnswers.run(new Date())]);
    await second.close();
    const events = await t.query<{ n: number }>(
      sql`select count(*)::int as n from application_events where application_id = ${id} and to_status = 'NO_ANSWER'`,
    );
    expect(events[0]!.n).toBe(1);
  });

  it('the network admins set the days; operators, companies and citizens may not', async () => {
    const SET =
      'mutation($d: Int!) { setCompanyResponseDays(days: $d) { companyResponseDays userErrors { field code message } } }';
    const bad = await t.gql(SET, { d: 0 }, admin);
    expect(bad.data!.setCompanyResponseDays.userErrors[0]).toMatchObject({
      field: 'days',
      code: 'OUT_OF_RANGE',
    });
    expect((await t.gql(SET, { d: 7 }, admin)).data!.setCompanyResponseDays.companyResponseDays).toBe(7);
    for (const token of [operator, company]) {
      expect((await t.gql(SET, { d: 30 }, token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const networks = (await t.gql('{ networks { slug companyResponseDays } }')).data!.networks;
    expect(networks.find((n: { slug: string }) => n.slug === DEMO_NETWORK_SLUG).companyResponseDays).toBe(7);
    const { id } = await candidature(8);
    await t.app.companyAnswers.run(new Date());
    expect(await statusOf(id)).toBe('APPLIED');
    expect(
      (
        await t.query<{ at: string | null }>(
          sql`select company_reminded_at as at from applications where id = ${id}`,
        )
      )[0]!.at,
    ).not.toBeNull();
    await t.gql(SET, { d: 10 }, admin);
  });

  it('the staff of the network see how the company answers; the company and other networks do not', async () => {
    const times = (await t.gql(ANSWER_TIMES, { id: companyId }, operator)).data!.company.answerTimes;
    expect(times.answered).toBeGreaterThanOrEqual(1);
    expect(times.closedWithoutAnswer).toBeGreaterThanOrEqual(2);
    // The candidature answered after 30 days, with those the demo company answered at once.
    expect(times.averageDays).toBeGreaterThan(1);
    expect((await t.gql(ANSWER_TIMES, { id: companyId }, company)).data!.company.answerTimes).toBeNull();
    const other = await t.gql(ANSWER_TIMES, { id: companyId }, (await t.login(OTHER_OPERATOR)).accessToken);
    expect(other.data?.company ?? null).toBeNull();
  });
});
