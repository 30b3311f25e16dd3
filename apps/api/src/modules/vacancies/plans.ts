import { companies, vacancies, vacancyLanguages } from '@sportello/db';
import { sql } from 'drizzle-orm';
import { columns, many, one, type PlanModule, value } from '../../lib/sql-planner/index.js';

export const vacancyPlans: PlanModule = {
  Vacancy: {
    table: vacancies,
    // What the policies read (network, company, status and expiry) and the id.
    always: ['id', 'networkId', 'companyId', 'status', 'expiresOn'],
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
      positions: columns('positions'),
      law68Reserved: columns('law68Reserved'),
      minEqfLevel: columns('minEqfLevel'),
      minExperienceMonths: columns('minExperienceMonths'),
      drivingLicences: columns('drivingLicences'),
      languages: many('VacancyLanguage', ['id', 'vacancyId'], { orderBy: [['languageCode', 'asc']] }),
      status: columns('status', 'expiresOn'),
      rejectionReason: columns('rejectionReason'),
      publishedAt: columns('publishedAt'),
      expiresOn: columns('expiresOn'),
      companyName: value(
        vacancies,
        (v) => sql`(select ${companies.legalName} from ${companies} where ${companies.id} = ${v.companyId})`,
        (_vacancy: unknown, name: string | null) => name ?? '',
      ),
      publicUrl: columns('id'),
      createdAt: columns('createdAt'),
    },
  },
  VacancyLanguage: {
    table: vacancyLanguages,
    always: [],
    fields: {
      languageCode: columns('languageCode'),
      languageName: columns('languageCode'),
      minLevel: columns('minLevel'),
    },
  },
};
