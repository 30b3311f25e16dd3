import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
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
import { createdAt, id } from './columns.js';
import { companies } from './companies.js';
import { cefrLevel } from './cvs.js';
import { users } from './identity.js';
import { networks } from './network.js';
import { comuni, escoOccupations, escoSkills } from './reference.js';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** Italian contract types. */
export const contractType = pgEnum('contract_type', [
  /** tempo indeterminato */
  'PERMANENT',
  /** tempo determinato */
  'FIXED_TERM',
  /** apprendistato */
  'APPRENTICESHIP',
  /** somministrazione */
  'AGENCY',
  /** tirocinio */
  'INTERNSHIP',
  /** collaborazione coordinata e continuativa */
  'COLLABORATION',
  /** lavoro autonomo */
  'SELF_EMPLOYMENT',
]);

export const workingHours = pgEnum('working_hours', ['FULL_TIME', 'PART_TIME']);

export const vacancyStatus = pgEnum('vacancy_status', [
  'DRAFT',
  'SUBMITTED',
  'PUBLISHED',
  'REJECTED',
  'CLOSED',
  'FILLED',
]);

export const vacancies = pgTable(
  'vacancies',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    companyId: uuid()
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    occupationUri: text()
      .notNull()
      .references(() => escoOccupations.uri),
    description: text().notNull(),
    contractType: contractType().notNull(),
    hours: workingHours().notNull(),
    weeklyHours: integer(),
    shifts: boolean().notNull().default(false),
    /** Null only for fully remote work. */
    workplaceComuneCode: text().references(() => comuni.istatCode),
    remote: boolean().notNull().default(false),
    /** Gross monthly pay in euro cents. */
    salaryMinCents: integer(),
    salaryMaxCents: integer(),
    /** The national collective agreement (CCNL) the contract follows, and its level: a pay reference. */
    collectiveAgreement: text(),
    agreementLevel: text(),
    positions: integer().notNull().default(1),
    /** Collocamento mirato: reserved to people on the lists of law 68/1999. */
    law68Reserved: boolean().notNull().default(false),
    minEqfLevel: integer(),
    minExperienceMonths: integer().notNull().default(0),
    drivingLicences: text().array().notNull().default(sql`'{}'::text[]`),
    status: vacancyStatus().notNull().default('DRAFT'),
    rejectionReason: text(),
    moderatedBy: uuid().references(() => users.id),
    publishedAt: timestamp({ withTimezone: true }),
    /** After this day a published vacancy no longer shows (it has expired). */
    expiresOn: date().notNull(),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Italian full-text document of title and description. */
    searchDocument: tsvector().generatedAlwaysAs(
      sql`setweight(to_tsvector('italian', coalesce(title, '')), 'A') || setweight(to_tsvector('italian', coalesce(description, '')), 'B')`,
    ),
  },
  (t) => [
    index('vacancies_company_idx').on(t.companyId, t.createdAt),
    index('vacancies_published_idx').on(t.networkId, t.publishedAt).where(sql`${t.status} = 'PUBLISHED'`),
    // The operators' list of a network's vacancies, newest first, a page at a time without sorting them all.
    index('vacancies_network_recent_idx').on(
      t.networkId,
      t.createdAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    // The public search's first pages, most recently published first. Not partial: the search binds
    // the status as a parameter, and a generic plan cannot use an index whose predicate names a value.
    index('vacancies_status_recent_idx').on(
      t.status,
      t.publishedAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index('vacancies_search_idx').using('gin', t.searchDocument),
    check('vacancies_positions_check', sql`${t.positions} between 1 and 500`),
    check(
      'vacancies_salary_check',
      sql`${t.salaryMaxCents} is null or ${t.salaryMinCents} is null or ${t.salaryMaxCents} >= ${t.salaryMinCents}`,
    ),
    check(
      'vacancies_agreement_check',
      sql`(${t.collectiveAgreement} is null) = (${t.agreementLevel} is null)`,
    ),
    check('vacancies_place_check', sql`${t.remote} or ${t.workplaceComuneCode} is not null`),
  ],
);

export const vacancyLanguages = pgTable(
  'vacancy_languages',
  {
    vacancyId: uuid()
      .notNull()
      .references(() => vacancies.id, { onDelete: 'cascade' }),
    languageCode: text().notNull(),
    minLevel: cefrLevel().notNull(),
  },
  (t) => [primaryKey({ columns: [t.vacancyId, t.languageCode] })],
);

export const vacancySkills = pgTable(
  'vacancy_skills',
  {
    vacancyId: uuid()
      .notNull()
      .references(() => vacancies.id, { onDelete: 'cascade' }),
    skillUri: text()
      .notNull()
      .references(() => escoSkills.uri),
    /** Essential skills are required; optional ones are a plus. */
    essential: boolean().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.vacancyId, t.skillUri] }),
    index('vacancy_skills_skill_idx').on(t.skillUri),
  ],
);

/** Same key, same result: a retried create returns what the first one made. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    actorId: text().notNull(),
    key: text().notNull(),
    operation: text().notNull(),
    requestHash: text().notNull(),
    resultId: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.actorId, t.key] })],
);
