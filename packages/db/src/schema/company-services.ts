import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns.js';
import { companies } from './companies.js';
import { users } from './identity.js';
import { internships } from './internships.js';
import { networks } from './network.js';
import { escoOccupations, escoSkills } from './reference.js';
import { vacancies } from './vacancies.js';

export const companyContactChannel = pgEnum('company_contact_channel', [
  /** visita in azienda */
  'COMPANY_VISIT',
  'PHONE',
  'EMAIL',
  /** an event: a job fair, a meeting of local businesses */
  'EVENT',
]);

/**
 * A service of the sportello to a company (scouting): a visit, a call, an email or a meeting at an
 * event. `summary` is shown to the company when `sharedWithCompany`; outcome and internal notes
 * never are. The L.68/99 quota (posti d'obbligo, posti scoperti) is the company's as found that day.
 */
export const companyContacts = pgTable(
  'company_contacts',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    companyId: uuid()
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    contactedOn: date().notNull(),
    channel: companyContactChannel().notNull(),
    summary: text().notNull(),
    sharedWithCompany: boolean().notNull().default(false),
    outcome: text(),
    internalNotes: text(),
    law68Quota: integer(),
    law68Uncovered: integer(),
    operatorId: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('company_contacts_company_idx').on(t.companyId, t.contactedOn),
    index('company_contacts_network_idx').on(t.networkId, t.contactedOn),
    check(
      'company_contacts_law68_check',
      sql`(${t.law68Quota} is null) = (${t.law68Uncovered} is null) and coalesce(${t.law68Uncovered} between 0 and ${t.law68Quota}, true)`,
    ),
  ],
);

export const companyNeedStatus = pgEnum('company_need_status', [
  'OPEN',
  /** the people were found */
  'MET',
  /** the company no longer needs them */
  'WITHDRAWN',
]);

/** Fabbisogno: people of an ESCO occupation the company seeks, how many, by when. */
export const companyNeeds = pgTable(
  'company_needs',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    companyId: uuid()
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    contactId: uuid()
      .notNull()
      .references(() => companyContacts.id, { onDelete: 'cascade' }),
    occupationUri: text()
      .notNull()
      .references(() => escoOccupations.uri),
    headcount: integer().notNull(),
    neededBy: date().notNull(),
    status: companyNeedStatus().notNull().default('OPEN'),
    createdAt: createdAt(),
  },
  (t) => [
    index('company_needs_company_idx').on(t.companyId, t.status),
    index('company_needs_contact_idx').on(t.contactId),
    check('company_needs_headcount_check', sql`${t.headcount} between 1 and 500`),
  ],
);

export const companyNeedSkills = pgTable(
  'company_need_skills',
  {
    needId: uuid()
      .notNull()
      .references(() => companyNeeds.id, { onDelete: 'cascade' }),
    skillUri: text()
      .notNull()
      .references(() => escoSkills.uri),
  },
  (t) => [primaryKey({ columns: [t.needId, t.skillUri] })],
);

/**
 * The vacancies that came from a need. `draftedFromNeed`: the sportello created the vacancy's draft
 * from the need itself; at most one per need, so a second click cannot make a second draft.
 */
export const companyNeedVacancies = pgTable(
  'company_need_vacancies',
  {
    needId: uuid()
      .notNull()
      .references(() => companyNeeds.id, { onDelete: 'cascade' }),
    vacancyId: uuid()
      .notNull()
      .references(() => vacancies.id, { onDelete: 'cascade' }),
    draftedFromNeed: boolean().notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.needId, t.vacancyId] }),
    index('company_need_vacancies_vacancy_idx').on(t.vacancyId),
    uniqueIndex('company_need_vacancies_drafted_idx').on(t.needId).where(sql`${t.draftedFromNeed}`),
  ],
);

/**
 * A correction of a recorded contact: who changed it, when, why, and the values the changed fields
 * had before (`previous`, keyed by field). The contact row holds the corrected values; never updated.
 */
export const companyContactCorrections = pgTable(
  'company_contact_corrections',
  {
    id: id(),
    contactId: uuid()
      .notNull()
      .references(() => companyContacts.id, { onDelete: 'cascade' }),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    correctedBy: uuid()
      .notNull()
      .references(() => users.id),
    reason: text(),
    previous: jsonb().$type<Record<string, string | boolean | null>>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('company_contact_corrections_contact_idx').on(t.contactId, t.createdAt)],
);

/** The tirocini that came from a need. */
export const companyNeedInternships = pgTable(
  'company_need_internships',
  {
    needId: uuid()
      .notNull()
      .references(() => companyNeeds.id, { onDelete: 'cascade' }),
    internshipId: uuid()
      .notNull()
      .references(() => internships.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.needId, t.internshipId] }),
    index('company_need_internships_internship_idx').on(t.internshipId),
  ],
);

/** Something the sportello is to do for a company by a day (call back, send candidates). */
export const companyFollowUps = pgTable(
  'company_follow_ups',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    companyId: uuid()
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    dueOn: date().notNull(),
    action: text().notNull(),
    doneAt: timestamp({ withTimezone: true }),
    doneBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('company_follow_ups_company_idx').on(t.companyId, t.dueOn),
    index('company_follow_ups_open_idx').on(t.networkId, t.dueOn).where(sql`${t.doneAt} is null`),
  ],
);
