import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './harness.js';
import { planOf } from './query-plans.js';
import { rows } from './row-level-security-fixtures.js';

// The orders below are those of the vacancies service's lists (`listForNetwork`, `search`): each
// page is read from an index in that order instead of sorting every row that matches.

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});

afterAll(() => t?.close());

/** The plan of a page, sequential scans and sorting made the last resort. */
const pagePlan = (statement: SQL) => planOf(t.database.db, statement, ['enable_seqscan', 'enable_sort']);

describe('hot lists read a page from an index, unsorted', () => {
  it("a network's vacancies, newest first", async () => {
    const plan = await pagePlan(
      sql`select id, title from vacancies where network_id = ${'00000000-0000-4000-8000-000000000000'}::uuid order by created_at desc, id desc limit 20`,
    );
    expect(plan).toContain('Index Scan using vacancies_network_recent_idx');
    expect(plan).not.toContain('Sort');
  });

  it('the public search, most recently published first', async () => {
    const plan = await pagePlan(
      sql`select id, title from vacancies where status = 'PUBLISHED' and expires_on >= current_date
          order by published_at desc, id desc limit 20`,
    );
    expect(plan).toContain('Index Scan using vacancies_status_recent_idx');
    expect(plan).not.toContain('Sort');
  });
});

// PGlite has its own planner settings and no connections of the API's.
describe.skipIf(!process.env.DATABASE_URL)('on PostgreSQL', () => {
  // At the default (4) a small network's vacancy skills, a page or two, are scanned whole for each
  // vacancy of the public search: a third of its time in PostgreSQL.
  it('plans as for pages read from memory or SSD, on the owner’s connections and a network’s', async () => {
    const [network] = await t.query<{ id: string }>(sql`select id from networks limit 1`);
    for (const db of [t.database.db, t.database.forNetwork(network!.id)]) {
      const [row] = await rows<{ cost: string }>(db, sql`select current_setting('random_page_cost') as cost`);
      expect(row!.cost).toBe('1.1');
    }
  });
});
