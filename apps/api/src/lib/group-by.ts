/**
 * Groups rows fetched for many parents by their parent's key, in the rows' order; every key asked
 * for gets an entry, empty when it has no rows (what a batched loader needs).
 */
export function groupByKey<T>(
  keys: readonly string[],
  rows: readonly T[],
  keyOf: (row: T) => string,
): Map<string, T[]> {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return groups;
}
