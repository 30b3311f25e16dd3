import { citizens, consents, users } from '@sportello/db';
import { type SQLWrapper, sql } from 'drizzle-orm';
import { alias, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import type { Actor } from '../../context.js';
import { staffNetwork } from '../../lib/actors.js';
import { textLiteral } from '../../lib/sql-literal.js';
import {
  columns,
  columnsAs,
  fallback,
  many,
  one,
  type PlanActor,
  type PlanModule,
} from '../../lib/sql-planner/index.js';
import { presentCv } from '../cvs/loaders.js';
import { presentConsents } from './loaders.js';
import type { CitizenRecord } from './service.js';

type Ctx = { actor: Actor };

const ACCOUNT = 'citizen_account';
const account = alias(users, ACCOUNT);
/** A column of the citizen's account (or SQL over it), as the resolver reads it from the embedded `user`. */
const accountColumn = (column: (user: typeof account) => SQLWrapper) => (row: typeof citizens) =>
  sql`(select ${column(account)} from ${users} ${sql.identifier(ACCOUNT)} where ${account.id} = ${row.userId})`;

/** `ageOn` in SQL: the years since the birth date, less one before this year's birthday. */
function ageInSql(birthDate: PgColumn, today: string) {
  const year = Number(today.slice(0, 4));
  const monthDay = today.slice(5, 7) + today.slice(8, 10);
  return sql`(${sql.raw(String(year))} - extract(year from ${birthDate})::int - case when to_char(${birthDate}, 'MMDD') > ${textLiteral(monthDay)} then 1 else 0 end)`;
}

/** `canReadCv` in SQL, on the citizen's row, for the network's staff. */
function readsCv(actor: PlanActor) {
  const network = staffNetwork(actor);
  if (!network) return undefined;
  return (row: PgTable) => sql`${(row as typeof citizens).networkId} = ${network}`;
}

export const citizenPlans: PlanModule = {
  Citizen: {
    table: citizens,
    // Policies read the network and the id; a CV's completeness reads the employment status.
    always: ['userId', 'networkId', 'employmentStatus'],
    embeds: { user: { table: users, parentKey: 'userId', childKey: 'id' } },
    fields: {
      id: columnsAs(citizens, (citizen) => sql`${citizen.userId}`, 'userId'),
      email: columnsAs(
        citizens,
        accountColumn((user) => user.email),
        'user.email',
      ),
      givenName: columnsAs(
        citizens,
        accountColumn((user) => user.givenName),
        'user.givenName',
      ),
      familyName: columnsAs(
        citizens,
        accountColumn((user) => user.familyName),
        'user.familyName',
      ),
      codiceFiscale: columns('codiceFiscale'),
      birthDate: columns('birthDate'),
      residenceComune: one('Comune', ['residenceComuneCode', 'istatCode']),
      phone: columns('phone'),
      emailVerified: columnsAs(
        citizens,
        accountColumn((user) => sql`${user.emailVerifiedAt} is not null`),
        'user.emailVerifiedAt',
      ),
      accountActivated: columnsAs(
        citizens,
        accountColumn((user) => sql`${user.passwordHash} is not null`),
        'user.passwordHash',
      ),
      createdAt: columns('createdAt'),
      age: columnsAs(citizens, (citizen, { today }) => ageInSql(citizen.birthDate, today), 'birthDate'),
      domicileComune: one('Comune', ['domicileComuneCode', 'istatCode']),
      employmentStatus: columns('employmentStatus'),
      availability: columns(
        'availableFullTime',
        'availablePartTime',
        'availableForShifts',
        'mobilityRadiusKm',
        'hasOwnVehicle',
        'drivingLicences',
      ),
      targetGroups: columns('birthDate', 'employmentStatus'),
      consents: many('Consent', ['userId', 'citizenId'], {
        orderBy: [['grantedAt', 'asc']],
        present: (citizen: CitizenRecord, found: unknown[], { actor }: Ctx) =>
          presentConsents(actor, citizen, found),
      }),
      inChargeAt: fallback('userId'),
      coverLetters: fallback('userId', 'networkId'),
      groupAttendance: fallback('userId', 'networkId'),
      // Special-category data is never planned: its resolver checks, reads and audits each access.
      specialCategories: fallback('userId', 'networkId'),
      cv: one('Cv', ['userId', 'citizenId'], {
        present: (citizen: CitizenRecord, cv: object | null, { actor }: Ctx) => presentCv(actor, citizen, cv),
        passWhen: readsCv,
      }),
    },
  },
  Consent: {
    table: consents,
    always: ['id'],
    fields: {
      id: columns('id'),
      purpose: columns('purpose'),
      textVersion: columns('textVersion'),
      grantedAt: columns('grantedAt'),
      withdrawnAt: columns('withdrawnAt'),
    },
  },
};
