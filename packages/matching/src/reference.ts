import { distanceTenths } from './geo.js';
import { bitCount } from './licences.js';
import {
  availabilityPoints,
  distancePoints,
  educationPoints,
  essentialSkillPoints,
  experiencePoints,
  languagePoints,
  levelCredit,
  licencePoints,
  occupationLevel,
  occupationPoints,
  optionalSkillPoints,
} from './points.js';
import type { CvProfile, Match, MatchQuery, ReferenceData, VacancyProfile } from './types.js';
import type { Component } from './weights.js';

export interface SkillFacts {
  required: number;
  exact: number;
  related: number;
  /** The required skills the CV neither declares nor has a related skill of. */
  missing: number[];
}

/** Everything the score of a pair depends on, computed the plain way. */
export interface PairFacts {
  essential: SkillFacts;
  optional: SkillFacts;
  occupationLevel: number;
  remote: boolean;
  distanceTenths: number;
  radiusKm: number;
  languages: { language: number; required: number; declared: number }[];
  eqfLevel: number;
  minEqfLevel: number;
  relevantMonths: number;
  requiredMonths: number;
  partTime: boolean;
  hoursOk: boolean;
  shiftsRequired: boolean;
  shiftsOk: boolean;
  licencesRequired: number;
  licencesHeld: number;
}

/**
 * 2 when the CV declares the skill, 1 when it has a related one, 0 otherwise. Orientation (the skills
 * gap) applies the same rule, so the two never disagree on what a CV covers.
 */
export function skillCredit(
  cv: Pick<CvProfile, 'skills' | 'occupations'>,
  skill: number,
  ref: Pick<ReferenceData, 'relatedSkills' | 'occupationSkills'>,
): number {
  if (cv.skills.includes(skill)) return 2;
  if ((ref.relatedSkills[skill] ?? []).some((s) => cv.skills.includes(s))) return 1;
  if (cv.occupations.some((o) => (ref.occupationSkills[o] ?? []).includes(skill))) return 1;
  return 0;
}

function skillFacts(cv: CvProfile, skills: readonly number[], ref: ReferenceData): SkillFacts {
  const facts: SkillFacts = { required: skills.length, exact: 0, related: 0, missing: [] };
  for (const s of skills) {
    const credit = skillCredit(cv, s, ref);
    if (credit === 2) facts.exact++;
    else if (credit === 1) facts.related++;
    else facts.missing.push(s);
  }
  return facts;
}

export function pairFacts(cv: CvProfile, vacancy: VacancyProfile, ref: ReferenceData): PairFacts {
  const vacancyIsco = ref.occupationIsco[vacancy.occupation]!;
  let level = 0;
  for (const o of cv.occupations)
    level = Math.max(level, occupationLevel(ref.occupationIsco[o]!, vacancyIsco, o === vacancy.occupation));
  let relevantMonths = 0;
  for (const e of cv.experiences)
    if (ref.occupationIsco[e.occupation] === vacancyIsco) relevantMonths += e.months;
  const remote = vacancy.remote;
  return {
    essential: skillFacts(cv, vacancy.essentialSkills, ref),
    optional: skillFacts(cv, vacancy.optionalSkills, ref),
    occupationLevel: level,
    remote,
    distanceTenths: remote
      ? 0
      : distanceTenths(
          ref.comuneLatitude[cv.comune]!,
          ref.comuneLongitude[cv.comune]!,
          ref.comuneLatitude[vacancy.comune]!,
          ref.comuneLongitude[vacancy.comune]!,
        ),
    radiusKm: cv.mobilityRadiusKm,
    languages: vacancy.languages.map((l) => ({
      language: l.language,
      required: l.minLevel,
      declared: cv.languages.find((c) => c.language === l.language)?.level ?? 0,
    })),
    eqfLevel: cv.eqfLevel,
    minEqfLevel: vacancy.minEqfLevel,
    relevantMonths,
    requiredMonths: vacancy.minExperienceMonths,
    partTime: vacancy.partTime,
    hoursOk: vacancy.partTime ? cv.partTime : cv.fullTime,
    shiftsRequired: vacancy.shifts,
    shiftsOk: !vacancy.shifts || cv.shifts,
    licencesRequired: bitCount(vacancy.licences),
    licencesHeld: bitCount(vacancy.licences & cv.licences),
  };
}

export function componentPoints(f: PairFacts): Record<Component, number> {
  let languageHalfUnits = 0;
  for (const l of f.languages) languageHalfUnits += levelCredit(l.declared, l.required);
  return {
    essentialSkills: essentialSkillPoints(2 * f.essential.exact + f.essential.related, f.essential.required),
    optionalSkills: optionalSkillPoints(2 * f.optional.exact + f.optional.related, f.optional.required),
    occupation: occupationPoints(f.occupationLevel),
    distance: distancePoints(f.remote, f.distanceTenths, f.radiusKm),
    languages: languagePoints(languageHalfUnits, f.languages.length),
    education: educationPoints(f.eqfLevel, f.minEqfLevel),
    experience: experiencePoints(f.relevantMonths, f.requiredMonths),
    availability: availabilityPoints(f.hoursOk, f.shiftsOk),
    drivingLicences: licencePoints(f.licencesHeld, f.licencesRequired),
  };
}

export function scorePair(cv: CvProfile, vacancy: VacancyProfile, ref: ReferenceData): number {
  let total = 0;
  for (const points of Object.values(componentPoints(pairFacts(cv, vacancy, ref)))) total += points;
  return total;
}

/** Hard filters: the citizen shares the CV, is active, and may see a reserved vacancy. */
export function citizenQualifies(cv: CvProfile, vacancy: VacancyProfile, q: MatchQuery): boolean {
  return (
    cv.sharesCv &&
    cv.active &&
    cv.network === vacancy.network &&
    (!vacancy.law68Reserved || cv.law68Eligible) &&
    (q.targetGroups === undefined || (cv.targetGroups & q.targetGroups) !== 0)
  );
}

/** Hard filters: the vacancy is published, not expired, and not reserved to others. */
export function vacancyQualifies(cv: CvProfile, vacancy: VacancyProfile, q: MatchQuery): boolean {
  return (
    vacancy.published &&
    vacancy.expiresDay >= q.today &&
    cv.network === vacancy.network &&
    (!vacancy.law68Reserved || cv.law68Eligible)
  );
}

function withinRadius(cv: CvProfile, vacancy: VacancyProfile, ref: ReferenceData, q: MatchQuery): boolean {
  return q.radiusKm === undefined || pairFacts(cv, vacancy, ref).distanceTenths <= q.radiusKm * 10;
}

function rank(scored: Match[], q: MatchQuery): Match[] {
  return scored
    .filter((m) => m.score >= (q.minScore ?? 0))
    .sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, q.k);
}

/**
 * The reference: score every pair, sort, cut. `ids` are positions in the given arrays (the engine
 * reports its own row numbers, so tests compare keys and scores).
 */
export function exhaustiveTopCitizens(
  cvs: readonly CvProfile[],
  vacancy: VacancyProfile,
  ref: ReferenceData,
  q: MatchQuery,
): Match[] {
  const scored: Match[] = [];
  cvs.forEach((cv, id) => {
    if (citizenQualifies(cv, vacancy, q) && withinRadius(cv, vacancy, ref, q))
      scored.push({ id, key: cv.key, score: scorePair(cv, vacancy, ref) });
  });
  return rank(scored, q);
}

export function exhaustiveTopVacancies(
  vacancies: readonly VacancyProfile[],
  cv: CvProfile,
  ref: ReferenceData,
  q: MatchQuery,
): Match[] {
  const scored: Match[] = [];
  vacancies.forEach((vacancy, id) => {
    if (vacancyQualifies(cv, vacancy, q) && withinRadius(cv, vacancy, ref, q))
      scored.push({ id, key: vacancy.key, score: scorePair(cv, vacancy, ref) });
  });
  return rank(scored, q);
}
