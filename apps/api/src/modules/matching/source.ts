import {
  citizens,
  comuni,
  consents,
  cvEducation,
  cvExperiences,
  cvLanguages,
  cvMatchingLists,
  cvSkills,
  cvSoughtOccupations,
  cvs,
  type Db,
  educationTitles,
  escoOccupationSkills,
  escoOccupations,
  escoSkillBroader,
  escoSkills,
  forEachRow,
  type StatementSettings,
  skillToSkill,
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
  getTableName,
  gte,
  inArray,
  isNotNull,
  isNull,
  lt,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { SpecialCategoryService } from '../citizens/special-categories.js';

/**
 * Some citizens or vacancies by id, or one of `parts` equal ranges of the UUID space: a full load
 * reads the parts side by side, so that PostgreSQL aggregates each on a core of its own.
 */
export type Scope = { ids: readonly string[] } | { part: number; parts: number };

/** The first UUID of a part, or null past the last one. */
function partStart(part: number, parts: number): string | null {
  if (part >= parts) return null;
  const prefix = Math.floor((part * 2 ** 32) / parts)
    .toString(16)
    .padStart(8, '0');
  return `${prefix}-0000-0000-0000-000000000000`;
}

export function within(column: Column, scope: Scope): SQL | undefined {
  if ('ids' in scope) return inArray(column, [...scope.ids]);
  const start = partStart(scope.part, scope.parts);
  const end = partStart(scope.part + 1, scope.parts);
  return and(start ? gte(column, start) : undefined, end ? lt(column, end) : undefined);
}

const isEmpty = (scope: Scope) => 'ids' in scope && scope.ids.length === 0;

/** The fields as output columns named after them: the rows come back in the record's shape. */
function named(fields: Record<string, SQL | Column>): Record<string, SQL.Aliased> {
  return Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, sql`${value}`.as(key)]));
}

/** `json_build_object` of the fields, keyed by their (constant) names. */
function jsonObject(fields: Record<string, SQL | Column>): SQL {
  const pairs = Object.entries(fields).map(([key, value]) => sql`${sql.raw(`'${key}'`)}, ${value}`);
  return sql`json_build_object(${sql.join(pairs, sql`, `)})`;
}

const list = (column: SQL.Aliased | Column) => sql`coalesce(${column}, '[]'::json)`;

/** The highest compact ids of skills and occupations the index's vocabulary knows. */
export interface KnownIds {
  skills: number;
  occupations: number;
}

/**
 * A reference key (`ReferenceKey`): the compact id of the concept joined as `concept` when the
 * vocabulary knows it, else the URI.
 */
function referenceKey(uri: Column, concept: { id: Column }, knownId: number): SQL {
  return sql`case when ${concept.id} <= ${knownId} then to_json(${concept.id}) else to_json(${uri}) end`;
}

/**
 * A full load reads every row of each table once: sequential scans and hash joins in memory,
 * rather than walks of the indexes in citizen order (random reads of whole tables) or parallel
 * workers. JIT compiling costs seconds and gains nothing on these expressions. Reloads by id keep
 * the defaults.
 */
const BULK_READ: StatementSettings = {
  // The hash tables of a part's CVs, citizens, accounts and lists stay in memory.
  work_mem: '1GB',
  enable_indexscan: 'off',
  enable_bitmapscan: 'off',
  max_parallel_workers_per_gather: '0',
  jit: 'off',
  // A part takes seconds, far longer than a request may.
  statement_timeout: '0',
};
const settingsFor = (scope: Scope): StatementSettings => ('ids' in scope ? {} : BULK_READ);

/**
 * What the matching index is built from. The index is a read model over several modules' tables,
 * loaded in bulk (half a million CVs in a statement per part), so it reads them directly; law
 * 68/1999 eligibility still comes through the special-categories service. Each CV and each vacancy
 * comes as one row already in its record's shape (a CV's sections as the lists the triggers keep, a
 * vacancy's child rows aggregated into JSON lists): the client builds no intermediate objects.
 */
export function createMatchingSource(db: Db, specialCategories: SpecialCategoryService) {
  /**
   * For each owner (a CV's citizen, a vacancy) of the scope, the rows of the owner column's table as
   * a JSON list, in `order` when the order shows (a vacancy's skills name the missing ones in it; a
   * CV's are a set and skip a sort per owner); `concept` joins the reference table whose id the
   * element uses.
   */
  function childList(
    name: string,
    owner: PgColumn,
    element: SQL | Column,
    order: Column | null,
    scope: Scope,
    concept?: { table: typeof escoSkills | typeof escoOccupations; on: SQL },
  ) {
    const query = db
      .select({
        id: owner,
        list: (order ? sql`json_agg(${element} order by ${order})` : sql`json_agg(${element})`).as(
          `${name}_list`,
        ),
      })
      .from(owner.table as PgTable)
      .$dynamic();
    if (concept) query.leftJoin(concept.table, concept.on);
    return query.where(within(owner, scope)).groupBy(owner).as(name);
  }

  /** The citizens of the scope who consent to share their CV (`CV_SHARING`, not withdrawn). */
  function sharingOf(scope: Scope) {
    return db
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
  }

  /** The fields of a record that come from the citizen, the account and the consents. */
  function citizenFields(sharing: ReturnType<typeof sharingOf>) {
    return {
      citizenId: citizens.userId,
      networkId: citizens.networkId,
      birthDate: sql`${citizens.birthDate}::text`,
      employmentStatus: citizens.employmentStatus,
      residenceComuneCode: citizens.residenceComuneCode,
      domicileComuneCode: citizens.domicileComuneCode,
      mobilityRadiusKm: citizens.mobilityRadiusKm,
      availableFullTime: citizens.availableFullTime,
      availablePartTime: citizens.availablePartTime,
      availableForShifts: citizens.availableForShifts,
      drivingLicences: citizens.drivingLicences,
      accountDisabled: sql`${users.disabledAt} is not null`,
      cvSharingConsent: sql`${sharing.id} is not null`,
      law68Disability: sql`false`,
    };
  }

  const inScope = (scope: Scope) =>
    and(within(cvs.citizenId, scope), within(citizens.userId, scope), within(users.id, scope));

  /** `record` of the CVs, joined to their citizen, account and sharing consent. */
  function fromCvs(record: Record<string, SQL.Aliased>, sharing: ReturnType<typeof sharingOf>) {
    return db
      .select(record)
      .from(cvs)
      .innerJoin(citizens, eq(citizens.userId, cvs.citizenId))
      .innerJoin(users, eq(users.id, cvs.citizenId))
      .leftJoin(sharing, eq(sharing.id, cvs.citizenId))
      .$dynamic();
  }

  /**
   * The records of the scope with the sections' lists as the triggers keep them
   * (`cv_matching_lists`), and whether those use concepts newer than the vocabulary.
   */
  function cvRecordQuery(scope: Scope, known: KnownIds) {
    const sharing = sharingOf(scope);
    const lists = cvMatchingLists;
    const record = named({
      ...citizenFields(sharing),
      skills: list(lists.skills),
      soughtOccupations: list(lists.soughtOccupations),
      experiences: list(lists.experiences),
      completedEqfLevels: list(lists.completedEqfLevels),
      languages: list(lists.languages),
      newerConcepts: sql`coalesce(${lists.maxSkillId} > ${known.skills} or ${lists.maxOccupationId} > ${known.occupations}, false)`,
    });
    return fromCvs(record, sharing)
      .leftJoin(lists, and(eq(lists.citizenId, cvs.citizenId), within(lists.citizenId, scope)))
      .where(inScope(scope));
  }

  /**
   * The records of the scope aggregated from the sections themselves, each concept by its compact
   * id up to the `known` ones and by URI above: for the CVs that use concepts newer than the
   * vocabulary.
   */
  function cvSectionsQuery(scope: Scope, known: KnownIds) {
    const sharing = sharingOf(scope);
    const skills = childList(
      'skills',
      cvSkills.citizenId,
      referenceKey(cvSkills.skillUri, escoSkills, known.skills),
      null,
      scope,
      { table: escoSkills, on: eq(escoSkills.uri, cvSkills.skillUri) },
    );
    const sought = childList(
      'sought',
      cvSoughtOccupations.citizenId,
      referenceKey(cvSoughtOccupations.occupationUri, escoOccupations, known.occupations),
      cvSoughtOccupations.position,
      scope,
      { table: escoOccupations, on: eq(escoOccupations.uri, cvSoughtOccupations.occupationUri) },
    );
    const experience = jsonObject({
      occupation: referenceKey(cvExperiences.occupationUri, escoOccupations, known.occupations),
      startsOn: cvExperiences.startsOn,
      endsOn: cvExperiences.endsOn,
    });
    const experiences = childList(
      'experiences',
      cvExperiences.citizenId,
      experience,
      cvExperiences.position,
      scope,
      { table: escoOccupations, on: eq(escoOccupations.uri, cvExperiences.occupationUri) },
    );
    const education = db
      .select({
        id: cvEducation.citizenId,
        list: sql`json_agg(${educationTitles.eqfLevel})`.as('education_list'),
      })
      .from(cvEducation)
      .innerJoin(educationTitles, eq(educationTitles.code, cvEducation.titleCode))
      .where(and(within(cvEducation.citizenId, scope), isNotNull(cvEducation.yearCompleted)))
      .groupBy(cvEducation.citizenId)
      .as('education');
    const language = jsonObject({
      languageCode: cvLanguages.languageCode,
      motherTongue: cvLanguages.motherTongue,
      levels: sql`json_build_array(${cvLanguages.listening}, ${cvLanguages.reading},
        ${cvLanguages.spokenInteraction}, ${cvLanguages.spokenProduction}, ${cvLanguages.writing})`,
    });
    const languages = childList(
      'languages',
      cvLanguages.citizenId,
      language,
      cvLanguages.languageCode,
      scope,
    );
    const record = named({
      ...citizenFields(sharing),
      skills: list(skills.list),
      soughtOccupations: list(sought.list),
      experiences: list(experiences.list),
      completedEqfLevels: list(education.list),
      languages: list(languages.list),
    });
    return fromCvs(record, sharing)
      .leftJoin(skills, eq(skills.id, cvs.citizenId))
      .leftJoin(sought, eq(sought.id, cvs.citizenId))
      .leftJoin(experiences, eq(experiences.id, cvs.citizenId))
      .leftJoin(education, eq(education.id, cvs.citizenId))
      .leftJoin(languages, eq(languages.id, cvs.citizenId))
      .where(inScope(scope));
  }

  function vacancyRecordQuery(scope: Scope, known: KnownIds) {
    const language = jsonObject({
      languageCode: vacancyLanguages.languageCode,
      minLevel: vacancyLanguages.minLevel,
    });
    const languages = childList(
      'languages',
      vacancyLanguages.vacancyId,
      language,
      vacancyLanguages.languageCode,
      scope,
    );
    const skill = jsonObject({
      skill: referenceKey(vacancySkills.skillUri, escoSkills, known.skills),
      essential: vacancySkills.essential,
    });
    const skills = childList('skills', vacancySkills.vacancyId, skill, vacancySkills.skillUri, scope, {
      table: escoSkills,
      on: eq(escoSkills.uri, vacancySkills.skillUri),
    });
    const record = named({
      id: vacancies.id,
      networkId: vacancies.networkId,
      status: vacancies.status,
      expiresOn: sql`${vacancies.expiresOn}::text`,
      workplaceComuneCode: vacancies.workplaceComuneCode,
      remote: vacancies.remote,
      occupation: referenceKey(vacancies.occupationUri, escoOccupations, known.occupations),
      minEqfLevel: vacancies.minEqfLevel,
      minExperienceMonths: vacancies.minExperienceMonths,
      hours: vacancies.hours,
      shifts: vacancies.shifts,
      drivingLicences: vacancies.drivingLicences,
      law68Reserved: vacancies.law68Reserved,
      languages: list(languages.list),
      skills: list(skills.list),
    });
    return db
      .select(record)
      .from(vacancies)
      .leftJoin(escoOccupations, eq(escoOccupations.uri, vacancies.occupationUri))
      .leftJoin(languages, eq(languages.id, vacancies.id))
      .leftJoin(skills, eq(skills.id, vacancies.id))
      .where(within(vacancies.id, scope));
  }

  const cvRecords = async (scope: Scope, known: KnownIds, onRecord: (record: CitizenCvRecord) => void) => {
    if (isEmpty(scope)) return;
    const eligible = await specialCategories.law68Eligible(scope);
    const deliver = (record: CitizenCvRecord) => {
      record.law68Disability = eligible.has(record.citizenId);
      onRecord(record);
    };
    const newer: string[] = [];
    await forEachRow<CitizenCvRecord & { newerConcepts?: boolean }>(
      db,
      cvRecordQuery(scope, known),
      settingsFor(scope),
      (record) => {
        if (!record.newerConcepts) deliver(record);
        else newer.push(record.citizenId);
      },
    );
    if (newer.length === 0) return;
    await forEachRow<CitizenCvRecord>(db, cvSectionsQuery({ ids: newer }, known), {}, deliver);
  };

  const vacancyRecords = async (scope: Scope, known: KnownIds, onRecord: (record: VacancyRecord) => void) => {
    if (isEmpty(scope)) return;
    const query = vacancyRecordQuery(scope, known);
    await forEachRow<VacancyRecord>(db, query, settingsFor(scope), onRecord);
  };

  return {
    async reference(): Promise<ReferenceRows> {
      const [comuneRows, occupations, skills, skillBroader, occupationSkills] = await Promise.all([
        db
          .select({ istatCode: comuni.istatCode, latitude: comuni.latitude, longitude: comuni.longitude })
          .from(comuni)
          .orderBy(asc(comuni.istatCode)),
        db
          .select({ uri: escoOccupations.uri, id: escoOccupations.id, iscoGroup: escoOccupations.iscoGroup })
          .from(escoOccupations)
          .orderBy(asc(escoOccupations.id)),
        db.select({ uri: escoSkills.uri, id: escoSkills.id }).from(escoSkills).orderBy(asc(escoSkills.id)),
        db
          .select({ skillUri: escoSkillBroader.skillUri, broaderUri: escoSkillBroader.broaderUri })
          .from(escoSkillBroader)
          .where(skillToSkill),
        db.select().from(escoOccupationSkills),
      ]);
      return {
        comuni: comuneRows,
        occupations,
        skills,
        skillBroader,
        occupationSkills,
      };
    },

    /**
     * The records of those citizens, of the scope, that have a CV, as the rows arrive, with skills
     * and occupations by compact id up to the `known` ones.
     */
    cvRecords,

    /** The records of those vacancies, of the scope, that exist, as the rows arrive. */
    vacancyRecords,

    /** PostgreSQL's estimate of the number of CVs (0 before the table was first analysed). */
    async cvCountEstimate(): Promise<number> {
      const [row] = await db
        .select({ rows: sql<number>`greatest(reltuples, 0)::float8` })
        .from(sql`pg_class`)
        .where(sql`oid = to_regclass(${getTableName(cvs)})`);
      return Number(row?.rows ?? 0);
    },
  };
}

export type MatchingSource = ReturnType<typeof createMatchingSource>;
