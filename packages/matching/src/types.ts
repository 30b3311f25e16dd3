/**
 * What the score knows of a CV and a vacancy. Every reference (comune, skill, occupation, language,
 * network) is a small dense integer the index assigns; the loader keeps the mapping to URIs and
 * codes. There is deliberately no field for gender, age, nationality or disability.
 */
export interface CvProfile {
  /** The citizen's id; ties in the ranking are broken by it, ascending. */
  key: string;
  network: number;
  /** Domicile, or residence when there is no domicile. */
  comune: number;
  mobilityRadiusKm: number;
  skills: readonly number[];
  /** Sought occupations and occupations of past jobs, without repetitions. */
  occupations: readonly number[];
  experiences: readonly { occupation: number; months: number }[];
  /** Level 1-6 for CEFR A1-C2, {@link MOTHER_TONGUE} for a mother tongue. */
  languages: readonly { language: number; level: number }[];
  /** Highest completed EQF level, 0 when none. */
  eqfLevel: number;
  fullTime: boolean;
  partTime: boolean;
  shifts: boolean;
  /** Bit mask of {@link LICENCES}, closed under implication. */
  licences: number;
  /** Consent to share the CV with companies is in force. */
  sharesCv: boolean;
  /** The citizen's account is active. */
  active: boolean;
  /** Enrolled in the lists of law 68/1999: the only use of disability data, as a filter. */
  law68Eligible: boolean;
  /** Bit mask of target groups, used only to filter operators' searches, never in the score. */
  targetGroups: number;
}

export interface VacancyProfile {
  key: string;
  network: number;
  /** Published (moderated and not closed). */
  published: boolean;
  /** Last day it shows, as days since 1970-01-01. */
  expiresDay: number;
  /** -1 for remote work without a workplace. */
  comune: number;
  remote: boolean;
  occupation: number;
  essentialSkills: readonly number[];
  optionalSkills: readonly number[];
  languages: readonly { language: number; minLevel: number }[];
  /** 0 when no level is required. */
  minEqfLevel: number;
  minExperienceMonths: number;
  partTime: boolean;
  shifts: boolean;
  licences: number;
  law68Reserved: boolean;
}

/** Reference data the score reads, indexed by the same dense integers. */
export interface ReferenceData {
  comuneLatitude: Float64Array;
  comuneLongitude: Float64Array;
  /** ISCO-08 unit group (four digits, as a number) of each occupation. */
  occupationIsco: Int32Array;
  /** Essential skills of each occupation according to ESCO (empty until the relations are loaded). */
  occupationSkills: readonly (readonly number[])[];
  /** Direct broader and narrower skills of each skill in the ESCO hierarchy. */
  relatedSkills: readonly (readonly number[])[];
  /** ISO 639-1 code of each language id, for the explanations. */
  languageCodes: readonly string[];
}

export const MOTHER_TONGUE = 7;

export interface MatchQuery {
  k: number;
  /** Today as days since 1970-01-01: expired vacancies are left out. */
  today: number;
  /** Only pairs within this distance (remote vacancies always qualify). */
  radiusKm?: number;
  /** Minimum score in tenths of a point. */
  minScore?: number;
  /** For operators: only citizens in at least one of these target groups (bit mask). */
  targetGroups?: number;
}

export interface Match {
  /** Index position of the citizen or vacancy. */
  id: number;
  key: string;
  /** Tenths of a point, 0-1000. */
  score: number;
}
