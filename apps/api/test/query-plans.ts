import type { Db } from '@sportello/db';
import { type SQL, sql } from 'drizzle-orm';
import { rows } from './row-level-security-fixtures.js';

/**
 * PostgreSQL's plan for `statement` on `db`, as one text, with the planner's methods in `off`
 * (`enable_seqscan`, `enable_sort`...) made its last resort: what a test asserts is then what the
 * indexes allow, whatever the size of its data.
 */
export async function planOf(db: Db, statement: SQL, off: string[]): Promise<string> {
  const lines = await db.transaction(async (tx) => {
    for (const method of off) await tx.execute(sql.raw(`set local ${method} = off`));
    return rows<{ 'QUERY PLAN': string }>(tx as unknown as Db, sql`explain ${statement}`);
  });
  return lines.map((line) => line['QUERY PLAN']).join('\n');
}
