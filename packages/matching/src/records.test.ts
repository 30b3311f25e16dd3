import { describe, expect, it } from 'vitest';
import { licenceCodes } from './licences.js';
import {
  type CitizenCvRecord,
  cvProfile,
  monthsBetween,
  type VacancyRecord,
  Vocabulary,
  vacancyProfile,
} from './records.js';
import { MOTHER_TONGUE } from './types.js';

const vocabulary = () =>
  new Vocabulary({
    comuni: [
      { istatCode: '015118', latitude: 45.5948, longitude: 8.9145 },
      { istatCode: '015035', latitude: 45.5468, longitude: 8.8826 },
    ],
    occupations: [
      { uri: 'esco:o1', id: 7, iscoGroup: '7223' },
      { uri: 'esco:o2', id: 4, iscoGroup: '7231' },
    ],
    // Compact ids have gaps and need not follow the order of the list.
    skills: [
      { uri: 'esco:s1', id: 10 },
      { uri: 'esco:s2', id: 12 },
      { uri: 'esco:s3', id: 11 },
    ],
    skillBroader: [{ skillUri: 'esco:s2', broaderUri: 'esco:s1' }],
    occupationSkills: [
      { occupationUri: 'esco:o1', skillUri: 'esco:s3', relationType: 'essential' },
      { occupationUri: 'esco:o2', skillUri: 'esco:s1', relationType: 'optional' },
    ],
  });

const citizen: CitizenCvRecord = {
  citizenId: 'c1',
  networkId: 'n1',
  birthDate: '1975-03-10',
  employmentStatus: 'UNEMPLOYED',
  residenceComuneCode: '015118',
  domicileComuneCode: '015035',
  mobilityRadiusKm: 25,
  availableFullTime: true,
  availablePartTime: false,
  availableForShifts: true,
  drivingLicences: ['C'],
  accountDisabled: false,
  cvSharingConsent: true,
  law68Disability: false,
  skills: ['esco:s1', 'esco:s1'],
  soughtOccupations: ['esco:o2'],
  experiences: [
    { occupation: 'esco:o1', startsOn: '2020-01-15', endsOn: '2021-01-14' },
    { occupation: 'esco:o1', startsOn: '2025-06-01', endsOn: null },
    { occupation: null, startsOn: '2010-01-01', endsOn: '2019-01-01' },
  ],
  completedEqfLevels: [3, null, 4],
  languages: [
    { languageCode: 'it', motherTongue: true, levels: [] },
    { languageCode: 'en', motherTongue: false, levels: ['B2', 'B1', null, 'C1', 'B2'] },
    { languageCode: 'fr', motherTongue: false, levels: [null, null, null, null, null] },
  ],
};

describe('profiles from database records', () => {
  it('map a citizen and CV to the integers the index uses', () => {
    const v = vocabulary();
    const profile = cvProfile(citizen, v, '2026-11-23');
    expect(profile).toEqual({
      key: 'c1',
      network: 0,
      comune: 1,
      mobilityRadiusKm: 25,
      skills: [0],
      occupations: [1, 0],
      experiences: [
        { occupation: 0, months: 11 },
        { occupation: 0, months: 17 },
      ],
      languages: [
        { language: 0, level: MOTHER_TONGUE },
        { language: 1, level: 3 },
      ],
      eqfLevel: 4,
      fullTime: true,
      partTime: false,
      shifts: true,
      licences: profile.licences,
      sharesCv: true,
      active: true,
      law68Eligible: false,
      targetGroups: 1,
    });
    expect(licenceCodes(profile.licences)).toEqual(['AM', 'B1', 'B', 'C1', 'C']);
  });

  it('read compact reference ids and URIs alike, and take URIs it lacks as new skills', () => {
    const v = vocabulary();
    expect(v.knownIds).toEqual({ skills: 12, occupations: 7 });
    const withIds = {
      ...citizen,
      skills: [11, 'esco:s1', 'esco:new'],
      soughtOccupations: [4],
      experiences: [{ occupation: 7, startsOn: '2020-01-15', endsOn: '2021-01-14' }],
    };
    const profile = cvProfile(withIds, v, '2026-11-23');
    expect(profile.skills).toEqual([2, 0, 3]);
    expect(profile.occupations).toEqual([1, 0]);
    expect(v.ref.relatedSkills[3]).toEqual([]);
    expect(() => cvProfile({ ...citizen, skills: [5] }, v, '2026-11-23')).toThrow('Unknown ESCO skill id 5');
  });

  it('read the ESCO hierarchy both ways and only essential occupation skills', () => {
    const v = vocabulary();
    expect(v.ref.relatedSkills).toEqual([[1], [0], []]);
    expect(v.ref.occupationSkills).toEqual([[2], []]);
    expect(Array.from(v.ref.occupationIsco)).toEqual([7223, 7231]);
  });

  it('map a vacancy, counting a skill listed twice as essential', () => {
    const record: VacancyRecord = {
      id: 'v1',
      networkId: 'n1',
      status: 'PUBLISHED',
      expiresOn: '1970-01-11',
      workplaceComuneCode: null,
      remote: true,
      occupation: 'esco:o2',
      skills: [
        { skill: 'esco:s2', essential: false },
        { skill: 'esco:s2', essential: true },
        { skill: 'esco:s3', essential: false },
      ],
      languages: [{ languageCode: 'en', minLevel: 'B1' }],
      minEqfLevel: null,
      minExperienceMonths: 6,
      hours: 'PART_TIME',
      shifts: false,
      drivingLicences: ['B'],
      law68Reserved: true,
    };
    expect(vacancyProfile(record, vocabulary())).toMatchObject({
      key: 'v1',
      published: true,
      expiresDay: 10,
      comune: -1,
      occupation: 1,
      essentialSkills: [1],
      optionalSkills: [2],
      languages: [{ language: 0, minLevel: 3 }],
      minEqfLevel: 0,
      partTime: true,
      law68Reserved: true,
    });
  });

  it('give skills that arrive after the index a place without relations', () => {
    const v = vocabulary();
    expect(v.skill('esco:new')).toBe(3);
    expect(v.ref.relatedSkills[3]).toEqual([]);
  });

  it('count whole months', () => {
    expect(monthsBetween('2024-01-31', '2024-02-29')).toBe(0);
    expect(monthsBetween('2024-01-31', '2024-03-01')).toBe(1);
    expect(monthsBetween('2024-05-01', '2024-04-01')).toBe(0);
  });
});
