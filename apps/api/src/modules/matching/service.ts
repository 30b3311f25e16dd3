import type { Db } from '@sportello/db';
import { type TargetGroup, todayInItaly } from '@sportello/domain';
import {
  type Component,
  dayNumber,
  type Explanation,
  explainMatch,
  type MatchQuery,
  SCALE,
  targetGroupMask,
} from '@sportello/matching';
import { badInput } from '../../lib/errors.js';
import { parsePageArgs } from '../../lib/pagination.js';
import type { Application, ApplicationService } from '../applications/service.js';
import { recordAudit } from '../audit/service.js';
import type { Vacancy } from '../vacancies/service.js';
import type { MatchingIndexer } from './indexer.js';

export interface MatchFilter {
  first?: number | null;
  radiusKm?: number | null;
  /** 0-100. */
  minScore?: number | null;
  targetGroups?: readonly TargetGroup[] | null;
}

export interface ScoredMatch {
  score: number;
  components: {
    component: (typeof COMPONENT_ENUM)[Component];
    points: number;
    maxPoints: number;
    reason: string;
  }[];
}

export interface CandidateMatch extends ScoredMatch {
  citizenId: string;
  networkId: string;
  companyId: string;
  vacancyId: string;
  law68Reserved: boolean;
  application: Application | null;
}

export interface VacancyMatch extends ScoredMatch {
  vacancyId: string;
}

const COMPONENT_ENUM = {
  essentialSkills: 'ESSENTIAL_SKILLS',
  optionalSkills: 'OPTIONAL_SKILLS',
  occupation: 'OCCUPATION',
  distance: 'DISTANCE',
  languages: 'LANGUAGES',
  education: 'EDUCATION',
  experience: 'EXPERIENCE',
  availability: 'AVAILABILITY',
  drivingLicences: 'DRIVING_LICENCES',
} as const satisfies Record<Component, string>;

function scored(explanation: Explanation): ScoredMatch {
  return {
    score: explanation.score / SCALE,
    components: explanation.components.map((c) => ({
      component: COMPONENT_ENUM[c.component],
      points: c.points / SCALE,
      maxPoints: c.maxPoints / SCALE,
      reason: c.reason,
    })),
  };
}

function query(filter: MatchFilter): MatchQuery {
  const { limit } = parsePageArgs({ first: filter.first });
  const { radiusKm, minScore } = filter;
  if (radiusKm != null && (!Number.isInteger(radiusKm) || radiusKm < 0 || radiusKm > 500))
    throw badInput('Il raggio va indicato in km interi, da 0 a 500.');
  if (minScore != null && !(minScore >= 0 && minScore <= 100))
    throw badInput('Il punteggio minimo va da 0 a 100.');
  return {
    k: limit,
    today: dayNumber(todayInItaly()),
    ...(radiusKm != null ? { radiusKm } : {}),
    ...(minScore != null ? { minScore: Math.ceil(minScore * SCALE) } : {}),
    ...(filter.targetGroups?.length ? { targetGroups: targetGroupMask(filter.targetGroups) } : {}),
  };
}

export function createMatchingService(db: Db, indexer: MatchingIndexer, applications: ApplicationService) {
  return {
    /** Citizens ranked for a vacancy, with their application or proposal for it when there is one. */
    async candidates(vacancy: Vacancy, filter: MatchFilter, actorUserId: string): Promise<CandidateMatch[]> {
      const q = query(filter);
      const { index, vocabulary } = await indexer.current();
      const profile = index.vacancy(vacancy.id);
      if (!profile) return [];
      const matches = index.topCitizens(profile, q);
      if (vacancy.law68Reserved)
        await recordAudit(db, {
          networkId: vacancy.networkId,
          actorUserId,
          action: 'special_categories.eligibility_filter',
          subjectType: 'vacancy',
          subjectId: vacancy.id,
          reason: `Abbinamento per offerta riservata L. 68/1999: ${matches.length} candidati`,
        });
      const existing = await applications.ofVacancyByCitizens(
        vacancy.id,
        matches.map((m) => m.key),
      );
      const byCitizen = new Map(existing.map((a) => [a.citizenId, a]));
      return matches.map((m) => ({
        ...scored(explainMatch(index.cv(m.key)!, profile, vocabulary.ref)),
        citizenId: m.key,
        networkId: vacancy.networkId,
        companyId: vacancy.companyId,
        vacancyId: vacancy.id,
        law68Reserved: vacancy.law68Reserved,
        application: byCitizen.get(m.key) ?? null,
      }));
    },

    /** Published vacancies ranked for a citizen's CV; none without a CV. */
    async vacancies(citizenId: string, filter: MatchFilter): Promise<VacancyMatch[]> {
      const q = query(filter);
      const { index, vocabulary } = await indexer.current();
      const cv = index.cv(citizenId);
      if (!cv) return [];
      return index.topVacancies(cv, q).map((m) => ({
        ...scored(explainMatch(cv, index.vacancy(m.key)!, vocabulary.ref)),
        vacancyId: m.key,
      }));
    },
  };
}

export type MatchingService = ReturnType<typeof createMatchingService>;
