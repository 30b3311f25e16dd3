import { randomUUID } from 'node:crypto';
import { dayInItaly } from '@sportello/domain';
import type { TestApp } from './harness.js';

export const WELDER = 'http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b';
export const WAREHOUSE = 'http://data.europa.eu/esco/occupation/bea705fe-06ac-4147-b8e0-6e8ac1208d8f';

export const inDays = dayInItaly;

export function vacancyInput(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Saldatore a filo',
    occupationUri: WELDER,
    description:
      'Cerchiamo un saldatore a filo per la nostra carpenteria metallica di Legnano. Turni diurni, contratto stabile.',
    contractType: 'PERMANENT',
    hours: 'FULL_TIME',
    weeklyHours: 40,
    shifts: false,
    workplaceComuneCode: '015118',
    remote: false,
    salaryMinCents: 170_000,
    salaryMaxCents: 200_000,
    positions: 2,
    law68Reserved: false,
    minEqfLevel: 3,
    minExperienceMonths: 24,
    drivingLicences: ['B'],
    languages: [{ languageCode: 'it', minLevel: 'B1' }],
    expiresOn: inDays(60),
    ...overrides,
  };
}

export const CREATE_VACANCY = `mutation($input: VacancyInput!, $key: String) {
  createVacancy(input: $input, idempotencyKey: $key) { vacancy { id status title } userErrors { field code message } }
}`;

/** Drives a vacancy of the company to the wanted state through the API. */
export async function vacancyIn(
  t: TestApp,
  tokens: { company: string; operator: string },
  state: 'DRAFT' | 'SUBMITTED' | 'PUBLISHED',
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const created = await t.gql(
    CREATE_VACANCY,
    { input: vacancyInput(overrides), key: randomUUID() },
    tokens.company,
  );
  const id = created.data!.createVacancy.vacancy.id as string;
  if (state === 'DRAFT') return id;
  await t.gql(
    'mutation($id: ID!) { submitVacancy(id: $id) { userErrors { code } } }',
    { id },
    tokens.company,
  );
  if (state === 'SUBMITTED') return id;
  await t.gql(
    'mutation($id: ID!) { publishVacancy(id: $id) { userErrors { code } } }',
    { id },
    tokens.operator,
  );
  return id;
}
