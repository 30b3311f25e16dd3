import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { skillCredit } from './reference.js';
import { RequiredSkills } from './required-skills.js';

const SKILLS = 90;
const OCCUPATIONS = 6;

describe('required skills', () => {
  it('credit a CV as the reference does, also past 32 required skills', () => {
    const ids = (n: number, max: number) => fc.uniqueArray(fc.nat(n - 1), { maxLength: max });
    fc.assert(
      fc.property(
        fc.array(ids(SKILLS, 3), { minLength: SKILLS, maxLength: SKILLS }),
        fc.array(ids(SKILLS, 12), { minLength: OCCUPATIONS, maxLength: OCCUPATIONS }),
        fc.array(fc.tuple(ids(SKILLS, 45), ids(SKILLS, 30)), { minLength: 1, maxLength: 3 }),
        fc.array(fc.tuple(ids(SKILLS, 20), ids(OCCUPATIONS, 3)), { minLength: 1, maxLength: 5 }),
        (relatedSkills, occupationSkills, vacancies, cvs) => {
          const skillOccupations = Array.from({ length: SKILLS }, (_, s) =>
            occupationSkills.flatMap((skills, o) => (skills.includes(s) ? [o] : [])),
          );
          const ref = { relatedSkills, occupationSkills };
          const required = new RequiredSkills(relatedSkills, skillOccupations);
          for (const [essential, optional] of vacancies) {
            required.prepare(essential, optional, SKILLS, OCCUPATIONS);
            for (const [skills, occupations] of cvs) {
              required.credit(skills, 0, skills.length, occupations, 0, occupations.length);
              const halfUnits = (list: number[]) =>
                list.reduce((sum, s) => sum + skillCredit({ skills, occupations }, s, ref), 0);
              expect([required.essentialHalfUnits, required.optionalHalfUnits]).toEqual([
                halfUnits(essential),
                halfUnits(optional),
              ]);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
