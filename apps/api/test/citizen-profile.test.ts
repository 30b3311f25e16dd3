import { auditLog } from '@sportello/db';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizenInput, DEMO, REGISTER_CITIZEN, randomCodiceFiscale } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';

let t: TestApp;
let citizenToken: string;
let citizenId: string;
let operatorToken: string;
let vareseToken: string;

beforeAll(async () => {
  t = await startTestApp();
  citizenToken = (await t.login(DEMO.citizen)).accessToken;
  citizenId = (await t.gql('{ me { id } }', {}, citizenToken)).data!.me.id;
  operatorToken = (await t.login(DEMO.operator)).accessToken;
  vareseToken = (await t.login(DEMO.operatorVarese)).accessToken;
});
afterAll(() => t?.close());

const UPDATE = `mutation($id: ID, $input: UpdateCitizenProfileInput!) {
  updateCitizenProfile(citizenId: $id, input: $input) {
    citizen { phone employmentStatus domicileComune { name } availability { fullTime partTime shifts mobilityRadiusKm hasOwnVehicle drivingLicences } }
    userErrors { field code message }
  }
}`;

describe('profile', () => {
  it('the citizen updates availability, employment status and domicile', async () => {
    const result = await t.gql(
      UPDATE,
      {
        input: {
          employmentStatus: 'UNEMPLOYED',
          domicileComuneCode: DEMO.parabiago,
          availability: {
            fullTime: true,
            partTime: false,
            shifts: true,
            mobilityRadiusKm: 30,
            hasOwnVehicle: true,
            drivingLicences: ['B', 'B', 'C'],
          },
        },
      },
      citizenToken,
    );
    expect(result.data!.updateCitizenProfile).toEqual({
      citizen: {
        phone: null,
        employmentStatus: 'UNEMPLOYED',
        domicileComune: { name: 'Parabiago' },
        availability: {
          fullTime: true,
          partTime: false,
          shifts: true,
          mobilityRadiusKm: 30,
          hasOwnVehicle: true,
          drivingLicences: ['B', 'C'],
        },
      },
      userErrors: [],
    });
  });

  it('an operator edits the profile on the citizen’s behalf, written to the audit log', async () => {
    const trail = () =>
      t.db
        .select({ actorUserId: auditLog.actorUserId })
        .from(auditLog)
        .where(
          and(eq(auditLog.action, 'citizen.profile_updated_on_behalf'), eq(auditLog.subjectId, citizenId)),
        );
    expect(await trail()).toEqual([]);
    const result = await t.gql(UPDATE, { id: citizenId, input: { phone: '+39 0331 123456' } }, operatorToken);
    expect(result.data!.updateCitizenProfile.citizen.phone).toBe('+39 0331 123456');
    const operatorId = (await t.gql('{ me { id } }', {}, operatorToken)).data!.me.id;
    expect(await trail()).toEqual([{ actorUserId: operatorId }]);
  });

  it('refuses bad values field by field and changes nothing', async () => {
    const before = await t.gql(
      '{ me { citizen { phone availability { mobilityRadiusKm } } } }',
      {},
      citizenToken,
    );
    const result = await t.gql(
      UPDATE,
      {
        input: {
          phone: 'chiamami',
          domicileComuneCode: '999999',
          availability: {
            fullTime: true,
            partTime: true,
            shifts: false,
            mobilityRadiusKm: 9000,
            hasOwnVehicle: false,
            drivingLicences: [],
          },
        },
      },
      citizenToken,
    );
    expect(
      result.data!.updateCitizenProfile.userErrors.map((e: { field: string }) => e.field).sort(),
    ).toEqual(['availability.mobilityRadiusKm', 'domicileComuneCode', 'phone']);
    const after = await t.gql(
      '{ me { citizen { phone availability { mobilityRadiusKm } } } }',
      {},
      citizenToken,
    );
    expect(after.data).toEqual(before.data);
  });

  it('an unknown driving licence is refused by the schema', async () => {
    const result = await t.gql(
      UPDATE,
      {
        input: {
          availability: {
            fullTime: true,
            partTime: true,
            shifts: false,
            mobilityRadiusKm: 10,
            hasOwnVehicle: false,
            drivingLicences: ['Z'],
          },
        },
      },
      citizenToken,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('derives target groups from birth date and employment status', async () => {
    const young = citizenInput({ codiceFiscale: randomCodiceFiscale({ year: 2004, month: 3, day: 3 }) });
    const registered = await t.gql(REGISTER_CITIZEN, { input: young });
    const id = registered.data!.registerCitizen.citizen.id;
    await t.gql(UPDATE, { id, input: { employmentStatus: 'NEVER_EMPLOYED' } }, operatorToken);
    const read = await t.gql(
      'query($id: ID!) { citizen(id: $id) { age targetGroups } }',
      { id },
      operatorToken,
    );
    expect(read.data!.citizen.targetGroups).toEqual(['UNDER_30', 'NEET']);
    expect(read.data!.citizen.age).toBeGreaterThanOrEqual(21);
    const giulia = await t.gql('{ me { citizen { targetGroups } } }', {}, citizenToken);
    expect(giulia.data!.me.citizen.targetGroups).toEqual(['OVER_45']);
  });
});

describe('consents', () => {
  const CONSENTS = '{ me { citizen { consents { purpose textVersion withdrawnAt } } } }';

  it('registration records the privacy notice and never a marketing consent', async () => {
    const input = citizenInput();
    const registered = await t.gql(REGISTER_CITIZEN, { input });
    const id = registered.data!.registerCitizen.citizen.id;
    const read = await t.gql(
      'query($id: ID!) { citizen(id: $id) { consents { purpose textVersion } } }',
      { id },
      operatorToken,
    );
    expect(read.data!.citizen.consents).toEqual([
      { purpose: 'PRIVACY_NOTICE', textVersion: 'informativa-privacy-2026-01' },
    ]);
  });

  it('CV sharing is given and withdrawn as records; the history stays', async () => {
    await t.gql('mutation { giveConsent(purpose: CV_SHARING) { consent { id } } }', {}, citizenToken);
    const again = await t.gql(
      'mutation { giveConsent(purpose: CV_SHARING) { consent { id } } }',
      {},
      citizenToken,
    );
    const withdrawn = await t.gql(
      'mutation { withdrawConsent(purpose: CV_SHARING) { consent { id withdrawnAt } } }',
      {},
      citizenToken,
    );
    expect(withdrawn.data!.withdrawConsent.consent.id).toBe(again.data!.giveConsent.consent.id);
    expect(withdrawn.data!.withdrawConsent.consent.withdrawnAt).toBeTruthy();
    await t.gql('mutation { giveConsent(purpose: CV_SHARING) { consent { id } } }', {}, citizenToken);
    const consents = (await t.gql(CONSENTS, {}, citizenToken)).data!.me.citizen.consents.filter(
      (c: { purpose: string }) => c.purpose === 'CV_SHARING',
    );
    expect(consents).toHaveLength(2);
    expect(consents.filter((c: { withdrawnAt: string | null }) => c.withdrawnAt === null)).toHaveLength(1);
  });

  it('concurrent grants leave one consent in force', async () => {
    await Promise.all(
      Array.from({ length: 6 }, () =>
        t.gql('mutation { giveConsent(purpose: MARKETING) { consent { id } } }', {}, citizenToken),
      ),
    );
    const consents = (await t.gql(CONSENTS, {}, citizenToken)).data!.me.citizen.consents.filter(
      (c: { purpose: string; withdrawnAt: string | null }) =>
        c.purpose === 'MARKETING' && c.withdrawnAt === null,
    );
    expect(consents).toHaveLength(1);
  });

  it('the privacy notice cannot be withdrawn', async () => {
    const result = await t.gql(
      'mutation { withdrawConsent(purpose: PRIVACY_NOTICE) { consent { id } userErrors { code } } }',
      {},
      citizenToken,
    );
    expect(result.data!.withdrawConsent.userErrors[0].code).toBe('CANNOT_WITHDRAW');
  });
});

describe('special categories', () => {
  const READ =
    'query($id: ID!, $r: String!) { citizen(id: $id) { specialCategories(reason: $r) { law68Disability disabilityCategory economicHardship } } }';
  const DECLARE = `mutation($id: ID, $input: SpecialCategoriesInput!) {
    declareSpecialCategories(citizenId: $id, input: $input) { specialCategories { law68Disability disabilityCategory } userErrors { field code } }
  }`;
  it('are declared by the citizen, validated, and open only to the sportello in charge; each read is audited', async () => {
    // A citizen nobody has in charge yet.
    const input = citizenInput();
    const citizenId = (await t.gql(REGISTER_CITIZEN, { input })).data!.registerCitizen.citizen.id;
    await t.gql('mutation($t: String!) { verifyEmail(token: $t) { ok } }', {
      t: t.tokenFromLink(await t.linkFromMail(input.email, 'Conferma')),
    });
    const citizenToken = (await t.login(input.email, input.password)).accessToken;
    const reads = async () =>
      (
        await t.db
          .select()
          .from(auditLog)
          .where(and(eq(auditLog.action, 'special_categories.read'), eq(auditLog.subjectId, citizenId)))
      ).length;
    const inconsistent = await t.gql(
      DECLARE,
      { input: { law68Disability: false, disabilityCategory: 'CIVIL_INVALIDITY', economicHardship: false } },
      citizenToken,
    );
    expect(inconsistent.data!.declareSpecialCategories.userErrors[0]).toEqual({
      field: 'disabilityCategory',
      code: 'INCONSISTENT',
    });
    const declared = await t.gql(
      DECLARE,
      { input: { law68Disability: true, disabilityCategory: 'CIVIL_INVALIDITY', economicHardship: true } },
      citizenToken,
    );
    expect(declared.data!.declareSpecialCategories.specialCategories).toEqual({
      law68Disability: true,
      disabilityCategory: 'CIVIL_INVALIDITY',
    });

    // Nobody has the citizen in charge yet: operators see nothing.
    const before = await t.gql(READ, { id: citizenId, r: 'Valutazione iniziale' }, operatorToken);
    expect(before.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(before.data!.citizen.specialCategories).toBeNull();

    await t.gql(
      'mutation($id: ID!) { takeCitizenInCharge(citizenId: $id, reason: "Colloquio di orientamento allo sportello") { caseAssignment { id } } }',
      { id: citizenId },
      operatorToken,
    );
    const count = await reads();
    const read = await t.gql(READ, { id: citizenId, r: 'Valutazione iniziale' }, operatorToken);
    expect(read.data!.citizen.specialCategories).toEqual({
      law68Disability: true,
      disabilityCategory: 'CIVIL_INVALIDITY',
      economicHardship: true,
    });
    expect(await reads()).toBe(count + 1);
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'special_categories.read'), eq(auditLog.subjectId, citizenId)))
      .orderBy(sql`${auditLog.at} desc`)
      .limit(1);
    expect(entry!.reason).toBe('Valutazione iniziale');

    const noReason = await t.gql(READ, { id: citizenId, r: ' ' }, operatorToken);
    expect(noReason.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await reads()).toBe(count + 1);

    // The Varese sportello has no access until the citizen is transferred there; then Legnano loses it.
    expect(
      (await t.gql(READ, { id: citizenId, r: 'Verifica' }, vareseToken)).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    await t.gql(
      'mutation($id: ID!) { takeCitizenInCharge(citizenId: $id, reason: "Colloquio di orientamento allo sportello") { caseAssignment { id } } }',
      { id: citizenId },
      vareseToken,
    );
    expect(
      (await t.gql(READ, { id: citizenId, r: 'Verifica' }, vareseToken)).data!.citizen.specialCategories,
    ).not.toBeNull();
    expect(
      (await t.gql(READ, { id: citizenId, r: 'Verifica' }, operatorToken)).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');

    const admin = (await t.login(DEMO.admin)).accessToken;
    expect((await t.gql(READ, { id: citizenId, r: 'Controllo' }, admin)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('the audit log is append-only', async () => {
    await expect(t.db.execute(sql`update audit_log set reason = 'cambiato'`)).rejects.toThrow();
    await expect(t.db.execute(sql`delete from audit_log`)).rejects.toThrow();
  });
});
