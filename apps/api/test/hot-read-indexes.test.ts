import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './harness.js';

// The orders below are those of the vacancies service's lists (`listForNetwork`, `search`): each
// page is read from an index in that order instead of sorting every row that matches.

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});

afterAll(() => t?.close());

/** The plan PostgreSQL would choose with sorting and sequential scans made its last resort. */
async function planOf(statement: ReturnType<typeof sql>): Promise<string> {
  return t.database.db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off; set local enable_sort = off`);
    const rows = (await tx.execute(sql`explain ${statement}`)) as unknown as { 'QUERY PLAN': string }[];
    return rows.map((row) => row['QUERY PLAN']).join('\n');
  });
}

// PGlite plans alike, but the pages are measured and served on PostgreSQL.
describe.skipIf(!process.env.DATABASE_URL)('hot lists read a page from an index, unsorted', () => {
  it("a network's vacancies, newest first", async () => {
    const plan = await planOf(
      sql`select id, title from vacancies where network_id = ${'00000000-0000-4000-8000-000000000000'}::uuid order by created_at desc, id desc limit 20`,
    );
    expect(plan).toContain('Index Scan using vacancies_network_recent_idx');
    expect(plan).not.toContain('Sort');
  });

  it('the public search, most recently published first', async () => {
    const plan = await planOf(
      sql`select id, title from vacancies where status = 'PUBLISHED' and expires_on >= current_date
          order by published_at desc, id desc limit 20`,
    );
    expect(plan).toContain('Index Scan using vacancies_status_recent_idx');
    expect(plan).not.toContain('Sort');
  });
});
