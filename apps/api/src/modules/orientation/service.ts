import {
  companies,
  cvExperiences,
  cvSkills,
  cvSoughtOccupations,
  type Db,
  escoOccupationSkills,
  escoOccupations,
  escoSkillBroader,
  escoSkills,
  internshipSkills,
  internships,
  skillToSkill,
  trainingEnrolments,
  trainingModuleSkills,
  trainingModules,
  vacancies,
  vacancySkills,
} from '@sportello/db';
import { todayInItaly } from '@sportello/domain';
import { skillCredit, Vocabulary } from '@sportello/matching';
import { and, asc, desc, eq, gte, inArray, isNotNull, ne, or, sql } from 'drizzle-orm';
import { badInput } from '../../lib/errors.js';
import type { Page } from '../../lib/pagination.js';
import { toConnection } from '../../lib/pagination.js';
import type { EscoOccupation, EscoSkill } from '../cvs/service.js';

export type SkillGapStatus = 'DECLARED' | 'ATTESTED' | 'RELATED' | 'MISSING';

export interface SkillGapItem {
  skill: EscoSkill;
  status: SkillGapStatus;
  reason: string | null;
  openInternships: number;
  openTrainingModules: number;
}

export interface SkillsGap {
  networkId: string;
  occupation: EscoOccupation;
  notice: string | null;
  essentialSkills: SkillGapItem[];
  missingSkills: EscoSkill[];
  coverage: {
    essential: number;
    held: number;
    related: number;
    missing: number;
    percent: number;
    summary: string;
  };
  internshipHosts: { companyName: string; openInternships: number; skills: EscoSkill[] }[];
  trainingModules: GapTrainingModule[];
  /** Missing or only related: what the opportunities are sought for. */
  toBuild: EscoSkill[];
}

export interface GapTrainingModule {
  moduleId: string;
  skills: EscoSkill[];
}

export interface GapVacancy {
  vacancyId: string;
  skills: EscoSkill[];
  essentialCount: number;
}

/** Tirocini that can still build a skill: not yet started, or under way. */
const OPEN_INTERNSHIP = ['PROPOSED', 'AGREEMENT_SIGNED', 'ACTIVE'] as const;
const MAX_HOSTS = 20;
const MAX_TRAINING_MODULES = 20;

const NO_ESSENTIAL_SKILLS = 'ESCO non indica competenze essenziali per questa professione.';

const ORDER: Record<SkillGapStatus, number> = { MISSING: 0, RELATED: 1, ATTESTED: 2, DECLARED: 2 };
const byLabel = (a: EscoSkill, b: EscoSkill) =>
  (a.labelIt ?? a.labelEn).localeCompare(b.labelIt ?? b.labelEn, 'it');

function summary(essential: number, held: number, related: number): string {
  if (essential === 0) return 'nessuna competenza essenziale nota per questa professione';
  let text = `${held} di ${essential} ${essential === 1 ? 'competenza essenziale' : 'competenze essenziali'}`;
  if (related > 0) text += `, più ${related} ${related === 1 ? 'affine' : 'affini'}`;
  return text;
}

/**
 * The skills gap is a read model over the ESCO reference and several modules' tables (CVs,
 * tirocini, training modules, vacancies), like the matching index, so it reads them directly. Whether the CV covers a
 * skill is decided by the matching score's own rule (`skillCredit`), so the two always agree.
 */
export function createOrientationService(db: Db) {
  async function citizenCv(citizenId: string) {
    const [held, sought, worked] = await Promise.all([
      db
        .select({ skill: escoSkills, source: cvSkills.source })
        .from(cvSkills)
        .innerJoin(escoSkills, eq(escoSkills.uri, cvSkills.skillUri))
        .where(eq(cvSkills.citizenId, citizenId)),
      db
        .select({ uri: cvSoughtOccupations.occupationUri })
        .from(cvSoughtOccupations)
        .where(eq(cvSoughtOccupations.citizenId, citizenId)),
      db
        .selectDistinct({ uri: cvExperiences.occupationUri })
        .from(cvExperiences)
        .where(and(eq(cvExperiences.citizenId, citizenId), isNotNull(cvExperiences.occupationUri))),
    ]);
    return { held, sought: sought.map((o) => o.uri), worked: worked.map((o) => o.uri!) };
  }

  /**
   * The hierarchy around the essential skills, the essential skills of the CV's occupations among
   * them, and how many open tirocini of the network aim at each.
   */
  async function relations(networkId: string, essentialUris: string[], occupationUris: string[]) {
    return Promise.all([
      db
        .select()
        .from(escoSkillBroader)
        .where(
          and(
            skillToSkill,
            or(
              inArray(escoSkillBroader.skillUri, essentialUris),
              inArray(escoSkillBroader.broaderUri, essentialUris),
            ),
          ),
        ),
      occupationUris.length === 0
        ? []
        : db
            .select({
              occupation: escoOccupations,
              skillUri: escoOccupationSkills.skillUri,
              relationType: escoOccupationSkills.relationType,
            })
            .from(escoOccupationSkills)
            .innerJoin(escoOccupations, eq(escoOccupations.uri, escoOccupationSkills.occupationUri))
            .where(
              and(
                inArray(escoOccupationSkills.occupationUri, occupationUris),
                inArray(escoOccupationSkills.skillUri, essentialUris),
                eq(escoOccupationSkills.relationType, 'essential'),
              ),
            ),
      db
        .select({ skillUri: internshipSkills.skillUri, count: sql<number>`count(*)::int` })
        .from(internshipSkills)
        .innerJoin(internships, eq(internships.id, internshipSkills.internshipId))
        .where(openTargets(networkId, essentialUris))
        .groupBy(internshipSkills.skillUri),
      db
        .select({ skillUri: trainingModuleSkills.skillUri, count: sql<number>`count(*)::int` })
        .from(trainingModuleSkills)
        .innerJoin(trainingModules, eq(trainingModules.id, trainingModuleSkills.moduleId))
        .where(openModulesBuilding(networkId, essentialUris))
        .groupBy(trainingModuleSkills.skillUri),
    ]);
  }

  /** Published modules of the network, not yet ended, with a seat left, that build one of the skills. */
  function openModulesBuilding(networkId: string, skillUris: string[]) {
    const taken = db
      .select({ n: sql`count(*)` })
      .from(trainingEnrolments)
      .where(
        and(eq(trainingEnrolments.moduleId, trainingModules.id), ne(trainingEnrolments.status, 'WITHDRAWN')),
      );
    return and(
      eq(trainingModules.networkId, networkId),
      eq(trainingModules.status, 'PUBLISHED'),
      gte(trainingModules.endsOn, todayInItaly()),
      sql`${trainingModules.seats} > (${taken})`,
      inArray(trainingModuleSkills.skillUri, skillUris),
    );
  }

  function openTargets(networkId: string, skillUris: string[]) {
    return and(
      eq(internships.networkId, networkId),
      inArray(internships.status, [...OPEN_INTERNSHIP]),
      eq(internshipSkills.kind, 'TARGET'),
      inArray(internshipSkills.skillUri, skillUris),
    );
  }

  return {
    async gap(citizen: { userId: string; networkId: string }, occupationUri: string): Promise<SkillsGap> {
      const [[occupation], essential, cv] = await Promise.all([
        db.select().from(escoOccupations).where(eq(escoOccupations.uri, occupationUri)),
        db
          .select({ skill: escoSkills })
          .from(escoOccupationSkills)
          .innerJoin(escoSkills, eq(escoSkills.uri, escoOccupationSkills.skillUri))
          .where(
            and(
              eq(escoOccupationSkills.occupationUri, occupationUri),
              eq(escoOccupationSkills.relationType, 'essential'),
            ),
          ),
        citizenCv(citizen.userId),
      ]);
      if (!occupation) throw badInput('Professione ESCO sconosciuta: scegline una dall’elenco.');
      const skills = essential.map((e) => e.skill);
      const base = { networkId: citizen.networkId, occupation, internshipHosts: [], trainingModules: [] };
      if (skills.length === 0) {
        return {
          ...base,
          notice: NO_ESSENTIAL_SKILLS,
          essentialSkills: [],
          missingSkills: [],
          coverage: { essential: 0, held: 0, related: 0, missing: 0, percent: 0, summary: summary(0, 0, 0) },
          toBuild: [],
        };
      }

      // Seeking the target occupation says nothing of its skills; having worked in it does.
      const occupationUris = [...new Set([...cv.sought.filter((o) => o !== occupationUri), ...cv.worked])];
      const essentialUris = skills.map((s) => s.uri);
      const [broader, occupationSkills, internshipCounts, moduleCounts] = await relations(
        citizen.networkId,
        essentialUris,
        occupationUris,
      );

      const occupations = [
        ...new Map(occupationSkills.map((r) => [r.occupation.uri, r.occupation])).values(),
      ];
      // Keyed by URI only: the compact ids that a full index load uses are not read here.
      const vocabulary = new Vocabulary({
        comuni: [],
        occupations: occupations.map((o, id) => ({ ...o, id })),
        skills: [
          ...new Set([
            ...essentialUris,
            ...cv.held.map((h) => h.skill.uri),
            ...broader.flatMap((b) => [b.skillUri, b.broaderUri]),
          ]),
        ].map((uri, id) => ({ uri, id })),
        skillBroader: broader,
        occupationSkills: occupationSkills.map((r) => ({ ...r, occupationUri: r.occupation.uri })),
      });
      const profile = {
        skills: cv.held.map((h) => vocabulary.skill(h.skill.uri)),
        occupations: occupations.map((o) => vocabulary.occupation(o.uri)),
      };
      const heldByUri = new Map(cv.held.map((h) => [h.skill.uri, h]));
      const internshipsBySkill = new Map(internshipCounts.map((c) => [c.skillUri, c.count]));
      const modulesBySkill = new Map(moduleCounts.map((c) => [c.skillUri, c.count]));

      const items = skills.map((skill): SkillGapItem => {
        const id = vocabulary.skill(skill.uri);
        const credit = skillCredit(profile, id, vocabulary.ref);
        const openings = {
          openInternships: internshipsBySkill.get(skill.uri) ?? 0,
          openTrainingModules: modulesBySkill.get(skill.uri) ?? 0,
        };
        if (credit === 2) {
          const status = heldByUri.get(skill.uri)!.source === 'DECLARED' ? 'DECLARED' : 'ATTESTED';
          return { skill, status, reason: null, ...openings };
        }
        if (credit === 0) return { skill, status: 'MISSING', reason: null, ...openings };
        const near = (vocabulary.ref.relatedSkills[id] ?? [])
          .map((r) => heldByUri.get(vocabulary.skills.values[r]!)?.skill)
          .filter((s) => s !== undefined);
        const reason =
          near.length > 0
            ? `Competenza affine nel CV: ${near.map((s) => s.labelIt ?? s.labelEn).join(', ')}`
            : `Essenziale per ${occupationSkills
                .filter((r) => r.skillUri === skill.uri)
                .map((r) => r.occupation.labelIt ?? r.occupation.labelEn)
                .join(', ')}, professione del CV`;
        return { skill, status: 'RELATED', reason, ...openings };
      });
      items.sort((a, b) => ORDER[a.status] - ORDER[b.status] || byLabel(a.skill, b.skill));

      const count = (status: SkillGapStatus) => items.filter((i) => i.status === status).length;
      const held = count('DECLARED') + count('ATTESTED');
      const related = count('RELATED');
      const missing = count('MISSING');
      const toBuild = items
        .filter((i) => i.status === 'MISSING' || i.status === 'RELATED')
        .map((i) => i.skill);
      const skillByUri = new Map(skills.map((s) => [s.uri, s]));
      const toBuildUris = toBuild.map((s) => s.uri);
      const [hosts, modules] =
        toBuild.length === 0
          ? [[], []]
          : await Promise.all([
              db
                .select({
                  companyName: companies.legalName,
                  openInternships: sql<number>`count(distinct ${internships.id})::int`,
                  skillUris: sql<string[]>`array_agg(distinct ${internshipSkills.skillUri})`,
                })
                .from(internshipSkills)
                .innerJoin(internships, eq(internships.id, internshipSkills.internshipId))
                .innerJoin(companies, eq(companies.id, internships.companyId))
                .where(openTargets(citizen.networkId, toBuildUris))
                .groupBy(companies.id, companies.legalName)
                .orderBy(
                  desc(sql`count(distinct ${internshipSkills.skillUri})`),
                  desc(sql`count(distinct ${internships.id})`),
                  asc(companies.legalName),
                  asc(companies.id),
                )
                .limit(MAX_HOSTS),
              db
                .select({
                  moduleId: trainingModules.id,
                  skillUris: sql<string[]>`array_agg(${trainingModuleSkills.skillUri})`,
                })
                .from(trainingModuleSkills)
                .innerJoin(trainingModules, eq(trainingModules.id, trainingModuleSkills.moduleId))
                .where(openModulesBuilding(citizen.networkId, toBuildUris))
                .groupBy(trainingModules.id)
                .orderBy(desc(sql`count(*)`), asc(trainingModules.startsOn), asc(trainingModules.id))
                .limit(MAX_TRAINING_MODULES),
            ]);

      return {
        ...base,
        notice: null,
        essentialSkills: items,
        missingSkills: items.filter((i) => i.status === 'MISSING').map((i) => i.skill),
        coverage: {
          essential: skills.length,
          held,
          related,
          missing,
          percent: Math.round((100 * (2 * held + related)) / (2 * skills.length)),
          summary: summary(skills.length, held, related),
        },
        internshipHosts: hosts.map((h) => ({
          companyName: h.companyName,
          openInternships: h.openInternships,
          skills: h.skillUris.map((uri) => skillByUri.get(uri)!).sort(byLabel),
        })),
        trainingModules: modules.map((m) => ({
          moduleId: m.moduleId,
          skills: m.skillUris.map((uri) => skillByUri.get(uri)!).sort(byLabel),
        })),
        toBuild,
      };
    },

    /** Published, unexpired vacancies of the network asking for skills to build, most of them first. */
    async vacancies(gap: SkillsGap, page: Page) {
      if (gap.toBuild.length === 0) return toConnection<GapVacancy>([], page, 0);
      const skillByUri = new Map(gap.toBuild.map((s) => [s.uri, s]));
      const asking = and(
        eq(vacancies.networkId, gap.networkId),
        eq(vacancies.status, 'PUBLISHED'),
        gte(vacancies.expiresOn, todayInItaly()),
        inArray(vacancySkills.skillUri, [...skillByUri.keys()]),
      );
      const asked = sql`count(*)`;
      const essentialCount = sql<number>`(count(*) filter (where ${vacancySkills.essential}))::int`;
      const rows = await db
        .select({
          vacancyId: vacancies.id,
          skillUris: sql<
            string[]
          >`array_agg(${vacancySkills.skillUri} order by ${vacancySkills.essential} desc, ${vacancySkills.skillUri})`,
          essentialCount,
          total: sql<number>`(count(*) over ())::int`,
        })
        .from(vacancySkills)
        .innerJoin(vacancies, eq(vacancies.id, vacancySkills.vacancyId))
        .where(asking)
        .groupBy(vacancies.id)
        .orderBy(desc(asked), desc(essentialCount), desc(vacancies.publishedAt), asc(vacancies.id))
        .limit(page.limit + 1)
        .offset(page.offset);
      const nodes = rows.map(
        (r): GapVacancy => ({
          vacancyId: r.vacancyId,
          skills: r.skillUris.map((uri) => skillByUri.get(uri)!),
          essentialCount: r.essentialCount,
        }),
      );
      // Past the last page no row carries the total: count apart.
      const total =
        rows[0]?.total ??
        (page.offset === 0
          ? 0
          : ((
              await db
                .select({ n: sql<number>`count(distinct ${vacancies.id})::int` })
                .from(vacancySkills)
                .innerJoin(vacancies, eq(vacancies.id, vacancySkills.vacancyId))
                .where(asking)
            )[0]?.n ?? 0));
      return toConnection(nodes, page, total);
    },
  };
}
