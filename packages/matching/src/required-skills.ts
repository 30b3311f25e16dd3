import { bitCount } from './licences.js';
import { grown } from './store.js';

/**
 * A vacancy's required skills as bit sets, one bit per position in essential-then-optional order,
 * so the credit of a CV is a few ORs over its own skills and occupations: for each skill, the
 * positions it meets exactly and those it meets by relation; for each occupation, the positions
 * among its essential skills. Tables are kept between queries and cleared entry by entry.
 */
export class RequiredSkills {
  /** 32-bit words per bit set. */
  private words = 0;
  private essentialCount = 0;
  private count = 0;
  private exactBits = new Uint32Array(0);
  private relatedBits = new Uint32Array(0);
  private impliedBits = new Uint32Array(0);
  private readonly touchedSkills: number[] = [];
  private readonly touchedOccupations: number[] = [];
  /** Half units of the last {@link credit}: 2 per skill declared, 1 per skill met by relation. */
  essentialHalfUnits = 0;
  optionalHalfUnits = 0;

  constructor(
    private readonly relatedSkills: readonly (readonly number[])[],
    private readonly skillOccupations: readonly (readonly number[])[],
  ) {}

  prepare(
    essential: readonly number[],
    optional: readonly number[],
    skillCount: number,
    occupationCount: number,
  ) {
    this.clear();
    this.essentialCount = essential.length;
    this.count = essential.length + optional.length;
    const words = Math.max(1, Math.ceil(this.count / 32));
    this.words = words;
    this.exactBits = grown(this.exactBits, skillCount * words);
    this.relatedBits = grown(this.relatedBits, skillCount * words);
    this.impliedBits = grown(this.impliedBits, occupationCount * words);
    for (let j = 0; j < this.count; j++) {
      const s = j < essential.length ? essential[j]! : optional[j - essential.length]!;
      const word = j >> 5;
      const bit = 1 << (j & 31);
      this.set(this.exactBits, this.touchedSkills, s, word, bit);
      for (const t of this.relatedSkills[s] ?? [])
        this.set(this.relatedBits, this.touchedSkills, t, word, bit);
      for (const o of this.skillOccupations[s] ?? [])
        this.set(this.impliedBits, this.touchedOccupations, o, word, bit);
    }
  }

  private set(bits: Uint32Array, touched: number[], term: number, word: number, bit: number): void {
    touched.push(term);
    bits[term * this.words + word]! |= bit;
  }

  private clear(): void {
    for (const s of this.touchedSkills)
      for (let w = 0; w < this.words; w++) {
        this.exactBits[s * this.words + w] = 0;
        this.relatedBits[s * this.words + w] = 0;
      }
    for (const o of this.touchedOccupations)
      for (let w = 0; w < this.words; w++) this.impliedBits[o * this.words + w] = 0;
    this.touchedSkills.length = 0;
    this.touchedOccupations.length = 0;
  }

  /** Sets the half units of a CV from its skills and its occupations (slices of two pools). */
  credit(
    skills: ArrayLike<number>,
    skillsFrom: number,
    skillsTo: number,
    occupations: ArrayLike<number>,
    occupationsFrom: number,
    occupationsTo: number,
  ): void {
    const { words, exactBits, relatedBits, impliedBits } = this;
    let essential = 0;
    let all = 0;
    for (let w = 0; w < words; w++) {
      let e = 0;
      let h = 0;
      for (let p = skillsFrom; p < skillsTo; p++) {
        const at = skills[p]! * words + w;
        e |= exactBits[at]!;
        h |= relatedBits[at]!;
      }
      for (let p = occupationsFrom; p < occupationsTo; p++) h |= impliedBits[occupations[p]! * words + w]!;
      h &= ~e;
      const below = this.essentialCount - 32 * w;
      const essentialMask = below <= 0 ? 0 : below >= 32 ? -1 : (1 << below) - 1;
      essential += 2 * bitCount(e & essentialMask) + bitCount(h & essentialMask);
      all += 2 * bitCount(e) + bitCount(h);
    }
    this.essentialHalfUnits = essential;
    this.optionalHalfUnits = all - essential;
  }
}
