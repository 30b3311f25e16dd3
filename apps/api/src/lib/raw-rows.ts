import type { Db, Tx } from '@sportello/db';
import type { SQL } from 'drizzle-orm';

/** The rows of a raw statement, whichever driver ran it (postgres.js gives an array, PGlite `{ rows }`). */
export async function rawRows<T>(executor: Db | Tx, statement: SQL): Promise<T[]> {
  const result = (await executor.execute(statement)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
