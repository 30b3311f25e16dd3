import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  augmented,
  findAlternative,
  type ProtectedTable,
  protectCounts,
  protectTable,
  suppressedOf,
  type TableShape,
} from './k-anonymity.js';

/** Tables of counts: many small ones (to suppress), some zeros and some large. */
const table = fc
  .record({ rows: fc.integer({ min: 1, max: 6 }), cols: fc.integer({ min: 1, max: 5 }) })
  .chain(({ rows, cols }) =>
    fc.record({
      cells: fc.array(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 200 })), {
          minLength: cols,
          maxLength: cols,
        }),
        { minLength: rows, maxLength: rows },
      ),
      rowTotals: fc.boolean(),
      colTotals: fc.boolean(),
    }),
  );
const kValue = fc.integer({ min: 2, max: 6 });

/** The published figure of grid entry (r, c), or undefined where the table has no such entry. */
function shownAt(published: ProtectedTable, R: number, C: number, r: number, c: number) {
  if (r < R && c < C) return published.cells[r]![c];
  if (r < R) return published.rowTotals[r];
  if (c < C) return published.colTotals[c];
  return published.grandTotal;
}

/**
 * Checks, independently of how it was found, that `alt` is a table an observer cannot tell from
 * the real one: every shown figure the same, every published total the sum of its line, all
 * values non-negative integers.
 */
function consistent(shape: TableShape, published: ProtectedTable, alt: (number | undefined)[][]) {
  const R = shape.cells.length;
  const C = shape.cells[0]!.length;
  for (let r = 0; r <= R; r++)
    for (let c = 0; c <= C; c++) {
      const shown = shownAt(published, R, C, r, c);
      const value = alt[r]![c];
      if (shown === undefined) continue;
      if (value === undefined || !Number.isInteger(value) || value < 0) return false;
      if (shown !== null && shown !== value) return false;
    }
  const cell = (r: number, c: number) => alt[r]![c]!;
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  if (shape.rowTotals)
    for (const r of range(R)) if (range(C).reduce((s, c) => s + cell(r, c), 0) !== cell(r, C)) return false;
  if (shape.colTotals)
    for (const c of range(C)) if (range(R).reduce((s, r) => s + cell(r, c), 0) !== cell(R, c)) return false;
  if (shape.rowTotals && shape.colTotals) {
    if (range(R).reduce((s, r) => s + cell(r, C), 0) !== cell(R, C)) return false;
    if (range(C).reduce((s, c) => s + cell(R, c), 0) !== cell(R, C)) return false;
  }
  return true;
}

describe('k-anonymity of published tables', () => {
  it('suppresses every figure 0 < n < k and changes no shown figure', () => {
    fc.assert(
      fc.property(table, kValue, (shape, k) => {
        const published = protectTable(shape, k);
        const grid = augmented(shape);
        const R = shape.cells.length;
        const C = shape.cells[0]!.length;
        for (let r = 0; r <= R; r++)
          for (let c = 0; c <= C; c++) {
            const shown = shownAt(published, R, C, r, c);
            const real = grid[r]![c];
            expect(shown === undefined).toBe(real === undefined);
            if (real === undefined) continue;
            if (real > 0 && real < k) expect(shown).toBeNull();
            if (shown !== null) expect(shown).toBe(real);
          }
      }),
      { numRuns: 400 },
    );
  });

  it('never lets a suppressed figure be recomputed from what is shown, totals included', () => {
    fc.assert(
      fc.property(table, kValue, (shape, k) => {
        const published = protectTable(shape, k);
        const grid = augmented(shape);
        for (const key of suppressedOf(published)) {
          const [r, c] = key.split(',').map(Number) as [number, number];
          // A witness: another table, indistinguishable from the published one, where it differs.
          const alt = findAlternative(shape, suppressedOf(published), [r, c], 100_000);
          expect(alt, `entry ${key} of ${JSON.stringify(shape)} can be recomputed`).not.toBeNull();
          expect(consistent(shape, published, alt!)).toBe(true);
          expect(alt![r]![c]).not.toBe(grid[r]![c]);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('finds a total minus the shown cells out: a single suppressed cell of a line is not enough', () => {
    const shape = { cells: [[2, 10, 10]], rowTotals: true, colTotals: false };
    expect(findAlternative(shape, new Set(['0,0']), [0, 0])).toBeNull();
    const published = protectTable(shape, 5);
    expect(published.cells[0]![0]).toBeNull();
    expect(
      published.cells[0]!.filter((v) => v === null).length + (published.rowTotals[0] === null ? 1 : 0),
    ).toBe(2);
  });

  it('suppresses small counts of a list without total', () => {
    expect(protectCounts([0, 1, 4, 5, 100], 5)).toEqual([0, null, null, 5, 100]);
  });
});
