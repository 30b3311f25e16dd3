import { auditLog, citizens, companies, outbox, users } from '@sportello/db';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  citizenInput,
  companyInput,
  DEMO,
  DEMO_NETWORK_SLUG,
  REGISTER_CITIZEN,
  REGISTER_COMPANY,
  randomCodiceFiscale,
  seedOtherNetwork,
  uniqueEmail,
} from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await seedOtherNetwork(t);
});
afterAll(() => t?.close());

const rowCounts = async () => {
  const [u] = await t.db.select({ n: count() }).from(users);
  const [c] = await t.db.select({ n: count() }).from(citizens);
  const [k] = await t.db.select({ n: count() }).from(companies);
  return { users: u!.n, citizens: c!.n, companies: k!.n };
};

const VERIFY = 'mutation($t: String!) { verifyEmail(token: $t) { ok userErrors { code message } } }';
const PROFILE =
  '{ me { email emailVerified citizen { codiceFiscale birthDate residenceComune { name provinceCode } } } }';

describe('citizen self-registration', () => {
  it('registers a resident, verifies the email through the link received over SMTP, logs in', async () => {
    const input = citizenInput({ codiceFiscale: randomCodiceFiscale({ year: 1971, month: 2, day: 28 }) });
    const result = await t.gql(REGISTER_CITIZEN, { input });
    expect(result.data!.registerCitizen.userErrors).toEqual([]);
    expect(result.data!.registerCitizen.citizen).toMatchObject({
      email: input.email,
      birthDate: '1971-02-28',
      residenceComune: { name: 'Legnano' },
    });

    const login = await t.gql('mutation($i: LoginInput!) { login(input: $i) { userErrors { code } } }', {
      i: { email: input.email, password: input.password },
    });
    expect(login.data!.login.userErrors[0].code).toBe('EMAIL_NOT_VERIFIED');

    const link = await t.linkFromMail(input.email, 'Conferma');
    expect(link).toMatch(/^http:\/\/localhost:3000\/cittadini\/verifica-email\?token=/);
    const verified = await t.gql(VERIFY, { t: t.tokenFromLink(link) });
    expect(verified.data!.verifyEmail).toEqual({ ok: true, userErrors: [] });
    const reused = await t.gql(VERIFY, { t: t.tokenFromLink(link) });
    expect(reused.data!.verifyEmail.userErrors[0].code).toBe('INVALID_TOKEN');

    const session = await t.login(input.email, input.password);
    const me = await t.gql(PROFILE, {}, session.accessToken);
    expect(me.data!.me).toMatchObject({
      email: input.email,
      emailVerified: true,
      citizen: {
        codiceFiscale: input.codiceFiscale,
        residenceComune: { name: 'Legnano', provinceCode: 'MI' },
      },
    });
  });

  it('refuses a comune outside the network, naming the member comuni, and writes nothing', async () => {
    const before = await rowCounts();
    const result = await t.gql(REGISTER_CITIZEN, {
      input: citizenInput({ residenceComuneCode: DEMO.milano }),
    });
    const [error] = result.data!.registerCitizen.userErrors;
    expect(error).toMatchObject({ field: 'residenceComuneCode', code: 'COMUNE_NOT_IN_NETWORK' });
    for (const name of [
      'Busto Garolfo',
      'Canegrate',
      'Gavirate',
      'Legnano',
      'Parabiago',
      'Somma Lombardo',
      'Varese',
    ]) {
      expect(error.message).toContain(name);
    }
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses an invalid codice fiscale with a specific message and writes nothing', async () => {
    const before = await rowCounts();
    const valid = randomCodiceFiscale();
    const wrongCheck = valid.slice(0, 15) + (valid.endsWith('A') ? 'B' : 'A');
    const bad = await t.gql(REGISTER_CITIZEN, { input: citizenInput({ codiceFiscale: wrongCheck }) });
    expect(bad.data!.registerCitizen.userErrors).toEqual([
      {
        field: 'codiceFiscale',
        code: 'CODICE_FISCALE_CHECK_DIGIT',
        message: expect.stringContaining('controllo'),
      },
    ]);
    const short = await t.gql(REGISTER_CITIZEN, { input: citizenInput({ codiceFiscale: 'RSSMRA85' }) });
    expect(short.data!.registerCitizen.userErrors[0].code).toBe('CODICE_FISCALE_FORMAT');
    expect(await rowCounts()).toEqual(before);
  });

  it('reports every invalid field at once', async () => {
    const result = await t.gql(REGISTER_CITIZEN, {
      input: citizenInput({
        email: 'non-una-email',
        password: 'breve',
        givenName: ' ',
        privacyNoticeAccepted: false,
      }),
    });
    const fields = result.data!.registerCitizen.userErrors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(['email', 'givenName', 'password', 'privacyNoticeAccepted']);
  });

  it('refuses a second account with the same codice fiscale or email', async () => {
    const input = citizenInput();
    expect((await t.gql(REGISTER_CITIZEN, { input })).data!.registerCitizen.userErrors).toEqual([]);
    const sameCf = await t.gql(REGISTER_CITIZEN, {
      input: citizenInput({ codiceFiscale: input.codiceFiscale }),
    });
    expect(sameCf.data!.registerCitizen.userErrors[0].code).toBe('CODICE_FISCALE_TAKEN');
    const sameEmail = await t.gql(REGISTER_CITIZEN, {
      input: citizenInput({ email: input.email.toUpperCase() }),
    });
    expect(sameEmail.data!.registerCitizen.userErrors[0].code).toBe('EMAIL_TAKEN');
  });

  it('lets exactly one of many concurrent registrations with one codice fiscale win', async () => {
    const codiceFiscale = randomCodiceFiscale();
    const results = await Promise.all(
      Array.from({ length: 8 }, () => t.gql(REGISTER_CITIZEN, { input: citizenInput({ codiceFiscale }) })),
    );
    const created = results.filter((r) => r.data?.registerCitizen.citizen);
    expect(created).toHaveLength(1);
    for (const r of results) expect(r.errors).toBeUndefined();
    const [row] = await t.db
      .select({ n: count() })
      .from(citizens)
      .where(eq(citizens.codiceFiscale, codiceFiscale));
    expect(row!.n).toBe(1);
  });
});

describe('operator-assisted registration', () => {
  it('creates the citizen and mails an invitation that sets the password and logs in', async () => {
    const operator = await t.login(DEMO.operator);
    const email = uniqueEmail('assistita');
    const result = await t.gql(
      `mutation($input: RegisterCitizenByOperatorInput!) { registerCitizenByOperator(input: $input) { citizen { id email emailVerified } userErrors { code } } }`,
      {
        input: {
          email,
          givenName: 'Rosa',
          familyName: 'Mauri',
          codiceFiscale: randomCodiceFiscale({ year: 1960, month: 12, day: 1 }),
          residenceComuneCode: DEMO.parabiago,
        },
      },
      operator.accessToken,
    );
    expect(result.data!.registerCitizenByOperator.citizen).toMatchObject({ email, emailVerified: false });
    const link = await t.linkFromMail(email, 'accesso');
    expect(link).toContain('/cittadini/invito?token=');
    const accepted = await t.gql(
      'mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { session { accessToken viewer { email emailVerified } } userErrors { code } } }',
      { t: t.tokenFromLink(link), p: 'la password scelta da Rosa' },
    );
    expect(accepted.data!.acceptInvitation.session.viewer).toEqual({ email, emailVerified: true });
    await t.login(email, 'la password scelta da Rosa');
  });

  it('registers a walk-in without an email, who gets the invitation once staff add an address', async () => {
    const operator = await t.login(DEMO.operator);
    const registered = await t.gql(
      `mutation($input: RegisterCitizenByOperatorInput!) { registerCitizenByOperator(input: $input) { citizen { id email emailVerified accountActivated } userErrors { code } } }`,
      {
        input: {
          givenName: 'Nadia',
          familyName: 'Ferri',
          codiceFiscale: randomCodiceFiscale({ year: 1968, month: 3, day: 9 }),
          residenceComuneCode: DEMO.parabiago,
        },
      },
      operator.accessToken,
    );
    const citizen = registered.data!.registerCitizenByOperator.citizen;
    expect(citizen).toMatchObject({ email: null, emailVerified: false, accountActivated: false });
    const mailsFor = async () =>
      (await t.db.select().from(outbox).where(eq(outbox.subjectId, citizen.id))).length;
    // Taken in charge, she is told at the desk: nothing goes to the outbox, nothing fails.
    const taken = await t.gql(
      `mutation($id: ID!) { takeCitizenInCharge(citizenId: $id, reason: "Accoglienza allo sportello di Legnano") { caseAssignment { sportello { name } } userErrors { code } } }`,
      { id: citizen.id },
      operator.accessToken,
    );
    expect(taken.data!.takeCitizenInCharge.userErrors).toEqual([]);
    expect(await mailsFor()).toBe(0);

    const SET_EMAIL = `mutation($id: ID, $input: UpdateCitizenProfileInput!) { updateCitizenProfile(citizenId: $id, input: $input) { citizen { email accountActivated } userErrors { field code message } } }`;
    const duplicate = await t.gql(
      SET_EMAIL,
      { id: citizen.id, input: { email: DEMO.citizen } },
      operator.accessToken,
    );
    expect(duplicate.data!.updateCitizenProfile.userErrors).toMatchObject([
      { field: 'email', code: 'EMAIL_TAKEN' },
    ]);
    const company = await t.login(DEMO.companyMember);
    const byCompany = await t.gql(
      SET_EMAIL,
      { id: citizen.id, input: { email: 'azienda@esempio.it' } },
      company.accessToken,
    );
    expect(byCompany.data?.updateCitizenProfile ?? null).toBeNull();
    const [unchanged] = await t.db.select({ email: users.email }).from(users).where(eq(users.id, citizen.id));
    expect(unchanged!.email).toBeNull();

    const email = uniqueEmail('nadia');
    const invited = await t.gql(SET_EMAIL, { id: citizen.id, input: { email } }, operator.accessToken);
    expect(invited.data!.updateCitizenProfile).toEqual({
      citizen: { email, accountActivated: false },
      userErrors: [],
    });
    const link = await t.linkFromMail(email, 'accesso');
    const accepted = await t.gql(
      'mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { session { accessToken } userErrors { code } } }',
      { t: t.tokenFromLink(link), p: 'la password scelta da Nadia' },
    );
    const own = accepted.data!.acceptInvitation.session.accessToken as string;
    const [audited] = await t.db
      .select({ n: count() })
      .from(auditLog)
      .where(eq(auditLog.subjectId, citizen.id));
    expect(audited!.n).toBeGreaterThan(0);

    // Once active, the address is the citizen's: staff cannot redirect it, nor can she change it here.
    const redirect = await t.gql(
      SET_EMAIL,
      { id: citizen.id, input: { email: uniqueEmail('altra') } },
      operator.accessToken,
    );
    expect(redirect.data!.updateCitizenProfile.userErrors).toMatchObject([
      { field: 'email', code: 'ACCOUNT_ACTIVE' },
    ]);
    const self = await t.gql(SET_EMAIL, { input: { email: uniqueEmail('mia') } }, own);
    expect(self.data!.updateCitizenProfile.userErrors).toMatchObject([
      { field: 'email', code: 'EMAIL_CHANGE_AT_DESK' },
    ]);
    const [kept] = await t.db.select({ email: users.email }).from(users).where(eq(users.id, citizen.id));
    expect(kept!.email).toBe(email);
  });

  it('still needs an email from a citizen who registers alone', async () => {
    const result = await t.gql(REGISTER_CITIZEN, { input: citizenInput({ email: '' }) });
    expect(result.data!.registerCitizen.userErrors).toMatchObject([
      { field: 'email', code: 'INVALID_EMAIL' },
    ]);
  });
});

describe('company registration and verification', () => {
  it('refuses an invalid partita IVA and writes nothing', async () => {
    const before = await rowCounts();
    const result = await t.gql(REGISTER_COMPANY, { input: companyInput({ partitaIva: '01234567890' }) });
    expect(result.data!.registerCompany.userErrors).toEqual([
      { field: 'partitaIva', code: 'PARTITA_IVA_CHECK_DIGIT', message: expect.any(String) },
    ]);
    const letters = await t.gql(REGISTER_COMPANY, { input: companyInput({ partitaIva: 'ABC' }) });
    expect(letters.data!.registerCompany.userErrors[0].code).toBe('PARTITA_IVA_FORMAT');
    const cf = await t.gql(REGISTER_COMPANY, { input: companyInput({ codiceFiscale: '12345' }) });
    expect(cf.data!.registerCompany.userErrors[0].field).toBe('codiceFiscale');
    expect(await rowCounts()).toEqual(before);
  });

  it('stays pending until an operator verifies it; the review is audited and happens once', async () => {
    const input = companyInput();
    const registered = await t.gql(REGISTER_COMPANY, { input });
    const company = registered.data!.registerCompany.company;
    expect(company).toMatchObject({ status: 'PENDING', comune: { name: 'Parabiago' } });
    const link = await t.linkFromMail(input.email, 'Conferma');
    await t.gql(VERIFY, { t: t.tokenFromLink(link) });

    const member = await t.login(input.email, input.password);
    const pending = await t.gql('{ me { company { status } } }', {}, member.accessToken);
    expect(pending.data!.me.company.status).toBe('PENDING');

    const operator = await t.login(DEMO.operator);
    const list = await t.gql(
      '{ companies(status: PENDING, first: 50) { edges { node { id } } } }',
      {},
      operator.accessToken,
    );
    expect(list.data!.companies.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(company.id);

    const verify = 'mutation($id: ID!) { verifyCompany(id: $id) { company { status } userErrors { code } } }';
    const results = await Promise.all(
      Array.from({ length: 5 }, () => t.gql(verify, { id: company.id }, operator.accessToken)),
    );
    expect(results.filter((r) => r.data!.verifyCompany.company?.status === 'VERIFIED')).toHaveLength(1);
    expect(
      results.filter((r) => r.data!.verifyCompany.userErrors[0]?.code === 'ALREADY_REVIEWED'),
    ).toHaveLength(4);

    const after = await t.gql('{ me { company { status } } }', {}, member.accessToken);
    expect(after.data!.me.company.status).toBe('VERIFIED');
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.subjectId, company.id));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.action).toBe('company.verify');
  });

  it('an operator of another network sees none of this network companies', async () => {
    const other = await t.login('operatore@altra-rete.test');
    const list = await t.gql('{ companies(first: 100) { totalCount } }', {}, other.accessToken);
    expect(list.data!.companies.totalCount).toBe(0);
  });

  it('rejection needs a reason and shows it to the company', async () => {
    const registered = await t.gql(REGISTER_COMPANY, { input: companyInput() });
    const id = registered.data!.registerCompany.company.id;
    const operator = await t.login(DEMO.operator);
    const reject =
      'mutation($id: ID!, $r: String!) { rejectCompany(id: $id, reason: $r) { company { status rejectionReason } userErrors { field code } } }';
    const empty = await t.gql(reject, { id, r: ' ' }, operator.accessToken);
    expect(empty.data!.rejectCompany.userErrors[0]).toEqual({ field: 'reason', code: 'REQUIRED' });
    const done = await t.gql(reject, { id, r: 'Partita IVA cessata' }, operator.accessToken);
    expect(done.data!.rejectCompany.company).toEqual({
      status: 'REJECTED',
      rejectionReason: 'Partita IVA cessata',
    });
  });
});

describe('the privacy notice of a network', () => {
  const UPDATE = `mutation($input: NetworkPrivacyInput!) { updateNetworkPrivacy(input: $input) { network { privacyController dpoEmail } userErrors { field code message } } }`;
  const PUBLIC = '{ networks { slug privacyController dpoEmail } }';

  it('names the controller and the DPO that the network admins set, for anyone to read', async () => {
    const admin = await t.login(DEMO.admin);
    const before = await t.gql(PUBLIC);
    const demo = before.data!.networks.find((n: { slug: string }) => n.slug === DEMO_NETWORK_SLUG);
    expect(demo.dpoEmail).toBe('rpd@demo.sportellolavoro.it');

    const invalid = await t.gql(
      UPDATE,
      { input: { privacyController: ' ', dpoEmail: 'non è un indirizzo' } },
      admin.accessToken,
    );
    expect(
      invalid.data!.updateNetworkPrivacy.userErrors.map((e: { field: string }) => e.field).sort(),
    ).toEqual(['dpoEmail', 'privacyController']);
    expect((await t.gql(PUBLIC)).data).toEqual(before.data);

    const updated = await t.gql(
      UPDATE,
      {
        input: {
          privacyController: 'Comune di Legnano, capofila della rete',
          dpoEmail: 'rpd@Legnano.example',
        },
      },
      admin.accessToken,
    );
    expect(updated.data!.updateNetworkPrivacy).toEqual({
      network: {
        privacyController: 'Comune di Legnano, capofila della rete',
        dpoEmail: 'rpd@legnano.example',
      },
      userErrors: [],
    });
    const after = await t.gql(PUBLIC);
    expect(after.data!.networks.find((n: { slug: string }) => n.slug === DEMO_NETWORK_SLUG).dpoEmail).toBe(
      'rpd@legnano.example',
    );
    const [audited] = await t.db
      .select({ n: count() })
      .from(auditLog)
      .where(eq(auditLog.action, 'network.privacy_updated'));
    expect(audited!.n).toBe(1);

    const operator = await t.login(DEMO.operator);
    const refused = await t.gql(
      UPDATE,
      { input: { privacyController: 'Altro titolare', dpoEmail: 'altro@esempio.it' } },
      operator.accessToken,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(PUBLIC)).data).toEqual(after.data);
  });
});
