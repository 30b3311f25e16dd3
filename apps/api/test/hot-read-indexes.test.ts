import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './harness.js';
import { planOf } from './query-plans.js';

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
