import {
  builtOncePerSession,
  comuni,
  cvCertifications,
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
  escoSkills,
  isAnyOf,
  iscoGroups,
  searchPatterns,
  searchWords,
} from '@sportello/db';
import { todayInItaly } from '@sportello/domain';
import { and, asc, desc, eq, inArray, or, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { type UserError, UserErrors, userError } from '../../lib/errors.js';
import type { ReadOnce } from '../../lib/reference-data.js';
import { textLiteral } from '../../lib/sql-literal.js';
import { requiredText } from '../../lib/validation.js';
import { recordAudit } from '../audit/service.js';
import { insertDeclaredSkills, type SkillLevel, skillListErrors } from './skills.js';

type Cefr = 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2';

export interface CvInput {
  headline?: string | null;
  summary?: string | null;
  soughtOccupationUris: string[];
  experiences: {
    employer: string;
    jobTitle: string;
    occupationUri?: string | null;
    comuneCode?: string | null;
    startsOn: string;
    endsOn?: string | null;
    description?: string | null;
  }[];
  education: {
    titleCode: string;
    field?: string | null;
    institution?: string | null;
    yearCompleted?: number | null;
  }[];
  languages: {
    languageCode: string;
    motherTongue: boolean;
    listening?: Cefr | null;
    reading?: Cefr | null;
    spokenInteraction?: Cefr | null;
    spokenProduction?: Cefr | null;
    writing?: Cefr | null;
  }[];
  certifications: {
    name: string;
    issuer?: string | null;
    issuedOn?: string | null;
    expiresOn?: string | null;
  }[];
  /** Declared skills; none when omitted. */
  skills?: { skillUri: string; level: SkillLevel }[] | null;
}

export const CV_LIMITS = {
  soughtOccupations: 5,
  experiences: 30,
  education: 20,
  languages: 15,
  certifications: 30,
};
const MAX_SKILLS = 100;
const ABILITIES = ['listening', 'reading', 'spokenInteraction', 'spokenProduction', 'writing'] as const;

const languageNames = new Intl.DisplayNames(['it'], { type: 'language', fallback: 'none' });
// ICU's lookup is slow next to a map's, and there are at most 26² codes to remember.
const knownLanguageNames = new Map<string, string | null>();

/** The Italian name of an ISO 639-1 language, or null when the code is not one (CLDR data in ICU). */
export function languageName(code: string): string | null {
  if (!/^[a-z]{2}$/.test(code)) return null;
  let name = knownLanguageNames.get(code);
  if (name === undefined) {
    name = languageNames.of(code) ?? null;
    knownLanguageNames.set(code, name);
  }
  return name;
}

const LETTERS = [...'abcdefghijklmnopqrstuvwxyz'];
/** Every ISO 639-1 code ICU names, in a jsonb literal: part of the statement's text, not sent with each run. */
const LANGUAGE_NAMES = sql`${textLiteral(
  JSON.stringify(
    Object.fromEntries(
      LETTERS.flatMap((a) => LETTERS.map((b) => a + b)).flatMap((code) => {
        const name = languageName(code);
        return name ? [[code, name]] : [];
      }),
    ),
  ),
)}::jsonb`;

/** What the `languageName` resolvers answer (the name, or else the code), computed in SQL. */
export const languageNameInSql = (code: SQLWrapper) => sql`coalesce(${LANGUAGE_NAMES} ->> ${code}, ${code})`;

// Of the ESCO rows a CV refers to, what it shows: codes and labels. The alternative labels,
// descriptions and search documents are most of each row's bytes.
const OCCUPATION_SHOWN = {
  uri: true,
  id: true,
  code: true,
  iscoGroup: true,
  labelEn: true,
  labelIt: true,
} as const;
const SKILL_SHOWN = {
  uri: true,
  id: true,
  skillType: true,
  reuseLevel: true,
  labelEn: true,
  labelIt: true,
} as const;
const occupation = { columns: OCCUPATION_SHOWN };
const skill = { columns: SKILL_SHOWN };

/** Every section of the CVs `where` selects, in one statement (drizzle relational query). */
const cvsWhere = (db: Db, where: SQL) =>
  db.query.cvs.findMany({
    where,
    with: {
      soughtOccupations: { with: { occupation }, orderBy: asc(cvSoughtOccupations.position) },
      experiences: { with: { occupation, comune: true }, orderBy: asc(cvExperiences.position) },
      education: { with: { title: true }, orderBy: asc(cvEducation.position) },
      languages: { orderBy: asc(cvLanguages.languageCode) },
      certifications: { orderBy: asc(cvCertifications.position) },
      skills: {
        with: { skill },
        orderBy: [sql`${cvSkills.source} <> 'DECLARED'`, asc(cvSkills.position)],
      },
    },
  });

// The citizen's own CV page reads one CV on nearly every visit.
const cvOfCitizen = builtOncePerSession((db) =>
  cvsWhere(db, eq(cvs.citizenId, sql.placeholder('citizenId'))).prepare('cv_of_citizen'),
);

// Lists of CVs (candidates, suggested ones, a caseload): building the whole CV's query took 2.4 ms.
const cvsOfCitizens = builtOncePerSession((db) =>
  cvsWhere(db, isAnyOf(cvs.citizenId, 'citizenIds')).prepare('cvs_of_citizens'),
);

const SECTION_TABLES = [cvSoughtOccupations, cvExperiences, cvEducation, cvLanguages, cvCertifications];

/**
 * Empties the CV's sections and its declared skills before a save writes them anew: one statement
 * (a table each), where a statement each was a round trip inside the transaction. Attested skills
 * stay.
 */
const clearSections = (citizenId: string) =>
  sql`with ${sql.join(
    SECTION_TABLES.map(
      (table, i) =>
        sql`${sql.identifier(`section${i}`)} as (delete from ${table} where ${table.citizenId} = ${citizenId})`,
    ),
    sql`, `,
  )} delete from ${cvSkills} where ${cvSkills.citizenId} = ${citizenId} and ${cvSkills.source} = 'DECLARED'`;

async function loadCvs(db: Db, citizenIds: string[]) {
  if (citizenIds.length === 1) return cvOfCitizen(db).execute({ citizenId: citizenIds[0] });
  return cvsOfCitizens(db).execute({ citizenIds });
}

export type CvRecord = Awaited<ReturnType<typeof loadCvs>>[number];
export type CvDocument = Pick<CvRecord, 'headline' | 'summary'> & {
  soughtOccupations: unknown[];
  experiences: unknown[];
  education: unknown[];
  languages: unknown[];
};
/** An ESCO occupation as the API shows it (GraphQL's `EscoOccupation`). */
export type EscoOccupation = Pick<typeof escoOccupations.$inferSelect, keyof typeof OCCUPATION_SHOWN>;

/** The length of `text` is bounded by the schema (`@maxLength`), checked before any resolver runs. */
function searchPatternsOf(text: string): string[] {
  // A single letter would match most of the classification.
  return searchWords(text).join('').length < 2 ? [] : searchPatterns(text);
}

/** Every pattern matches: a word of the search column starts with each word of the query. */
const matchesAll = (column: SQLWrapper, patterns: string[]) =>
  sql`(${sql.join(
    patterns.map((p) => sql`${column} like ${p}`),
    sql` and `,
  )})`;
export type EducationTitle = typeof educationTitles.$inferSelect;
/** An ESCO skill as the API shows it (GraphQL's `EscoSkill`). */
export type EscoSkill = Pick<typeof escoSkills.$inferSelect, keyof typeof SKILL_SHOWN>;
export type CvSkillRecord = CvRecord['skills'][number];

export function createCvService(db: Db, titlesRead: ReadOnce<EducationTitle[]>) {
  async function existing<T extends string>(
    codes: T[],
    lookup: (codes: T[]) => Promise<string[]>,
  ): Promise<Set<string>> {
    return codes.length ? new Set(await lookup([...new Set(codes)])) : new Set();
  }

  async function validate(input: CvInput, birthDate: string): Promise<UserError[]> {
    const errors: UserError[] = [];
    const today = todayInItaly();
    const optionalText = (field: string, value: string | null | undefined, max: number) =>
      value?.trim() ? requiredText(field, value, 1, max) : [];
    errors.push(
      ...optionalText('headline', input.headline, 120),
      ...optionalText('summary', input.summary, 2000),
    );

    for (const [section, limit] of Object.entries(CV_LIMITS)) {
      const list = (
        section === 'soughtOccupations' ? input.soughtOccupationUris : input[section as keyof CvInput]
      ) as unknown[];
      if (list.length > limit) errors.push(userError(section, 'TOO_MANY', `Al massimo ${limit} elementi.`));
    }

    const occupationUris = [
      ...input.soughtOccupationUris,
      ...input.experiences.map((e) => e.occupationUri).filter((u): u is string => Boolean(u)),
    ];
    const knownOccupations = await existing(occupationUris, async (uris) =>
      (
        await db
          .select({ uri: escoOccupations.uri })
          .from(escoOccupations)
          .where(inArray(escoOccupations.uri, uris))
      ).map((r) => r.uri),
    );
    const knownComuni = await existing(
      input.experiences.map((e) => e.comuneCode).filter((c): c is string => Boolean(c)),
      async (codes) =>
        (
          await db.select({ code: comuni.istatCode }).from(comuni).where(inArray(comuni.istatCode, codes))
        ).map((r) => r.code),
    );
    const knownTitles = await existing(
      input.education.map((e) => e.titleCode),
      async (codes) =>
        (
          await db
            .select({ code: educationTitles.code })
            .from(educationTitles)
            .where(inArray(educationTitles.code, codes))
        ).map((r) => r.code),
    );
    const unknownOccupation = (field: string) =>
      userError(field, 'UNKNOWN_OCCUPATION', 'Professione non trovata: scegline una dalla lista.');

    input.soughtOccupationUris.forEach((uri, i) => {
      if (!knownOccupations.has(uri)) errors.push(unknownOccupation(`soughtOccupationUris[${i}]`));
    });
    if (new Set(input.soughtOccupationUris).size !== input.soughtOccupationUris.length) {
      errors.push(
        userError('soughtOccupationUris', 'DUPLICATE', 'La stessa professione è indicata più volte.'),
      );
    }

    input.experiences.forEach((e, i) => {
      const at = `experiences[${i}]`;
      errors.push(
        ...requiredText(`${at}.employer`, e.employer, 1, 200),
        ...requiredText(`${at}.jobTitle`, e.jobTitle, 1, 200),
      );
      errors.push(...optionalText(`${at}.description`, e.description, 4000));
      if (e.occupationUri && !knownOccupations.has(e.occupationUri))
        errors.push(unknownOccupation(`${at}.occupationUri`));
      if (e.comuneCode && !knownComuni.has(e.comuneCode)) {
        errors.push(
          userError(`${at}.comuneCode`, 'UNKNOWN_COMUNE', 'Comune non trovato: scegli dalla lista.'),
        );
      }
      if (e.startsOn > today || e.startsOn <= birthDate) {
        errors.push(
          userError(
            `${at}.startsOn`,
            'INVALID_DATE',
            'La data di inizio deve essere passata e dopo la nascita.',
          ),
        );
      }
      if (e.endsOn && (e.endsOn < e.startsOn || e.endsOn > today)) {
        errors.push(
          userError(
            `${at}.endsOn`,
            'INVALID_DATE',
            'La data di fine deve seguire quella di inizio e non essere futura.',
          ),
        );
      }
    });

    const birthYear = Number(birthDate.slice(0, 4));
    const thisYear = Number(today.slice(0, 4));
    input.education.forEach((e, i) => {
      const at = `education[${i}]`;
      if (!knownTitles.has(e.titleCode))
        errors.push(userError(`${at}.titleCode`, 'UNKNOWN_TITLE', 'Titolo di studio non valido.'));
      errors.push(
        ...optionalText(`${at}.field`, e.field, 200),
        ...optionalText(`${at}.institution`, e.institution, 200),
      );
      if (e.yearCompleted != null && (e.yearCompleted < birthYear + 5 || e.yearCompleted > thisYear)) {
        errors.push(
          userError(
            `${at}.yearCompleted`,
            'INVALID_YEAR',
            `L'anno deve essere tra ${birthYear + 5} e ${thisYear}.`,
          ),
        );
      }
    });

    const seenLanguages = new Set<string>();
    input.languages.forEach((l, i) => {
      const at = `languages[${i}]`;
      if (!languageName(l.languageCode)) {
        errors.push(
          userError(`${at}.languageCode`, 'UNKNOWN_LANGUAGE', 'Lingua non riconosciuta: scegli dalla lista.'),
        );
      }
      if (seenLanguages.has(l.languageCode))
        errors.push(userError(`${at}.languageCode`, 'DUPLICATE', 'Lingua già indicata.'));
      seenLanguages.add(l.languageCode);
      const levels = ABILITIES.filter((a) => l[a] != null);
      if (l.motherTongue && levels.length > 0) {
        errors.push(userError(at, 'MOTHER_TONGUE_LEVELS', 'Per la lingua madre non si indicano i livelli.'));
      }
      if (!l.motherTongue && levels.length !== ABILITIES.length) {
        errors.push(
          userError(
            at,
            'LEVELS_REQUIRED',
            'Indica il livello per ascolto, lettura, interazione, produzione orale e scrittura.',
          ),
        );
      }
    });

    const skills = input.skills ?? [];
    if (skills.length > MAX_SKILLS)
      errors.push(userError('skills', 'TOO_MANY', `Al massimo ${MAX_SKILLS} competenze.`));
    errors.push(
      ...(await skillListErrors(
        db,
        skills.map((s) => s.skillUri),
      )),
    );

    input.certifications.forEach((c, i) => {
      const at = `certifications[${i}]`;
      errors.push(
        ...requiredText(`${at}.name`, c.name, 1, 200),
        ...optionalText(`${at}.issuer`, c.issuer, 200),
      );
      if (c.issuedOn && c.issuedOn > today) {
        errors.push(
          userError(`${at}.issuedOn`, 'INVALID_DATE', 'La data di rilascio non può essere futura.'),
        );
      }
      if (c.issuedOn && c.expiresOn && c.expiresOn < c.issuedOn) {
        errors.push(userError(`${at}.expiresOn`, 'INVALID_DATE', 'La scadenza deve seguire il rilascio.'));
      }
    });
    return errors;
  }

  return {
    async byCitizens(citizenIds: readonly string[]): Promise<Map<string, CvRecord>> {
      if (citizenIds.length === 0) return new Map();
      const rows = await loadCvs(db, [...citizenIds]);
      return new Map(rows.map((cv) => [cv.citizenId, cv]));
    },

    /**
     * Replaces the whole CV in one transaction, or changes nothing when any field is invalid. Staff
     * saving on the citizen's behalf leave a trace in the audit log.
     */
    async save(
      citizen: { userId: string; networkId: string; birthDate: string },
      input: CvInput,
      editorId: string,
    ): Promise<CvRecord> {
      const errors = await validate(input, citizen.birthDate);
      if (errors.length) throw new UserErrors(errors);
      const citizenId = citizen.userId;
      await db.transaction(async (tx) => {
        if (editorId !== citizenId) {
          await recordAudit(tx, {
            networkId: citizen.networkId,
            actorUserId: editorId,
            action: 'cv.saved_on_behalf',
            subjectType: 'citizen',
            subjectId: citizenId,
          });
        }
        const values = { headline: input.headline?.trim() || null, summary: input.summary?.trim() || null };
        await tx
          .insert(cvs)
          .values({ citizenId, networkId: citizen.networkId, ...values })
          .onConflictDoUpdate({ target: cvs.citizenId, set: { ...values, updatedAt: sql`now()` } });
        await tx.execute(clearSections(citizenId));
        if (input.soughtOccupationUris.length) {
          await tx.insert(cvSoughtOccupations).values(
            input.soughtOccupationUris.map((occupationUri, position) => ({
              citizenId,
              occupationUri,
              position,
            })),
          );
        }
        if (input.experiences.length) {
          await tx.insert(cvExperiences).values(
            input.experiences.map((e, position) => ({
              citizenId,
              position,
              employer: e.employer.trim(),
              jobTitle: e.jobTitle.trim(),
              occupationUri: e.occupationUri || null,
              comuneCode: e.comuneCode || null,
              startsOn: e.startsOn,
              endsOn: e.endsOn || null,
              description: e.description?.trim() || null,
            })),
          );
        }
        if (input.education.length) {
          await tx.insert(cvEducation).values(
            input.education.map((e, position) => ({
              citizenId,
              position,
              titleCode: e.titleCode,
              field: e.field?.trim() || null,
              institution: e.institution?.trim() || null,
              yearCompleted: e.yearCompleted ?? null,
            })),
          );
        }
        if (input.languages.length) {
          await tx.insert(cvLanguages).values(
            input.languages.map((l) => ({
              citizenId,
              languageCode: l.languageCode,
              motherTongue: l.motherTongue,
              ...Object.fromEntries(ABILITIES.map((a) => [a, l.motherTongue ? null : (l[a] ?? null)])),
            })),
          );
        }
        await insertDeclaredSkills(tx, citizenId, input.skills ?? []);
        if (input.certifications.length) {
          await tx.insert(cvCertifications).values(
            input.certifications.map((c, position) => ({
              citizenId,
              position,
              name: c.name.trim(),
              issuer: c.issuer?.trim() || null,
              issuedOn: c.issuedOn || null,
              expiresOn: c.expiresOn || null,
            })),
          );
        }
      });
      return (await loadCvs(db, [citizenId]))[0]!;
    },

    /**
     * Occupations with a label (preferred or alternative) that has a word starting with each word of
     * the text, in any order, accents and case aside: Italian labels first, then English ones.
     */
    async searchOccupations(text: string, limit: number): Promise<EscoOccupation[]> {
      const patterns = searchPatternsOf(text);
      if (patterns.length === 0) return [];
      const italian = matchesAll(escoOccupations.searchIt, patterns);
      const preferredItalian = matchesAll(sql`split_part(${escoOccupations.searchIt}, '|', 1)`, patterns);
      const preferredEnglish = matchesAll(sql`split_part(${escoOccupations.searchEn}, '|', 1)`, patterns);
      return db
        .select()
        .from(escoOccupations)
        .where(or(italian, matchesAll(escoOccupations.searchEn, patterns)))
        .orderBy(
          desc(preferredItalian),
          desc(italian),
          desc(preferredEnglish),
          asc(sql`length(coalesce(${escoOccupations.labelIt}, ${escoOccupations.labelEn}))`),
          asc(sql`coalesce(${escoOccupations.labelIt}, ${escoOccupations.labelEn})`),
        )
        .limit(limit);
    },

    async occupationsByUris(uris: readonly string[]): Promise<Map<string, EscoOccupation>> {
      const unique = [...new Set(uris)];
      if (unique.length === 0) return new Map();
      const rows = await db.select().from(escoOccupations).where(inArray(escoOccupations.uri, unique));
      return new Map(rows.map((row) => [row.uri, row]));
    },

    /** Label of each ISCO group, Italian where ESCO has one. */
    async iscoGroupLabels(codes: readonly string[]): Promise<Map<string, string>> {
      const unique = [...new Set(codes)];
      if (unique.length === 0) return new Map();
      const rows = await db
        .select({
          code: iscoGroups.code,
          label: sql<string>`coalesce(${iscoGroups.labelIt}, ${iscoGroups.labelEn})`,
        })
        .from(iscoGroups)
        .where(inArray(iscoGroups.code, unique));
      return new Map(rows.map((row) => [row.code, row.label]));
    },

    /** The ESCO skills of each occupation (essential first), optionally of one relation only. */
    async skillsOfOccupations(
      occupationUris: readonly string[],
      relation: 'essential' | 'optional' | null,
    ): Promise<Map<string, (EscoSkill & { essential: boolean })[]>> {
      const unique = [...new Set(occupationUris)];
      const bySkills = new Map<string, (EscoSkill & { essential: boolean })[]>(
        unique.map((uri) => [uri, []]),
      );
      if (unique.length === 0) return bySkills;
      const rows = await db
        .select({
          occupationUri: escoOccupationSkills.occupationUri,
          relationType: escoOccupationSkills.relationType,
          skill: escoSkills,
        })
        .from(escoOccupationSkills)
        .innerJoin(escoSkills, eq(escoSkills.uri, escoOccupationSkills.skillUri))
        .where(
          and(
            inArray(escoOccupationSkills.occupationUri, unique),
            relation ? eq(escoOccupationSkills.relationType, relation) : undefined,
          ),
        )
        .orderBy(asc(escoOccupationSkills.relationType), asc(escoSkills.labelEn));
      for (const row of rows)
        bySkills.get(row.occupationUri)!.push({ ...row.skill, essential: row.relationType === 'essential' });
      return bySkills;
    },

    async skillsByUris(uris: readonly string[]): Promise<Map<string, EscoSkill>> {
      const unique = [...new Set(uris)];
      if (unique.length === 0) return new Map();
      const rows = await db.select().from(escoSkills).where(inArray(escoSkills.uri, unique));
      return new Map(rows.map((row) => [row.uri, row]));
    },

    /** Skills with a preferred or alternative label matching the text as occupations do; preferred first. */
    async searchSkills(text: string, limit: number): Promise<EscoSkill[]> {
      const patterns = searchPatternsOf(text);
      if (patterns.length === 0) return [];
      return db
        .select()
        .from(escoSkills)
        .where(matchesAll(escoSkills.search, patterns))
        .orderBy(
          desc(matchesAll(sql`split_part(${escoSkills.search}, '|', 1)`, patterns)),
          asc(sql`length(${escoSkills.labelEn})`),
          asc(escoSkills.labelEn),
        )
        .limit(limit);
    },

    /** Reference data, loaded before the API serves and unchanged while it runs: read once. */
    educationTitles(): Promise<EducationTitle[]> {
      return titlesRead(() =>
        db
          .select()
          .from(educationTitles)
          .orderBy(sql`${educationTitles.eqfLevel} nulls first`, asc(educationTitles.code)),
      );
    },
  };
}

export type CvService = ReturnType<typeof createCvService>;

/** A CV as the GraphQL layer sees it: with what completeness needs to know of its owner. */
export type CvView = CvRecord & { neverEmployed: boolean };

/**
 * The CV as its fields resolve it: with whether its owner never worked, for the completeness score.
 * Set on the CV itself, read for this answer only (copying every CV of a page cost more than reading it).
 */
export const cvView = <T extends object>(cv: T, owner: { employmentStatus: string | null }) =>
  Object.assign(cv, { neverEmployed: owner.employmentStatus === 'NEVER_EMPLOYED' });
export type CvEducationRecord = CvRecord['education'][number];
