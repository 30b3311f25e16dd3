import { index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns.js';
import { users } from './identity.js';
import { networks } from './network.js';
import { ateco, comuni } from './reference.js';

/** EU size classes (Recommendation 2003/361/EC) by head count. */
export const companySize = pgEnum('company_size', [
  /** fewer than 10 people */
  'MICRO',
  /** fewer than 50 */
  'SMALL',
  /** fewer than 250 */
  'MEDIUM',
  /** 250 or more */
  'LARGE',
]);

export const companyStatus = pgEnum('company_status', ['PENDING', 'VERIFIED', 'REJECTED']);

export const companies = pgTable(
  'companies',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    legalName: text().notNull(),
    partitaIva: text().notNull(),
    codiceFiscale: text().notNull(),
    comuneCode: text()
      .notNull()
      .references(() => comuni.istatCode),
    email: text().notNull(),
    atecoCode: text().references(() => ateco.code),
    size: companySize(),
    status: companyStatus().notNull().default('PENDING'),
    reviewedBy: uuid().references(() => users.id),
    reviewedAt: timestamp({ withTimezone: true }),
    rejectionReason: text(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('companies_network_piva_idx').on(t.networkId, t.partitaIva),
    index('companies_network_status_idx').on(t.networkId, t.status, t.createdAt),
  ],
);

export const companyRole = pgEnum('company_role', ['OWNER', 'MEMBER']);

export const companyMembers = pgTable(
  'company_members',
  {
    userId: uuid()
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    companyId: uuid()
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    role: companyRole().notNull(),
  },
  (t) => [index('company_members_company_idx').on(t.companyId)],
);

/** Where a company works: its registered office comes first, other sites may be in other comuni. */
export const companySites = pgTable(
  'company_sites',
  {
    id: id(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    comuneCode: text()
      .notNull()
      .references(() => comuni.istatCode),
    address: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('company_sites_company_idx').on(t.companyId)],
);
