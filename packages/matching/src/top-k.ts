import type { Match } from './types.js';

/**
 * The best k rows by score, then by key ascending (the deterministic tie-break), in a binary heap
 * whose root is the worst kept row. Keys are compared only between equal scores.
 */
export class TopK {
  private readonly scores: Int32Array;
  private readonly rows: Int32Array;
  private size = 0;

  constructor(
    private readonly k: number,
    private readonly keys: readonly string[],
  ) {
    this.scores = new Int32Array(Math.max(k, 1));
    this.rows = new Int32Array(Math.max(k, 1));
  }

  /** The score a row must reach to have a chance of entering (ties may enter by key). */
  get floor(): number {
    return this.size < this.k ? Number.NEGATIVE_INFINITY : this.scores[0]!;
  }

  private worse(i: number, j: number): boolean {
    const a = this.scores[i]!;
    const b = this.scores[j]!;
    return a < b || (a === b && this.keys[this.rows[i]!]! > this.keys[this.rows[j]!]!);
  }

  offer(row: number, score: number): void {
    if (this.k === 0) return;
    if (this.size < this.k) {
      let i = this.size++;
      this.scores[i] = score;
      this.rows[i] = row;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.worse(i, parent)) break;
        this.swap(i, parent);
        i = parent;
      }
      return;
    }
    const top = this.scores[0]!;
    if (score < top || (score === top && this.keys[row]! > this.keys[this.rows[0]!]!)) return;
    this.scores[0] = score;
    this.rows[0] = row;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.size && this.worse(l, m)) m = l;
      if (r < this.size && this.worse(r, m)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
  }

  private swap(i: number, j: number): void {
    const s = this.scores[i]!;
    this.scores[i] = this.scores[j]!;
    this.scores[j] = s;
    const r = this.rows[i]!;
    this.rows[i] = this.rows[j]!;
    this.rows[j] = r;
  }

  /** Best first. */
  result(): Match[] {
    const out: Match[] = [];
    for (let i = 0; i < this.size; i++)
      out.push({ id: this.rows[i]!, key: this.keys[this.rows[i]!]!, score: this.scores[i]! });
    return out.sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1));
  }
}
