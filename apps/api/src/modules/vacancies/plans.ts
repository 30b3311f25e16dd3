import {
  companies,
  companyNeedVacancies,
  type escoSkills,
  vacancies,
  vacancyLanguages,
  vacancySkills,
} from '@sportello/db';
import { sql } from 'drizzle-orm';
import {
  columns,
  columnsAs,
  fallback,
  many,
  one,
  type PlanModule,
  value,
} from '../../lib/sql-planner/index.js';
import { languageNameInSql } from '../cvs/service.js';

export const vacancyPlans: PlanModule = {
  Vacancy: {
    table: vacancies,
    // What the policies read (network, company, status and expiry) and the id.
    always: ['id', 'networkId', 'companyId', 'status', 'expiresOn', 'law68Reserved'],
    hidden: ['searchDocument'],
    fields: {
      id: columns('id'),
      title: columns('title'),
      occupation: one('EscoOccupation', ['occupationUri', 'uri']),
      description: columns('description'),
      contractType: columns('contractType'),
      hours: columns('hours'),
      weeklyHours: columns('weeklyHours'),
      shifts: columns('shifts'),
      workplaceComune: one('Comune', ['workplaceComuneCode', 'istatCode']),
      remote: columns('remote'),
      salaryMinCents: columns('salaryMinCents'),
      salaryMaxCents: columns('salaryMaxCents'),
      collectiveAgreement: columns('collectiveAgreement'),
      agreementLevel: columns('agreementLevel'),
      positions: columns('positions'),
      law68Reserved: columns('law68Reserved'),
      minEqfLevel: columns('minEqfLevel'),
      minExperienceMonths: columns('minExperienceMonths'),
      drivingLicences: columns('drivingLicences'),
      languages: many('VacancyLanguage', ['id', 'vacancyId'], { orderBy: [['languageCode', 'asc']] }),
      // Essential first, then by label, as the service reads them.
      skills: many('VacancySkill', ['id', 'vacancyId'], {
        joinOne: 'skill',
        orderBy: [
          ['essential', 'desc'],
          (_row, skill) =>
            sql`coalesce(${(skill as typeof escoSkills).labelIt}, ${(skill as typeof escoSkills).labelEn})`,
        ],
      }),
      // `effectiveStatus`: published and past its expiry, expired.
      status: columnsAs(
        vacancies,
        (v, { today }) =>
          sql`case when ${v.status} = 'PUBLISHED' and ${v.expiresOn} < ${today} then 'EXPIRED' else ${v.status}::text end`,
        'status',
        'expiresOn',
      ),
      rejectionReason: columns('rejectionReason'),
      publishedAt: columns('publishedAt'),
      expiresOn: columns('expiresOn'),
      companyName: value(
        vacancies,
        (v) => sql`(select ${companies.legalName} from ${companies} where ${companies.id} = ${v.companyId})`,
        (_vacancy: unknown, name: string | null) => name ?? '',
        (name) => sql`coalesce(${name}, '')`,
      ),
      draftedFromNeed: value(
        vacancies,
        (v) =>
          sql`exists (select 1 from ${companyNeedVacancies} where ${companyNeedVacancies.vacancyId} = ${v.id} and ${companyNeedVacancies.draftedFromNeed})`,
        (_vacancy: unknown, drafted: boolean | null) => drafted === true,
      ),
      publicUrl: columns('id'),
      createdAt: columns('createdAt'),
      // Ranked by the in-memory matching index, not by SQL.
      matches: fallback('law68Reserved'),
      candidateStanding: fallback('law68Reserved'),
    },
  },
  VacancySkill: {
    table: vacancySkills,
    always: [],
    fields: {
      skill: one('EscoSkill', ['skillUri', 'uri'], { store: 'model' }),
      essential: columns('essential'),
    },
  },
  VacancyLanguage: {
    table: vacancyLanguages,
    always: [],
    fields: {
      languageCode: columns('languageCode'),
      languageName: columnsAs(
        vacancyLanguages,
        (language) => languageNameInSql(language.languageCode),
        'languageCode',
      ),
      minLevel: columns('minLevel'),
    },
  },
};
