import { randomUUID } from 'node:crypto';
import { auditLog, frontDeskContacts } from '@sportello/db';
import { dayInItaly, todayInItaly } from '@sportello/domain';
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizenInput, DEMO, OTHER_OPERATOR, REGISTER_CITIZEN, seedOtherNetwork } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';

let t: TestApp;
let legnano: string;
let varese: string;
let admin: string;
let citizen: string;
let company: string;
let otherNetwork: string;
let giuliaId: string;
let legnanoSportello: string;
let vareseSportello: string;
let otherSportello: string;

const CONTACT = `id contactedOn channel topic outcome note enteredInError recordedByName comune { istatCode } citizen { id givenName } sportello { name }`;
const RECORD = `mutation($input: FrontDeskContactInput!, $key: String) {
  recordFrontDeskContact(input: $input, idempotencyKey: $key) { contact { ${CONTACT} } userErrors { field code message } }
}`;
const MARK = `mutation($id: ID!) { markFrontDeskContactInError(id: $id) { contact { id enteredInError } userErrors { field code message } } }`;
const LIST = `query($on: Date) { frontDeskContacts(on: $on) { totalCount edges { node { ${CONTACT} } } } }`;
const COUNTS = `query($from: Date!, $to: Date!, $s: ID) { frontDeskCounts(from: $from, to: $to, sportelloId: $s) {
  from to total anonymous byChannel { channel count } byTopic { topic count } byOutcome { outcome count }
  byComune { comune { istatCode } count } bySportello { sportello { id name } count } } }`;

const phoneCall = (overrides: Record<string, unknown> = {}) => ({
  channel: 'PHONE',
  topic: 'INFORMATION',
  comuneCode: DEMO.parabiago,
  outcome: 'INFORMATION_GIVEN',
  ...overrides,
});

async function record(token: string, input: Record<string, unknown>, key?: string) {
  const result = await t.gql(RECORD, { input, key }, token);
  return result.data?.recordFrontDeskContact as {
    contact: Record<string, any> | null;
    userErrors: { field: string; code: string; message: string }[];
  };
}

const contactRows = async () => (await t.db.select({ n: count() }).from(frontDeskContacts))[0]!.n;
const today = () => todayInItaly();
const counts = async (token: string, s?: string) =>
  t.gql(COUNTS, { from: dayInItaly(-7), to: today(), s }, token);

beforeAll(async () => {
  t = await startTestApp();
  const other = await seedOtherNetwork(t);
  otherSportello = other.sportelloId;
  legnano = (await t.login(DEMO.operator)).accessToken;
  varese = (await t.login(DEMO.operatorVarese)).accessToken;
  admin = (await t.login(DEMO.admin)).accessToken;
  citizen = (await t.login(DEMO.citizen)).accessToken;
  company = (await t.login(DEMO.companyMember)).accessToken;
  otherNetwork = (await t.login(OTHER_OPERATOR)).accessToken;
  giuliaId = (await t.gql('{ me { id } }', {}, citizen)).data!.me.id;
  legnanoSportello = (await t.gql('{ me { sportello { id } } }', {}, legnano)).data!.me.sportello.id;
  vareseSportello = (await t.gql('{ me { sportello { id } } }', {}, varese)).data!.me.sportello.id;
});
afterAll(() => t?.close());

describe('recording a first contact', () => {
  it('an anonymous phone call holds no personal data: no citizen, no note; today by default', async () => {
    const { contact, userErrors } = await record(legnano, phoneCall());
    expect(userErrors).toEqual([]);
    expect(contact).toMatchObject({
      contactedOn: today(),
      channel: 'PHONE',
      topic: 'INFORMATION',
      outcome: 'INFORMATION_GIVEN',
      note: null,
      citizen: null,
      enteredInError: false,
      comune: { istatCode: DEMO.parabiago },
      sportello: { name: 'Sportello Lavoro Legnano' },
    });
    const [row] = await t.db.select().from(frontDeskContacts).where(eq(frontDeskContacts.id, contact!.id));
    expect(row).toMatchObject({ citizenId: null, note: null });
  });

  it('refuses a note on an anonymous contact, and the database refuses it too', async () => {
    const before = await contactRows();
    const { contact, userErrors } = await record(legnano, phoneCall({ note: 'Mario Rossi, 3331234567' }));
    expect(contact).toBeNull();
    expect(userErrors).toEqual([expect.objectContaining({ field: 'note', code: 'ANONYMOUS_NO_NOTE' })]);
    expect(await contactRows()).toBe(before);
    const [{ sportelloId, networkId, recordedBy }] = (await t.db
      .select()
      .from(frontDeskContacts)
      .limit(1)) as [typeof frontDeskContacts.$inferSelect];
    await expect(
      t.db.insert(frontDeskContacts).values({
        networkId,
        sportelloId,
        recordedBy,
        contactedOn: today(),
        channel: 'DESK',
        topic: 'OTHER',
        comuneCode: DEMO.legnano,
        outcome: 'INFORMATION_GIVEN',
        note: 'un nome',
      }),
    ).rejects.toThrow();
  });

  it('a desk contact of a registered citizen may carry a short note', async () => {
    const { contact, userErrors } = await record(legnano, {
      channel: 'DESK',
      topic: 'CV_HELP',
      comuneCode: DEMO.legnano,
      outcome: 'APPOINTMENT_BOOKED',
      citizenId: giuliaId,
      note: '  Porta il CV aggiornato la prossima volta.  ',
    });
    expect(userErrors).toEqual([]);
    expect(contact).toMatchObject({
      citizen: { id: giuliaId, givenName: 'Giulia' },
      note: 'Porta il CV aggiornato la prossima volta.',
      recordedByName: expect.any(String),
    });
  });

  it('bad input gets userErrors with field paths and changes nothing', async () => {
    const before = await contactRows();
    const cases: [Record<string, unknown>, string, string][] = [
      [phoneCall({ comuneCode: DEMO.milano }), 'comuneCode', 'COMUNE_NOT_IN_NETWORK'],
      [phoneCall({ contactedOn: dayInItaly(1) }), 'contactedOn', 'IN_THE_FUTURE'],
      [phoneCall({ contactedOn: dayInItaly(-31) }), 'contactedOn', 'TOO_OLD'],
      [phoneCall({ outcome: 'TAKEN_IN_CHARGE' }), 'citizenId', 'REQUIRED'],
      [phoneCall({ citizenId: randomUUID() }), 'citizenId', 'NOT_FOUND'],
      [phoneCall({ citizenId: giuliaId, note: 'x'.repeat(501) }), 'note', 'TOO_LONG'],
    ];
    for (const [input, field, code] of cases) {
      const { contact, userErrors } = await record(legnano, input);
      expect(contact, JSON.stringify(input)).toBeNull();
      expect(userErrors).toEqual([expect.objectContaining({ field, code })]);
      expect(userErrors[0]!.message).toMatch(/\S/);
    }
    expect(await contactRows()).toBe(before);
  });

  it('a citizen of another network cannot be named', async () => {
    const other = await t.gql(REGISTER_CITIZEN, {
      input: citizenInput({ networkSlug: 'altra-rete', residenceComuneCode: DEMO.milano }),
    });
    const id = other.data?.registerCitizen.citizen?.id;
    expect(id).toBeTruthy();
    const { userErrors } = await record(legnano, phoneCall({ citizenId: id }));
    expect(userErrors).toEqual([expect.objectContaining({ field: 'citizenId', code: 'NOT_FOUND' })]);
  });

  it('the same idempotency key returns the same contact; with another request it is refused', async () => {
    const key = randomUUID();
    const first = await record(legnano, phoneCall({ channel: 'EMAIL' }), key);
    const before = await contactRows();
    const again = await record(legnano, phoneCall({ channel: 'EMAIL' }), key);
    expect(again.contact!.id).toBe(first.contact!.id);
    expect(await contactRows()).toBe(before);
    const other = await record(legnano, phoneCall({ channel: 'VIDEO' }), key);
    expect(other.userErrors).toEqual([
      expect.objectContaining({ field: 'idempotencyKey', code: 'IDEMPOTENCY_KEY_REUSED' }),
    ]);
    expect(await contactRows()).toBe(before);
  });

  it('only operators record: network admins, companies, citizens and anonymous callers are refused', async () => {
    const before = await contactRows();
    for (const token of [admin, company, citizen]) {
      const result = await t.gql(RECORD, { input: phoneCall() }, token);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(result.data?.recordFrontDeskContact ?? null).toBeNull();
    }
    const anonymous = await t.gql(RECORD, { input: phoneCall() });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // An operator of another network records at their own sportello, with their own comuni only.
    const elsewhere = await record(otherNetwork, phoneCall());
    expect(elsewhere.userErrors).toEqual([expect.objectContaining({ code: 'COMUNE_NOT_IN_NETWORK' })]);
    expect(await contactRows()).toBe(before);
  });
});

describe("the day's list", () => {
  it("shows the sportello's own contacts only, to its operators only", async () => {
    const mine = await t.gql(LIST, {}, legnano);
    const nodes = mine.data!.frontDeskContacts.edges.map((e: any) => e.node);
    expect(nodes.length).toBeGreaterThanOrEqual(3);
    expect(
      nodes.every((n: any) => n.sportello.name === 'Sportello Lavoro Legnano' && n.contactedOn === today()),
    ).toBe(true);
    const theirs = await t.gql(LIST, {}, varese);
    expect(
      theirs.data!.frontDeskContacts.edges.every(
        (e: any) => e.node.sportello.name !== 'Sportello Lavoro Legnano',
      ),
    ).toBe(true);
    for (const token of [admin, company, citizen]) {
      const refused = await t.gql(LIST, {}, token);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('corrections', () => {
  it('a contact entered by mistake stays, leaves the counts, and is audited once', async () => {
    const before = (await counts(legnano)).data!.frontDeskCounts;
    const { contact } = await record(legnano, phoneCall({ channel: 'VIDEO', topic: 'COMPANY' }));
    const added = (await counts(legnano)).data!.frontDeskCounts;
    expect(added.total).toBe(before.total + 1);
    expect(added.anonymous).toBe(before.anonymous + 1);

    // Another sportello, another network, a company, a citizen: as if it did not exist.
    for (const token of [varese, otherNetwork, company, citizen, admin]) {
      const refused = await t.gql(MARK, { id: contact!.id }, token);
      expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const missing = await t.gql(MARK, { id: randomUUID() }, token);
      expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }

    const marked = await t.gql(MARK, { id: contact!.id }, legnano);
    expect(marked.data!.markFrontDeskContactInError).toEqual({
      contact: { id: contact!.id, enteredInError: true },
      userErrors: [],
    });
    await t.gql(MARK, { id: contact!.id }, legnano);
    const after = (await counts(legnano)).data!.frontDeskCounts;
    expect(after).toEqual(before);
    const list = await t.gql(LIST, {}, legnano);
    expect(
      list.data!.frontDeskContacts.edges.find((e: any) => e.node.id === contact!.id).node.enteredInError,
    ).toBe(true);
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.subjectId, contact!.id));
    expect(audits.map((a) => a.action)).toEqual(['front_desk.mark_in_error']);
  });
});

describe('Accoglienza in cifre', () => {
  it('operators count their own sportello by channel, topic, outcome and comune', async () => {
    const before = (await counts(legnano)).data!.frontDeskCounts;
    await record(legnano, phoneCall({ channel: 'DESK', topic: 'ORIENTATION', comuneCode: DEMO.legnano }));
    const after = (await counts(legnano)).data!.frontDeskCounts;
    const of = (list: any[], key: string, value: string) => list.find((c) => c[key] === value).count;
    expect(after.total).toBe(before.total + 1);
    expect(of(after.byChannel, 'channel', 'DESK')).toBe(of(before.byChannel, 'channel', 'DESK') + 1);
    expect(of(after.byTopic, 'topic', 'ORIENTATION')).toBe(of(before.byTopic, 'topic', 'ORIENTATION') + 1);
    expect(of(after.byOutcome, 'outcome', 'INFORMATION_GIVEN')).toBe(
      of(before.byOutcome, 'outcome', 'INFORMATION_GIVEN') + 1,
    );
    expect(after.byChannel.map((c: any) => c.channel)).toEqual(['DESK', 'PHONE', 'EMAIL', 'VIDEO']);
    expect(after.byComune.find((c: any) => c.comune.istatCode === DEMO.legnano).count).toBeGreaterThan(0);
    expect(after.bySportello).toEqual([
      { sportello: { id: legnanoSportello, name: 'Sportello Lavoro Legnano' }, count: after.total },
    ]);
  });

  it('an operator may not count another sportello; citizens and companies nothing', async () => {
    expect((await counts(legnano, vareseSportello)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await counts(otherNetwork, legnanoSportello)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const token of [citizen, company]) {
      const result = await counts(token);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(result.data?.frontDeskCounts ?? null).toBeNull();
    }
  });

  it('network admins see counts per sportello of their network, never persons', async () => {
    await record(varese, phoneCall({ comuneCode: DEMO.legnano }));
    const network = (await counts(admin)).data!.frontDeskCounts;
    const legnanoCounts = (await counts(admin, legnanoSportello)).data!.frontDeskCounts;
    const vareseCounts = (await counts(admin, vareseSportello)).data!.frontDeskCounts;
    expect(network.total).toBe(network.bySportello.reduce((sum: number, s: any) => sum + s.count, 0));
    expect(network.bySportello.map((s: any) => s.sportello.id).sort()).toEqual(
      [legnanoSportello, vareseSportello].sort(),
    );
    expect(legnanoCounts.total + vareseCounts.total).toBe(network.total);
    // Another network's sportello is unknown to this admin.
    expect((await counts(admin, otherSportello)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // The counts type has no field that could name a person.
    const persons = await t.gql(
      '{ frontDeskCounts(from: "2026-01-01", to: "2026-01-31") { bySportello { citizen { id } } } }',
      {},
      admin,
    );
    expect(persons.errors?.[0]?.message).toMatch(/citizen/);
  });

  it('a period backwards or longer than a year is refused', async () => {
    for (const [from, to] of [
      [today(), dayInItaly(-1)],
      [dayInItaly(-400), today()],
    ]) {
      const result = await t.gql(COUNTS, { from, to }, legnano);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('demo data', () => {
  it('has contacts of the last weeks across channels', async () => {
    const rows = await t.query<{ channel: string }>(
      sql`select distinct channel from front_desk_contacts where contacted_on < current_date`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(3);
  });
});
