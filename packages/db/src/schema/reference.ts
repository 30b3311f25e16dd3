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
});

export const escoOccupations = pgTable(
  'esco_occupations',
  {
    uri: text().primaryKey(),
    code: text().notNull(),
    iscoGroup: text()
      .notNull()
      .references(() => iscoGroups.code),
    labelEn: text().notNull(),
    labelIt: text(),
    altLabelsEn: text().array().notNull().default([]),
  },
  (t) => [index('esco_occupations_isco_group_idx').on(t.iscoGroup)],
);

export const escoSkills = pgTable('esco_skills', {
  uri: text().primaryKey(),
  skillType: text().notNull(),
  reuseLevel: text(),
  labelEn: text().notNull(),
  labelIt: text(),
});

export const escoOccupationSkills = pgTable(
  'esco_occupation_skills',
  {
    occupationUri: text()
      .notNull()
      .references(() => escoOccupations.uri),
    skillUri: text()
      .notNull()
      .references(() => escoSkills.uri),
    relationType: text().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.occupationUri, t.skillUri] }),
    index('esco_occupation_skills_skill_idx').on(t.skillUri),
  ],
);

export const escoSkillBroader = pgTable(
  'esco_skill_broader',
  {
    skillUri: text().notNull(),
    broaderUri: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.skillUri, t.broaderUri] })],
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
