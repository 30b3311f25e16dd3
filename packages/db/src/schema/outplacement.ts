import { sql } from 'drizzle-orm';
import { check, date, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { placements } from './applications.js';
import { cases } from './casework.js';
import { citizens } from './citizens.js';
import { createdAt, id } from './columns.js';
import { companies } from './companies.js';
import { users } from './identity.js';
import { networks, sportelli } from './network.js';
import { comuni } from './reference.js';

export const outplacementReason = pgEnum('outplacement_reason', [
  'COMPANY_CRISIS',
  'SITE_CLOSURE',
  'COLLECTIVE_DISMISSAL',
]);

/**
 * Outplacement: a company in crisis (or a site that closes) whose affected workers a sportello takes
 * in charge as a group. The company is one of the network's or, when it is not registered, just a
 * name and a partita IVA.
 */
export const outplacementProjects = pgTable(
  'outplacement_projects',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    /** The sportello in charge of the group: its operators add workers and record outcomes. */
    sportelloId: uuid()
      .notNull()
      .references(() => sportelli.id),
    companyId: uuid().references(() => companies.id, { onDelete: 'set null' }),
    /** Copied from the registered company, or typed in for one that is not registered. */
    companyName: text().notNull(),
    partitaIva: text().notNull(),
    /** Where the affected site is. */
    comuneCode: text()
      .notNull()
      .references(() => comuni.istatCode),
    reason: outplacementReason().notNull(),
    startsOn: date().notNull(),
    endsOn: date(),
    /** The first time the group was taken in charge. */
    takenInChargeAt: timestamp({ withTimezone: true }),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('outplacement_projects_network_idx').on(t.networkId, t.createdAt),
    check('outplacement_projects_dates_check', sql`${t.endsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
  ],
);

/** An affected worker of a project: a citizen of the network, with the case opened for them. */
export const outplacementWorkers = pgTable(
  'outplacement_workers',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    projectId: uuid()
      .notNull()
      .references(() => outplacementProjects.id, { onDelete: 'cascade' }),
    citizenId: uuid()
      .notNull()
      .references(() => citizens.userId, { onDelete: 'cascade' }),
    /** Set when the group (or this worker, added later) is taken in charge. */
    caseId: uuid().references(() => cases.id, { onDelete: 'set null' }),
    addedBy: uuid()
      .notNull()
      .references(() => users.id),
    addedAt: createdAt(),
  },
  (t) => [
    uniqueIndex('outplacement_workers_project_citizen_idx').on(t.projectId, t.citizenId),
    index('outplacement_workers_citizen_idx').on(t.citizenId),
  ],
);

export const outplacementWorkerStatus = pgEnum('outplacement_worker_status', [
  'IN_CHARGE',
  'IN_TRAINING',
  'RELOCATED',
  'SELF_EMPLOYED',
  'NO_OUTCOME',
  'WITHDRAWN',
]);

/** Every status a worker went through, rows only ever added: the latest is the current one. */
export const outplacementWorkerEvents = pgTable(
  'outplacement_worker_events',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    workerId: uuid()
      .notNull()
      .references(() => outplacementWorkers.id, { onDelete: 'cascade' }),
    status: outplacementWorkerStatus().notNull(),
    /** The day the status holds from. */
    statusOn: date().notNull(),
    note: text(),
    /** For RELOCATED: the verified placement it refers to, when there is one. */
    placementId: uuid().references(() => placements.id, { onDelete: 'set null' }),
    byUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('outplacement_worker_events_worker_idx').on(t.workerId, t.at),
    check(
      'outplacement_worker_events_placement_check',
      sql`${t.placementId} is null or ${t.status} = 'RELOCATED'`,
    ),
  ],
);
