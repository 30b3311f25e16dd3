import { sql } from 'drizzle-orm';
import { bigint, check, date, index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { citizens } from './citizens.js';
import { createdAt, id } from './columns.js';
import { users } from './identity.js';
import { networks } from './network.js';
import { ateco, comuni } from './reference.js';

/**
 * Microcredit partners: organisations (a microcredit body, a bank, a foundation) to which the
 * network's sportelli refer citizens who want to start a business. Registered by the network admin.
 */
export const microcreditPartners = pgTable(
  'microcredit_partners',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    contactEmail: text(),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('microcredit_partners_network_idx').on(t.networkId, t.name)],
);

/**
 * Idea d'impresa: a citizen's business idea (what, in which ATECO sector, in which comune, what
 * they need), the business-plan checklist ticked so far and, at the end, the business started with
 * its partita IVA.
 */
export const businessIdeas = pgTable(
  'business_ideas',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    citizenId: uuid()
      .notNull()
      .references(() => citizens.userId, { onDelete: 'cascade' }),
    title: text().notNull(),
    description: text().notNull(),
    atecoCode: text()
      .notNull()
      .references(() => ateco.code),
    comuneCode: text()
      .notNull()
      .references(() => comuni.istatCode),
    needs: text().notNull(),
    /** The checklist items done, by key (the keys and their labels are the API's). */
    checklistDone: text().array().notNull().default(sql`'{}'::text[]`),
    /** Set together: the business started. */
    businessStartedOn: date(),
    partitaIva: text(),
    /** The citizen themself, or the operator who wrote it down with them. */
    submittedBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('business_ideas_network_idx').on(t.networkId, t.createdAt),
    index('business_ideas_citizen_idx').on(t.citizenId),
    check('business_ideas_started_check', sql`(${t.businessStartedOn} is null) = (${t.partitaIva} is null)`),
  ],
);

export const microcreditReferralStatus = pgEnum('microcredit_referral_status', [
  'SENT',
  'IN_ASSESSMENT',
  'GRANTED',
  'REFUSED',
]);

/** The referral of a business idea to a microcredit partner, with its current status. */
export const microcreditReferrals = pgTable(
  'microcredit_referrals',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    ideaId: uuid()
      .notNull()
      .references(() => businessIdeas.id, { onDelete: 'cascade' }),
    partnerId: uuid()
      .notNull()
      .references(() => microcreditPartners.id),
    status: microcreditReferralStatus().notNull().default('SENT'),
    /** The loan granted, in cents: set with GRANTED only. */
    grantedAmountCents: bigint({ mode: 'number' }),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('microcredit_referrals_idea_idx').on(t.ideaId),
    check(
      'microcredit_referrals_amount_check',
      sql`(${t.status} = 'GRANTED') = (${t.grantedAmountCents} is not null) and coalesce(${t.grantedAmountCents}, 1) > 0`,
    ),
  ],
);

/** Every status a referral went through, in order: the history the citizen and the desk see. */
export const microcreditReferralEvents = pgTable(
  'microcredit_referral_events',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    referralId: uuid()
      .notNull()
      .references(() => microcreditReferrals.id, { onDelete: 'cascade' }),
    status: microcreditReferralStatus().notNull(),
    grantedAmountCents: bigint({ mode: 'number' }),
    note: text(),
    byUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('microcredit_referral_events_referral_idx').on(t.referralId, t.at)],
);
