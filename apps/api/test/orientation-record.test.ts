import { randomUUID } from 'node:crypto';
import { auditLog, orientationRecords } from '@sportello/db';
import { dayInItaly } from '@sportello/domain';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, OTHER_OPERATOR, seedOtherNetwork } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';
import { WAREHOUSE, WELDER } from './vacancy-fixtures.js';

let t: TestApp;
let legnano: string;
let varese: string;
let admin: string;
let giulia: string;
let luca: string;
let company: string;
let otherNetwork: string;
let giuliaId: string;

const RECORD = `mutation($input: OrientationRecordInput!, $key: String) {
  recordOrientation(input: $input, idempotencyKey: $key) {
    record { id kind bookingId heldOn interests strengths summary writtenByName sportello { name } targetOccupations { uri }
      constraints { hoursPerWeek transport careDuties careDutiesNote } }
    userErrors { field code message }
  }
}`;
const READ = `query($id: ID) { orientationRecords(citizenId: $id) { id kind summary targetOccupations { uri }
  constraints { transport careDuties careDutiesNote } } }`;
const BOOK = `mutation($slot: ID!, $c: ID, $p: OrientationPurpose) {
  bookSlot(slotId: $slot, citizenId: $c, purpose: $p) { booking { id purpose } userErrors { field code message } }
}`;

let slotHour = 0;
async function slot(kind: 'ORIENTATION' | 'COUNSELLING') {
  slotHour += 1;
  const startsAt = new Date(Date.now() + 70 * 86_400_000 + slotHour * 3_600_000).toISOString();
  const result = await t.gql(
    'mutation($k: AppointmentKind!, $s: DateTime!) { publishSlot(input: { kind: $k, mode: IN_PERSON, startsAt: $s, durationMinutes: 45, confirmNonWorkingDay: true }) { slot { id } } }',
    { k: kind, s: startsAt },
    legnano,
  );
  return result.data!.publishSlot.slot.id as string;
}

const input = (overrides: Record<string, unknown> = {}) => ({
  citizenId: giuliaId,
  kind: 'ORIENTATION_INTERVIEW',
  interests: 'Logistica e magazzino',
  strengths: 'Precisione, esperienza in produzione',
  hoursPerWeek: 30,
  transport: 'PUBLIC_TRANSPORT',
  careDuties: true,
  careDutiesNote: 'Due figli piccoli',
  targetOccupationUris: [WAREHOUSE],
  summary: 'Proviamo il magazzino: serve il patentino del carrello.',
  ...overrides,
});

async function record(token: string, values: Record<string, unknown>, key?: string) {
  const result = await t.gql(RECORD, { input: values, key }, token);
  return result;
}

const rows = async () => (await t.db.select({ n: count() }).from(orientationRecords))[0]!.n;

beforeAll(async () => {
  t = await startTestApp();
  await seedOtherNetwork(t);
  legnano = (await t.login(DEMO.operator)).accessToken;
  varese = (await t.login(DEMO.operatorVarese)).accessToken;
  admin = (await t.login(DEMO.admin)).accessToken;
  giulia = (await t.login(DEMO.citizen)).accessToken;
  luca = (await t.login('luca.ferrari@demo.sportellolavoro.it')).accessToken;
  company = (await t.login(DEMO.companyMember)).accessToken;
  otherNetwork = (await t.login(OTHER_OPERATOR)).accessToken;
  giuliaId = (await t.gql('{ me { id } }', {}, giulia)).data!.me.id;
});
afterAll(() => t?.close());

describe('booking an orientation colloquio with its purpose', () => {
  it('an operator books an orientation slot as a colloquio di orientamento for a citizen', async () => {
    const result = await t.gql(
      BOOK,
      { slot: await slot('ORIENTATION'), c: giuliaId, p: 'SKILLS_ASSESSMENT' },
      legnano,
    );
    expect(result.data!.bookSlot).toEqual({
      booking: { id: expect.any(String), purpose: 'SKILLS_ASSESSMENT' },
      userErrors: [],
    });
  });

  it('a counselling slot, or a company, cannot take a purpose', async () => {
    const wrongKind = await t.gql(
      BOOK,
      { slot: await slot('COUNSELLING'), c: giuliaId, p: 'ORIENTATION_INTERVIEW' },
      legnano,
    );
    expect(wrongKind.data!.bookSlot.userErrors).toEqual([
      expect.objectContaining({ field: 'purpose', code: 'WRONG_SLOT_KIND' }),
    ]);
    const byCompany = await t.gql(
      BOOK,
      { slot: await slot('ORIENTATION'), p: 'ORIENTATION_INTERVIEW' },
      company,
    );
    expect(byCompany.data!.bookSlot.userErrors).toEqual([
      expect.objectContaining({ field: 'purpose', code: 'WRONG_SLOT_KIND' }),
    ]);
  });
});

describe('recording an orientation', () => {
  let bookingId: string;
  let recordId: string;

  it('the sportello in charge records the colloquio booked for it, with target occupations and constraints', async () => {
    const booked = await t.gql(
      BOOK,
      { slot: await slot('ORIENTATION'), c: giuliaId, p: 'ORIENTATION_INTERVIEW' },
      legnano,
    );
    bookingId = booked.data!.bookSlot.booking.id;
    const result = await record(legnano, input({ bookingId, careDutiesNote: '  Due figli piccoli  ' }));
    expect(result.data!.recordOrientation.userErrors).toEqual([]);
    const created = result.data!.recordOrientation.record;
    recordId = created.id;
    expect(created).toMatchObject({
      kind: 'ORIENTATION_INTERVIEW',
      // The booked colloquio it records: the portal no longer offers to write its record.
      bookingId,
      heldOn: dayInItaly(0),
      sportello: { name: 'Sportello Lavoro Legnano' },
      targetOccupations: [{ uri: WAREHOUSE }],
      constraints: {
        hoursPerWeek: 30,
        transport: 'PUBLIC_TRANSPORT',
        careDuties: true,
        careDutiesNote: 'Due figli piccoli',
      },
    });
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectId, giuliaId), eq(auditLog.action, 'orientation_record.create')));
    expect(audit).toHaveLength(1);
  });

  it('one record per booking, of the booked kind', async () => {
    const again = await record(legnano, input({ bookingId }));
    expect(again.data!.recordOrientation.userErrors).toEqual([
      expect.objectContaining({ field: 'bookingId', code: 'ALREADY_RECORDED' }),
    ]);
    const other = await t.gql(
      BOOK,
      { slot: await slot('ORIENTATION'), c: giuliaId, p: 'SKILLS_ASSESSMENT' },
      legnano,
    );
    const mismatch = await record(legnano, input({ bookingId: other.data!.bookSlot.booking.id }));
    expect(mismatch.data!.recordOrientation.userErrors).toEqual([
      expect.objectContaining({ field: 'kind', code: 'KIND_MISMATCH' }),
    ]);
    const missing = await record(legnano, input({ bookingId: randomUUID() }));
    expect(missing.data!.recordOrientation.userErrors).toEqual([
      expect.objectContaining({ field: 'bookingId', code: 'NOT_FOUND' }),
    ]);
  });

  it('bad input gets userErrors with field paths and writes nothing', async () => {
    const before = await rows();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ summary: 'breve' }, 'summary', 'REQUIRED'],
      [{ interests: ' ' }, 'interests', 'REQUIRED'],
      [{ hoursPerWeek: 0 }, 'hoursPerWeek', 'OUT_OF_RANGE'],
      [{ careDuties: false }, 'careDutiesNote', 'NO_CARE_DUTIES'],
      [{ careDutiesNote: 'x'.repeat(301) }, 'careDutiesNote', 'TOO_LONG'],
      [{ heldOn: dayInItaly(1) }, 'heldOn', 'IN_THE_FUTURE'],
      [
        { targetOccupationUris: [WAREHOUSE, 'http://data.europa.eu/esco/occupation/none'] },
        'targetOccupationUris[1]',
        'UNKNOWN_OCCUPATION',
      ],
      [{ targetOccupationUris: [WAREHOUSE, WAREHOUSE] }, 'targetOccupationUris', 'DUPLICATE'],
      [{ targetOccupationUris: Array.from({ length: 6 }, () => WELDER) }, 'targetOccupationUris', 'TOO_MANY'],
    ];
    for (const [overrides, field, code] of cases) {
      const result = await record(legnano, input(overrides));
      expect(result.data!.recordOrientation.record, JSON.stringify(overrides)).toBeNull();
      expect(result.data!.recordOrientation.userErrors).toEqual([expect.objectContaining({ field, code })]);
    }
    expect(await rows()).toBe(before);
  });

  it('the same idempotency key returns the same record', async () => {
    const key = randomUUID();
    const first = await record(legnano, input({ careDuties: false, careDutiesNote: null }), key);
    const before = await rows();
    const again = await record(legnano, input({ careDuties: false, careDutiesNote: null }), key);
    expect(again.data!.recordOrientation.record.id).toBe(first.data!.recordOrientation.record.id);
    expect(await rows()).toBe(before);
    const reused = await record(legnano, input({ summary: 'Un altro riassunto del colloquio.' }), key);
    expect(reused.data!.recordOrientation.userErrors).toEqual([
      expect.objectContaining({ field: 'idempotencyKey' }),
    ]);
  });

  it('only the sportello in charge records: everyone else is refused and nothing is written', async () => {
    const before = await rows();
    const refusals: [string, string][] = [
      [varese, 'FORBIDDEN'],
      [otherNetwork, 'NOT_FOUND'],
      [admin, 'FORBIDDEN'],
      [company, 'FORBIDDEN'],
      [giulia, 'FORBIDDEN'],
      [luca, 'FORBIDDEN'],
    ];
    for (const [token, code] of refusals) {
      const result = await record(token, input());
      expect(result.errors?.[0]?.extensions?.code).toBe(code);
      expect(result.data?.recordOrientation ?? null).toBeNull();
    }
    expect(await rows()).toBe(before);
  });

  it('the sportello in charge and the citizen read every record with its constraints', async () => {
    for (const [token, id] of [
      [legnano, giuliaId],
      [giulia, null],
      [giulia, giuliaId],
    ] as const) {
      const result = await t.gql(READ, { id }, token);
      expect(result.errors).toBeUndefined();
      const records = result.data!.orientationRecords;
      expect(records.map((r: any) => r.id)).toContain(recordId);
      // The demo record and these: constraints shown to both.
      expect(records.every((r: any) => r.constraints !== null)).toBe(true);
    }
  });

  it('others: another sportello sees none, another network, citizen B and admins are refused', async () => {
    const otherSportello = await t.gql(READ, { id: giuliaId }, varese);
    expect(otherSportello.data!.orientationRecords).toEqual([]);
    const refusals: [string, string][] = [
      [otherNetwork, 'NOT_FOUND'],
      [luca, 'NOT_FOUND'],
      [admin, 'FORBIDDEN'],
      [company, 'FORBIDDEN'],
    ];
    for (const [token, code] of refusals) {
      const result = await t.gql(READ, { id: giuliaId }, token);
      expect(result.errors?.[0]?.extensions?.code).toBe(code);
      expect(JSON.stringify(result.data ?? {})).not.toMatch(/figli|careDuties/);
    }
    const anonymous = await t.gql(READ, { id: giuliaId });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('after a transfer the author reads only what they wrote, without the constraints, and it is audited', async () => {
    const taken = await t.gql(
      'mutation($id: ID!) { takeCitizenInCharge(citizenId: $id, reason: "Si è trasferita a Varese") { userErrors { code } } }',
      { id: giuliaId },
      varese,
    );
    expect(taken.data!.takeCitizenInCharge.userErrors).toEqual([]);
    const newDesk = (await t.gql(READ, { id: giuliaId }, varese)).data!.orientationRecords;
    expect(newDesk.map((r: any) => r.id)).toContain(recordId);
    expect(newDesk.every((r: any) => r.constraints !== null)).toBe(true);

    const author = (await t.gql(READ, { id: giuliaId }, legnano)).data!.orientationRecords;
    expect(author.map((r: any) => r.id)).toContain(recordId);
    expect(author.every((r: any) => r.constraints === null)).toBe(true);
    const reads = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectId, giuliaId), eq(auditLog.action, 'orientation_record.read')));
    expect(reads).toHaveLength(author.length);
    // The old sportello no longer records.
    const refused = await record(legnano, input());
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
