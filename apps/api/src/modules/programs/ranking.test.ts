import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type RankingEntry, rank } from './ranking.js';

const day = fc
  .date({ min: new Date('1950-01-01'), max: new Date('2008-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const entry = fc.record({
  applicationId: fc.uuid(),
  // Few distinct values, so that ties (and their tie-breaks) happen often.
  iseeCents: fc.option(fc.constantFrom(0, 4_999_99, 5_000_00, 12_000_00, 49_999_99, 80_000_00)),
  monthsUnemployed: fc.option(fc.integer({ min: 0, max: 90 })),
  birthDate: fc.oneof(day, fc.constant('1970-01-01')),
  submittedAt: fc.constantFrom(
    '2026-11-02T08:00:00.000Z',
    '2026-11-02T09:30:00.000Z',
    '2026-11-03T10:00:00.000Z',
  ),
});
const entries = fc.uniqueArray(entry, { selector: (e) => e.applicationId, maxLength: 40 });
const criteria = fc.record({
  iseeWeight: fc.integer({ min: 0, max: 10 }),
  unemploymentWeight: fc.integer({ min: 0, max: 10 }),
});

/** The published rule, written out plainly: points, then each tie-break in turn. */
function plainPoints(c: { iseeWeight: number; unemploymentWeight: number }, e: RankingEntry) {
  // One point for each €1,000 threshold up to €50,000 that the ISEE is below.
  let iseePoints = 0;
  if (e.iseeCents !== null)
    for (let band = 0; band < 50; band++) if (e.iseeCents < (band + 1) * 100_000) iseePoints++;
  return c.iseeWeight * iseePoints + c.unemploymentWeight * Math.min(e.monthsUnemployed ?? 0, 60);
}

function beats(
  c: { iseeWeight: number; unemploymentWeight: number },
  a: RankingEntry,
  b: RankingEntry,
): boolean {
  const [pa, pb] = [plainPoints(c, a), plainPoints(c, b)];
  if (pa !== pb) return pa > pb;
  const [ia, ib] = [a.iseeCents ?? Infinity, b.iseeCents ?? Infinity];
  if (ia !== ib) return ia < ib;
  if (a.birthDate !== b.birthDate) return a.birthDate < b.birthDate;
  if (a.submittedAt !== b.submittedAt) return a.submittedAt < b.submittedAt;
  return a.applicationId < b.applicationId;
}

describe('rank', () => {
  it('gives each entry its position: the number of entries that beat it, plus one', () => {
    fc.assert(
      fc.property(criteria, entries, (c, list) => {
        const ranked = rank(c, list);
        expect(ranked).toHaveLength(list.length);
        for (const r of ranked) {
          expect(r.score).toBe(plainPoints(c, r));
          expect(r.position).toBe(1 + list.filter((other) => beats(c, other, r)).length);
        }
      }),
    );
  });

  it('is deterministic: the same graduatoria whatever the order of the applications', () => {
    fc.assert(
      fc.property(
        criteria,
        entries.chain((list) =>
          fc.tuple(
            fc.constant(list),
            fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
          ),
        ),
        (c, [list, shuffled]) => {
          const ids = (l: RankingEntry[]) => rank(c, l).map((r) => [r.position, r.applicationId]);
          expect(ids(shuffled)).toEqual(ids(list));
        },
      ),
    );
  });

  it('breaks a tie of score by lower ISEE, then the older person, then the earlier application', () => {
    const base = { monthsUnemployed: 0, submittedAt: '2026-11-02T08:00:00.000Z' };
    const ranked = rank({ iseeWeight: 0, unemploymentWeight: 1 }, [
      { ...base, applicationId: 'c', iseeCents: 9_000_00, birthDate: '1980-01-01' },
      { ...base, applicationId: 'b', iseeCents: 7_000_00, birthDate: '1990-01-01' },
      { ...base, applicationId: 'a', iseeCents: 9_000_00, birthDate: '1970-01-01' },
      {
        ...base,
        applicationId: 'd',
        iseeCents: 9_000_00,
        birthDate: '1970-01-01',
        submittedAt: '2026-11-01T08:00:00.000Z',
      },
    ]);
    expect(ranked.map((r) => r.applicationId)).toEqual(['b', 'd', 'a', 'c']);
  });
});
