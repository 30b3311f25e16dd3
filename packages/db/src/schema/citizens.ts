import { date, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';
import { users } from './identity.js';
import { networks } from './network.js';
import { comuni } from './reference.js';

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
    phone: text(),
    /** Set when an operator registered the citizen at the desk. */
    registeredBy: uuid().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('citizens_network_cf_idx').on(t.networkId, t.codiceFiscale),
    index('citizens_residence_idx').on(t.residenceComuneCode),
  ],
);
