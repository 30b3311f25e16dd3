import { and, eq } from 'drizzle-orm';
import { doublePrecision, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/** Italian comuni from ISTAT; the 6-digit ISTAT code is the stable key other tables reference. */
export const comuni = pgTable(
  'comuni',
  {
    istatCode: text().primaryKey(),
    name: text().notNull(),
    provinceName: text().notNull(),
    provinceCode: text().notNull(),
    regionName: text().notNull(),
    latitude: doublePrecision().notNull(),
    longitude: doublePrecision().notNull(),
  },
  (t) => [index('comuni_name_idx').on(t.name)],
);

export const iscoGroups = pgTable('isco_groups', {
  code: text().primaryKey(),
  uri: text().notNull().unique(),
  labelEn: text().notNull(),
  labelIt: text(),
});

/**
 * ESCO concepts are keyed by URI everywhere. `id` is a compact integer, assigned once on insert and
 * never reused, that bulk reads send instead of the URI (the matching index loads millions of skill
 * references); it may have gaps.
 */
const compactId = () => integer().generatedAlwaysAsIdentity({ startWith: 0, minValue: 0 }).notNull().unique();

/*
 * Search columns hold every label of a concept lower-cased, without accents and punctuation, each
 * word after a space (`searchText`), so a trigram index answers "has a word starting with ..." for
 * every word of a query, in any order. They are computed when the reference data is loaded.
 */
export const escoOccupations = pgTable(
  'esco_occupations',
  {
    uri: text().primaryKey(),
    id: compactId(),
    code: text().notNull(),
    iscoGroup: text()
      .notNull()
      .references(() => iscoGroups.code),
    labelEn: text().notNull(),
    labelIt: text(),
    altLabelsEn: text().array().notNull().default([]),
    altLabelsIt: text().array().notNull().default([]),
    descriptionIt: text(),
    searchEn: text().notNull().default(''),
    searchIt: text().notNull().default(''),
  },
  (t) => [
    index('esco_occupations_isco_group_idx').on(t.iscoGroup),
    index('esco_occupations_search_en_idx').using('gin', t.searchEn.op('gin_trgm_ops')),
    index('esco_occupations_search_it_idx').using('gin', t.searchIt.op('gin_trgm_ops')),
  ],
);

/** ESCO skills have no Italian labels yet: `labelIt` stays empty and the URI is the key. */
export const escoSkills = pgTable(
  'esco_skills',
  {
    uri: text().primaryKey(),
    id: compactId(),
    skillType: text().notNull(),
    reuseLevel: text(),
    labelEn: text().notNull(),
    labelIt: text(),
    altLabelsEn: text().array().notNull().default([]),
    descriptionEn: text(),
    search: text().notNull().default(''),
  },
  (t) => [index('esco_skills_search_idx').using('gin', t.search.op('gin_trgm_ops'))],
);

/** The groups of the ESCO skills pillar (e.g. "communication, collaboration and creativity"). */
export const escoSkillGroups = pgTable('esco_skill_groups', {
  uri: text().primaryKey(),
  code: text(),
  labelEn: text().notNull(),
  descriptionEn: text(),
});

/**
 * Which skills an occupation needs. No foreign keys: checking them for each of the 120,000 rows
 * more than doubles the first load on PGlite, and the load test checks that both ends exist.
 */
export const escoOccupationSkills = pgTable(
  'esco_occupation_skills',
  {
    occupationUri: text().notNull(),
    skillUri: text().notNull(),
    relationType: text().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.occupationUri, t.skillUri] }),
    index('esco_occupation_skills_skill_idx').on(t.skillUri),
  ],
);

/**
 * The broader relation of the skills pillar: `skillUri` (a skill or a group) sits under `broaderUri`
 * (a skill or a group), as the kinds say. The related-skill rule of matching and the skills gap uses
 * only skill-to-skill rows: a group is too wide for credit.
 */
export const escoSkillBroader = pgTable(
  'esco_skill_broader',
  {
    skillUri: text().notNull(),
    skillKind: text().notNull().default('skill'),
    broaderUri: text().notNull(),
    broaderKind: text().notNull().default('skill'),
  },
  (t) => [
    primaryKey({ columns: [t.skillUri, t.broaderUri] }),
    index('esco_skill_broader_broader_idx').on(t.broaderUri),
  ],
);

/** The rows of the hierarchy between two skills, the ones the related-skill rule reads. */
export const skillToSkill = and(
  eq(escoSkillBroader.skillKind, 'skill'),
  eq(escoSkillBroader.broaderKind, 'skill'),
);

/** ESCO skill-to-skill relations (a skill that is essential or optional to another). */
export const escoSkillRelations = pgTable(
  'esco_skill_relations',
  {
    skillUri: text().notNull(),
    relatedSkillUri: text().notNull(),
    relationType: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.skillUri, t.relatedSkillUri] })],
);

/** ATECO (ISTAT classification of economic activities): sections, divisions, groups. */
export const ateco = pgTable('ateco', {
  code: text().primaryKey(),
  level: text().notNull(),
  titleIt: text().notNull(),
  parentCode: text(),
});

/** Italian qualifications and their EQF level (QNQ, DI 8 gennaio 2018). */
export const educationTitles = pgTable('education_titles', {
  code: text().primaryKey(),
  labelIt: text().notNull(),
  /** Null for titles the national referencing does not place in the EQF. */
  eqfLevel: integer(),
});

/** One row per loaded reference dataset, so loading is idempotent and cheap to skip. */
export const referenceDatasets = pgTable('reference_datasets', {
  name: text().primaryKey(),
  checksum: text().notNull(),
  rows: integer().notNull(),
});
