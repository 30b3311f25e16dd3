import {
  citizens,
  comuni,
  consents,
  cvEducation,
  cvExperiences,
  cvLanguages,
  cvSkills,
  cvSoughtOccupations,
  cvs,
  type Db,
  educationTitles,
  escoOccupationSkills,
  escoOccupations,
  escoSkillBroader,
  escoSkills,
  users,
  vacancies,
  vacancyLanguages,
  vacancySkills,
} from '@sportello/db';
import type { CitizenCvRecord, ReferenceRows, VacancyRecord } from '@sportello/matching';
import {
  and,
  asc,
  type Column,
  eq,
  gt,
  gte,
  inArray,
  isNotNull,
  isNull,
  lte,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { SpecialCategoryService } from '../citizens/special-categories.js';

/** Some citizens or vacancies: by id, or (for a full load, which ranges scan best) a range of ids. */
export type Scope = { ids: readonly string[] } | { from: string; to: string };

export function within(column: Column, scope: Scope): SQL | undefined {
  return 'ids' in scope
    ? inArray(column, [...scope.ids])
    : and(gte(column, scope.from), lte(column, scope.to));
}

const isEmpty = (scope: Scope) => 'ids' in scope && scope.ids.length === 0;

/**
 * What the matching index is built from. The index is a read model over several modules' tables,
 * loaded in bulk (a million CVs in a handful of statements per chunk), so it reads them directly;
 * law 68/1999 eligibility still comes through the special-categories service.
 */
export function createMatchingSource(db: Db, specialCategories: SpecialCategoryService) {
  return {
    async reference(): Promise<ReferenceRows> {
      const [comuneRows, occupations, skills, skillBroader, occupationSkills] = await Promise.all([
        db
          .select({ istatCode: comuni.istatCode, latitude: comuni.latitude, longitude: comuni.longitude })
          .from(comuni)
          .orderBy(asc(comuni.istatCode)),
        db
          .select({ uri: escoOccupations.uri, iscoGroup: escoOccupations.iscoGroup })
          .from(escoOccupations)
          .orderBy(asc(escoOccupations.uri)),
        db.select({ uri: escoSkills.uri }).from(escoSkills).orderBy(asc(escoSkills.uri)),
        db.select().from(escoSkillBroader),
        db.select().from(escoOccupationSkills),
      ]);
      return {
        comuni: comuneRows,
        occupations,
        skills: skills.map((s) => s.uri),
        skillBroader,
        occupationSkills,
      };
    },

    /** Citizens with a CV, in id order after `after`. */
    async citizenIds(after: string | null, limit: number): Promise<string[]> {
      const rows = await db
        .select({ id: cvs.citizenId })
        .from(cvs)
        .where(after ? gt(cvs.citizenId, after) : undefined)
        .orderBy(asc(cvs.citizenId))
        .limit(limit);
      return rows.map((r) => r.id);
    },

    async vacancyIds(after: string | null, limit: number): Promise<string[]> {
      const rows = await db
        .select({ id: vacancies.id })
        .from(vacancies)
        .where(after ? gt(vacancies.id, after) : undefined)
        .orderBy(asc(vacancies.id))
        .limit(limit);
      return rows.map((r) => r.id);
    },

    /**
     * The records of those citizens that still have a CV, in id order; the others are missing from
     * the result. One row per CV: the server aggregates the child rows into JSON lists, whose
     * shape is already the record's, so the client builds no intermediate objects.
     */
    async cvRecords(scope: Scope): Promise<CitizenCvRecord[]> {
      if (isEmpty(scope)) return [];
      const sharing = db
        .selectDistinct({ id: consents.citizenId })
        .from(consents)
        .where(
          and(
            within(consents.citizenId, scope),
            eq(consents.purpose, 'CV_SHARING'),
            isNull(consents.withdrawnAt),
          ),
        )
        .as('sharing');
      const skills = db
        .select({
          id: cvSkills.citizenId,
          list: sql<string[]>`json_agg(${cvSkills.skillUri} order by ${cvSkills.position})`.as('skills_list'),
        })
        .from(cvSkills)
        .where(within(cvSkills.citizenId, scope))
        .groupBy(cvSkills.citizenId)
        .as('skills');
      const sought = db
        .select({
          id: cvSoughtOccupations.citizenId,
          list: sql<
            string[]
          >`json_agg(${cvSoughtOccupations.occupationUri} order by ${cvSoughtOccupations.position})`.as(
            'sought_list',
          ),
        })
        .from(cvSoughtOccupations)
        .where(within(cvSoughtOccupations.citizenId, scope))
        .groupBy(cvSoughtOccupations.citizenId)
        .as('sought');
      const experiences = db
        .select({
          id: cvExperiences.citizenId,
          list: sql<CitizenCvRecord['experiences']>`json_agg(json_build_object(
            'occupationUri', ${cvExperiences.occupationUri},
            'startsOn', ${cvExperiences.startsOn},
            'endsOn', ${cvExperiences.endsOn}) order by ${cvExperiences.position})`.as('experiences_list'),
        })
        .from(cvExperiences)
        .where(within(cvExperiences.citizenId, scope))
        .groupBy(cvExperiences.citizenId)
        .as('experiences');
      const education = db
        .select({
          id: cvEducation.citizenId,
          list: sql<(number | null)[]>`json_agg(${educationTitles.eqfLevel})`.as('education_list'),
        })
        .from(cvEducation)
        .innerJoin(educationTitles, eq(educationTitles.code, cvEducation.titleCode))
        .where(and(within(cvEducation.citizenId, scope), isNotNull(cvEducation.yearCompleted)))
        .groupBy(cvEducation.citizenId)
        .as('education');
      const languages = db
        .select({
          id: cvLanguages.citizenId,
          list: sql<CitizenCvRecord['languages']>`json_agg(json_build_object(
            'languageCode', ${cvLanguages.languageCode},
            'motherTongue', ${cvLanguages.motherTongue},
            'levels', json_build_array(${cvLanguages.listening}, ${cvLanguages.reading},
              ${cvLanguages.spokenInteraction}, ${cvLanguages.spokenProduction}, ${cvLanguages.writing}))
            order by ${cvLanguages.languageCode})`.as('languages_list'),
        })
        .from(cvLanguages)
        .where(within(cvLanguages.citizenId, scope))
        .groupBy(cvLanguages.citizenId)
        .as('languages');
      const list = <T>(column: SQL.Aliased<T>) => sql<T>`coalesce(${column}, '[]'::json)`;
      const [records, eligible] = await Promise.all([
        db
          .select({
            citizenId: citizens.userId,
            networkId: citizens.networkId,
            birthDate: citizens.birthDate,
            employmentStatus: citizens.employmentStatus,
            residenceComuneCode: citizens.residenceComuneCode,
            domicileComuneCode: citizens.domicileComuneCode,
            mobilityRadiusKm: citizens.mobilityRadiusKm,
            availableFullTime: citizens.availableFullTime,
            availablePartTime: citizens.availablePartTime,
            availableForShifts: citizens.availableForShifts,
            drivingLicences: citizens.drivingLicences,
            accountDisabled: sql<boolean>`${users.disabledAt} is not null`,
            cvSharingConsent: sql<boolean>`${sharing.id} is not null`,
            law68Disability: sql<boolean>`false`,
            skills: list(skills.list),
            soughtOccupations: list(sought.list),
            experiences: list(experiences.list),
            completedEqfLevels: list(education.list),
            languages: list(languages.list),
          })
          .from(cvs)
          .innerJoin(citizens, eq(citizens.userId, cvs.citizenId))
          .innerJoin(users, eq(users.id, cvs.citizenId))
          .leftJoin(sharing, eq(sharing.id, cvs.citizenId))
          .leftJoin(skills, eq(skills.id, cvs.citizenId))
          .leftJoin(sought, eq(sought.id, cvs.citizenId))
          .leftJoin(experiences, eq(experiences.id, cvs.citizenId))
          .leftJoin(education, eq(education.id, cvs.citizenId))
          .leftJoin(languages, eq(languages.id, cvs.citizenId))
          // The scope on every joined key: PostgreSQL carries equalities across a join, not ranges.
          .where(and(within(cvs.citizenId, scope), within(citizens.userId, scope), within(users.id, scope)))
          .orderBy(asc(cvs.citizenId)),
        specialCategories.law68Eligible(scope),
      ]);
      for (const record of records) record.law68Disability = eligible.has(record.citizenId);
      return records;
    },

    /** The records of those vacancies that still exist, in id order, one row per vacancy. */
    async vacancyRecords(scope: Scope): Promise<VacancyRecord[]> {
      if (isEmpty(scope)) return [];
      const languages = db
        .select({
          id: vacancyLanguages.vacancyId,
          list: sql<VacancyRecord['languages']>`json_agg(json_build_object(
            'languageCode', ${vacancyLanguages.languageCode},
            'minLevel', ${vacancyLanguages.minLevel}) order by ${vacancyLanguages.languageCode})`.as(
            'languages_list',
          ),
        })
        .from(vacancyLanguages)
        .where(within(vacancyLanguages.vacancyId, scope))
        .groupBy(vacancyLanguages.vacancyId)
        .as('languages');
      const skills = db
        .select({
          id: vacancySkills.vacancyId,
          list: sql<VacancyRecord['skills']>`json_agg(json_build_object(
            'skillUri', ${vacancySkills.skillUri},
            'essential', ${vacancySkills.essential}) order by ${vacancySkills.skillUri})`.as('skills_list'),
        })
        .from(vacancySkills)
        .where(within(vacancySkills.vacancyId, scope))
        .groupBy(vacancySkills.vacancyId)
        .as('skills');
      return db
        .select({
          id: vacancies.id,
          networkId: vacancies.networkId,
          status: vacancies.status,
          expiresOn: vacancies.expiresOn,
          workplaceComuneCode: vacancies.workplaceComuneCode,
          remote: vacancies.remote,
          occupationUri: vacancies.occupationUri,
          minEqfLevel: vacancies.minEqfLevel,
          minExperienceMonths: vacancies.minExperienceMonths,
          hours: vacancies.hours,
          shifts: vacancies.shifts,
          drivingLicences: vacancies.drivingLicences,
          law68Reserved: vacancies.law68Reserved,
          languages: sql<VacancyRecord['languages']>`coalesce(${languages.list}, '[]'::json)`,
          skills: sql<VacancyRecord['skills']>`coalesce(${skills.list}, '[]'::json)`,
        })
        .from(vacancies)
        .leftJoin(languages, eq(languages.id, vacancies.id))
        .leftJoin(skills, eq(skills.id, vacancies.id))
        .where(within(vacancies.id, scope))
        .orderBy(asc(vacancies.id));
    },
  };
}

export type MatchingSource = ReturnType<typeof createMatchingSource>;
