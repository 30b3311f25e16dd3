import { applications } from '@sportello/db';
import type { Actor } from '../../context.js';
import { parsePageArgs } from '../../lib/pagination.js';
import { columns, connection, fallback, one, type PlanModule } from '../../lib/sql-planner/index.js';
import type { Args } from '../../lib/sql-planner/selection.js';
import type { Vacancy } from '../vacancies/service.js';
import { presentApplications, presentCandidate } from './loaders.js';
import type { Application } from './service.js';

type Ctx = { actor: Actor };

export const applicationPlans: PlanModule = {
  Vacancy: {
    fields: {
      applications: connection('Application', ['id', 'vacancyId'], {
        orderBy: [
          ['updatedAt', 'desc'],
          ['id', 'desc'],
        ],
        filters: { status: 'status' },
        present: (vacancy: Vacancy, found: { rows: unknown[]; total: number }, { actor }: Ctx, args: Args) =>
          presentApplications(actor, vacancy, parsePageArgs(args), found),
      }),
    },
  },
  Application: {
    table: applications,
    // What the policies read, and the keys the loaders of unplanned fields use.
    always: ['id', 'networkId', 'companyId', 'citizenId', 'vacancyId', 'disclosedAt'],
    fields: {
      id: columns('id'),
      status: columns('status'),
      vacancy: one('Vacancy', ['vacancyId', 'id']),
      citizen: one('Citizen', ['citizenId', 'userId'], {
        present: (application: Application, citizen: unknown, { actor }: Ctx) =>
          presentCandidate(actor, application, citizen),
      }),
      pseudonymousCandidate: fallback('citizenId', 'companyId'),
      coverLetter: columns('coverLetter'),
      proposalNote: columns('proposalNote'),
      history: fallback('id'),
      createdAt: columns('createdAt'),
      updatedAt: columns('updatedAt'),
      interviews: fallback('id'),
    },
  },
};
