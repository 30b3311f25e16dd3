import { type Db, escoSkills } from '@sportello/db';
import { type TargetGroup, todayInItaly } from '@sportello/domain';
import {
  type Component,
  type CvProfile,
  dayNumber,
  type Explanation,
  explainMatch,
  formatScore,
  type MatchQuery,
  SCALE,
  type SkillLabel,
  targetGroupMask,
  type VacancyProfile,
  type Vocabulary,
} from '@sportello/matching';
import { inArray } from 'drizzle-orm';
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

/** Where a citizen stands among the suggested candidates of a vacancy, and why. */
export interface CandidateStanding {
  /** Null when the citizen cannot be ranked for the vacancy at all (`summary` says why). */
  match: ScoredMatch | null;
  /** 1 to {@link STANDING_TOP} when among them. */
  rank: number | null;
  /** The score of the last of the top {@link STANDING_TOP}; null when fewer qualify. */
  cutoffScore: number | null;
  summary: string;
}

/** The candidates an operator looks at: "why not" compares a citizen with the last of them. */
export const STANDING_TOP = 50;

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

const COMPONENT_NAMES: Record<Component, string> = {
  essentialSkills: 'competenze essenziali',
  optionalSkills: 'competenze facoltative',
  occupation: 'professione',
  distance: 'distanza',
  languages: 'lingue',
  education: 'titolo di studio',
  experience: 'esperienza',
  availability: 'disponibilità',
  drivingLicences: 'patenti',
};

/** Why a citizen is left out of a vacancy's candidates before any score, or null when they are not. */
function exclusion(cv: CvProfile | undefined, vacancy: VacancyProfile): string | null {
  if (!cv) return 'La persona non ha ancora un CV: compilarlo è il primo passo per comparire.';
  if (!cv.active) return 'L’account della persona è disattivato.';
  if (!cv.sharesCv)
    return 'La persona non ha dato il consenso a condividere il CV con le aziende: senza, non compare tra i candidati.';
  if (vacancy.law68Reserved && !cv.law68Eligible)
    return 'L’offerta è riservata alle persone iscritte alle liste della legge 68/1999.';
  return null;
}

/** The components where the citizen lost most points, in words: "competenze essenziali (−24,0: ...)". */
function largestLosses(explanation: Explanation): string {
  return explanation.components
    .filter((c) => c.points < c.maxPoints)
    .sort((a, b) => b.maxPoints - b.points - (a.maxPoints - a.points))
    .slice(0, 3)
    .map((c) => `${COMPONENT_NAMES[c.component]} (−${formatScore(c.maxPoints - c.points)}: ${c.reason})`)
    .join('; ');
}

export function createMatchingService(db: Db, indexer: MatchingIndexer, applications: ApplicationService) {
  /** English ESCO labels of the given skill ids, to name the missing ones in the explanations. */
  async function skillLabels(vocabulary: Vocabulary, ids: Iterable<number>): Promise<SkillLabel> {
    const uris = [...new Set(ids)].map((id) => vocabulary.skills.values[id]!);
    const rows = uris.length
      ? await db
          .select({ uri: escoSkills.uri, labelEn: escoSkills.labelEn, labelIt: escoSkills.labelIt })
          .from(escoSkills)
          .where(inArray(escoSkills.uri, uris))
      : [];
    const labels = new Map(rows.map((r) => [r.uri, r.labelIt ?? r.labelEn]));
    return (id) => labels.get(vocabulary.skills.values[id]!) ?? vocabulary.skills.values[id]!;
  }
  const skillsOf = (vacancies: readonly VacancyProfile[]) =>
    vacancies.flatMap((v) => [...v.essentialSkills, ...v.optionalSkills]);

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
      const label = await skillLabels(vocabulary, skillsOf([profile]));
      return matches.map((m) => ({
        ...scored(explainMatch(index.cv(m.key)!, profile, vocabulary.ref, label)),
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
      const ranked = index.topVacancies(cv, q).map((m) => ({ key: m.key, profile: index.vacancy(m.key)! }));
      const label = await skillLabels(vocabulary, skillsOf(ranked.map((r) => r.profile)));
      return ranked.map((r) => ({
        ...scored(explainMatch(cv, r.profile, vocabulary.ref, label)),
        vacancyId: r.key,
      }));
    },

    /**
     * "Why not": the citizen's score for the vacancy, component by component, against the score of
     * the last of the top {@link STANDING_TOP} candidates, with an Italian summary.
     */
    async standing(vacancy: Vacancy, citizenId: string, actorUserId: string): Promise<CandidateStanding> {
      const { index, vocabulary } = await indexer.current();
      const profile = index.vacancy(vacancy.id);
      const cv = index.cv(citizenId);
      if (!profile)
        return {
          match: null,
          rank: null,
          cutoffScore: null,
          summary: 'L’offerta non è ancora pronta per l’abbinamento.',
        };
      if (vacancy.law68Reserved)
        await recordAudit(db, {
          networkId: vacancy.networkId,
          actorUserId,
          action: 'special_categories.eligibility_filter',
          subjectType: 'vacancy',
          subjectId: vacancy.id,
          reason: 'Abbinamento per offerta riservata L. 68/1999: posizione di una persona',
        });
      const top = index.topCitizens(profile, { k: STANDING_TOP, today: dayNumber(todayInItaly()) });
      const cutoff = top.length === STANDING_TOP ? top[STANDING_TOP - 1]!.score : null;
      const cutoffScore = cutoff === null ? null : cutoff / SCALE;
      const excluded = exclusion(cv, profile);
      if (excluded || !cv) return { match: null, rank: null, cutoffScore, summary: excluded! };
      const explanation = explainMatch(
        cv,
        profile,
        vocabulary.ref,
        await skillLabels(vocabulary, skillsOf([profile])),
      );
      const position = top.findIndex((m) => m.key === citizenId);
      const match = scored(explanation);
      const score = formatScore(explanation.score);
      if (position >= 0)
        return {
          match,
          rank: position + 1,
          cutoffScore,
          summary: `La persona compare tra i candidati suggeriti, al posto ${position + 1}, con ${score} punti su 100.`,
        };
      if (cutoff === null)
        return {
          match,
          rank: null,
          cutoffScore,
          summary: 'La persona non è tra i candidati di questa offerta.',
        };
      const losses = largestLosses(explanation);
      return {
        match,
        rank: null,
        cutoffScore,
        summary: `Punteggio ${score} su 100, sotto i ${formatScore(cutoff)} punti del ${STANDING_TOP}° candidato suggerito (${formatScore(cutoff - explanation.score)} punti in meno).${losses ? ` Perde più punti su: ${losses}.` : ''}`,
      };
    },
  };
}

export type MatchingService = ReturnType<typeof createMatchingService>;
