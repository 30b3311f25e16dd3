import { citizens, consents, users } from '@sportello/db';
import { sql } from 'drizzle-orm';
import { alias, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import type { Actor } from '../../context.js';
import { staffNetwork } from '../../lib/actors.js';
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
/** A column of the citizen's account, as the resolver reads it from the embedded `user`. */
const accountColumn = (column: (user: typeof account) => PgColumn) => (row: typeof citizens) =>
  sql`(select ${column(account)} from ${users} ${sql.identifier(ACCOUNT)} where ${account.id} = ${row.userId})`;

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
      id: columns('userId'),
      email: columns('user.email'),
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
      emailVerified: columns('user.emailVerifiedAt'),
      accountActivated: columns('user.passwordHash'),
      createdAt: columns('createdAt'),
      age: columns('birthDate'),
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
