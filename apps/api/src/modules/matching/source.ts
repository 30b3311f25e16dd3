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
import { and, asc, type Column, eq, gt, gte, inArray, isNotNull, isNull, lte, type SQL } from 'drizzle-orm';
import { groupByKey } from '../../lib/group-by.js';
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

    /** The records of those citizens that still have a CV; the others are missing from the result. */
    async cvRecords(scope: Scope): Promise<CitizenCvRecord[]> {
      if (isEmpty(scope)) return [];
      const [people, sharing, eligible, sought, experiences, education, languages, skills] =
        await Promise.all([
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
              disabledAt: users.disabledAt,
            })
            .from(citizens)
            .innerJoin(users, eq(users.id, citizens.userId))
            .innerJoin(cvs, eq(cvs.citizenId, citizens.userId))
            // The scope on every joined key: PostgreSQL carries equalities across a join, not ranges.
            .where(
              and(within(citizens.userId, scope), within(cvs.citizenId, scope), within(users.id, scope)),
            ),
          db
            .select({ citizenId: consents.citizenId })
            .from(consents)
            .where(
              and(
                within(consents.citizenId, scope),
                eq(consents.purpose, 'CV_SHARING'),
                isNull(consents.withdrawnAt),
              ),
            ),
          specialCategories.law68Eligible(scope),
          db
            .select()
            .from(cvSoughtOccupations)
            .where(within(cvSoughtOccupations.citizenId, scope))
            .orderBy(asc(cvSoughtOccupations.position)),
          db
            .select({
              citizenId: cvExperiences.citizenId,
              occupationUri: cvExperiences.occupationUri,
              startsOn: cvExperiences.startsOn,
              endsOn: cvExperiences.endsOn,
            })
            .from(cvExperiences)
            .where(within(cvExperiences.citizenId, scope))
            .orderBy(asc(cvExperiences.position)),
          db
            .select({ citizenId: cvEducation.citizenId, eqfLevel: educationTitles.eqfLevel })
            .from(cvEducation)
            .innerJoin(educationTitles, eq(educationTitles.code, cvEducation.titleCode))
            .where(and(within(cvEducation.citizenId, scope), isNotNull(cvEducation.yearCompleted))),
          db
            .select()
            .from(cvLanguages)
            .where(within(cvLanguages.citizenId, scope))
            .orderBy(asc(cvLanguages.languageCode)),
          db
            .select({ citizenId: cvSkills.citizenId, skillUri: cvSkills.skillUri })
            .from(cvSkills)
            .where(within(cvSkills.citizenId, scope))
            .orderBy(asc(cvSkills.position)),
        ]);
      const found = people.map((p) => p.citizenId);
      const sharingIds = new Set(sharing.map((s) => s.citizenId));
      const soughtBy = groupByKey(found, sought, (r) => r.citizenId);
      const experiencesBy = groupByKey(found, experiences, (r) => r.citizenId);
      const educationBy = groupByKey(found, education, (r) => r.citizenId);
      const languagesBy = groupByKey(found, languages, (r) => r.citizenId);
      const skillsBy = groupByKey(found, skills, (r) => r.citizenId);
      // Fields named one by one: a rest/spread copy per row is the slowest part of a million-CV load.
      return people.map((person) => ({
        citizenId: person.citizenId,
        networkId: person.networkId,
        birthDate: person.birthDate,
        employmentStatus: person.employmentStatus,
        residenceComuneCode: person.residenceComuneCode,
        domicileComuneCode: person.domicileComuneCode,
        mobilityRadiusKm: person.mobilityRadiusKm,
        availableFullTime: person.availableFullTime,
        availablePartTime: person.availablePartTime,
        availableForShifts: person.availableForShifts,
        drivingLicences: person.drivingLicences,
        accountDisabled: person.disabledAt !== null,
        cvSharingConsent: sharingIds.has(person.citizenId),
        law68Disability: eligible.has(person.citizenId),
        skills: skillsBy.get(person.citizenId)!.map((s) => s.skillUri),
        soughtOccupations: soughtBy.get(person.citizenId)!.map((s) => s.occupationUri),
        experiences: experiencesBy.get(person.citizenId)!,
        completedEqfLevels: educationBy.get(person.citizenId)!.map((e) => e.eqfLevel),
        languages: languagesBy.get(person.citizenId)!.map((l) => ({
          languageCode: l.languageCode,
          motherTongue: l.motherTongue,
          levels: [l.listening, l.reading, l.spokenInteraction, l.spokenProduction, l.writing],
        })),
      }));
    },

    async vacancyRecords(scope: Scope): Promise<VacancyRecord[]> {
      if (isEmpty(scope)) return [];
      const [rows, languages, skills] = await Promise.all([
        db
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
          })
          .from(vacancies)
          .where(within(vacancies.id, scope)),
        db.select().from(vacancyLanguages).where(within(vacancyLanguages.vacancyId, scope)),
        db.select().from(vacancySkills).where(within(vacancySkills.vacancyId, scope)),
      ]);
      const found = rows.map((r) => r.id);
      const languagesBy = groupByKey(found, languages, (r) => r.vacancyId);
      const skillsBy = groupByKey(found, skills, (r) => r.vacancyId);
      return rows.map((r) => ({
        ...r,
        languages: languagesBy.get(r.id)!,
        skills: skillsBy.get(r.id)!,
      }));
    },
  };
}

export type MatchingSource = ReturnType<typeof createMatchingSource>;
