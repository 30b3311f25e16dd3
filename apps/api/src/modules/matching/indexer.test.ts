import { describe, expect, it } from 'vitest';
import { loadParts } from './indexer.js';

describe('the parts a full load reads', () => {
  it('come in whole pairs of about 500,000 CVs each, at least one pair', () => {
    expect([0, 20_000, 1_000_000, 1_400_000].map(loadParts)).toEqual([2, 2, 2, 2]);
    expect(loadParts(1_600_000)).toBe(4);
    // PostgreSQL's estimate of a table of 3 million is a little above or below it.
    expect([2_999_000, 3_000_213].map(loadParts)).toEqual([6, 6]);
  });
});
