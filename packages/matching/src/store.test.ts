import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ListColumn, Postings, RowKeys } from './store.js';

describe('list column', () => {
  it('keeps every row exact through growth, shrinking and compaction', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(49), fc.array(fc.integer(), { maxLength: 40 })), { maxLength: 400 }),
        (writes) => {
          const column = new ListColumn();
          const expected: number[][] = [];
          column.ensureRows(50);
          for (const [row, values] of writes) {
            column.set(row, values, 50);
            expected[row] = values;
          }
          for (let row = 0; row < 50; row++) expect(column.get(row)).toEqual(expected[row] ?? []);
          const live = expected.reduce((sum, values) => sum + (values?.length ?? 0), 0);
          // Garbage never outgrows the live data by much: the pool is compacted.
          expect(column.pool.length).toBeLessThanOrEqual(Math.max(2048, 4 * live + 80));
        },
      ),
      { numRuns: 200 },
    );
  });
  it('keeps 16-bit ids in a 16-bit pool and widens it when a value does not fit', () => {
    const column = new ListColumn();
    column.ensureRows(3);
    column.set(0, [7, 65_535], 3);
    expect(column.pool).toBeInstanceOf(Uint16Array);
    column.set(1, [70_000, -1], 3);
    column.set(2, [3], 3);
    expect(column.pool).toBeInstanceOf(Int32Array);
    expect([column.get(0), column.get(1), column.get(2)]).toEqual([[7, 65_535], [70_000, -1], [3]]);
  });
});

describe('row keys', () => {
  it('reuse the rows of removed keys', () => {
    const keys = new RowKeys();
    expect(keys.acquire('a')).toEqual({ row: 0, fresh: true });
    expect(keys.acquire('b')).toEqual({ row: 1, fresh: true });
    expect(keys.acquire('a')).toEqual({ row: 0, fresh: false });
    expect(keys.release('a')).toBe(0);
    expect(keys.release('a')).toBeUndefined();
    expect(keys.acquire('c')).toEqual({ row: 0, fresh: true });
    expect([keys.count, keys.extent]).toEqual([2, 2]);
  });
});

describe('postings', () => {
  const listed = (postings: Postings, term: number) =>
    Array.from(postings.rows(term).subarray(0, postings.size(term)));

  it('list every row under its terms through updates, and exactly after a rebuild', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(29), fc.uniqueArray(fc.nat(19), { maxLength: 6 })), { maxLength: 300 }),
        (writes) => {
          const postings = new Postings();
          const terms: number[][] = Array.from({ length: 30 }, () => []);
          for (const [row, after] of writes) {
            postings.update(row, terms[row]!, after);
            terms[row] = after;
          }
          const holders = (term: number) => terms.flatMap((t, row) => (t.includes(term) ? [row] : []));
          for (let term = 0; term < 20; term++)
            expect(listed(postings, term)).toEqual(expect.arrayContaining(holders(term)));
          postings.rebuild(30, (row, visit) => {
            for (const term of terms[row]!) visit(term);
          });
          for (let term = 0; term < 20; term++) {
            expect(listed(postings, term)).toEqual(holders(term));
            expect(postings.rows(term).length).toBe(holders(term).length);
          }
          expect(postings.stale).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });
});
