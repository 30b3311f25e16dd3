import type { Db } from '@sportello/db';
import { type SQL, sql } from 'drizzle-orm';
import type { TestApp } from './harness.js';

export async function rows<T>(db: Db, statement: SQL): Promise<T[]> {
  const result = (await db.execute(statement)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/** Every table with a network_id column, from the schema itself: a new one is covered too. */
export async function tenantTables(t: TestApp): Promise<string[]> {
  const found = await t.query<{ table_name: string }>(
    sql`select c.table_name from information_schema.columns c
        join information_schema.tables t using (table_schema, table_name)
        where c.table_schema = 'public' and c.column_name = 'network_id' and t.table_type = 'BASE TABLE'
        order by c.table_name`,
  );
  return found.map((row) => row.table_name);
}

const count = async (db: Db, table: string, where: SQL = sql`true`) => {
  const [row] = await rows<{ n: number }>(
    db,
    sql`select count(*)::int as n from ${sql.identifier(table)} where ${where}`,
  );
  return row!.n;
};

export interface TableCounts {
  /** The other network's rows, as the owner counts them. */
  owner: number;
  /** The other network's rows, as the network's connections count them. */
  tenant: number;
  /** All rows as the network's connections count them, without a filter. */
  unfiltered: number;
  /** The network's own rows, as the owner counts them. */
  own: number;
}

/** Per tenant table: what `networkId`'s connections see of `otherNetworkId`'s rows and of their own. */
export async function countsSeenBy(
  t: TestApp,
  networkId: string,
  otherNetworkId: string,
): Promise<Record<string, TableCounts>> {
  const tenant = t.database.forNetwork(networkId);
  const seen: Record<string, TableCounts> = {};
  for (const table of await tenantTables(t)) {
    seen[table] = {
      owner: await count(t.db, table, sql`network_id = ${otherNetworkId}`),
      tenant: await count(tenant, table, sql`network_id = ${otherNetworkId}`),
      unfiltered: await count(tenant, table),
      own: await count(t.db, table, sql`network_id = ${networkId}`),
    };
  }
  return seen;
}

export const currentSettings = async (db: Db) =>
  (
    await rows<{ role: string; network: string; bypass: boolean }>(
      db,
      sql`select current_user as role, current_setting('sportello.network_id') as network,
                 (select rolbypassrls or rolsuper from pg_roles where rolname = current_user) as bypass`,
    )
  )[0];

/** The refusal of PostgreSQL's row-level security, which drizzle wraps in its own error. */
export async function refusedByPolicy(write: PromiseLike<unknown>): Promise<string> {
  try {
    await write;
  } catch (error) {
    return String((error as { cause?: Error }).cause?.message ?? error);
  }
  return 'not refused';
}
