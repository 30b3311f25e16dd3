import fc from 'fast-check';
import type { CvProfile, ReferenceData, VacancyProfile } from './types.js';

/** Random reference data, CVs and vacancies over small id ranges, so that ties and overlaps are common. */
export interface World {
  ref: ReferenceData;
  cvs: CvProfile[];
  vacancies: VacancyProfile[];
}

const COMUNI = 12;
const OCCUPATIONS = 10;
const SKILLS = 24;
const LANGUAGES = 4;

const ids = (n: number, max: number) => fc.uniqueArray(fc.nat(n - 1), { maxLength: max });

export const referenceArb = (withRelations: boolean): fc.Arbitrary<ReferenceData> =>
  fc.record({
    comuneLatitude: fc
      .array(fc.double({ min: 44.5, max: 46.5, noNaN: true }), { minLength: COMUNI, maxLength: COMUNI })
      .map((a) => Float64Array.from(a)),
    comuneLongitude: fc
      .array(fc.double({ min: 8, max: 10.5, noNaN: true }), { minLength: COMUNI, maxLength: COMUNI })
      .map((a) => Float64Array.from(a)),
    occupationIsco: fc
      .array(fc.constantFrom(7221, 7222, 7223, 7231, 5120, 5131), {
        minLength: OCCUPATIONS,
        maxLength: OCCUPATIONS,
      })
      .map((a) => Int32Array.from(a)),
    occupationSkills: fc.array(withRelations ? ids(SKILLS, 4) : fc.constant<number[]>([]), {
      minLength: OCCUPATIONS,
      maxLength: OCCUPATIONS,
    }),
    relatedSkills: fc.array(withRelations ? ids(SKILLS, 3) : fc.constant<number[]>([]), {
      minLength: SKILLS,
      maxLength: SKILLS,
    }),
    languageCodes: fc.constant(['it', 'en', 'fr', 'de']),
  });

export const cvArb = (key: string): fc.Arbitrary<CvProfile> =>
  fc.record({
    key: fc.constant(key),
    network: fc.nat(1),
    comune: fc.nat(COMUNI - 1),
    mobilityRadiusKm: fc.constantFrom(0, 5, 20, 50, 100, 500),
    skills: ids(SKILLS, 8),
    occupations: ids(OCCUPATIONS, 3),
    experiences: fc.array(fc.record({ occupation: fc.nat(OCCUPATIONS - 1), months: fc.nat(60) }), {
      maxLength: 3,
    }),
    languages: fc
      .uniqueArray(fc.record({ language: fc.nat(LANGUAGES - 1), level: fc.integer({ min: 1, max: 7 }) }), {
        selector: (l) => l.language,
        maxLength: 3,
      })
      .map((a) => a as { language: number; level: number }[]),
    eqfLevel: fc.nat(8),
    fullTime: fc.boolean(),
    partTime: fc.boolean(),
    shifts: fc.boolean(),
    licences: fc.nat(0x7fff),
    sharesCv: fc.boolean(),
    active: fc.boolean(),
    law68Eligible: fc.boolean(),
    targetGroups: fc.nat(7),
  });

export const vacancyArb = (key: string): fc.Arbitrary<VacancyProfile> =>
  fc
    .record({
      key: fc.constant(key),
      network: fc.nat(1),
      published: fc.boolean(),
      expiresDay: fc.integer({ min: 100, max: 110 }),
      comune: fc.nat(COMUNI - 1),
      remote: fc.boolean(),
      occupation: fc.nat(OCCUPATIONS - 1),
      essentialSkills: ids(SKILLS, 6),
      optionalSkills: ids(SKILLS, 4),
      languages: fc.uniqueArray(
        fc.record({ language: fc.nat(LANGUAGES - 1), minLevel: fc.integer({ min: 1, max: 6 }) }),
        { selector: (l) => l.language, maxLength: 2 },
      ),
      minEqfLevel: fc.nat(8),
      minExperienceMonths: fc.constantFrom(0, 0, 6, 12, 24),
      partTime: fc.boolean(),
      shifts: fc.boolean(),
      licences: fc.constantFrom(0, 0, 1 << 5, (1 << 5) | (1 << 9), 1 << 3),
      law68Reserved: fc.boolean(),
    })
    .map((v) => ({ ...v, comune: v.remote && v.comune % 2 === 0 ? -1 : v.comune }));

/** Keys in a shuffled order, so that row numbers and key order differ. */
const key = (prefix: string, i: number) =>
  `${prefix}-${((i * 7919) % 1000).toString().padStart(3, '0')}-${i}`;

export const worldArb = (withRelations = true): fc.Arbitrary<World> =>
  fc
    .record({
      ref: referenceArb(withRelations),
      cvCount: fc.nat(40),
      vacancyCount: fc.integer({ min: 1, max: 12 }),
    })
    .chain(({ ref, cvCount, vacancyCount }) =>
      fc.record({
        ref: fc.constant(ref),
        cvs: fc.tuple(...Array.from({ length: cvCount }, (_, i) => cvArb(key('cv', i)))),
        vacancies: fc.tuple(...Array.from({ length: vacancyCount }, (_, i) => vacancyArb(key('v', i)))),
      }),
    );

/** A citizen in network 0 who shares a full-time, part-time and shifts CV, with no other fact but `facts`. */
export const plainCv = (facts: Pick<CvProfile, 'key' | 'comune' | 'skills' | 'occupations'>): CvProfile => ({
  network: 0,
  mobilityRadiusKm: 20,
  experiences: [],
  languages: [],
  eqfLevel: 4,
  fullTime: true,
  partTime: true,
  shifts: true,
  licences: 0,
  sharesCv: true,
  active: true,
  law68Eligible: false,
  targetGroups: 1,
  ...facts,
});

/** A published full-time vacancy in network 0 asking for nothing but `facts`. */
export const plainVacancy = (
  facts: Pick<VacancyProfile, 'key' | 'comune' | 'occupation' | 'essentialSkills' | 'optionalSkills'>,
): VacancyProfile => ({
  network: 0,
  published: true,
  expiresDay: 110,
  remote: false,
  languages: [],
  minEqfLevel: 0,
  minExperienceMonths: 0,
  partTime: false,
  shifts: false,
  licences: 0,
  law68Reserved: false,
  ...facts,
});
