import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';
import { vacancyIn } from './vacancy-fixtures.js';

/**
 * Giulia (a welder, CV shared) asks for a weekly email of new matching vacancies. Digests run as if
 * time had passed: `run(at)` sends those due by `at`.
 */
let t: TestApp;
let company: string;
let operator: string;
let giulia: string;

const SAVE = `mutation($f: JobAlertFrequency!, $s: Int!) { saveJobAlert(input: { frequency: $f, minScore: $s }) {
  jobAlert { id frequency minScore nextRunAt } userErrors { field code message } } }`;
const MINE = '{ myJobAlert { id frequency minScore lastSentAt } }';
const DAY = 86_400_000;
let clock = Date.now();

/** Runs the digests due a week later than the previous run, and delivers them. */
async function nextWeek() {
  clock += 7 * DAY + 60_000;
  await t.app.jobAlerts.run(new Date(clock));
  await t.app.outbox.drain();
  return t.mails.filter((m) => m.to.includes(DEMO.citizen) && m.subject.startsWith('Avviso offerte'));
}

const welder = (title: string, overrides: Record<string, unknown> = {}) =>
  vacancyIn(t, { company, operator }, 'PUBLISHED', { title, ...overrides });

beforeAll(async () => {
  t = await startTestApp();
  company = (await t.login(DEMO.companyMember)).accessToken;
  operator = (await t.login(DEMO.operator)).accessToken;
  giulia = (await t.login(DEMO.citizen)).accessToken;
});
afterAll(() => t?.close());

describe('job alerts', () => {
  it('only a citizen asks, with a score from 0 to 100', async () => {
    const bad = await t.gql(SAVE, { f: 'WEEKLY', s: 101 }, giulia);
    expect(bad.data!.saveJobAlert.userErrors[0]).toMatchObject({ field: 'minScore', code: 'OUT_OF_RANGE' });
    expect((await t.gql(MINE, {}, giulia)).data!.myJobAlert).toBeNull();
    const refused = await t.gql(SAVE, { f: 'WEEKLY', s: 50 }, company);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('sends the vacancies published after subscribing that match above the score, each once', async () => {
    const before = await welder('Saldatore esperto (prima dell’avviso)');
    const saved = await t.gql(SAVE, { f: 'WEEKLY', s: 95 }, giulia);
    expect(saved.data!.saveJobAlert.jobAlert).toMatchObject({ frequency: 'WEEKLY', minScore: 95 });
    const fresh = await welder('Saldatore a filo, turno di giorno');
    // English B2 asked: Giulia declares none and scores 92, under the 95 she asked for.
    await welder('Saldatore per cantieri all’estero', {
      languages: [{ languageCode: 'en', minLevel: 'B2' }],
    });

    // Not due before a week has passed.
    await t.app.jobAlerts.run(new Date(Date.now() + DAY));
    await t.app.outbox.drain();
    expect(t.mails.filter((m) => m.subject.startsWith('Avviso offerte'))).toHaveLength(0);

    const [digest, ...more] = await nextWeek();
    expect(more).toHaveLength(0);
    expect(digest!.subject).toBe('Avviso offerte: 1 nuova offerta adatta a te');
    expect(digest!.text).toContain('Saldatore a filo, turno di giorno');
    expect(digest!.text).toContain(`http://localhost:3000/offerte/${fresh}`);
    expect(digest!.text).toContain('Professione: ');
    expect(digest!.text).not.toContain('all’estero');
    expect(digest!.text).not.toContain(before);
    expect(digest!.text).toContain("Ricevi questa email perché hai chiesto l'avviso settimanale");
    expect(digest!.headers['list-unsubscribe']).toMatch(
      /<http:\/\/localhost:3000\/job-alerts\/unsubscribe\?token=/,
    );
    expect(digest!.headers['list-unsubscribe-post']).toBe(
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    );
    expect((await t.gql(MINE, {}, giulia)).data!.myJobAlert.lastSentAt).not.toBeNull();

    // Nothing new: no email. A new vacancy: only it.
    expect(await nextWeek()).toHaveLength(1);
    const later = await welder('Saldatore TIG');
    const digests = await nextWeek();
    expect(digests).toHaveLength(2);
    const latest = digests.at(-1)!;
    expect(latest.text).toContain(`/offerte/${later}`);
    expect(latest.text).not.toContain(`/offerte/${fresh}`);
  });

  it('several instances running at once send a digest once', async () => {
    await welder('Saldatore per carpenteria leggera');
    clock += 7 * DAY + 60_000;
    const [a, b] = [await t.newInstance(), await t.newInstance()];
    await Promise.all([a.jobAlerts.run(new Date(clock)), b.jobAlerts.run(new Date(clock))]);
    await t.app.outbox.drain();
    const copies = t.mails.filter(
      (m) => m.to.includes(DEMO.citizen) && m.text.includes('Saldatore per carpenteria leggera'),
    );
    expect(copies).toHaveLength(1);
    await a.close();
    await b.close();
  });

  it('one-click unsubscribe without signing in: by the mail client (RFC 8058) or the link in the text', async () => {
    const latest = t.mails.filter((m) => m.subject.startsWith('Avviso offerte')).at(-1)!;
    const oneClick = latest.headers['list-unsubscribe']!.match(/<([^>]+)>/)![1]!;
    const forged = await t.app.inject({
      method: 'POST',
      url: `/job-alerts/unsubscribe?token=${(await t.login(DEMO.citizen)).accessToken}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(forged.statusCode).toBe(400);
    expect((await t.gql(MINE, {}, giulia)).data!.myJobAlert).not.toBeNull();

    const response = await t.app.inject({
      method: 'POST',
      url: new URL(oneClick).pathname + new URL(oneClick).search,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(response.statusCode).toBe(200);
    expect((await t.gql(MINE, {}, giulia)).data!.myJobAlert).toBeNull();
    await welder('Saldatore dopo la disiscrizione');
    expect(await nextWeek()).toHaveLength(3);

    // Subscribed again, then out through the portal's page, which calls the API with no session.
    await t.gql(SAVE, { f: 'DAILY', s: 50 }, giulia);
    await welder('Saldatore in manutenzione');
    clock += DAY + 60_000;
    await t.app.jobAlerts.run(new Date(clock));
    await t.app.outbox.drain();
    const daily = t.mails.filter((m) => m.subject.startsWith('Avviso offerte')).at(-1)!;
    expect(daily.text).toContain('avviso giornaliero');
    const page = daily.text.match(
      /http:\/\/localhost:3000\/cittadini\/avvisi-offerte\/disiscrizione\?token=\S+/,
    )![0];
    const UNSUBSCRIBE = 'mutation($t: String!) { unsubscribeJobAlert(token: $t) { ok userErrors { code } } }';
    const bad = await t.gql(UNSUBSCRIBE, { t: 'non-un-token' });
    expect(bad.data!.unsubscribeJobAlert.userErrors[0].code).toBe('INVALID_TOKEN');
    const done = await t.gql(UNSUBSCRIBE, { t: new URL(page).searchParams.get('token') });
    expect(done.data!.unsubscribeJobAlert).toEqual({ ok: true, userErrors: [] });
    expect((await t.gql(MINE, {}, giulia)).data!.myJobAlert).toBeNull();
  });
});
