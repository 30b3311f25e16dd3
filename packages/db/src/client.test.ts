import { asc, gt, type SQL, sql } from 'drizzle-orm';
import { integer, pgTable } from 'drizzle-orm/pg-core';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtOncePerSession, createDb, type DatabaseHandle } from './client.js';
import { createDatabase } from './testing.js';

const databaseUrl = process.env.DATABASE_URL || undefined;

describe.skipIf(!databaseUrl)('statements on PostgreSQL', () => {
  let handle: DatabaseHandle;
  let database: Awaited<ReturnType<typeof createDatabase>>;

  beforeAll(async () => {
    database = await createDatabase(databaseUrl!, 'sl_db_client');
    // One connection, so every statement below runs on the session whose prepared statements we read.
    handle = await createDb({ databaseUrl: database.url, poolSize: 1 });
  });

  afterAll(async () => {
    await handle?.close();
    await database?.drop();
  });

  /** The rows of a statement run through drizzle on PostgreSQL. */
  const rows = async <T>(query: SQL, on: Pick<DatabaseHandle['db'], 'execute'> = handle.db) =>
    (await on.execute(query)) as unknown as T[];

  /** How many statements this connection keeps prepared whose text starts with `prefix`. */
  async function preparedLike(prefix: string): Promise<number> {
    const [row] = await rows<{ n: number }>(
      sql.raw(`select count(*)::int as n from pg_prepared_statements where statement like '${prefix}%'`),
    );
    return row!.n;
  }

  const sum = (values: number[]): SQL =>
    sql`select ${sql.join(
      values.map((value) => sql`${value}::int`),
      sql` + `,
    )} as total`;

  it('reserves the connection of a transaction whose BEGIN fills the pipeline', async () => {
    // With max_pipeline 0 every BEGIN fills it: the case where postgres.js 3.4.9 skipped the
    // reservation, failed the transaction and handed its connection, still inside it, to the pool.
    // An option postgres.js reads but does not declare in its types.
    const options = { max: 2, max_pipeline: 0, onnotice: () => {} };
    const client = postgres(database.url, options);
    try {
      const [inside] = await client.begin((tx) => tx`select pg_current_xact_id()::text as id`);
      expect(inside!.id).toMatch(/^\d+$/);
      const [after] = await client`select pg_current_xact_id_if_assigned()::text as id`;
      expect(after!.id).toBeNull();
    } finally {
      await client.end();
    }
  });

  it('prepares a statement once per connection and runs it again by name, also in a transaction', async () => {
    for (let run = 0; run < 3; run++) {
      const [row] = await rows<{ total: number }>(sum([1, 2]));
      expect(row!.total).toBe(3);
    }
    expect(await preparedLike('select $1::int + $2::int')).toBe(1);

    await handle.db.transaction(async (tx) => {
      await rows(sum([1, 2, 3]), tx);
      await tx.transaction(async (savepoint) => {
        await rows(sum([1, 2, 3, 4]), savepoint);
      });
    });
    expect(await preparedLike('select $1::int + $2::int + $3::int as')).toBe(1);
    expect(await preparedLike('select $1::int + $2::int + $3::int + $4::int as')).toBe(1);
  });

  it('builds a query once per session, and once more for a transaction', async () => {
    const numbers = pgTable('numbers', { n: integer().notNull() });
    await rows(sql`create table numbers (n int not null)`);
    await handle.db.insert(numbers).values([{ n: 1 }, { n: 2 }, { n: 3 }]);
    let builds = 0;
    const above = builtOncePerSession((db) => {
      builds++;
      return db
        .select()
        .from(numbers)
        .where(gt(numbers.n, sql.placeholder('min')))
        .orderBy(asc(numbers.n))
        .prepare('numbers_above');
    });
    expect(await above(handle.db).execute({ min: 1 })).toEqual([{ n: 2 }, { n: 3 }]);
    expect(await above(handle.db).execute({ min: 2 })).toEqual([{ n: 3 }]);
    expect(builds).toBe(1);
    await handle.db.transaction(async (tx) => {
      expect(await above(tx).execute({ min: 0 })).toHaveLength(3);
      expect(await above(tx).execute({ min: 3 })).toEqual([]);
    });
    expect(builds).toBe(2);
  });

  it('leaves a statement with a long parameter list unnamed', async () => {
    const values = Array.from({ length: 17 }, (_, i) => i);
    const [row] = await rows<{ total: number }>(sum(values));
    expect(row!.total).toBe(136);
    const text = `select ${values.map((_, i) => `$${i + 1}::int`).join(' + ')} as`;
    expect(await preparedLike(text)).toBe(0);
  });
});
