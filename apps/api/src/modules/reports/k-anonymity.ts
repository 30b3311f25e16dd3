/**
 * k-anonymity of published counts of persons (pure, no I/O).
 *
 * A table is R × C counts with, optionally, its row totals, its column totals and (when both are
 * published) the grand total. Every published count n with 0 < n < k is suppressed (primary
 * suppression); then further counts are suppressed (complementary suppression) until no suppressed
 * value can be worked out from what is shown: not from a total minus the shown cells of its line,
 * nor from any combination of lines.
 *
 * Model: the table with its totals is an (R+1) × (C+1) grid A, A[r][C] the row totals, A[R][c] the
 * column totals, A[R][C] the grand total. Each line whose total is published is a constraint
 * (a node of a bipartite graph rows × columns); each suppressed entry is an edge between its row
 * and its column. Changing suppressed values by ±1 alternately along a cycle of that graph (or a
 * path between two lines without a published total) keeps every published total right, so a
 * suppressed value lies on such a move that keeps all values ≥ 0 exactly when it cannot be
 * recomputed. `findAlternative` looks for that move; `protectTable` suppresses more until every
 * suppressed entry has one.
 */

export interface TableShape {
  /** Counts, R rows × C columns (non-negative integers). */
  cells: number[][];
  /** Whether each row's total is published. */
  rowTotals: boolean;
  /** Whether each column's total is published. */
  colTotals: boolean;
}

/** A published table: null for a suppressed figure. */
export interface ProtectedTable {
  cells: (number | null)[][];
  /** Row totals, [] when not published. */
  rowTotals: (number | null)[];
  /** Column totals, [] when not published. */
  colTotals: (number | null)[];
  /** The grand total, published only with both row and column totals; undefined otherwise. */
  grandTotal?: number | null;
}

type Entry = readonly [number, number];

/** The full grid of a table: its cells and its totals; undefined where an entry does not exist. */
export function augmented(table: TableShape): (number | undefined)[][] {
  const R = table.cells.length;
  const C = R === 0 ? 0 : table.cells[0]!.length;
  const grid: (number | undefined)[][] = [];
  for (let r = 0; r <= R; r++) grid.push(new Array<number | undefined>(C + 1).fill(undefined));
  for (let r = 0; r < R; r++) for (let c = 0; c < C; c++) grid[r]![c] = table.cells[r]![c]!;
  if (table.rowTotals) for (let r = 0; r < R; r++) grid[r]![C] = sum(table.cells[r]!);
  if (table.colTotals) for (let c = 0; c < C; c++) grid[R]![c] = sum(table.cells.map((row) => row[c]!));
  if (table.rowTotals && table.colTotals) grid[R]![C] = sum(table.cells.map(sum));
  return grid;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Whether a line (row `r` or column `c` of the grid) is a constraint: its total is published. */
function constrained(
  table: TableShape,
  R: number,
  C: number,
  line: { row: number } | { col: number },
): boolean {
  if ('row' in line) return line.row < R ? table.rowTotals : table.rowTotals && table.colTotals;
  return line.col < C ? table.colTotals : table.rowTotals && table.colTotals;
}

/**
 * A consistent alternative to the published table in which `target` (a suppressed entry) has another
 * value: the grid with every shown entry unchanged, every published total still the sum of its
 * line, all values ≥ 0. Null when the search finds none (then the value may be recomputable).
 */
export function findAlternative(
  table: TableShape,
  suppressed: ReadonlySet<string>,
  target: Entry,
  budget = 5000,
): (number | undefined)[][] | null {
  const grid = augmented(table);
  const R = table.cells.length;
  const C = R === 0 ? 0 : table.cells[0]!.length;
  const sign = (r: number, c: number) => (r === R ? -1 : 1) * (c === C ? -1 : 1);
  // Adjacency: node ids 0..R for rows, R+1..R+1+C for columns.
  const edgesOf = new Map<number, Entry[]>();
  for (const key of suppressed) {
    const [r, c] = key.split(',').map(Number) as [number, number];
    for (const node of [r, R + 1 + c]) {
      const list = edgesOf.get(node) ?? [];
      list.push([r, c]);
      edgesOf.set(node, list);
    }
  }
  const isConstrained = (node: number) =>
    node <= R ? constrained(table, R, C, { row: node }) : constrained(table, R, C, { col: node - R - 1 });
  const [tr, tc] = target;
  const rowNode = tr;
  const colNode = R + 1 + tc;
  let steps = 0;

  /** Tries the move along `path` (edges, alternating +1/−1 in signed terms) in both directions. */
  const attempt = (path: Entry[]) => {
    for (const direction of [1, -1]) {
      const next = grid.map((row) => [...row]);
      let ok = true;
      path.forEach(([r, c], i) => {
        const delta = sign(r, c) * direction * (i % 2 === 0 ? 1 : -1);
        const value = next[r]![c]! + delta;
        if (value < 0) ok = false;
        next[r]![c] = value;
      });
      if (ok) return next;
    }
    return null;
  };

  // Depth-first over simple paths that start with the target edge: from `from` onwards until the
  // path closes a cycle on `closing` or reaches a line without a published total.
  const path: Entry[] = [target];
  const visited = new Set<number>([rowNode, colNode]);
  const search = (node: number, closing: number | null): (number | undefined)[][] | null => {
    if (++steps > budget) return null;
    for (const edge of edgesOf.get(node) ?? []) {
      if (edge[0] === tr && edge[1] === tc) continue;
      const other = node <= R ? R + 1 + edge[1] : edge[0];
      if (other === closing) {
        path.push(edge);
        const found = attempt(path);
        path.pop();
        if (found) return found;
        continue;
      }
      if (visited.has(other)) continue;
      path.push(edge);
      visited.add(other);
      const found = isConstrained(other) ? search(other, closing) : attempt(path);
      visited.delete(other);
      path.pop();
      if (found) return found;
    }
    return null;
  };
  const rowBound = isConstrained(rowNode);
  const colBound = isConstrained(colNode);
  if (!rowBound && !colBound) return attempt(path);
  if (rowBound && colBound) return search(colNode, rowNode);
  return search(rowBound ? rowNode : colNode, null);
}

const keyOf = (r: number, c: number) => `${r},${c}`;

/**
 * Suppresses every count 0 < n < k and, complementarily, as few others as it can so that none of
 * them can be recomputed from the rest (totals included).
 */
export function protectTable(table: TableShape, k: number): ProtectedTable {
  const grid = augmented(table);
  const R = table.cells.length;
  const C = R === 0 ? 0 : table.cells[0]!.length;
  const suppressed = new Set<string>();
  const exists = (r: number, c: number) => grid[r]?.[c] !== undefined;
  for (let r = 0; r <= R; r++)
    for (let c = 0; c <= C; c++) {
      const v = grid[r]![c];
      if (v !== undefined && v > 0 && v < k) suppressed.add(keyOf(r, c));
    }

  const lines: Entry[][] = [];
  for (let r = 0; r <= R; r++)
    if (constrained(table, R, C, { row: r })) {
      const line: Entry[] = [];
      for (let c = 0; c <= C; c++) if (exists(r, c)) line.push([r, c]);
      lines.push(line);
    }
  for (let c = 0; c <= C; c++)
    if (constrained(table, R, C, { col: c })) {
      const line: Entry[] = [];
      for (let r = 0; r <= R; r++) if (exists(r, c)) line.push([r, c]);
      lines.push(line);
    }

  /** The shown entry of a line best suppressed next: the smallest positive cell, else a total, else a zero. */
  const complementOf = (line: Entry[]): Entry | undefined => {
    const shown = line.filter(([r, c]) => !suppressed.has(keyOf(r, c)));
    const rank = ([r, c]: Entry) => {
      const v = grid[r]![c]!;
      const total = r === R || c === C;
      return v > 0 ? (total ? 1e12 + v : v) : 2e12;
    };
    return shown.sort((a, b) => rank(a) - rank(b))[0];
  };

  for (let round = 0; round < 4 * (R + 2) * (C + 2); round++) {
    let changed = false;
    // No line with exactly one suppressed entry: its total minus the rest would give it away.
    for (const line of lines) {
      const hidden = line.filter(([r, c]) => suppressed.has(keyOf(r, c))).length;
      if (hidden === 1) {
        const next = complementOf(line);
        if (next) {
          suppressed.add(keyOf(...next));
          changed = true;
        }
      }
    }
    if (changed) continue;
    // Every suppressed entry on a feasible move; else close a cycle through the totals, where every
    // value grows by one, which is always possible.
    for (const key of [...suppressed]) {
      const [r, c] = key.split(',').map(Number) as [number, number];
      if (findAlternative(table, suppressed, [r, c])) continue;
      const extra: Entry[] = [];
      if (r < R && c < C) extra.push([r, C], [R, c], [R, C]);
      else if (r < R) {
        const cell = complementOf(grid[r]!.slice(0, C).map((_, cc) => [r, cc] as const)) ?? ([r, 0] as const);
        extra.push(cell, [R, cell[1]], [R, C]);
      } else if (c < C) {
        const cell = complementOf(grid.slice(0, R).map((_, rr) => [rr, c] as const)) ?? ([0, c] as const);
        extra.push(cell, [cell[0], C], [R, C]);
      } else {
        const cell = [0, 0] as const;
        extra.push(cell, [0, C], [R, 0]);
      }
      for (const [er, ec] of extra)
        if (exists(er, ec) && !suppressed.has(keyOf(er, ec))) {
          suppressed.add(keyOf(er, ec));
          changed = true;
        }
      if (changed) break;
    }
    if (!changed) break;
  }

  const show = (r: number, c: number) => (suppressed.has(keyOf(r, c)) ? null : grid[r]![c]!);
  return {
    cells: table.cells.map((row, r) => row.map((_, c) => show(r, c))),
    rowTotals: table.rowTotals ? table.cells.map((_, r) => show(r, C)) : [],
    colTotals: table.colTotals ? Array.from({ length: C }, (_, c) => show(R, c)) : [],
    ...(table.rowTotals && table.colTotals ? { grandTotal: show(R, C) } : {}),
  };
}

/** The set of suppressed entries of a published table, as grid keys "r,c". */
export function suppressedOf(published: ProtectedTable): Set<string> {
  const R = published.cells.length;
  const C = R === 0 ? 0 : published.cells[0]!.length;
  const out = new Set<string>();
  published.cells.forEach((row, r) => {
    row.forEach((v, c) => {
      if (v === null) out.add(keyOf(r, c));
    });
  });
  published.rowTotals.forEach((v, r) => {
    if (v === null) out.add(keyOf(r, C));
  });
  published.colTotals.forEach((v, c) => {
    if (v === null) out.add(keyOf(R, c));
  });
  if (published.grandTotal === null) out.add(keyOf(R, C));
  return out;
}

/** A list of counts without a total (e.g. the steps of a funnel): each 0 < n < k is suppressed. */
export const protectCounts = (values: readonly number[], k: number): (number | null)[] =>
  values.map((v) => (v > 0 && v < k ? null : v));
