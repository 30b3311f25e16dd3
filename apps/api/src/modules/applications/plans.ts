import { applicationEvents, applications, interviews, users, type vacancies } from '@sportello/db';
import { sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Actor } from '../../context.js';
import { staffNetwork } from '../../lib/actors.js';
import { parsePageArgs } from '../../lib/pagination.js';
import {
  columns,
  columnsAs,
  connection,
  many,
  one,
  type PlanActor,
  type PlanModule,
  parseSelection,
  plannedData,
} from '../../lib/sql-planner/index.js';
import type { Args } from '../../lib/sql-planner/selection.js';
import type { Services } from '../../services.js';
import type { CitizenRecord } from '../citizens/service.js';
import type { CvRecord } from '../cvs/service.js';
import type { Vacancy } from '../vacancies/service.js';
import { presentApplications, presentCandidate } from './loaders.js';
import { ROLE_LABEL } from './roles.js';
import type { Application } from './service.js';

type Ctx = { actor: Actor; services: Services; today: string };

/** What the pseudonymous profile is computed from, whatever of it the client asks for. */
const PSEUDONYMOUS_SOURCE = parseSelection(`{
  birthDate
  residenceComune { provinceName }
  cv {
    soughtOccupations { uri code label iscoGroup }
    experiences { startsOn endsOn occupation { uri code label iscoGroup } }
    education { title { eqfLevel } }
    languages { languageCode motherTongue listening reading spokenInteraction spokenProduction writing }
  }
}`);

/** `canListVacancyApplications` in SQL, on the vacancy's row. */
function listsApplications(actor: PlanActor) {
  const network = staffNetwork(actor);
  if (network) return (row: PgTable) => sql`${(row as typeof vacancies).networkId} = ${network}`;
  const company = actor.kind === 'COMPANY_MEMBER' ? actor.companyId : null;
  if (company) return (row: PgTable) => sql`${(row as typeof vacancies).companyId} = ${company}`;
  return undefined;
}

/** `canSeeCandidateIdentity` in SQL, on the candidature's row, for staff and companies. */
function seesCandidate(actor: PlanActor) {
  const network = staffNetwork(actor);
  if (network) return (row: PgTable) => sql`${(row as typeof applications).networkId} = ${network}`;
  const company = actor.kind === 'COMPANY_MEMBER' ? actor.companyId : null;
  if (!company) return undefined;
  return (row: PgTable) => {
    const application = row as typeof applications;
    return sql`(${application.companyId} = ${company} and ${application.disclosedAt} is not null and ${application.pseudonymisedAt} is null)`;
  };
}

const actorKind = (event: typeof applicationEvents) =>
  sql`coalesce((select ${users.kind}::text from ${users} where ${users.id} = ${event.actorUserId}), 'SYSTEM')`;

export const applicationPlans: PlanModule = {
  Vacancy: {
    fields: {
      applications: connection('Application', ['id', 'vacancyId'], {
        orderBy: [
          ['updatedAt', 'desc'],
          ['id', 'desc'],
        ],
        filters: { status: 'status' },
        present: (vacancy: Vacancy, found: { rows: object[]; total: number }, { actor }: Ctx, args: Args) =>
          presentApplications(actor, vacancy, parsePageArgs(args), found),
        passWhen: listsApplications,
      }),
    },
  },
  Application: {
    table: applications,
    // What the policies read, and the keys the loaders of unplanned fields use.
    always: ['id', 'networkId', 'companyId', 'citizenId', 'vacancyId', 'disclosedAt', 'pseudonymisedAt'],
    fields: {
      id: columns('id'),
      status: columns('status'),
      vacancy: one('Vacancy', ['vacancyId', 'id']),
      citizen: one('Citizen', ['citizenId', 'userId'], {
        present: (application: Application, citizen: unknown, { actor }: Ctx) =>
          presentCandidate(actor, application, citizen),
        passWhen: seesCandidate,
      }),
      pseudonymousCandidate: one('Citizen', ['citizenId', 'userId'], {
        selection: PSEUDONYMOUS_SOURCE,
        present: (
          application: Application & { vacancyLaw68Reserved?: boolean },
          citizen: CitizenRecord,
          { services, today }: Ctx,
        ) => {
          const comune = plannedData(citizen, 'residenceComune') as { provinceName: string } | null;
          const cv = (plannedData(citizen, 'cv') ?? undefined) as CvRecord | undefined;
          // Reached other than through its vacancy, a candidature counts as reserved: the smaller profile.
          const subject = {
            vacancyId: application.vacancyId,
            law68Reserved: application.vacancyLaw68Reserved ?? true,
          };
          return services.pseudonyms.profile(subject, citizen, cv, comune?.provinceName ?? '', today);
        },
      }),
      candidateCv: one('Cv', ['citizenId', 'citizenId'], {
        present: (application: Application, cv: object | null, { actor }: Ctx) =>
          presentCandidate(actor, application, cv),
      }),
      coverLetter: columns('coverLetter'),
      proposalNote: columns('proposalNote'),
      proposalStatus: columns('proposedBy', 'status', 'disclosedAt'),
      history: many('ApplicationEvent', ['id', 'applicationId'], {
        orderBy: [
          ['at', 'asc'],
          ['id', 'asc'],
        ],
      }),
      pseudonymisedAt: columns('pseudonymisedAt'),
      createdAt: columns('createdAt'),
      updatedAt: columns('updatedAt'),
      interviews: many('Interview', ['id', 'applicationId'], { orderBy: [['startsAt', 'asc']] }),
    },
  },
  ApplicationEvent: {
    table: applicationEvents,
    always: [],
    computed: { actorKind: (row) => actorKind(row as typeof applicationEvents) },
    fields: {
      fromStatus: columns('fromStatus'),
      toStatus: columns('toStatus'),
      actorRole: columnsAs(
        applicationEvents,
        (event) =>
          sql`case ${actorKind(event)} ${sql.join(
            Object.entries(ROLE_LABEL).map(([kind, label]) => sql`when ${kind} then ${label}`),
            sql` `,
          )} else ${actorKind(event)}::text end`,
        'actorKind',
      ),
      reason: columns('reason'),
      at: columns('at'),
    },
  },
  Interview: {
    table: interviews,
    always: ['id', 'applicationId', 'citizenId', 'companyId', 'networkId'],
    fields: {
      id: columns('id'),
      status: columns('status'),
      startsAt: columns('startsAt'),
      endsAt: columns('endsAt'),
      mode: columns('mode'),
      location: columns('location'),
      videoUrl: columns('videoUrl'),
      message: columns('message'),
      responseNote: columns('responseNote'),
      respondedAt: columns('respondedAt'),
      application: one('Application', ['applicationId', 'id']),
      createdAt: columns('createdAt'),
    },
  },
};
