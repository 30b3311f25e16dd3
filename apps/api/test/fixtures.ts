import { randomInt } from 'node:crypto';
import { memberships, networks, operators, sportelli, users } from '@sportello/db';
import { computeCodiceFiscaleCheckChar, computePartitaIvaCheckDigit } from '@sportello/domain';
import { inArray } from 'drizzle-orm';
import { DEMO_NETWORK_SLUG, DEMO_PASSWORD } from '../src/demo-seed.js';
import { hashPassword } from '../src/lib/passwords.js';
import type { TestApp } from './harness.js';

export { DEMO_NETWORK_SLUG, DEMO_PASSWORD };

export const DEMO = {
  operator: 'operatore.legnano@demo.sportellolavoro.it',
  operatorVarese: 'operatore.varese@demo.sportellolavoro.it',
  admin: 'admin.rete@demo.sportellolavoro.it',
  citizen: 'giulia.bianchi@demo.sportellolavoro.it',
  companyMember: 'hr@officinemeccanichelegnano.demo',
  legnano: '015118',
  parabiago: '015168',
  milano: '015146',
};

export const OTHER_OPERATOR = 'operatore@altra-rete.test';

const MONTHS = 'ABCDEHLMPRST';
const LETTERS = 'BCDFGHJKLMNPQRSTVZ';

/** A codice fiscale valid by the algorithm, different on every call (born in Milano, F205). */
export function randomCodiceFiscale(birth = { year: 1985, month: 5, day: 10 }): string {
  const letters = Array.from({ length: 6 }, () => LETTERS[randomInt(LETTERS.length)]).join('');
  const first15 = `${letters}${String(birth.year % 100).padStart(2, '0')}${MONTHS[birth.month - 1]}${String(birth.day).padStart(2, '0')}F205`;
  return first15 + computeCodiceFiscaleCheckChar(first15);
}

export function randomPartitaIva(): string {
  const first10 = String(randomInt(1, 9_999_999_999)).padStart(10, '0');
  return first10 + computePartitaIvaCheckDigit(first10);
}

let counter = 0;
export const uniqueEmail = (prefix: string) => `${prefix}.${Date.now()}.${counter++}@esempio.it`;

/** A second network (Milano), with an operator, to prove isolation between networks. */
export async function seedOtherNetwork(t: TestApp) {
  const [network] = await t.db
    .insert(networks)
    .values({ slug: 'altra-rete', name: 'Altra rete' })
    .returning();
  await t.db
    .insert(memberships)
    .values({ networkId: network!.id, comuneCode: DEMO.milano, startsOn: '2024-01-01' });
  const [sportello] = await t.db
    .insert(sportelli)
    .values({
      networkId: network!.id,
      comuneCode: DEMO.milano,
      name: 'Sportello Milano',
      address: 'Via Larga 12',
    })
    .returning();
  const [user] = await t.db
    .insert(users)
    .values({
      networkId: network!.id,
      kind: 'OPERATOR',
      email: OTHER_OPERATOR,
      passwordHash: await hashPassword(DEMO_PASSWORD),
      givenName: 'Altro',
      familyName: 'Operatore',
      emailVerifiedAt: new Date(),
    })
    .returning();
  await t.db
    .insert(operators)
    .values({ userId: user!.id, networkId: network!.id, sportelloId: sportello!.id });
  return { networkId: network!.id, sportelloId: sportello!.id };
}

export const REGISTER_CITIZEN = `mutation($input: RegisterCitizenInput!) {
  registerCitizen(input: $input) { citizen { id email codiceFiscale birthDate residenceComune { name } } userErrors { field code message } }
}`;

export const REGISTER_COMPANY = `mutation($input: RegisterCompanyInput!) {
  registerCompany(input: $input) { company { id legalName status partitaIva comune { name } } userErrors { field code message } }
}`;

export function citizenInput(overrides: Record<string, unknown> = {}) {
  return {
    networkSlug: DEMO_NETWORK_SLUG,
    email: uniqueEmail('cittadino'),
    password: 'una password lunga e sicura',
    givenName: 'Anna',
    familyName: 'Verdi',
    codiceFiscale: randomCodiceFiscale(),
    residenceComuneCode: DEMO.legnano,
    privacyNoticeAccepted: true,
    ...overrides,
  };
}

export function companyInput(overrides: Record<string, unknown> = {}) {
  return {
    networkSlug: DEMO_NETWORK_SLUG,
    legalName: 'Falegnameria Rossi S.n.c.',
    partitaIva: randomPartitaIva(),
    comuneCode: DEMO.parabiago,
    email: uniqueEmail('azienda'),
    password: 'una password lunga e sicura',
    givenName: 'Franco',
    familyName: 'Rossi',
    privacyNoticeAccepted: true,
    ...overrides,
  };
}

/**
 * An integration client of the demo network created by its admin, with its token from the OAuth
 * client-credentials endpoint.
 */
export async function newApiClient(t: TestApp, adminToken: string, scopes: string[]) {
  const created = await t.gql(
    `mutation($scopes: [ApiScope!]!) { createApiClient(input: { name: "Sistema regionale", scopes: $scopes }) { apiClient { id clientId } clientSecret userErrors { message } } }`,
    { scopes },
    adminToken,
  );
  const { apiClient, clientSecret } = created.data!.createApiClient;
  const response = await t.app.inject({
    method: 'POST',
    url: '/oauth/token',
    payload: { grant_type: 'client_credentials', client_id: apiClient.clientId, client_secret: clientSecret },
  });
  return {
    id: apiClient.id as string,
    clientId: apiClient.clientId as string,
    clientSecret: clientSecret as string,
    token: response.json().access_token as string,
  };
}

/** Obtains an access token for an integration through the OAuth client-credentials endpoint. */
export async function apiClientToken(t: TestApp, adminToken: string): Promise<string> {
  return (await newApiClient(t, adminToken, ['NETWORK_READ', 'COMPANIES_READ'])).token;
}

export const OTHER_ADMIN = 'admin@altra-rete.test';

/**
 * Someone of each role in the second network (`seedOtherNetwork` first): a citizen and a company
 * registered there, its network admin, its operator and an integration client of its own.
 */
export async function otherNetworkTokens(t: TestApp, networkId: string) {
  await t.db.insert(users).values({
    networkId,
    kind: 'NETWORK_ADMIN',
    email: OTHER_ADMIN,
    passwordHash: await hashPassword(DEMO_PASSWORD),
    givenName: 'Altra',
    familyName: 'Amministratrice',
    emailVerifiedAt: new Date(),
  });
  const citizen = citizenInput({ networkSlug: 'altra-rete', residenceComuneCode: DEMO.milano });
  const company = companyInput({ networkSlug: 'altra-rete', comuneCode: DEMO.milano });
  for (const [mutation, input] of [
    [REGISTER_CITIZEN, citizen],
    [REGISTER_COMPANY, company],
  ] as const) {
    const registered = await t.gql(mutation, { input });
    if (registered.errors) throw new Error(JSON.stringify(registered.errors));
  }
  await t.db
    .update(users)
    .set({ emailVerifiedAt: new Date() })
    .where(inArray(users.email, [citizen.email, company.email]));
  const networkAdmin = (await t.login(OTHER_ADMIN)).accessToken;
  return {
    citizen: (await t.login(citizen.email, citizen.password)).accessToken,
    companyMember: (await t.login(company.email, company.password)).accessToken,
    operator: (await t.login(OTHER_OPERATOR)).accessToken,
    networkAdmin,
    apiClient: await apiClientToken(t, networkAdmin),
  };
}
