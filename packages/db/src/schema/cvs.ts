import { relations, sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { citizens } from './citizens.js';
import { id } from './columns.js';
import { networks } from './network.js';
import { comuni, educationTitles, escoOccupations, escoSkills } from './reference.js';

/** One CV per citizen, modelled on Europass; its sections are the tables below. */
export const cvs = pgTable('cvs', {
  citizenId: uuid()
    .primaryKey()
    .references(() => citizens.userId, { onDelete: 'cascade' }),
  networkId: uuid()
    .notNull()
    .references(() => networks.id, { onDelete: 'cascade' }),
  headline: text(),
  summary: text(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

const cvRef = () =>
  uuid()
    .notNull()
    .references(() => cvs.citizenId, { onDelete: 'cascade' });

export const cvSoughtOccupations = pgTable(
  'cv_sought_occupations',
  {
    citizenId: cvRef(),
    occupationUri: text()
      .notNull()
      .references(() => escoOccupations.uri),
    position: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.citizenId, t.occupationUri] }),
    index('cv_sought_occupation_idx').on(t.occupationUri),
  ],
);

export const cvExperiences = pgTable(
  'cv_experiences',
  {
    id: id(),
    citizenId: cvRef(),
    position: integer().notNull(),
    employer: text().notNull(),
    jobTitle: text().notNull(),
    occupationUri: text().references(() => escoOccupations.uri),
    comuneCode: text().references(() => comuni.istatCode),
    startsOn: date().notNull(),
    /** Null while the job continues. */
    endsOn: date(),
    description: text(),
  },
  (t) => [
    index('cv_experiences_citizen_idx').on(t.citizenId),
    check('cv_experiences_period_check', sql`${t.endsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
  ],
);

export const cvEducation = pgTable(
  'cv_education',
  {
    id: id(),
    citizenId: cvRef(),
    position: integer().notNull(),
    titleCode: text()
      .notNull()
      .references(() => educationTitles.code),
    field: text(),
    institution: text(),
    /** Null while still studying. */
    yearCompleted: integer(),
  },
  (t) => [index('cv_education_citizen_idx').on(t.citizenId)],
);

export const cefrLevel = pgEnum('cefr_level', ['A1', 'A2', 'B1', 'B2', 'C1', 'C2']);

/** Europass self-assessment: a CEFR level per ability; mother tongues have none. */
export const cvLanguages = pgTable(
  'cv_languages',
  {
    citizenId: cvRef(),
    /** ISO 639-1 code. */
    languageCode: text().notNull(),
    motherTongue: boolean().notNull(),
    listening: cefrLevel(),
    reading: cefrLevel(),
    spokenInteraction: cefrLevel(),
    spokenProduction: cefrLevel(),
    writing: cefrLevel(),
  },
  (t) => [primaryKey({ columns: [t.citizenId, t.languageCode] })],
);

export const cvCertifications = pgTable(
  'cv_certifications',
  {
    id: id(),
    citizenId: cvRef(),
    position: integer().notNull(),
    name: text().notNull(),
    issuer: text(),
    issuedOn: date(),
    expiresOn: date(),
  },
  (t) => [index('cv_certifications_citizen_idx').on(t.citizenId)],
);

/** Europass-style self-assessment; attested skills carry the level their evaluator gave. */
export const skillLevel = pgEnum('skill_level', ['BASIC', 'INTERMEDIATE', 'ADVANCED']);
/**
 * DECLARED by the citizen (or an operator on their behalf); INTERNSHIP when a tirocinio's final
 * evaluation attests it; TRAINING when the citizen completes a modulo formativo that builds it.
 */
export const cvSkillSource = pgEnum('cv_skill_source', ['DECLARED', 'INTERNSHIP', 'TRAINING']);

export const cvSkills = pgTable(
  'cv_skills',
  {
    citizenId: cvRef(),
    skillUri: text()
      .notNull()
      .references(() => escoSkills.uri),
    level: skillLevel().notNull(),
    source: cvSkillSource().notNull().default('DECLARED'),
    position: integer().notNull(),
    /**
     * The tirocinio whose final evaluation attested the skill, exactly for source INTERNSHIP. Its
     * foreign key and that rule are in migration 0014: internships.ts depends on this file.
     */
    internshipId: uuid(),
    /**
     * The modulo formativo whose completion attested the skill, exactly for source TRAINING; its
     * foreign key and that rule are in migration 0019, for the same reason.
     */
    trainingModuleId: uuid(),
  },
  (t) => [primaryKey({ columns: [t.citizenId, t.skillUri] }), index('cv_skills_skill_idx').on(t.skillUri)],
);

export const cvsRelations = relations(cvs, ({ many }) => ({
  skills: many(cvSkills),
  soughtOccupations: many(cvSoughtOccupations),
  experiences: many(cvExperiences),
  education: many(cvEducation),
  languages: many(cvLanguages),
  certifications: many(cvCertifications),
}));

export const cvSoughtOccupationsRelations = relations(cvSoughtOccupations, ({ one }) => ({
  cv: one(cvs, { fields: [cvSoughtOccupations.citizenId], references: [cvs.citizenId] }),
  occupation: one(escoOccupations, {
    fields: [cvSoughtOccupations.occupationUri],
    references: [escoOccupations.uri],
  }),
}));

export const cvExperiencesRelations = relations(cvExperiences, ({ one }) => ({
  cv: one(cvs, { fields: [cvExperiences.citizenId], references: [cvs.citizenId] }),
  occupation: one(escoOccupations, {
    fields: [cvExperiences.occupationUri],
    references: [escoOccupations.uri],
  }),
  comune: one(comuni, { fields: [cvExperiences.comuneCode], references: [comuni.istatCode] }),
}));

export const cvEducationRelations = relations(cvEducation, ({ one }) => ({
  cv: one(cvs, { fields: [cvEducation.citizenId], references: [cvs.citizenId] }),
  title: one(educationTitles, { fields: [cvEducation.titleCode], references: [educationTitles.code] }),
}));

export const cvLanguagesRelations = relations(cvLanguages, ({ one }) => ({
  cv: one(cvs, { fields: [cvLanguages.citizenId], references: [cvs.citizenId] }),
}));

export const cvCertificationsRelations = relations(cvCertifications, ({ one }) => ({
  cv: one(cvs, { fields: [cvCertifications.citizenId], references: [cvs.citizenId] }),
}));

export const cvSkillsRelations = relations(cvSkills, ({ one }) => ({
  cv: one(cvs, { fields: [cvSkills.citizenId], references: [cvs.citizenId] }),
  skill: one(escoSkills, { fields: [cvSkills.skillUri], references: [escoSkills.uri] }),
}));
