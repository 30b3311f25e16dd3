export { MatchingIndex, type MatchingIndexOptions } from './engine.js';
export {
  type ComponentExplanation,
  type Explanation,
  explainMatch,
  formatScore,
  type SkillLabel,
} from './explain.js';
export { bitCount, heldLicenceMask, LICENCES, type Licence, licenceCodes, licenceMask } from './licences.js';
export {
  CEFR_LEVELS,
  type CefrLevel,
  type CitizenCvRecord,
  cvProfile,
  dayNumber,
  Interner,
  monthsBetween,
  type ReferenceRows,
  TARGET_GROUP_BITS,
  targetGroupMask,
  type VacancyRecord,
  Vocabulary,
  vacancyProfile,
} from './records.js';
export {
  citizenQualifies,
  exhaustiveTopCitizens,
  exhaustiveTopVacancies,
  type PairFacts,
  pairFacts,
  scorePair,
  skillCredit,
  vacancyQualifies,
} from './reference.js';
export {
  type CvProfile,
  type Match,
  type MatchQuery,
  MOTHER_TONGUE,
  type ReferenceData,
  type VacancyProfile,
} from './types.js';
export { COMPONENTS, type Component, MAX_SCORE, SCALE, WEIGHTS } from './weights.js';
