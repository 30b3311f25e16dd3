/** Growable typed-array helpers for the columnar index. */
export function grown<T extends Int32Array | Uint32Array | Uint8Array | Uint16Array>(
  a: T,
  capacity: number,
): T {
  if (a.length >= capacity) return a;
  const next = new (a.constructor as new (n: number) => T)(Math.max(capacity, a.length * 2));
  next.set(a);
  return next;
}

/**
 * Variable-length integer lists of every row in one pool. A longer replacement is appended and the
 * old slice becomes garbage; the pool is compacted when garbage exceeds the live data. Ids are small,
 * so the pool holds 16-bit values until a value does not fit.
 */
export class ListColumn {
  start = new Int32Array(16);
  length = new Int32Array(16);
  pool: Uint16Array | Int32Array = new Uint16Array(1024);
  private used = 0;
  private live = 0;

  ensureRows(rows: number): void {
    this.start = grown(this.start, rows);
    this.length = grown(this.length, rows);
  }

  set(row: number, values: ArrayLike<number>, rows: number): void {
    const n = values.length;
    if (this.pool instanceof Uint16Array)
      for (let i = 0; i < n; i++)
        if (values[i]! >>> 0 > 0xffff) {
          this.pool = Int32Array.from(this.pool);
          break;
        }
    const old = this.length[row]!;
    this.live += n - old;
    if (n > old) {
      if (this.used + n > this.pool.length) {
        if (this.live * 2 < this.used) this.compact(rows);
        if (this.used + n > this.pool.length) this.pool = this.resized(this.used + n + (this.used >> 2));
      }
      this.start[row] = this.used;
      this.used += n;
    }
    const at = this.start[row]!;
    for (let i = 0; i < n; i++) this.pool[at + i] = values[i]!;
    this.length[row] = n;
  }

  private emptyPool(capacity: number): Uint16Array | Int32Array {
    return this.pool instanceof Uint16Array ? new Uint16Array(capacity) : new Int32Array(capacity);
  }

  private resized(capacity: number): Uint16Array | Int32Array {
    const pool = this.emptyPool(capacity);
    pool.set(this.pool.subarray(0, this.used));
    return pool;
  }

  get(row: number): number[] {
    const at = this.start[row]!;
    return Array.from(this.pool.subarray(at, at + this.length[row]!));
  }

  /** Row `n` takes the list of row `order[n]`, the pool rewritten in that order. */
  permute(order: Int32Array): void {
    const rows = order.length;
    const start = new Int32Array(Math.max(16, this.start.length));
    const length = new Int32Array(start.length);
    const pool = this.emptyPool(Math.max(1024, this.live));
    let used = 0;
    for (let n = 0; n < rows; n++) {
      const from = this.start[order[n]!]!;
      const count = this.length[order[n]!]!;
      pool.set(this.pool.subarray(from, from + count), used);
      start[n] = used;
      length[n] = count;
      used += count;
    }
    this.start = start;
    this.length = length;
    this.pool = pool;
    this.used = used;
    this.live = used;
  }

  private compact(rows: number): void {
    const pool = this.emptyPool(Math.max(1024, this.live * 2));
    let used = 0;
    for (let r = 0; r < rows; r++) {
      const n = this.length[r]!;
      pool.set(this.pool.subarray(this.start[r]!, this.start[r]! + n), used);
      this.start[r] = used;
      used += n;
    }
    this.pool = pool;
    this.used = used;
  }
}

/** Keys to dense row numbers, reusing the rows of removed keys. */
export class RowKeys {
  readonly keys: string[] = [];
  private readonly rows = new Map<string, number>();
  private readonly free: number[] = [];

  /** Rows allocated, live or free: the extent of a scan. */
  get extent(): number {
    return this.keys.length;
  }

  get count(): number {
    return this.rows.size;
  }

  row(key: string): number | undefined {
    return this.rows.get(key);
  }

  /** The row of the key, allocating one when new; `fresh` tells which. */
  acquire(key: string): { row: number; fresh: boolean } {
    const existing = this.rows.get(key);
    if (existing !== undefined) return { row: existing, fresh: false };
    const row = this.free.pop() ?? this.keys.length;
    this.keys[row] = key;
    this.rows.set(key, row);
    return { row, fresh: true };
  }

  /** Row `n` takes the key of row `order[n]`; rows left out are dropped. */
  permute(order: Int32Array): void {
    const keys = Array.from(order, (row) => this.keys[row]!);
    // Every kept key is in the map already: updating its row costs less than inserting it anew.
    keys.forEach((key, row) => {
      this.keys[row] = key;
      this.rows.set(key, row);
    });
    this.keys.length = keys.length;
    this.free.length = 0;
  }

  release(key: string): number | undefined {
    const row = this.rows.get(key);
    if (row === undefined) return undefined;
    this.rows.delete(key);
    this.keys[row] = '';
    this.free.push(row);
    return row;
  }
}

const NONE = new Uint32Array(0);

/**
 * The rows listed under each term (an occupation, a skill, a comune), each list a typed array
 * filled up to its size. Entries are only appended: a row may stay listed after it dropped the term
 * or was removed, so a scan of a list meets every row that has the term and maybe a few that no
 * longer do; the lists are rebuilt, each at its exact size, when such entries outnumber the live ones.
 */
export class Postings {
  private lists: Uint32Array[] = [];
  private sizes = new Int32Array(16);
  private entries = 0;
  private live = 0;

  /** The term's rows are the first {@link size} entries. */
  rows(term: number): Uint32Array {
    return this.lists[term] ?? NONE;
  }

  size(term: number): number {
    return term < this.lists.length ? this.sizes[term]! : 0;
  }

  update(row: number, before: readonly number[], after: readonly number[]): void {
    for (const term of after) if (!before.includes(term)) this.append(term, row);
    this.live += after.length - before.length;
  }

  private append(term: number, row: number): void {
    this.ensureTerms(term + 1);
    const n = this.sizes[term]!;
    let list = this.lists[term]!;
    if (n === list.length) {
      // A quarter more at a time: the slack stays small next to the lists' size.
      const next = new Uint32Array(n + (n >> 2) + 4);
      next.set(list);
      this.lists[term] = list = next;
    }
    list[n] = row;
    this.sizes[term] = n + 1;
    this.entries++;
  }

  private ensureTerms(terms: number): void {
    this.sizes = grown(this.sizes, terms);
    while (this.lists.length < terms) this.lists.push(NONE);
  }

  get stale(): boolean {
    return this.entries > 2 * this.live + 1024;
  }

  /**
   * Counts each term's rows, then fills lists of exactly that size. `termsOf` hands each term of a
   * row to `visit`, so that a rebuild of millions of rows allocates nothing per row.
   */
  rebuild(rows: number, termsOf: (row: number, visit: (term: number) => void) => void): void {
    this.sizes.fill(0);
    let entries = 0;
    const count = (term: number) => {
      this.ensureTerms(term + 1);
      this.sizes[term]!++;
      entries++;
    };
    for (let row = 0; row < rows; row++) termsOf(row, count);
    this.lists = this.lists.map((_, term) => (this.sizes[term] ? new Uint32Array(this.sizes[term]!) : NONE));
    this.sizes.fill(0);
    let current = 0;
    const fill = (term: number) => {
      this.lists[term]![this.sizes[term]!++] = current;
    };
    for (; current < rows; current++) termsOf(current, fill);
    this.entries = entries;
    this.live = entries;
  }
}
