import {
  citizens,
  companies,
  companyMembers,
  type Db,
  membershipFees,
  memberships,
  networks,
  operators,
  sportelli,
  users,
} from '@sportello/db';
import { computeCodiceFiscaleCheckChar, computePartitaIvaCheckDigit } from '@sportello/domain';
import { hashPassword } from './lib/passwords.js';

export const DEMO_PASSWORD = 'sportello-demo-2026';
export const DEMO_NETWORK_SLUG = 'rete-lavoro-altomilanese';

/** Real comuni (ISTAT codes) of the demo network. */
const MEMBER_COMUNI = ['015041', '015118', '015168', '015046', '012123', '012072', '012133'];

const codiceFiscale = (first15: string) => first15 + computeCodiceFiscaleCheckChar(first15);
const partitaIva = (first10: string) => first10 + computePartitaIvaCheckDigit(first10);

export const DEMO_LOGINS = [
  {
    role: 'Operatore (sportello di Legnano)',
    email: 'operatore.legnano@demo.sportellolavoro.it',
    portal: '/operatori',
  },
  {
    role: 'Operatore (sportello di Varese)',
    email: 'operatore.varese@demo.sportellolavoro.it',
    portal: '/operatori',
  },
  { role: 'Amministratore della rete', email: 'admin.rete@demo.sportellolavoro.it', portal: '/operatori' },
  { role: 'Cittadina', email: 'giulia.bianchi@demo.sportellolavoro.it', portal: '/cittadini' },
  { role: 'Azienda (verificata)', email: 'hr@officinemeccanichelegnano.demo', portal: '/aziende' },
] as const;

/** Seeds the demo network in one transaction; returns false when a network already exists. */
export async function seedDemo(db: Db): Promise<boolean> {
  const existing = await db.select({ id: networks.id }).from(networks).limit(1);
  if (existing.length > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const verifiedAt = new Date();

  await db.transaction(async (tx) => {
    const [network] = await tx
      .insert(networks)
      .values({ slug: DEMO_NETWORK_SLUG, name: 'Rete Lavoro Alto Milanese e Varesotto (demo)' })
      .returning();
    const networkId = network!.id;

    const members = await tx
      .insert(memberships)
      .values(MEMBER_COMUNI.map((comuneCode) => ({ networkId, comuneCode, startsOn: '2024-01-01' })))
      .returning();
    await tx.insert(membershipFees).values(
      members.flatMap((m, index) => [
        {
          membershipId: m.id,
          networkId,
          year: 2025,
          amountCents: 250_000,
          status: 'PAID' as const,
          paidOn: '2025-03-31',
        },
        {
          membershipId: m.id,
          networkId,
          year: 2026,
          amountCents: 250_000,
          status: index % 3 === 0 ? ('PAID' as const) : ('DUE' as const),
          paidOn: index % 3 === 0 ? '2026-03-31' : null,
        },
      ]),
    );

    const [legnano, varese] = await tx
      .insert(sportelli)
      .values([
        {
          networkId,
          comuneCode: '015118',
          name: 'Sportello Lavoro Legnano',
          address: 'Piazza San Magno 9, Legnano',
          email: 'sportello.legnano@demo.sportellolavoro.it',
        },
        {
          networkId,
          comuneCode: '012133',
          name: 'Sportello Lavoro Varese',
          address: 'Via Sacco 5, Varese',
          email: 'sportello.varese@demo.sportellolavoro.it',
        },
        {
          networkId,
          comuneCode: '015168',
          name: 'Informagiovani Parabiago',
          address: 'Piazza della Vittoria 7, Parabiago',
        },
      ])
      .returning();

    const staff = await tx
      .insert(users)
      .values([
        {
          networkId,
          kind: 'OPERATOR',
          email: DEMO_LOGINS[0].email,
          passwordHash,
          givenName: 'Chiara',
          familyName: 'Galli',
          emailVerifiedAt: verifiedAt,
        },
        {
          networkId,
          kind: 'OPERATOR',
          email: DEMO_LOGINS[1].email,
          passwordHash,
          givenName: 'Paolo',
          familyName: 'Brambilla',
          emailVerifiedAt: verifiedAt,
        },
        {
          networkId,
          kind: 'NETWORK_ADMIN',
          email: DEMO_LOGINS[2].email,
          passwordHash,
          givenName: 'Elena',
          familyName: 'Rossi',
          emailVerifiedAt: verifiedAt,
        },
      ])
      .returning();
    await tx.insert(operators).values([
      { userId: staff[0]!.id, networkId, sportelloId: legnano!.id },
      { userId: staff[1]!.id, networkId, sportelloId: varese!.id },
    ]);

    const people = [
      {
        email: DEMO_LOGINS[3].email,
        givenName: 'Giulia',
        familyName: 'Bianchi',
        cf: codiceFiscale('BNCGLI79C54E514'),
        birthDate: '1979-03-14',
        comune: '015118',
      },
      {
        email: 'marco.colombo@demo.sportellolavoro.it',
        givenName: 'Marco',
        familyName: 'Colombo',
        cf: codiceFiscale('CLMMRC68L02F205'),
        birthDate: '1968-07-02',
        comune: '015168',
      },
      {
        email: 'luca.ferrari@demo.sportellolavoro.it',
        givenName: 'Luca',
        familyName: 'Ferrari',
        cf: codiceFiscale('FRRLCU98S20L682'),
        birthDate: '1998-11-20',
        comune: '012133',
      },
    ];
    const citizenUsers = await tx
      .insert(users)
      .values(
        people.map((p) => ({
          networkId,
          kind: 'CITIZEN' as const,
          email: p.email,
          passwordHash,
          givenName: p.givenName,
          familyName: p.familyName,
          emailVerifiedAt: verifiedAt,
        })),
      )
      .returning();
    await tx.insert(citizens).values(
      people.map((p, i) => ({
        userId: citizenUsers[i]!.id,
        networkId,
        codiceFiscale: p.cf,
        birthDate: p.birthDate,
        residenceComuneCode: p.comune,
        registeredBy: i === 1 ? staff[0]!.id : null,
      })),
    );

    const [officine] = await tx
      .insert(companies)
      .values([
        {
          networkId,
          legalName: 'Officine Meccaniche Legnano S.r.l. (demo)',
          partitaIva: partitaIva('0918273645'),
          codiceFiscale: partitaIva('0918273645'),
          comuneCode: '015118',
          email: DEMO_LOGINS[4].email,
          status: 'VERIFIED',
          reviewedBy: staff[0]!.id,
          reviewedAt: verifiedAt,
        },
        {
          networkId,
          legalName: 'Logistica Parabiago S.r.l. (demo)',
          partitaIva: partitaIva('0736451829'),
          codiceFiscale: partitaIva('0736451829'),
          comuneCode: '015168',
          email: 'info@logisticaparabiago.demo',
        },
        {
          networkId,
          legalName: 'Trattoria del Lago di Gavirate (demo)',
          partitaIva: partitaIva('0655443322'),
          codiceFiscale: partitaIva('0655443322'),
          comuneCode: '012072',
          email: 'info@trattoriagavirate.demo',
        },
      ])
      .returning();
    const [hr] = await tx
      .insert(users)
      .values({
        networkId,
        kind: 'COMPANY_MEMBER',
        email: DEMO_LOGINS[4].email,
        passwordHash,
        givenName: 'Roberta',
        familyName: 'Sala',
        emailVerifiedAt: verifiedAt,
      })
      .returning();
    await tx.insert(companyMembers).values({ userId: hr!.id, companyId: officine!.id, role: 'OWNER' });
  });
  return true;
}
