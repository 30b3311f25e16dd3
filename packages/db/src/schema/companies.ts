import { index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns.js';
import { users } from './identity.js';
import { networks } from './network.js';
import { comuni } from './reference.js';

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
