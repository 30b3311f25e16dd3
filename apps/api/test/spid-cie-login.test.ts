import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { DEMO_NETWORK_SLUG, DEMO_PASSWORD } from '../src/demo-seed.js';
import { TEST_IDENTITIES } from '../src/dev-provider/identities.js';
import { type DevProvider, startDevProvider } from '../src/dev-provider/provider.js';
import { accountBucket } from '../src/modules/identity/service.js';
import { DEMO } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';

const PUBLIC_URL = 'http://localhost:3000';
const CLIENT_ID = 'sportello-test';
const CLIENT_SECRET = 'un segreto del client per i test';
const COOKIE = 'sl_spid_cie';

const identity = (sub: string) => TEST_IDENTITIES.find((candidate) => candidate.sub === sub)!;
const ANNA = identity('prova-anna-ricci');
const PAOLO = identity('prova-paolo-greco');
const GIULIA = identity('prova-giulia-bianchi');

let provider: DevProvider;
let t: TestApp;

beforeAll(async () => {
  provider = await startDevProvider({
    host: '127.0.0.1',
    port: 0,
    publicHostname: '127.0.0.1',
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    redirectUri: `${PUBLIC_URL}/api/oidc/callback`,
    postLogoutRedirectUri: `${PUBLIC_URL}/cittadini/accedi`,
  });
  t = await startTestApp({
    env: { OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: CLIENT_ID, OIDC_CLIENT_SECRET: CLIENT_SECRET },
  });
});

afterAll(async () => {
  await t?.close();
  await provider?.close();
});

/** The browser's cookies at the provider, as a user agent keeps them. */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  keep(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
  }
  header = () => [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
}

/** GETs (and POSTs) at the provider, following its redirects until it sends the browser back to the API. */
async function atProvider(url: string, jar: CookieJar, form?: URLSearchParams): Promise<URL> {
  let next: string | null = url;
  let body = form;
  for (let hop = 0; hop < 10 && next; hop++) {
    const current = new URL(next, provider.issuer);
    if (current.origin === PUBLIC_URL) return current;
    const response = await fetch(current, {
      method: body ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: jar.header(),
        ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(body ? { body: body.toString() } : {}),
    });
    jar.keep(response);
    body = undefined;
    next = response.headers.get('location');
    if (!next) {
      // The login page: pick the identity as the person would.
      const page = await response.text();
      const action = /action="([^"]+)"/.exec(page)?.[1];
      if (!action) throw new Error(`unexpected page at the provider: ${page.slice(0, 300)}`);
      return atProvider(action, jar, form ?? new URLSearchParams());
    }
  }
  throw new Error('the provider did not send the browser back');
}

/** From "Entra con SPID o CIE" to the provider's redirect back: the callback URL and the browser's cookie. */
async function loginAtProvider(sub: string) {
  const start = await t.app.inject({ method: 'GET', url: '/api/oidc/start' });
  expect(start.statusCode).toBe(302);
  const cookie = start.cookies.find((c) => c.name === COOKIE)!;
  expect(cookie.httpOnly).toBe(true);
  const authorize = new URL(start.headers.location as string);
  expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
  expect(authorize.searchParams.get('nonce')).toBeTruthy();
  const jar = new CookieJar();
  const firstPage = await fetch(authorize, { redirect: 'manual' });
  jar.keep(firstPage);
  const interaction = firstPage.headers.get('location')!;
  const callback = await atProvider(interaction, jar, new URLSearchParams({ sub }));
  return { callback, browserSecret: cookie.value };
}

/** The API's callback, as the browser (with its cookie, or another's) reaches it. */
async function callback(url: URL, browserSecret: string | null) {
  const response = await t.app.inject({
    method: 'GET',
    url: `${url.pathname}${url.search}`,
    cookies: browserSecret ? { [COOKIE]: browserSecret } : {},
  });
  expect(response.statusCode).toBe(302);
  const location = new URL(response.headers.location as string, PUBLIC_URL);
  expect(location.pathname).toBe('/cittadini/accesso-spid-cie');
  return new URLSearchParams(location.hash.slice(1));
}

async function ticketFor(sub: string) {
  const { callback: url, browserSecret } = await loginAtProvider(sub);
  const ticket = (await callback(url, browserSecret)).get('ticket');
  expect(ticket).toBeTruthy();
  return ticket!;
}

const SESSION =
  'session { accessToken refreshToken viewer { id givenName familyName linkedIdentity { linkedAt } } }';
const CONTINUE = `mutation($ticket: String!) { continueSpidCieLogin(ticket: $ticket) { ${SESSION} registration { codiceFiscale givenName familyName birthDate email } providerLogoutUrl userErrors { field code message } } }`;
const REGISTER = `mutation($input: RegisterWithSpidCieInput!) { registerWithSpidCie(input: $input) { ${SESSION} providerLogoutUrl userErrors { field code message } } }`;
const LINK = `mutation($input: LinkSpidCieInput!) { linkSpidCie(input: $input) { ${SESSION} userErrors { field code message } } }`;

const registration = (ticket: string, overrides: Record<string, unknown> = {}) => ({
  ticket,
  networkSlug: DEMO_NETWORK_SLUG,
  residenceComuneCode: '015118',
  email: ANNA.email,
  privacyNoticeAccepted: true,
  ...overrides,
});

const auditActions = async (action: string) =>
  t.query<{ subject_id: string }>(sql`select subject_id from audit_log where action = ${action}`);

describe('SPID/CIE login through OpenID Connect', () => {
  it('tells the portals where the login starts', async () => {
    const result = await t.gql('{ spidCieLogin { startUrl developmentProvider } }');
    expect(result.data!.spidCieLogin).toEqual({ startUrl: '/api/oidc/start', developmentProvider: false });
  });

  it('registers a resident with the identity, its data locked, then logs them in directly', async () => {
    const ticket = await ticketFor(ANNA.sub);
    const first = await t.gql(CONTINUE, { ticket });
    expect(first.data!.continueSpidCieLogin.session).toBeNull();
    expect(first.data!.continueSpidCieLogin.registration).toEqual({
      codiceFiscale: ANNA.codiceFiscale,
      givenName: 'Anna',
      familyName: 'Ricci',
      birthDate: '1985-09-12',
      email: ANNA.email,
    });

    // Not a resident of a member comune: refused, with the comuni named, and nothing written.
    const outside = await t.gql(REGISTER, { input: registration(ticket, { residenceComuneCode: '001272' }) });
    expect(outside.data!.registerWithSpidCie.userErrors).toEqual([
      expect.objectContaining({
        field: 'residenceComuneCode',
        code: 'COMUNE_NOT_IN_NETWORK',
        message: expect.stringMatching(
          /^Il servizio è riservato ai comuni della rete: .*Legnano.*Il comune indicato non ne fa parte\.$/,
        ),
      }),
    ]);
    expect(
      await t.query(sql`select 1 from citizens where codice_fiscale = ${ANNA.codiceFiscale}`),
    ).toHaveLength(0);

    const registered = await t.gql(REGISTER, { input: registration(ticket) });
    const payload = registered.data!.registerWithSpidCie;
    expect(payload.userErrors).toEqual([]);
    expect(payload.session.viewer).toMatchObject({ givenName: 'Anna', familyName: 'Ricci' });
    expect(payload.session.viewer.linkedIdentity.linkedAt).toBeTruthy();
    expect(payload.providerLogoutUrl).toMatch(new RegExp(`^${provider.issuer}/session/end\\?`));
    const [citizen] = await t.query<{ codice_fiscale: string; birth_date: string; verified: boolean }>(
      sql`select c.codice_fiscale, c.birth_date::text, u.email_verified_at is not null as verified
          from citizens c join users u on u.id = c.user_id where u.id = ${payload.session.viewer.id}`,
    );
    expect(citizen).toEqual({ codice_fiscale: ANNA.codiceFiscale, birth_date: '1985-09-12', verified: true });
    expect(await auditActions('identity.spid_cie_registered')).toEqual([
      { subject_id: payload.session.viewer.id },
    ]);

    // The ticket served once.
    const again = await t.gql(REGISTER, { input: registration(ticket) });
    expect(again.data!.registerWithSpidCie.userErrors[0].code).toBe('INVALID_TICKET');

    // Next time the same identity logs straight in.
    const second = await t.gql(CONTINUE, { ticket: await ticketFor(ANNA.sub) });
    expect(second.data!.continueSpidCieLogin.session.viewer.id).toBe(payload.session.viewer.id);
    expect(second.data!.continueSpidCieLogin.registration).toBeNull();
    expect(await auditActions('identity.spid_cie_login')).toEqual([
      { subject_id: payload.session.viewer.id },
    ]);

    // The session works like a password one.
    const me = await t.gql('{ me { citizen { codiceFiscale } } }', {}, payload.session.accessToken);
    expect(me.data!.me.citizen.codiceFiscale).toBe(ANNA.codiceFiscale);
  });

  it('keeps the provider’s names and codice fiscale locked', async () => {
    const session = (await t.gql(CONTINUE, { ticket: await ticketFor(ANNA.sub) })).data!.continueSpidCieLogin
      .session;
    const renamed = await t.gql(
      'mutation($input: UpdateCitizenProfileInput!) { updateCitizenProfile(input: $input) { userErrors { field code message } } }',
      { input: { givenName: 'Annalisa', familyName: 'Ricci', phone: '333 1234567' } },
      session.accessToken,
    );
    expect(renamed.data!.updateCitizenProfile.userErrors).toEqual([
      expect.objectContaining({ field: 'givenName', code: 'IDENTITY_LOCKED' }),
    ]);
    const withCf = await t.gql(
      'mutation($input: UpdateCitizenProfileInput!) { updateCitizenProfile(input: $input) { userErrors { code } } }',
      { input: { codiceFiscale: PAOLO.codiceFiscale } },
      session.accessToken,
    );
    expect(withCf.errors?.[0]?.message).toMatch(/codiceFiscale/);
    // The same names pass: the profile form sends them back unchanged with the other fields.
    const unchanged = await t.gql(
      'mutation($input: UpdateCitizenProfileInput!) { updateCitizenProfile(input: $input) { citizen { phone givenName codiceFiscale } userErrors { code } } }',
      { input: { givenName: 'Anna', familyName: 'Ricci', phone: '333 1234567' } },
      session.accessToken,
    );
    expect(unchanged.data!.updateCitizenProfile.citizen).toEqual({
      phone: '333 1234567',
      givenName: 'Anna',
      codiceFiscale: ANNA.codiceFiscale,
    });
  });

  it('refuses a callback whose state this browser did not start', async () => {
    const { callback: url, browserSecret } = await loginAtProvider(PAOLO.sub);
    const forged = new URL(url);
    forged.searchParams.set('state', 'uno-stato-inventato');
    expect((await callback(forged, browserSecret)).get('errore')).toBe('INVALID_STATE');
    // The right state from another browser (a login started by someone else) is refused too.
    const other = await t.app.inject({ method: 'GET', url: '/api/oidc/start' });
    const otherSecret = other.cookies.find((c) => c.name === COOKIE)!.value;
    expect((await callback(url, otherSecret)).get('errore')).toBe('INVALID_STATE');
    expect((await callback(url, null)).get('errore')).toBe('INVALID_STATE');
    // Still valid for its own browser.
    expect((await callback(url, browserSecret)).get('ticket')).toBeTruthy();
  });

  it('refuses a replayed authorization code', async () => {
    const { callback: url, browserSecret } = await loginAtProvider(PAOLO.sub);
    expect((await callback(url, browserSecret)).get('ticket')).toBeTruthy();
    // The same callback again: its state is used up.
    expect((await callback(url, browserSecret)).get('errore')).toBe('INVALID_STATE');
    // The code under a fresh login's state and browser: the provider refuses the used code.
    const fresh = await t.app.inject({ method: 'GET', url: '/api/oidc/start' });
    const freshState = new URL(fresh.headers.location as string).searchParams.get('state')!;
    const replay = new URL(url);
    replay.searchParams.set('state', freshState);
    const freshSecret = fresh.cookies.find((c) => c.name === COOKIE)!.value;
    expect((await callback(replay, freshSecret)).get('errore')).toBe('PROVIDER_ERROR');
  });

  it('links an existing account only with its password, never one with another codice fiscale', async () => {
    const ticket = await ticketFor(GIULIA.sub);
    const continued = await t.gql(CONTINUE, { ticket });
    expect(continued.data!.continueSpidCieLogin.registration.codiceFiscale).toBe(GIULIA.codiceFiscale);

    // Registering again with a codice fiscale that has an account is refused: link it instead.
    const duplicate = await t.gql(REGISTER, {
      input: registration(ticket, { email: 'giulia.nuova@esempio.it' }),
    });
    expect(duplicate.data!.registerWithSpidCie.userErrors).toEqual([
      expect.objectContaining({ field: 'codiceFiscale', code: 'CODICE_FISCALE_TAKEN' }),
    ]);

    const wrong = await t.gql(LINK, {
      input: { ticket, email: DEMO.citizen, password: 'non è la password' },
    });
    expect(wrong.data!.linkSpidCie.userErrors[0].code).toBe('INVALID_CREDENTIALS');
    const failures = await t.query<{ hits: number }>(
      sql`select hits from rate_limit_buckets where key = ${`login:account:${accountBucket(DEMO.citizen)}`}`,
    );
    expect(failures[0]?.hits).toBe(1);
    expect(
      await t.query(sql`select 1 from external_identities where codice_fiscale = ${GIULIA.codiceFiscale}`),
    ).toHaveLength(0);

    // Someone else's account (Marco's password) cannot take Paolo's identity.
    const paoloTicket = await ticketFor(PAOLO.sub);
    const foreign = await t.gql(LINK, {
      input: { ticket: paoloTicket, email: 'marco.colombo@demo.sportellolavoro.it', password: DEMO_PASSWORD },
    });
    expect(foreign.data!.linkSpidCie.userErrors[0].code).toBe('CODICE_FISCALE_MISMATCH');

    const linked = await t.gql(LINK, { input: { ticket, email: DEMO.citizen, password: DEMO_PASSWORD } });
    expect(linked.data!.linkSpidCie.userErrors).toEqual([]);
    const userId = linked.data!.linkSpidCie.session.viewer.id;
    expect(await auditActions('identity.spid_cie_linked')).toEqual([{ subject_id: userId }]);

    const direct = await t.gql(CONTINUE, { ticket: await ticketFor(GIULIA.sub) });
    expect(direct.data!.continueSpidCieLogin.session.viewer.id).toBe(userId);
  });

  it('answers an unknown ticket with an error in Italian', async () => {
    const result = await t.gql(CONTINUE, { ticket: 'nessun-biglietto' });
    expect(result.data!.continueSpidCieLogin.userErrors[0]).toMatchObject({
      code: 'INVALID_TICKET',
      message: expect.stringContaining('Entra con SPID o CIE'),
    });
  });
});

describe('SPID/CIE configuration', () => {
  it('names what a configured provider still needs', () => {
    expect(() => loadConfig({ OIDC_ISSUER: 'https://login.esempio.it' })).toThrow(/OIDC_CLIENT_ID: required/);
    expect(() =>
      loadConfig({ OIDC_ISSUER: 'https://login.esempio.it', OIDC_CLIENT_ID: 'sportello' }),
    ).toThrow(/OIDC_CLIENT_SECRET: give either it or OIDC_CLIENT_PRIVATE_KEY/);
    expect(() => loadConfig({ OIDC_ISSUER: 'non un indirizzo' })).toThrow(/OIDC_ISSUER/);
    const config = loadConfig({
      OIDC_ISSUER: 'https://login.esempio.it',
      OIDC_CLIENT_ID: 'sportello',
      OIDC_CLIENT_SECRET: 'segreto',
    });
    expect(config.OIDC_SCOPE).toBe('openid profile email');
    // Production without a provider offers no SPID/CIE login instead of refusing to start.
    expect(loadConfig({ NODE_ENV: 'production', JWT_PRIVATE_KEY: 'x' }).OIDC_ISSUER).toBeUndefined();
  });
});
