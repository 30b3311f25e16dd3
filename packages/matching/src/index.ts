export { MatchingIndex } from './engine.js';
export { type ComponentExplanation, type Explanation, explainMatch, formatScore } from './explain.js';
export { bitCount, heldLicenceMask, LICENCES, type Licence, licenceCodes, licenceMask } from './licences.js';
export {
  citizenQualifies,
  exhaustiveTopCitizens,
  exhaustiveTopVacancies,
  type PairFacts,
  pairFacts,
  scorePair,
  vacancyQualifies,
} from './reference.js';
export {
  type CvProfile,
  MOTHER_TONGUE,
  type Match,
  type MatchQuery,
  type ReferenceData,
  type VacancyProfile,
} from './types.js';
export { COMPONENTS, type Component, MAX_SCORE, SCALE, WEIGHTS } from './weights.js';
