import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, randomCodiceFiscale } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';

let t: TestApp;
let admin: string;

const MEMBERSHIPS = `{ memberships { comune { istatCode } fees { year amountCents status registeredResidents } } }`;

interface Fee {
  year: number;
  registeredResidents: number;
}

async function feesOf(comune: string): Promise<Fee[]> {
  const result = await t.gql(MEMBERSHIPS, {}, admin);
  expect(result.errors).toBeUndefined();
  return result.data!.memberships.find(
    (m: { comune: { istatCode: string } }) => m.comune.istatCode === comune,
  ).fees;
}

/** A resident of `comune` registered at `at` (a timestamp), straight in the tables. */
async function residentRegisteredAt(networkId: string, comune: string, at: string) {
  const [user] = await t.query<{ id: string }>(sql`
    insert into users (network_id, kind, given_name, family_name, created_at)
    values (${networkId}, 'CITIZEN', 'Persona', 'Quote', ${at}) returning id`);
  await t.query(sql`
    insert into citizens (user_id, network_id, codice_fiscale, birth_date, residence_comune_code, created_at)
    values (${user!.id}, ${networkId}, ${randomCodiceFiscale()}, '1980-01-01', ${comune}, ${at})`);
}

beforeAll(async () => {
  t = await startTestApp();
  admin = (await t.login(DEMO.admin)).accessToken;
});
afterAll(() => t?.close());

describe('membership fees', () => {
  it('each year’s fee comes with the residents of the comune registered by the end of that year', async () => {
    const [{ network_id: networkId }] = (await t.query<{ network_id: string }>(
      sql`select network_id from users where lower(email) = ${DEMO.admin}`,
    )) as [{ network_id: string }];
    const before = await feesOf(DEMO.legnano);
    const neighbour = await feesOf(DEMO.parabiago);
    const years = before.map((f) => f.year);
    expect(years).toEqual(expect.arrayContaining([2025, 2026]));
    // Recomputed in plain SQL: registered before 1 January of the next year, Rome time.
    for (const fee of before) {
      const [row] = await t.query<{ n: number }>(sql`
        select count(*)::int as n from citizens
        where network_id = ${networkId} and residence_comune_code = ${DEMO.legnano}
          and created_at < ${`${fee.year + 1}-01-01T00:00:00+01:00`}::timestamptz`);
      expect(fee.registeredResidents, String(fee.year)).toBe(row!.n);
    }

    // The last evening of 2025 in Rome counts for 2025; one minute past midnight, for 2026 only.
    await residentRegisteredAt(networkId, DEMO.legnano, '2025-12-31T23:30:00+01:00');
    await residentRegisteredAt(networkId, DEMO.legnano, '2026-01-01T00:01:00+01:00');
    const after = await feesOf(DEMO.legnano);
    const count = (fees: Fee[], year: number) => fees.find((f) => f.year === year)!.registeredResidents;
    expect(count(after, 2025)).toBe(count(before, 2025) + 1);
    expect(count(after, 2026)).toBe(count(before, 2026) + 2);
    // Another comune's fees are not moved.
    expect(await feesOf(DEMO.parabiago)).toEqual(neighbour);
  });
});
