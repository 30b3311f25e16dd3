import type { RankingCriteria } from './rules.js';

export interface RankingEntry {
  applicationId: string;
  iseeCents: number | null;
  /** Whole months unemployed on the day the ranking is made; null when not declared. */
  monthsUnemployed: number | null;
  birthDate: string;
  /** ISO timestamp of the submission. */
  submittedAt: string;
}

export interface RankedEntry extends RankingEntry {
  position: number;
  score: number;
}

/** ISEE points: one per full €1,000 below €50,000 (so 0 to 50); months count up to five years. */
const ISEE_BAND_CENTS = 1_000_00;
const ISEE_BANDS = 50;
const MAX_MONTHS = 60;

export function score(criteria: RankingCriteria, entry: RankingEntry): number {
  const iseePoints =
    entry.iseeCents == null ? 0 : Math.max(0, ISEE_BANDS - Math.floor(entry.iseeCents / ISEE_BAND_CENTS));
  const monthPoints = Math.min(entry.monthsUnemployed ?? 0, MAX_MONTHS);
  return criteria.iseeWeight * iseePoints + criteria.unemploymentWeight * monthPoints;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Higher score first; ties broken by lower ISEE (undeclared last), then the older applicant, then
 * the earlier application, then the application id, so that no two entries ever tie.
 */
function compare(a: RankedEntry, b: RankedEntry): number {
  return (
    b.score - a.score ||
    (a.iseeCents ?? Number.MAX_SAFE_INTEGER) - (b.iseeCents ?? Number.MAX_SAFE_INTEGER) ||
    compareText(a.birthDate, b.birthDate) ||
    compareText(a.submittedAt, b.submittedAt) ||
    compareText(a.applicationId, b.applicationId)
  );
}

/** The graduatoria: every entry with its score and position (1 = first), whatever the input order. */
export function rank(criteria: RankingCriteria, entries: readonly RankingEntry[]): RankedEntry[] {
  return entries
    .map((entry) => ({ ...entry, score: score(criteria, entry), position: 0 }))
    .sort(compare)
    .map((entry, index) => ({ ...entry, position: index + 1 }));
}
