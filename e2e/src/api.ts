import { dayInItaly } from '@sportello/domain';
import { expect } from 'vitest';
import { DEMO, DEMO_PASSWORD, graphqlRequest } from './data.js';

const WELDER = 'http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b';

export const inDays = dayInItaly;

/** Italian national holidays on a fixed date (MM-DD); Easter Monday is always a Monday. */
const FIXED_HOLIDAYS = [
  '01-01',
  '01-06',
  '04-25',
  '05-01',
  '06-02',
  '08-15',
  '10-04',
  '11-01',
  '12-08',
  '12-25',
  '12-26',
];

/**
 * The first day from `days` ahead that is a Tuesday to Saturday and not a fixed-date holiday, as
 * YYYY-MM-DD: a slot then needs no confirmation as on a Sunday or a holiday.
 */
export function workingDayIn(days: number): string {
  for (let offset = days; ; offset++) {
    const day = inDays(offset);
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    if (weekday >= 2 && !FIXED_HOLIDAYS.includes(day.slice(5))) return day;
  }
}

type Payload<K extends string> = Record<K, { id: string } | null> & { userErrors: { message: string }[] };

const tokens = new Map<string, Promise<string>>();

/**
 * An access token of the account, logged in once per test file: the API allows 50 logins per address
 * in 15 minutes, and the whole suite logs in from one address.
 */
export function accessToken(baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<string> {
  const key = `${baseUrl} ${email}`;
  let token = tokens.get(key);
  if (!token) {
    token = graphqlRequest<{ login: { session: { accessToken: string } | null } }>(
      baseUrl,
      'mutation($input: LoginInput!) { login(input: $input) { session { accessToken } } }',
      { input: { email, password } },
    ).then((data) => {
      if (!data.login.session) throw new Error(`Login of ${email} failed`);
      return data.login.session.accessToken;
    });
    tokens.set(key, token);
  }
  return token;
}

/** Runs a mutation that answers `{ <entity> { id } userErrors { message } }`; fails on userErrors. */
export async function mutate<K extends string>(
  baseUrl: string,
  token: string,
  mutation: string,
  entity: K,
  variables: Record<string, unknown>,
): Promise<string> {
  const data = await graphqlRequest<Record<string, Payload<K>>>(baseUrl, mutation, variables, token);
  const payload = Object.values(data)[0]!;
  expect(payload.userErrors).toEqual([]);
  return payload[entity]!.id;
}

/** The demo company writes a draft vacancy in Legnano. */
export async function draftVacancy(baseUrl: string, title: string, law68Reserved = false): Promise<string> {
  const company = await accessToken(baseUrl, DEMO.companyMember);
  return mutate(
    baseUrl,
    company,
    'mutation($input: VacancyInput!) { createVacancy(input: $input) { vacancy { id } userErrors { message } } }',
    'vacancy',
    {
      input: {
        title,
        occupationUri: WELDER,
        description: 'Cerchiamo una persona per la saldatura a filo nella nostra carpenteria di Legnano.',
        contractType: 'PERMANENT',
        hours: 'FULL_TIME',
        weeklyHours: 40,
        shifts: false,
        workplaceComuneCode: '015118',
        remote: false,
        collectiveAgreement: 'CCNL Metalmeccanica – Industria',
        agreementLevel: 'livello D1',
        positions: 1,
        minExperienceMonths: 0,
        law68Reserved,
        drivingLicences: [],
        languages: [],
        expiresOn: inDays(60),
      },
    },
  );
}

/** A draft of the demo company, sent to the sportello for moderation. */
export async function submittedVacancy(
  baseUrl: string,
  title: string,
  law68Reserved = false,
): Promise<string> {
  const id = await draftVacancy(baseUrl, title, law68Reserved);
  await mutate(
    baseUrl,
    await accessToken(baseUrl, DEMO.companyMember),
    'mutation($id: ID!) { submitVacancy(id: $id) { vacancy { id } userErrors { message } } }',
    'vacancy',
    { id },
  );
  return id;
}

/** A submitted vacancy of the demo company, published by the operator. */
export async function publishedVacancy(
  baseUrl: string,
  title: string,
  law68Reserved = false,
): Promise<string> {
  const id = await submittedVacancy(baseUrl, title, law68Reserved);
  await mutate(
    baseUrl,
    await accessToken(baseUrl, DEMO.operator),
    'mutation($id: ID!) { publishVacancy(id: $id) { vacancy { id } userErrors { message } } }',
    'vacancy',
    { id },
  );
  return id;
}
