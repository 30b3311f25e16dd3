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
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns.js';
import { comuni } from './reference.js';

export const networks = pgTable(
  'networks',
  {
    id: id(),
    slug: text().notNull().unique(),
    name: text().notNull(),
    /** Who the privacy notice names as data controller (titolare del trattamento). */
    privacyController: text(),
    /** The data protection officer's address (art. 13(1)(b) GDPR), shown on the privacy notice. */
    dpoEmail: text(),
    /** Operators and network admins must use a second factor (TOTP) to use the API. */
    staffTwoFactorRequired: boolean().notNull().default(false),
    /**
     * Days a candidature may wait for the company's answer: then the company is reminded, and at
     * twice as many days the candidature closes as unanswered, with the citizen told.
     */
    companyResponseDays: integer().notNull().default(10),
    /** A vacancy is published only with a pay range or a collective agreement (CCNL) and its level. */
    vacancyPayRequired: boolean().notNull().default(true),
    /** Months without sign-in or case activity after which a citizen's account is anonymised. */
    retentionMonths: integer().notNull().default(24),
    /**
     * k of the k-anonymity of published figures: a count of persons below it (and above zero) is
     * never shown, in the labour-market report and the open data.
     */
    reportMinCount: integer().notNull().default(5),
    createdAt: createdAt(),
  },
  (t) => [
    check('networks_company_response_days_check', sql`${t.companyResponseDays} between 1 and 60`),
    check('networks_retention_months_check', sql`${t.retentionMonths} between 6 and 120`),
    check('networks_report_min_count_check', sql`${t.reportMinCount} between 3 and 50`),
  ],
);

/** A comune's membership of a network over a period; a comune may leave and join again. */
export const memberships = pgTable(
  'memberships',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    comuneCode: text()
      .notNull()
      .references(() => comuni.istatCode),
    startsOn: date().notNull(),
    endsOn: date(),
    createdAt: createdAt(),
  },
  (t) => [
    index('memberships_network_idx').on(t.networkId),
    check('memberships_period_check', sql`${t.endsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
  ],
);

export const feeStatus = pgEnum('fee_status', ['DUE', 'PAID', 'OVERDUE', 'WAIVED']);

/** The annual fee a member comune pays the network, one row per membership and year. */
export const membershipFees = pgTable(
  'membership_fees',
  {
    membershipId: uuid()
      .notNull()
      .references(() => memberships.id, { onDelete: 'cascade' }),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    year: integer().notNull(),
    amountCents: integer().notNull(),
    status: feeStatus().notNull().default('DUE'),
    paidOn: date(),
  },
  (t) => [
    uniqueIndex('membership_fees_membership_year_idx').on(t.membershipId, t.year),
    check('membership_fees_amount_check', sql`${t.amountCents} >= 0`),
  ],
);

/** A sportello lavoro: a service point in a member comune. */
export const sportelli = pgTable(
  'sportelli',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    comuneCode: text()
      .notNull()
      .references(() => comuni.istatCode),
    name: text().notNull(),
    address: text().notNull(),
    email: text(),
    phone: text(),
    createdAt: createdAt(),
  },
  (t) => [index('sportelli_network_idx').on(t.networkId)],
);
