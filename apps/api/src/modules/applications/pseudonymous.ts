import { createHmac, hkdfSync } from 'node:crypto';
import { ageOn } from '@sportello/domain';
import type { CitizenRecord } from '../citizens/service.js';
import type { CvRecord } from '../cvs/service.js';

/** The key of candidates' aliases, derived from the server's signing key: not computable by a client. */
export const deriveAliasKey = (signingKeyPem: string) =>
  Buffer.from(hkdfSync('sha256', signingKeyPem, '', 'sportello-lavoro/candidate-alias', 32));

/**
 * Stable for one vacancy and candidate, unrelated across vacancies (also of the same company) and
 * keyed, so that a company that knows a candidate's id from one vacancy cannot recognise their alias
 * on another.
 */
export function candidateAlias(key: Buffer, vacancyId: string, citizenId: string): string {
  const digest = createHmac('sha256', key).update(`${vacancyId}:${citizenId}`).digest('hex');
  return `Candidato ${digest.slice(0, 6).toUpperCase()}`;
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

export interface PseudonymousSubject {
  vacancyId: string;
  /** A vacancy reserved under law 68/1999: its candidates are people on the lists (art. 9 GDPR data). */
  law68Reserved: boolean;
}

/**
 * What a company may see of a candidate who has not disclosed themself: coded data only (ESCO
 * occupations, durations, EQF levels, CEFR levels, province, age band). No names, employers or free
 * text, which could identify the person. On a vacancy reserved under law 68/1999 only the alias:
 * age band, province, occupations and durations would be quasi-identifiers of a person known to be
 * disabled, linkable to a CV the company sees on another vacancy.
 */
export function pseudonymousCandidate(
  aliasKey: Buffer,
  subject: PseudonymousSubject,
  citizen: CitizenRecord,
  cv: CvRecord | undefined,
  province: string,
  today: string,
) {
  const alias = candidateAlias(aliasKey, subject.vacancyId, citizen.userId);
  if (subject.law68Reserved)
    return {
      alias,
      ageBand: null,
      province: null,
      soughtOccupations: [],
      experiences: [],
      educationEqfLevels: [],
      languages: [],
    };
  return {
    alias,
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

/** Pseudonymous profiles under the server's alias key. */
export function createPseudonyms(aliasKey: Buffer) {
  return {
    profile: (
      subject: PseudonymousSubject,
      citizen: CitizenRecord,
      cv: CvRecord | undefined,
      province: string,
      today: string,
    ) => pseudonymousCandidate(aliasKey, subject, citizen, cv, province, today),
  };
}
