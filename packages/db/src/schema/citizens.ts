import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns.js';
import { users } from './identity.js';
import { networks, sportelli } from './network.js';
import { comuni } from './reference.js';

export const employmentStatus = pgEnum('employment_status', [
  /** disoccupato: lost a job and looking for one */
  'UNEMPLOYED',
  /** inoccupato: never had a job */
  'NEVER_EMPLOYED',
  /** occupato in cerca di altra occupazione */
  'EMPLOYED_SEEKING',
]);

export const citizens = pgTable(
  'citizens',
  {
    userId: uuid()
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    codiceFiscale: text().notNull(),
    birthDate: date().notNull(),
    residenceComuneCode: text()
      .notNull()
      .references(() => comuni.istatCode),
    domicileComuneCode: text().references(() => comuni.istatCode),
    phone: text(),
    employmentStatus: employmentStatus(),
    availableFullTime: boolean().notNull().default(true),
    availablePartTime: boolean().notNull().default(true),
    availableForShifts: boolean().notNull().default(false),
    mobilityRadiusKm: integer().notNull().default(20),
    hasOwnVehicle: boolean().notNull().default(false),
    /** Italian driving licence categories (AM, A1, A2, A, B1, B, BE, C1, C1E, C, CE, D1, D1E, D, DE). */
    drivingLicences: text().array().notNull().default(sql`'{}'::text[]`),
    /** Set when an operator registered the citizen at the desk. */
    registeredBy: uuid().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('citizens_network_cf_idx').on(t.networkId, t.codiceFiscale),
    index('citizens_residence_idx').on(t.residenceComuneCode),
    // The operators' list of the network's citizens, newest first, read a page at a time.
    index('citizens_network_created_idx').on(t.networkId, t.createdAt, t.userId),
    check('citizens_mobility_radius_check', sql`${t.mobilityRadiusKm} between 0 and 500`),
  ],
);

export const consentPurpose = pgEnum('consent_purpose', [
  /** Acknowledgement of the privacy notice (informativa), needed to register. */
  'PRIVACY_NOTICE',
  /** Sharing the CV with companies of the network. */
  'CV_SHARING',
  /** Newsletters and information about events; never required. */
  'MARKETING',
]);

/** Consents as records: each grant is a row; withdrawing stamps it, a new grant is a new row. */
export const consents = pgTable(
  'consents',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    citizenId: uuid()
      .notNull()
      .references(() => citizens.userId, { onDelete: 'cascade' }),
    purpose: consentPurpose().notNull(),
    textVersion: text().notNull(),
    grantedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('consents_citizen_idx').on(t.citizenId, t.purpose),
    // At most one consent in force per purpose.
    uniqueIndex('consents_active_idx').on(t.citizenId, t.purpose).where(sql`${t.withdrawnAt} is null`),
  ],
);

/** The sportello that has a citizen in charge (presa in carico); one open assignment at a time. */
export const caseAssignments = pgTable(
  'case_assignments',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    citizenId: uuid()
      .notNull()
      .references(() => citizens.userId, { onDelete: 'cascade' }),
    sportelloId: uuid()
      .notNull()
      .references(() => sportelli.id),
    takenBy: uuid()
      .notNull()
      .references(() => users.id),
    startedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex('case_assignments_open_idx').on(t.citizenId).where(sql`${t.endedAt} is null`)],
);

export const disabilityCategory = pgEnum('disability_category', [
  /** invalidi civili (art. 1 c. 1 lett. a, L. 68/1999) */
  'CIVIL_INVALIDITY',
  /** invalidi del lavoro (lett. b) */
  'WORK_INVALIDITY',
  /** non vedenti e sordi (lett. c) */
  'BLIND_OR_DEAF',
  /** invalidi di guerra e per servizio (lett. d) */
  'WAR_OR_SERVICE_INVALIDITY',
]);

/**
 * Special-category data (art. 9 GDPR), apart from the profile: read only through the policy that
 * allows it, and every read is written to the audit log.
 */
export const citizenSpecialCategories = pgTable('citizen_special_categories', {
  citizenId: uuid()
    .primaryKey()
    .references(() => citizens.userId, { onDelete: 'cascade' }),
  networkId: uuid()
    .notNull()
    .references(() => networks.id, { onDelete: 'cascade' }),
  /** Enrolled in the lists of collocamento mirato (law 68/1999). */
  law68Disability: boolean().notNull().default(false),
  disabilityCategory: disabilityCategory(),
  economicHardship: boolean().notNull().default(false),
  declaredBy: uuid()
    .notNull()
    .references(() => users.id),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
