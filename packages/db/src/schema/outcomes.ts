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
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { placements } from './applications.js';
import { citizens } from './citizens.js';
import { createdAt, id } from './columns.js';
import { companies } from './companies.js';
import { users } from './identity.js';
import { internships } from './internships.js';
import { networks, sportelli } from './network.js';
import { programParticipations } from './programs.js';
import { comuni } from './reference.js';
import { businessIdeas } from './self-employment.js';
import { contractType } from './vacancies.js';

/** The groups outcome-based funding pays more for, as they stood when the person was hired. */
export const outcomeTargetGroup = pgEnum('outcome_target_group', [
  /** on the lists of collocamento mirato (law 68/1999) */
  'LAW_68_DISABILITY',
  /** in economic hardship (fragilità economica) */
  'ECONOMIC_HARDSHIP',
  /** 45 or older on the first day of work */
  'OVER_45',
  /** 15-29 and not in employment before the hire */
  'YOUNG_UNEMPLOYED',
]);

export const outcomeKind = pgEnum('outcome_kind', [
  /** a hire from a candidature or found elsewhere */
  'HIRE',
  /** a tirocinio that ended in a hire by the host company */
  'INTERNSHIP_HIRE',
  /** a tirocinio completed without a hire */
  'INTERNSHIP_COMPLETED',
  /** a program participation (cantiere di lavoro, LPU…) that ended in a hire */
  'PROGRAM_HIRE',
  /** a program participation that ended with the person starting a training course */
  'PROGRAM_TRAINING',
  /** a program participation that ended with neither a hire nor training */
  'PROGRAM_COMPLETED',
  /** a business of the person's own started, with its partita IVA */
  'BUSINESS_STARTED',
]);

export const contractClass = pgEnum('contract_class', [
  /** tempo indeterminato, apprendistato */
  'PERMANENT',
  /** a fixed term of 6 months or more */
  'FIXED_TERM_LONG',
  /** a fixed term under 6 months, or of unknown length */
  'FIXED_TERM_SHORT',
]);

export const followUpSource = pgEnum('follow_up_source', ['COMPANY', 'CITIZEN', 'OPERATOR']);

/**
 * Esiti: one per verified placement, completed tirocinio without a hire, ended program participation
 * or business started; the facts on that day that funding pays on. Exactly one source is set. Hires
 * carry their contract; the other kinds have none. Append-only (trigger): what changes later is
 * written as follow-ups.
 */
export const outcomes = pgTable(
  'outcomes',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id),
    /** Pseudonymous: what statements name instead of the person. */
    reference: text().notNull().unique(),
    placementId: uuid()
      .unique()
      .references(() => placements.id),
    internshipId: uuid()
      .unique()
      .references(() => internships.id),
    participationId: uuid()
      .unique()
      .references(() => programParticipations.id),
    businessIdeaId: uuid()
      .unique()
      .references(() => businessIdeas.id),
    citizenId: uuid()
      .notNull()
      .references(() => citizens.userId),
    /** The company of the placement, which confirms the follow-ups; null for employers off the platform. */
    companyId: uuid().references(() => companies.id),
    /** Who the person works for (the business's name when it is their own); null without work. */
    employerName: text(),
    /** The sportello the outcome is credited to: the one in charge of the person, else the verifier's. */
    sportelloId: uuid()
      .notNull()
      .references(() => sportelli.id),
    /** The comune of residence at the time of hire, for contracts a comune commissions. */
    comuneCode: text()
      .notNull()
      .references(() => comuni.istatCode),
    kind: outcomeKind().notNull(),
    /** Set for hires only. */
    contractType: contractType(),
    contractClass: contractClass(),
    durationMonths: integer(),
    /** The first day of work, of the business, or the day the tirocinio or participation ended. */
    startsOn: date().notNull(),
    targetGroups: outcomeTargetGroup().array().notNull(),
    recordedBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('outcomes_network_idx').on(t.networkId, t.startsOn),
    index('outcomes_company_idx').on(t.companyId),
    index('outcomes_citizen_idx').on(t.citizenId),
    check(
      'outcomes_one_source_check',
      sql`num_nonnulls(${t.placementId}, ${t.internshipId}, ${t.participationId}, ${t.businessIdeaId}) = 1`,
    ),
    check('outcomes_contract_check', sql`(${t.contractType} is null) = (${t.contractClass} is null)`),
    check(
      'outcomes_placement_contract_check',
      sql`${t.placementId} is null or ${t.contractType} is not null`,
    ),
  ],
);

/**
 * Whether the person still works there 30, 90 or 180 days after starting, and who said so when.
 * Append-only: a later answer for the same day corrects an earlier one, which stays.
 */
export const outcomeFollowUps = pgTable(
  'outcome_follow_ups',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id),
    outcomeId: uuid()
      .notNull()
      .references(() => outcomes.id),
    checkpointDays: integer().notNull(),
    stillEmployed: boolean().notNull(),
    confirmedVia: followUpSource().notNull(),
    confirmedBy: uuid()
      .notNull()
      .references(() => users.id),
    at: createdAt(),
  },
  (t) => [
    index('outcome_follow_ups_outcome_idx').on(t.outcomeId, t.checkpointDays, t.at),
    check('outcome_follow_ups_checkpoint_check', sql`${t.checkpointDays} in (30, 90, 180)`),
  ],
);

/**
 * An agreement by which the network (or one member comune) pays a sportello per outcome: tariffs,
 * a cap and a period, and the rule that makes an outcome eligible.
 */
export const fundingContracts = pgTable(
  'funding_contracts',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id),
    name: text().notNull(),
    /** The member comune that commissions it; null when the network does. */
    comuneCode: text().references(() => comuni.istatCode),
    /** The provider paid for the outcomes. */
    sportelloId: uuid()
      .notNull()
      .references(() => sportelli.id),
    startsOn: date().notNull(),
    endsOn: date().notNull(),
    capCents: integer().notNull(),
    /** Fixed-term contracts shorter than this are not paid; permanent ones always qualify. */
    minDurationMonths: integer().notNull(),
    /** The follow-up that must say "still employed". */
    retentionDays: integer().notNull(),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('funding_contracts_network_idx').on(t.networkId),
    check('funding_contracts_period_check', sql`${t.endsOn} >= ${t.startsOn}`),
    check('funding_contracts_cap_check', sql`${t.capCents} >= 0`),
    check('funding_contracts_retention_check', sql`${t.retentionDays} in (30, 90, 180)`),
    check('funding_contracts_duration_check', sql`${t.minDurationMonths} between 0 and 120`),
  ],
);

/** What one outcome pays: by kind, contract class (null for kinds without one) and target group (null: anyone). */
export const contractTariffs = pgTable(
  'contract_tariffs',
  {
    id: id(),
    contractId: uuid()
      .notNull()
      .references(() => fundingContracts.id),
    outcomeKind: outcomeKind().notNull(),
    contractClass: contractClass(),
    targetGroup: outcomeTargetGroup(),
    amountCents: integer().notNull(),
  },
  (t) => [
    unique('contract_tariffs_rule_idx')
      .on(t.contractId, t.outcomeKind, t.contractClass, t.targetGroup)
      .nullsNotDistinct(),
    check('contract_tariffs_amount_check', sql`${t.amountCents} >= 0`),
  ],
);

/** Rendiconti: issued once, never changed (trigger); the next one carries any correction. */
export const statements = pgTable(
  'statements',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id),
    contractId: uuid()
      .notNull()
      .references(() => fundingContracts.id),
    number: integer().notNull(),
    periodStartsOn: date().notNull(),
    periodEndsOn: date().notNull(),
    chargedCents: integer().notNull(),
    creditedCents: integer().notNull(),
    totalCents: integer().notNull(),
    issuedBy: uuid()
      .notNull()
      .references(() => users.id),
    issuedAt: createdAt(),
  },
  (t) => [
    // Two runs at once compute the same number: one of them fails here.
    uniqueIndex('statements_contract_number_idx').on(t.contractId, t.number),
    check('statements_period_check', sql`${t.periodEndsOn} >= ${t.periodStartsOn}`),
    check('statements_total_check', sql`${t.totalCents} = ${t.chargedCents} - ${t.creditedCents}`),
  ],
);

export const statementLineKind = pgEnum('statement_line_kind', ['CHARGE', 'CREDIT']);

/** One outcome billed (or credited back) on a statement, with the tariff that priced it. */
export const statementLines = pgTable(
  'statement_lines',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id),
    statementId: uuid()
      .notNull()
      .references(() => statements.id),
    outcomeId: uuid()
      .notNull()
      .references(() => outcomes.id),
    kind: statementLineKind().notNull(),
    outcomeKind: outcomeKind().notNull(),
    contractClass: contractClass(),
    /** The group whose tariff applied; null for the tariff for anyone. */
    targetGroup: outcomeTargetGroup(),
    tariffCents: integer().notNull(),
    /** Negative on a credit; below the tariff when the cap cut it. */
    amountCents: integer().notNull(),
  },
  (t) => [
    index('statement_lines_statement_idx').on(t.statementId),
    // Billed at most once, credited at most once, whatever runs at the same time.
    uniqueIndex('statement_lines_charge_idx').on(t.outcomeId).where(sql`${t.kind} = 'CHARGE'`),
    uniqueIndex('statement_lines_credit_idx').on(t.outcomeId).where(sql`${t.kind} = 'CREDIT'`),
    check(
      'statement_lines_sign_check',
      sql`(${t.kind} = 'CHARGE' and ${t.amountCents} >= 0) or (${t.kind} = 'CREDIT' and ${t.amountCents} <= 0)`,
    ),
  ],
);
