import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainMatch, formatScore } from './explain.js';
import { scorePair } from './reference.js';
import { worldArb } from './test-data.js';
import { type CvProfile, MOTHER_TONGUE, type ReferenceData, type VacancyProfile } from './types.js';
import { MAX_SCORE } from './weights.js';

// Legnano and Busto Garolfo, about 7 km apart, and Varese.
const ref: ReferenceData = {
  comuneLatitude: Float64Array.from([45.5948, 45.5468, 45.8206]),
  comuneLongitude: Float64Array.from([8.9145, 8.8826, 8.8251]),
  occupationIsco: Int32Array.from([7223, 7223, 7231]),
  occupationSkills: [[], [], []],
  relatedSkills: [[], [], [], [], []],
  languageCodes: ['en', 'de'],
};

const cv: CvProfile = {
  key: 'cv',
  network: 0,
  comune: 1,
  mobilityRadiusKm: 20,
  skills: [0, 1, 2, 3],
  occupations: [1],
  experiences: [{ occupation: 1, months: 18 }],
  languages: [
    { language: 0, level: 4 },
    { language: 1, level: MOTHER_TONGUE },
  ],
  eqfLevel: 4,
  fullTime: true,
  partTime: false,
  shifts: false,
  licences: 0,
  sharesCv: true,
  active: true,
  law68Eligible: false,
  targetGroups: 0,
};

const vacancy: VacancyProfile = {
  key: 'v',
  network: 0,
  published: true,
  expiresDay: 30000,
  comune: 0,
  remote: false,
  occupation: 0,
  essentialSkills: [0, 1, 2, 3, 4],
  optionalSkills: [],
  languages: [
    { language: 0, minLevel: 3 },
    { language: 1, minLevel: 5 },
  ],
  minEqfLevel: 4,
  minExperienceMonths: 12,
  partTime: false,
  shifts: true,
  licences: 1 << 5,
  law68Reserved: false,
};

describe('explanations', () => {
  it('give the points and an Italian reason for every component, naming the missing skills', () => {
    const labels = ['weld metal', 'read blueprints', 'operate forklift', 'use hand tools', 'ensure safety'];
    const explanation = explainMatch(cv, vacancy, ref, (skill) => labels[skill]!);
    const reasons = Object.fromEntries(explanation.components.map((c) => [c.component, c.reason]));
    expect(reasons).toEqual({
      essentialSkills: '4 di 5 competenze essenziali; manca: ensure safety',
      optionalSkills: "nessuna competenza facoltativa indicata dall'offerta",
      occupation: 'professione dello stesso gruppo ISCO (4 cifre)',
      distance: '5,9 km, entro il raggio di 20 km',
      languages: 'inglese B1 richiesto, B2 dichiarato; tedesco C1 richiesto, madrelingua',
      education: 'livello EQF 4 richiesto, livello EQF 4 conseguito',
      experience: '18 mesi di esperienza nello stesso gruppo professionale, 12 mesi richiesti',
      availability: 'tempo pieno: disponibile; turni: non disponibile',
      drivingLicences: '0 di 1 patente richiesta',
    });
    const points = Object.fromEntries(explanation.components.map((c) => [c.component, c.points]));
    expect(points).toEqual({
      essentialSkills: 240,
      optionalSkills: 100,
      occupation: 90,
      distance: 102,
      languages: 80,
      education: 80,
      experience: 80,
      availability: 30,
      drivingLicences: 0,
    });
    expect(explanation.score).toBe(802);
    expect(formatScore(explanation.score)).toBe('80,2');
  });

  it('say when a skill counts through a related one', () => {
    const related = { ...ref, relatedSkills: [[], [], [], [], [3]] };
    const [skills] = explainMatch(cv, vacancy, related).components;
    expect(skills).toMatchObject({
      points: 270,
      reason: '4 di 5 competenze essenziali, più 1 affine (metà punteggio)',
    });
  });

  it('name at most five missing skills and count the others', () => {
    const many = { ...vacancy, essentialSkills: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] };
    const wide = { ...ref, relatedSkills: Array.from({ length: 10 }, () => []) };
    const [skills] = explainMatch({ ...cv, skills: [0] }, many, wide, (s) => `skill ${s}`).components;
    expect(skills!.reason).toBe(
      '1 di 10 competenze essenziali; mancano: skill 1, skill 2, skill 3, skill 4, skill 5 e altre 4',
    );
  });

  it('say when the CV names no occupation', () => {
    const none = { ...cv, occupations: [], experiences: [] };
    expect(
      explainMatch(none, vacancy, ref).components.find((c) => c.component === 'occupation'),
    ).toMatchObject({
      points: 0,
      reason: 'nessuna professione cercata o svolta indicata nel CV',
    });
  });

  it('say when the place is beyond the radius and when work is remote', () => {
    const far = { ...vacancy, comune: 2 };
    expect(explainMatch(cv, far, ref).components.find((c) => c.component === 'distance')).toMatchObject({
      points: 0,
      reason: '30,8 km, oltre il raggio di 20 km',
    });
    const remote = { ...vacancy, remote: true };
    expect(explainMatch(cv, remote, ref).components.find((c) => c.component === 'distance')).toMatchObject({
      points: 120,
      reason: 'lavoro da remoto',
    });
  });

  it('add up to the score, within 0 and the maximum', () => {
    fc.assert(
      fc.property(worldArb(true), ({ ref, cvs, vacancies }) => {
        for (const c of cvs)
          for (const v of vacancies) {
            const explanation = explainMatch(c, v, ref);
            expect(explanation.score).toBe(scorePair(c, v, ref));
            expect(explanation.score).toBeGreaterThanOrEqual(0);
            expect(explanation.score).toBeLessThanOrEqual(MAX_SCORE);
            for (const component of explanation.components) {
              expect(component.points).toBeLessThanOrEqual(component.maxPoints);
              expect(component.reason).not.toBe('');
            }
          }
      }),
      { numRuns: 50 },
    );
  });
});
