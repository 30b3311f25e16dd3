import { createHash } from 'node:crypto';
import { ageOn } from '@sportello/domain';
import type { CitizenRecord } from '../citizens/service.js';
import type { CvRecord } from '../cvs/service.js';

/** Stable for one company and candidate, unrelated across companies: no linking between them. */
export function candidateAlias(companyId: string, citizenId: string): string {
  return `Candidato ${createHash('sha256').update(`${companyId}:${citizenId}`).digest('hex').slice(0, 6).toUpperCase()}`;
}

export function ageBand(birthDate: string, today: string): string {
  const age = ageOn(birthDate, today);
  if (age < 25) return 'meno di 25 anni';
  if (age < 35) return '25-34 anni';
  if (age < 45) return '35-44 anni';
  if (age < 55) return '45-54 anni';
  return '55 anni e oltre';
}

function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return Math.max(1, (ty - fy) * 12 + (tm - fm));
}

/**
 * What a company may see of a candidate who has not disclosed themself: coded data only (ESCO
 * occupations, durations, EQF levels, CEFR levels, province, age band). No names, employers or free
 * text, which could identify the person.
 */
export function pseudonymousCandidate(
  companyId: string,
  citizen: CitizenRecord,
  cv: CvRecord | undefined,
  province: string,
  today: string,
) {
  return {
    alias: candidateAlias(companyId, citizen.userId),
    ageBand: ageBand(citizen.birthDate, today),
    province,
    soughtOccupations: cv?.soughtOccupations.map((s) => s.occupation) ?? [],
    experiences:
      cv?.experiences.map((e) => ({
        occupation: e.occupation,
        months: monthsBetween(e.startsOn, e.endsOn ?? today),
      })) ?? [],
    educationEqfLevels: [
      ...new Set(cv?.education.map((e) => e.title.eqfLevel).filter((l): l is number => l !== null) ?? []),
    ],
    languages: cv?.languages ?? [],
  };
}
