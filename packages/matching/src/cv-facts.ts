import { grown } from './store.js';

/**
 * The scalar facts of every CV row, one record of four 32-bit words a row, so that a candidate's
 * first checks read one cache line rather than one per fact. Hot loops read `words` directly:
 * - `NETWORK`: the network;
 * - `COMUNE`: the comune of residence;
 * - `REACH`: the mobility radius in km (low 16 bits) and the driving licences (high 16 bits);
 * - `TRAITS`: the flags (low 8 bits), the EQF level (next 8) and the target groups (next 8).
 * Each row's place (comune and mobility radius class) is also kept in a dense array of its own,
 * `places`: read for every candidate's bound, it stays in the processor's cache where the records
 * do not.
 */
export const FACT_WORDS = 4;
export const NETWORK = 0;
export const COMUNE = 1;
export const REACH = 2;
export const TRAITS = 3;
export const LICENCES_SHIFT = 16;
export const EQF_SHIFT = 8;
export const GROUPS_SHIFT = 16;
export const LOW_16 = 0xffff;
export const LOW_8 = 0xff;

export interface CvFactValues {
  network: number;
  comune: number;
  radiusKm: number;
  licences: number;
  flags: number;
  eqfLevel: number;
  targetGroups: number;
  place: number;
}

export class CvFacts {
  words = new Int32Array(16 * FACT_WORDS);
  places = new Int32Array(16);

  get rows(): number {
    return this.words.length / FACT_WORDS;
  }

  ensureRows(rows: number): void {
    this.words = grown(this.words, rows * FACT_WORDS);
    this.places = grown(this.places, rows);
  }

  set(row: number, facts: CvFactValues): void {
    const at = row * FACT_WORDS;
    this.words[at + NETWORK] = facts.network;
    this.words[at + COMUNE] = facts.comune;
    this.words[at + REACH] = facts.radiusKm | (facts.licences << LICENCES_SHIFT);
    this.words[at + TRAITS] =
      facts.flags | (facts.eqfLevel << EQF_SHIFT) | (facts.targetGroups << GROUPS_SHIFT);
    this.places[row] = facts.place;
  }

  /** Flags 0: the row holds no CV. */
  clear(row: number): void {
    this.words[row * FACT_WORDS + TRAITS] = 0;
  }

  network(row: number): number {
    return this.words[row * FACT_WORDS + NETWORK]!;
  }

  comune(row: number): number {
    return this.words[row * FACT_WORDS + COMUNE]!;
  }

  radiusKm(row: number): number {
    return this.words[row * FACT_WORDS + REACH]! & LOW_16;
  }

  licences(row: number): number {
    return this.words[row * FACT_WORDS + REACH]! >>> LICENCES_SHIFT;
  }

  flags(row: number): number {
    return this.words[row * FACT_WORDS + TRAITS]! & LOW_8;
  }

  eqfLevel(row: number): number {
    return (this.words[row * FACT_WORDS + TRAITS]! >>> EQF_SHIFT) & LOW_8;
  }

  targetGroups(row: number): number {
    return (this.words[row * FACT_WORDS + TRAITS]! >>> GROUPS_SHIFT) & LOW_8;
  }

  place(row: number): number {
    return this.places[row]!;
  }

  /** Row `n` takes the facts of row `order[n]`. */
  permute(order: Int32Array): void {
    const next = new Int32Array(Math.max(this.words.length, order.length * FACT_WORDS));
    for (let n = 0; n < order.length; n++)
      for (let w = 0; w < FACT_WORDS; w++) next[n * FACT_WORDS + w] = this.words[order[n]! * FACT_WORDS + w]!;
    this.words = next;
    const places = new Int32Array(Math.max(this.places.length, order.length));
    for (let n = 0; n < order.length; n++) places[n] = this.places[order[n]!]!;
    this.places = places;
  }
}
