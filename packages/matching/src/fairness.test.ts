import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MatchingIndex } from './engine.js';
import { explainMatch } from './explain.js';
import {
  CEFR_LEVELS,
  type CitizenCvRecord,
  cvProfile,
  type VacancyRecord,
  Vocabulary,
  vacancyProfile,
} from './records.js';

const COMUNI = ['015118', '015035', '015165', '012133', '015002', '012075'];
const OCCUPATIONS = ['esco:a', 'esco:b', 'esco:c', 'esco:d'];
const SKILLS = ['esco:s1', 'esco:s2', 'esco:s3', 'esco:s4', 'esco:s5', 'esco:s6'];

const vocabulary = () =>
  new Vocabulary({
    comuni: COMUNI.map((istatCode, i) => ({ istatCode, latitude: 45.5 + i / 20, longitude: 8.8 + i / 30 })),
    occupations: OCCUPATIONS.map((uri, i) => ({
      uri,
      id: i,
      iscoGroup: ['7223', '7223', '7231', '5120'][i]!,
    })),
    skills: SKILLS.map((uri, id) => ({ uri, id })),
    skillBroader: [{ skillUri: 'esco:s2', broaderUri: 'esco:s1' }],
    occupationSkills: [{ occupationUri: 'esco:a', skillUri: 'esco:s3', relationType: 'essential' }],
  });

const date = fc
  .date({ min: new Date('1950-01-01'), max: new Date('2008-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const citizenArb = (i: number): fc.Arbitrary<CitizenCvRecord> =>
  fc.record({
    citizenId: fc.constant(`citizen-${i}`),
    networkId: fc.constant('n'),
    birthDate: date,
    employmentStatus: fc.constantFrom('UNEMPLOYED', 'NEVER_EMPLOYED', 'EMPLOYED_SEEKING', null),
    residenceComuneCode: fc.constantFrom(...COMUNI),
    domicileComuneCode: fc.option(fc.constantFrom(...COMUNI)),
    mobilityRadiusKm: fc.constantFrom(5, 15, 30),
    availableFullTime: fc.boolean(),
    availablePartTime: fc.boolean(),
    availableForShifts: fc.boolean(),
    drivingLicences: fc.subarray(['B', 'C', 'AM']),
    accountDisabled: fc.constant(false),
    cvSharingConsent: fc.constant(true),
    law68Disability: fc.boolean(),
    skills: fc.subarray(SKILLS),
    soughtOccupations: fc.subarray(OCCUPATIONS),
    experiences: fc.array(
      fc.record({
        occupation: fc.option(fc.constantFrom(...OCCUPATIONS)),
        startsOn: fc.constantFrom('2015-01-01', '2020-06-15'),
        endsOn: fc.option(fc.constantFrom('2022-01-01', '2024-03-31')),
      }),
      { maxLength: 2 },
    ),
    completedEqfLevels: fc.array(fc.option(fc.integer({ min: 1, max: 8 })), { maxLength: 2 }),
    languages: fc.uniqueArray(
      fc.record({
        languageCode: fc.constantFrom('en', 'de', 'it'),
        motherTongue: fc.boolean(),
        levels: fc.array(fc.option(fc.constantFrom(...CEFR_LEVELS)), { minLength: 5, maxLength: 5 }),
      }),
      { selector: (l) => l.languageCode, maxLength: 2 },
    ),
  });

const vacancyArb = (i: number): fc.Arbitrary<VacancyRecord> =>
  fc.record({
    id: fc.constant(`vacancy-${i}`),
    networkId: fc.constant('n'),
    status: fc.constant('PUBLISHED'),
    expiresOn: fc.constant('2027-01-01'),
    workplaceComuneCode: fc.constantFrom(...COMUNI),
    remote: fc.boolean(),
    occupation: fc.constantFrom(...OCCUPATIONS),
    skills: fc.uniqueArray(fc.record({ skill: fc.constantFrom(...SKILLS), essential: fc.boolean() }), {
      selector: (s) => s.skill,
      maxLength: 4,
    }),
    languages: fc.uniqueArray(
      fc.record({ languageCode: fc.constantFrom('en', 'de'), minLevel: fc.constantFrom(...CEFR_LEVELS) }),
      { selector: (l) => l.languageCode, maxLength: 2 },
    ),
    minEqfLevel: fc.option(fc.integer({ min: 2, max: 6 })),
    minExperienceMonths: fc.constantFrom(0, 12),
    hours: fc.constantFrom('FULL_TIME', 'PART_TIME'),
    shifts: fc.boolean(),
    drivingLicences: fc.subarray(['B', 'C']),
    law68Reserved: fc.constant(false),
  });

const today = '2026-11-23';

describe('fairness', () => {
  it('age and disability never change scores or order (gender and nationality are not even read)', () => {
    const worldArb = fc
      .record({ citizens: fc.nat(25), vacancies: fc.integer({ min: 1, max: 5 }) })
      .chain((n) =>
        fc.record({
          citizens: fc.tuple(...Array.from({ length: n.citizens }, (_, i) => citizenArb(i))),
          vacancies: fc.tuple(...Array.from({ length: n.vacancies }, (_, i) => vacancyArb(i))),
          otherBirthDates: fc.array(date, { minLength: n.citizens, maxLength: n.citizens }),
        }),
      );
    fc.assert(
      fc.property(worldArb, ({ citizens, vacancies, otherBirthDates }) => {
        const changed = citizens.map((c, i) => ({
          ...c,
          birthDate: otherBirthDates[i]!,
          law68Disability: !c.law68Disability,
        }));
        const rank = (records: CitizenCvRecord[]) => {
          const v = vocabulary();
          const index = new MatchingIndex(v.ref);
          const profiles = records.map((r) => cvProfile(r, v, today));
          for (const p of profiles) index.upsertCv(p);
          return vacancies.map((record) => {
            const vacancy = vacancyProfile(record, v);
            return {
              ranking: index
                .topCitizens(vacancy, { k: records.length, today: 20_000 })
                .map((m) => [m.key, m.score]),
              explanations: profiles.map((p) => explainMatch(p, vacancy, v.ref)),
            };
          });
        };
        expect(rank(changed)).toEqual(rank(citizens));
      }),
      { numRuns: 150 },
    );
  });
});
