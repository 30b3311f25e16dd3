/**
 * The weights of the matching score, in points out of 100. This is the one place they are set.
 *
 * - essentialSkills: share of the vacancy's essential ESCO skills the CV covers. A skill the CV
 *   declares counts 1; a related skill counts 1/2: a direct broader or narrower skill in the ESCO
 *   hierarchy, or a skill ESCO lists as essential for an occupation the citizen seeks or has done.
 * - optionalSkills: the same for the optional skills.
 * - occupation: the vacancy's ESCO occupation among those the citizen seeks or has done (full),
 *   or one in the same ISCO-08 unit group (3/5), or in the same ISCO minor group (3/10).
 * - distance: full at the citizen's comune, falling linearly to half at the edge of the citizen's
 *   mobility radius, none beyond it; full for remote work.
 * - languages: per required language, full at or above the required CEFR level, half one level
 *   below; a mother tongue meets every level.
 * - education: the highest completed EQF level at or above the required one (full) or one below
 *   (half).
 * - experience: months of experience in the vacancy's ISCO unit group against the months
 *   required, capped at full.
 * - availability: 3/5 for the working hours (full or part time), 2/5 for shifts when required.
 * - drivingLicences: share of the required licences held (a higher category implies the lower ones).
 *
 * A component whose requirement the vacancy does not state is met in full. Gender, age,
 * nationality and disability are not inputs of any component; law 68/1999 eligibility acts only as
 * a filter on reserved vacancies.
 */
export const WEIGHTS = {
  essentialSkills: 30,
  optionalSkills: 10,
  occupation: 15,
  distance: 12,
  languages: 8,
  education: 8,
  experience: 8,
  availability: 5,
  drivingLicences: 4,
} as const;

export type Component = keyof typeof WEIGHTS;

export const COMPONENTS = Object.keys(WEIGHTS) as Component[];

/**
 * Scores are kept in tenths of a point, as integers, so that the engine and the reference scorer
 * add exactly the same numbers and ties are exact.
 */
export const SCALE = 10;

export const MAX_SCORE = COMPONENTS.reduce((sum, c) => sum + WEIGHTS[c] * SCALE, 0);
