import {
  applicationEvents,
  applications,
  appointmentSlots,
  bookings,
  caseAssignments,
  caseDiaryEntries,
  cases,
  citizens,
  companies,
  companyMembers,
  consents,
  cvEducation,
  cvExperiences,
  cvLanguages,
  cvSkills,
  cvSoughtOccupations,
  cvs,
  type Db,
  frontDeskContacts,
  groupActivities,
  groupAttendance,
  groupEnrolments,
  groupSessions,
  internshipMonitoringEntries,
  internshipStatusEvents,
  internships,
  membershipFees,
  memberships,
  networks,
  operators,
  orientationRecordOccupations,
  orientationRecords,
  pattoActions,
  pattoVersions,
  placements,
  sportelli,
  type Tx,
  trainingEnrolments,
  trainingModuleSkills,
  trainingModules,
  users,
  vacancies,
  vacancySkills,
} from '@sportello/db';
import { computeCodiceFiscaleCheckChar, computePartitaIvaCheckDigit, dayInItaly } from '@sportello/domain';
import { eq, sql } from 'drizzle-orm';
import { hashPassword } from './lib/passwords.js';
import { CONSENT_TEXT_VERSIONS } from './modules/citizens/consents.js';
import { attestSkills } from './modules/cvs/skills.js';

export const DEMO_PASSWORD = 'sportello-demo-2026';
export const DEMO_NETWORK_SLUG = 'rete-lavoro-altomilanese';

/** Real comuni (ISTAT codes) of the demo network. */
const MEMBER_COMUNI = ['015041', '015118', '015168', '015046', '012123', '012072', '012133'];

const codiceFiscale = (first15: string) => first15 + computeCodiceFiscaleCheckChar(first15);
const partitaIva = (first10: string) => first10 + computePartitaIvaCheckDigit(first10);

/** ESCO occupations used by the demo CVs (URIs from the reference data). */
const ESCO = {
  welder: 'http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b',
  warehouseWorker: 'http://data.europa.eu/esco/occupation/bea705fe-06ac-4147-b8e0-6e8ac1208d8f',
  shopAssistant: 'http://data.europa.eu/esco/occupation/0b15375e-dfdd-4047-9efb-096e0aaee7d2',
};

const skill = (id: string) => `http://data.europa.eu/esco/skill/${id}`;

/**
 * ESCO skills of the demo CVs, vacancies and modules: essential or optional skills of their
 * occupations in ESCO (the welders', the warehouse worker's), and two cross-sector ones.
 */
const SKILL = {
  arcWelding: skill('27d26fd6-5795-4f0a-884e-112df7c68314'), // apply arc welding techniques
  magWelding: skill('60ff3eac-7d4d-4e51-87b8-74c3b5d62498'), // perform metal active gas welding
  protectiveGear: skill('6122d586-5978-431f-8e7a-96e61fc1f3fc'), // wear appropriate protective gear
  blueprints: skill('68b6ef08-d823-489d-a95c-752ae6f6e6a7'), // read standard blueprints
  spotWelding: skill('38a32307-bb1e-4593-8fa2-e31384417649'), // apply spot welding techniques
  stackGoods: skill('3d086228-d7fc-4c23-972a-22b7d44a6173'), // stack goods
  receiveGoods: skill('2cae39d6-78c2-4ce3-bee8-628504371463'), // receive goods
  liftWeights: skill('ab2bb44a-3956-4028-8715-8b70b1960b99'), // lift heavy weights
  warehouseSystem: skill('7c821387-b428-4f75-b5a7-7b038aa81cfd'), // use a warehouse management system
  forklift: skill('28cb374e-6261-4133-8371-f9a5470145da'), // operate forklift
  safety: skill('dcc96a49-0bac-4a9c-8f8e-a32b4e47e6eb'), // apply health and safety standards
  spreadsheets: skill('1973c966-f236-40c9-b2d4-5d71a89019be'), // use spreadsheets software
};

type Level = 'BASIC' | 'INTERMEDIATE' | 'ADVANCED';

/** Declared CV skills of one citizen, in the order given. */
const declared = (citizenId: string, skills: [string, Level][]) =>
  skills.map(([skillUri, level], position) => ({ citizenId, skillUri, level, position }));

/** The skills a vacancy asks for: essential ones, then optional ones. */
const asked = (vacancyId: string, essential: string[], optional: string[]) => [
  ...essential.map((skillUri) => ({ vacancyId, skillUri, essential: true })),
  ...optional.map((skillUri) => ({ vacancyId, skillUri, essential: false })),
];

/** The day-th working day (Monday to Friday) after today, at the given hour in Italy. */
function nextWorkingDayAt(day: number, hour: number): Date {
  const date = new Date();
  let found = 0;
  while (found < day) {
    date.setUTCDate(date.getUTCDate() + 1);
    if (date.getUTCDay() !== 0 && date.getUTCDay() !== 6) found += 1;
  }
  // 9:00 in Italy is 8:00 UTC in winter and 7:00 in summer; the offset of that day decides.
  const rome = new Date(date.toLocaleString('en-US', { timeZone: 'Europe/Rome' }));
  const offsetHours = Math.round(
    (rome.getTime() - new Date(date.toLocaleString('en-US', { timeZone: 'UTC' })).getTime()) / 3_600_000,
  );
  date.setUTCHours(hour - offsetHours, 0, 0, 0);
  return date;
}

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

interface DemoPerson {
  email: string;
  givenName: string;
  familyName: string;
  cf: string;
  birthDate: string;
  comune: string;
}

/** Citizens with a verified account and the demo password; `registeredBy` is the operator who registered the i-th, if any. */
async function insertDemoCitizens(
  tx: Tx,
  networkId: string,
  passwordHash: string,
  verifiedAt: Date,
  people: readonly DemoPerson[],
  registeredBy: (i: number) => string | null,
) {
  const created = await tx
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
      userId: created[i]!.id,
      networkId,
      codiceFiscale: p.cf,
      birthDate: p.birthDate,
      residenceComuneCode: p.comune,
      registeredBy: registeredBy(i),
    })),
  );
  return created;
}

/** Seeds the demo network in one transaction; returns false when a network already exists. */
export async function seedDemo(db: Db): Promise<boolean> {
  const existing = await db.select({ id: networks.id }).from(networks).limit(1);
  if (existing.length > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const verifiedAt = new Date();

  await db.transaction(async (tx) => {
    const [network] = await tx
      .insert(networks)
      .values({
        slug: DEMO_NETWORK_SLUG,
        name: 'Rete Lavoro Alto Milanese e Varesotto (demo)',
        privacyController: 'Comune di Legnano, capofila della Rete Lavoro Alto Milanese e Varesotto (demo)',
        dpoEmail: 'rpd@demo.sportellolavoro.it',
      })
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
    const citizenUsers = await insertDemoCitizens(tx, networkId, passwordHash, verifiedAt, people, (i) =>
      i === 1 ? staff[0]!.id : null,
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

    const [giulia, marco, luca] = citizenUsers.map((u) => u.id) as [string, string, string];
    await tx.insert(consents).values([
      ...citizenUsers.map((u) => ({
        networkId,
        citizenId: u.id,
        purpose: 'PRIVACY_NOTICE' as const,
        textVersion: CONSENT_TEXT_VERSIONS.PRIVACY_NOTICE,
      })),
      {
        networkId,
        citizenId: giulia,
        purpose: 'CV_SHARING' as const,
        textVersion: CONSENT_TEXT_VERSIONS.CV_SHARING,
      },
    ]);
    await tx
      .update(citizens)
      .set({
        employmentStatus: 'UNEMPLOYED',
        mobilityRadiusKm: 25,
        hasOwnVehicle: true,
        drivingLicences: ['B'],
      })
      .where(eq(citizens.userId, giulia));
    await tx.update(citizens).set({ employmentStatus: 'UNEMPLOYED' }).where(eq(citizens.userId, marco));
    await tx
      .update(citizens)
      .set({ employmentStatus: 'NEVER_EMPLOYED', availableForShifts: true })
      .where(eq(citizens.userId, luca));
    await tx
      .insert(caseAssignments)
      .values({ networkId, citizenId: giulia, sportelloId: legnano!.id, takenBy: staff[0]!.id });
    // Giulia's case: a patto she accepted at the desk, one action done and one to do, two diary notes.
    const inCharge = { networkId, citizenId: giulia, sportelloId: legnano!.id, takenBy: staff[0]!.id };
    const [giuliaCase] = await tx.insert(cases).values(inCharge).returning();
    const [patto] = await tx
      .insert(pattoVersions)
      .values({
        networkId,
        caseId: giuliaCase!.id,
        version: 1,
        objectives: 'Tornare a lavorare come saldatrice entro sei mesi, in zona Legnano, a tempo pieno.',
        createdBy: staff[0]!.id,
        acceptedAt: new Date(),
        acceptedOn: sql`current_date`,
        acceptanceChannel: 'DESK',
        acceptanceRecordedBy: staff[0]!.id,
      })
      .returning();
    await tx.insert(pattoActions).values([
      {
        versionId: patto!.id,
        caseId: giuliaCase!.id,
        position: 0,
        kind: 'ORIENTATION_INTERVIEW' as const,
        description: 'Colloquio di orientamento allo sportello',
        assignee: 'OPERATOR' as const,
        status: 'DONE' as const,
      },
      {
        versionId: patto!.id,
        caseId: giuliaCase!.id,
        position: 1,
        kind: 'JOB_SEARCH' as const,
        description: 'Candidarsi ad almeno tre offerte di saldatura al mese',
        dueOn: sql`current_date + 30`,
        assignee: 'CITIZEN' as const,
      },
    ]);
    await tx.update(cases).set({ pattoVersionId: patto!.id }).where(eq(cases.id, giuliaCase!.id));
    await tx.insert(caseDiaryEntries).values([
      {
        networkId,
        caseId: giuliaCase!.id,
        sportelloId: legnano!.id,
        authorId: staff[0]!.id,
        occurredOn: sql`current_date`,
        visibility: 'SHARED' as const,
        body: 'Abbiamo aggiornato insieme il CV: ora mette in evidenza il patentino di saldatura.',
        contactChannel: 'MEETING' as const,
        contactOutcome: 'REACHED' as const,
      },
      {
        networkId,
        caseId: giuliaCase!.id,
        sportelloId: legnano!.id,
        authorId: staff[0]!.id,
        occurredOn: sql`current_date`,
        visibility: 'INTERNAL' as const,
        body: 'Preferisce turni diurni: proporre solo offerte senza turno di notte.',
      },
    ]);

    await tx.insert(cvs).values([
      {
        citizenId: giulia,
        networkId,
        headline: 'Saldatrice con esperienza in carpenteria metallica',
        summary:
          'Dieci anni in produzione, patentino di saldatura; cerco lavoro stabile nella zona di Legnano.',
      },
      { citizenId: luca, networkId, headline: 'Diplomato, cerco il primo impiego in magazzino o in negozio' },
    ]);
    await tx.insert(cvSoughtOccupations).values([
      { citizenId: giulia, occupationUri: ESCO.welder, position: 0 },
      { citizenId: luca, occupationUri: ESCO.warehouseWorker, position: 0 },
      { citizenId: luca, occupationUri: ESCO.shopAssistant, position: 1 },
    ]);
    await tx.insert(cvSkills).values([
      ...declared(giulia, [
        [SKILL.magWelding, 'ADVANCED'],
        [SKILL.arcWelding, 'ADVANCED'],
        [SKILL.protectiveGear, 'INTERMEDIATE'],
        [SKILL.blueprints, 'INTERMEDIATE'],
      ]),
      ...declared(luca, [
        [SKILL.stackGoods, 'BASIC'],
        [SKILL.receiveGoods, 'BASIC'],
        [SKILL.spreadsheets, 'INTERMEDIATE'],
      ]),
    ]);
    await tx.insert(cvExperiences).values({
      citizenId: giulia,
      position: 0,
      employer: 'Carpenteria metallica (Legnano)',
      jobTitle: 'Saldatrice',
      occupationUri: ESCO.welder,
      comuneCode: '015118',
      startsOn: '2014-03-01',
      endsOn: '2024-06-30',
    });
    await tx.insert(cvEducation).values([
      {
        citizenId: giulia,
        position: 0,
        titleCode: 'IEFP_QUALIFICA',
        field: 'Operatore meccanico',
        yearCompleted: 1997,
      },
      {
        citizenId: luca,
        position: 0,
        titleCode: 'UPPER_SECONDARY',
        field: 'Istituto tecnico, indirizzo commerciale',
        yearCompleted: 2017,
      },
    ]);
    await tx.insert(cvLanguages).values([
      { citizenId: giulia, languageCode: 'it', motherTongue: true },
      { citizenId: luca, languageCode: 'it', motherTongue: true },
      {
        citizenId: luca,
        languageCode: 'en',
        motherTongue: false,
        listening: 'B1',
        reading: 'B1',
        spokenInteraction: 'A2',
        spokenProduction: 'A2',
        writing: 'B1',
      },
    ]);

    // Colloqui on the next working days: free slots at both sportelli, and one booked by Marco.
    const slotsAt = (sportelloId: string, operatorId: string, mode: 'IN_PERSON' | 'ONLINE') =>
      [1, 2, 3].flatMap((day) =>
        [9, 10, 11].map((hour) => {
          const startsAt = nextWorkingDayAt(day, hour);
          return {
            networkId,
            sportelloId,
            operatorId,
            kind: 'ORIENTATION' as const,
            mode,
            startsAt,
            endsAt: new Date(startsAt.getTime() + 45 * 60_000),
          };
        }),
      );
    const slots = await tx
      .insert(appointmentSlots)
      .values([
        ...slotsAt(legnano!.id, staff[0]!.id, 'IN_PERSON'),
        ...slotsAt(varese!.id, staff[1]!.id, 'ONLINE'),
      ])
      .returning();
    const booked = slots[0]!;
    await tx.insert(bookings).values({
      networkId,
      slotId: booked.id,
      citizenId: marco,
      bookedBy: staff[0]!.id,
      startsAt: booked.startsAt,
      endsAt: booked.endsAt,
    });

    // Vacancies at each stage, an application with its history, and a placement to verify.
    const expiresOn = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    const [welding, warehouse] = await tx
      .insert(vacancies)
      .values([
        {
          networkId,
          companyId: officine!.id,
          title: 'Saldatore / saldatrice a filo',
          occupationUri: ESCO.welder,
          description:
            'Officina metalmeccanica di Legnano cerca una persona per la saldatura a filo di carpenterie medie.\nContratto stabile, turno centrale, mensa aziendale.',
          contractType: 'PERMANENT',
          hours: 'FULL_TIME',
          weeklyHours: 40,
          workplaceComuneCode: '015118',
          salaryMinCents: 170_000,
          salaryMaxCents: 200_000,
          collectiveAgreement: 'CCNL Metalmeccanica – Industria',
          agreementLevel: 'livello C2',
          positions: 2,
          minEqfLevel: 3,
          minExperienceMonths: 24,
          drivingLicences: ['B'],
          status: 'PUBLISHED',
          publishedAt: verifiedAt,
          moderatedBy: staff[0]!.id,
          expiresOn,
          createdBy: hr!.id,
        },
        {
          networkId,
          companyId: officine!.id,
          title: 'Magazziniere con patentino del carrello',
          occupationUri: ESCO.warehouseWorker,
          description:
            'Gestione del magazzino materie prime: carico, scarico, inventario. Richiesto il patentino del carrello elevatore.',
          contractType: 'FIXED_TERM',
          hours: 'PART_TIME',
          weeklyHours: 24,
          workplaceComuneCode: '015118',
          collectiveAgreement: 'CCNL Logistica, Trasporto Merci e Spedizione',
          agreementLevel: '5° livello',
          positions: 1,
          status: 'SUBMITTED',
          expiresOn,
          createdBy: hr!.id,
        },
      ])
      .returning({ id: vacancies.id });
    await tx
      .insert(vacancySkills)
      .values([
        ...asked(welding!.id, [SKILL.magWelding, SKILL.arcWelding, SKILL.protectiveGear], [SKILL.blueprints]),
        ...asked(
          warehouse!.id,
          [SKILL.stackGoods, SKILL.receiveGoods, SKILL.forklift],
          [SKILL.warehouseSystem, SKILL.liftWeights],
        ),
      ]);
    const [application] = await tx
      .insert(applications)
      .values({
        networkId,
        vacancyId: welding!.id,
        companyId: officine!.id,
        citizenId: giulia,
        status: 'SHORTLISTED',
        coverLetter:
          'Ho dieci anni di esperienza nella saldatura a filo e il patentino in corso di validità.',
        disclosedAt: verifiedAt,
      })
      .returning();
    await tx.insert(applicationEvents).values([
      { applicationId: application!.id, toStatus: 'APPLIED', actorUserId: giulia },
      {
        applicationId: application!.id,
        fromStatus: 'APPLIED',
        toStatus: 'SHORTLISTED',
        actorUserId: hr!.id,
        reason: 'Esperienza in linea',
      },
    ]);
    await tx.insert(placements).values({
      networkId,
      citizenId: marco,
      source: 'EXTERNAL',
      employerName: 'Impresa di pulizie (Parabiago)',
      contractType: 'FIXED_TERM',
      startsOn: '2026-10-01',
      durationMonths: 6,
      recordedBy: staff[0]!.id,
    });

    // Tirocini: Luca's in progress at the officine, monitored by both tutors; Marco's, completed
    // last year, ended in a hire.
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
    const day = (offset: number) => daysAgo(-offset).toISOString().slice(0, 10);
    const tirocinio = {
      networkId,
      companyId: officine!.id,
      companyTutorName: 'Roberta Sala',
      companyTutorRole: 'Responsabile del personale',
      companyTutorEmail: DEMO_LOGINS[4].email,
      type: 'EXTRACURRICULAR' as const,
      hoursPerWeek: 36,
      monthlyIndemnityCents: 60_000,
    };
    const [lucas, marcos] = await tx
      .insert(internships)
      .values([
        {
          ...tirocinio,
          citizenId: luca,
          sportelloId: varese!.id,
          promotingTutorId: staff[1]!.id,
          objectives:
            'Imparare la gestione di un magazzino di materie prime: ricevimento merci, stoccaggio, inventario.',
          activities:
            'Affiancamento al magazziniere: controllo dei documenti di trasporto, etichettatura, inventario mensile.',
          startsOn: day(-42),
          endsOn: day(140),
          status: 'ACTIVE' as const,
          agreementSignedAt: daysAgo(50),
          createdBy: staff[1]!.id,
        },
        {
          ...tirocinio,
          citizenId: marco,
          sportelloId: legnano!.id,
          promotingTutorId: staff[0]!.id,
          objectives: 'Apprendere la preparazione dei pezzi e le basi della saldatura a filo.',
          activities: 'Taglio e preparazione dei pezzi, saldature di puntatura sotto la guida del tutor.',
          startsOn: '2025-01-13',
          endsOn: '2025-06-30',
          status: 'COMPLETED' as const,
          agreementSignedAt: new Date('2025-01-08T10:00:00Z'),
          evaluationOutcome: 'OBJECTIVES_ACHIEVED' as const,
          evaluationJudgement: 'Puntuale e preciso; ha raggiunto gli obiettivi del progetto formativo.',
          evaluatedBy: staff[0]!.id,
          evaluatedAt: new Date('2025-06-30T15:00:00Z'),
          createdBy: staff[0]!.id,
        },
      ])
      .returning({ id: internships.id });
    const steps = ['PROPOSED', 'AGREEMENT_SIGNED', 'ACTIVE', 'COMPLETED'] as const;
    /** The history up to the last step, one event at each of the given moments. */
    const history = (internshipId: string, actorUserId: string, moments: Date[]) =>
      moments.map((at, i) => ({
        internshipId,
        fromStatus: i > 0 ? steps[i - 1]! : null,
        toStatus: steps[i]!,
        actorUserId,
        at,
      }));
    await tx
      .insert(internshipStatusEvents)
      .values([
        ...history(lucas!.id, staff[1]!.id, [daysAgo(60), daysAgo(50), daysAgo(42)]),
        ...history(marcos!.id, staff[0]!.id, [
          new Date('2024-12-16T10:00:00Z'),
          new Date('2025-01-08T10:00:00Z'),
          new Date('2025-01-13T08:00:00Z'),
          new Date('2025-06-30T15:00:00Z'),
        ]),
      ]);
    await tx.insert(internshipMonitoringEntries).values([
      {
        internshipId: lucas!.id,
        periodStartsOn: day(-42),
        periodEndsOn: day(-29),
        hoursAttended: 70,
        note: 'Primo periodo: inserimento nel reparto e formazione sulla sicurezza completati.',
        authorUserId: staff[1]!.id,
      },
      {
        internshipId: lucas!.id,
        periodStartsOn: day(-28),
        periodEndsOn: day(-15),
        hoursAttended: 72,
        note: 'Gestisce da solo il ricevimento merci; da migliorare la tenuta dell’inventario.',
        authorUserId: hr!.id,
      },
    ]);
    await tx.insert(placements).values({
      networkId,
      citizenId: marco,
      source: 'INTERNSHIP',
      internshipId: marcos!.id,
      companyId: officine!.id,
      employerName: 'Officine Meccaniche Legnano S.r.l. (demo)',
      contractType: 'FIXED_TERM',
      startsOn: '2025-07-01',
      durationMonths: 12,
      recordedBy: staff[0]!.id,
    });

    // Moduli formativi: the safety course under way at Legnano (Marco has completed it, Luca attends),
    // an online Excel course starting soon run by Varese (Giulia asked for a place), a forklift course.
    const trainingSkill = (skillUri: string, level: 'BASIC' | 'INTERMEDIATE') => [{ skillUri, level }];
    const modules = [
      {
        title: 'Sicurezza sul lavoro — formazione generale',
        provider: 'Ente di formazione Alto Milanese',
        description:
          'Formazione generale dei lavoratori sulla sicurezza (accordo Stato-Regioni): concetti di rischio, prevenzione, organizzazione della sicurezza in azienda. Attestato finale.',
        hours: 4,
        startsOn: day(-2),
        endsOn: day(5),
        mode: 'IN_PERSON' as const,
        comuneCode: '015118',
        seats: 15,
        sportelloId: legnano!.id,
        skills: trainingSkill(SKILL.safety, 'BASIC'),
      },
      {
        title: 'Excel di base',
        provider: 'Centro di formazione professionale di Varese',
        description:
          'Fogli di calcolo per il lavoro d’ufficio e di magazzino: formule, tabelle, grafici e stampa. Lezioni online in diretta, due sere a settimana.',
        hours: 20,
        startsOn: day(14),
        endsOn: day(42),
        mode: 'ONLINE' as const,
        comuneCode: null,
        seats: 12,
        sportelloId: varese!.id,
        skills: trainingSkill(SKILL.spreadsheets, 'BASIC'),
      },
      {
        title: 'Muletto: conduzione di carrelli elevatori',
        provider: 'Scuola edile e logistica di Parabiago',
        description:
          'Corso teorico-pratico per la conduzione in sicurezza dei carrelli elevatori, con prova finale.',
        hours: 12,
        startsOn: day(30),
        endsOn: day(33),
        mode: 'IN_PERSON' as const,
        comuneCode: '015168',
        seats: 8,
        sportelloId: legnano!.id,
        skills: trainingSkill(SKILL.forklift, 'BASIC'),
      },
    ];
    const [safety, excel, forklift] = await tx
      .insert(trainingModules)
      .values(
        modules.map(({ skills: _, ...m }) => ({
          ...m,
          networkId,
          status: 'PUBLISHED' as const,
          createdBy: staff[0]!.id,
        })),
      )
      .returning();
    await tx
      .insert(trainingModuleSkills)
      .values(
        [safety!, excel!, forklift!].flatMap((m, i) =>
          modules[i]!.skills.map((skill, position) => ({ moduleId: m.id, ...skill, position })),
        ),
      );
    await tx.insert(trainingEnrolments).values([
      {
        moduleId: safety!.id,
        networkId,
        citizenId: marco,
        enrolledBy: staff[0]!.id,
        status: 'COMPLETED',
        completedAt: verifiedAt,
        completedBy: staff[0]!.id,
      },
      { moduleId: safety!.id, networkId, citizenId: luca, enrolledBy: staff[0]!.id },
      { moduleId: excel!.id, networkId, citizenId: giulia, enrolledBy: giulia },
    ]);
    await attestSkills(
      tx,
      { userId: marco, networkId },
      { trainingModuleId: safety!.id },
      modules[0]!.skills,
    );

    // Accoglienza of the last three weeks at both desks: mostly anonymous, a few registered people.
    const contact = (
      daysAgo: number,
      at: 0 | 1,
      channel: 'DESK' | 'PHONE' | 'EMAIL' | 'VIDEO',
      topic: 'INFORMATION' | 'CV_HELP' | 'ORIENTATION' | 'COMPANY' | 'OTHER',
      comuneCode: string,
      outcome: 'INFORMATION_GIVEN' | 'APPOINTMENT_BOOKED' | 'REGISTERED' | 'TAKEN_IN_CHARGE',
      citizenId: string | null = null,
    ) => ({
      networkId,
      sportelloId: (at === 0 ? legnano : varese)!.id,
      recordedBy: staff[at]!.id,
      contactedOn: dayInItaly(-daysAgo),
      channel,
      topic,
      comuneCode,
      outcome,
      citizenId,
    });
    await tx
      .insert(frontDeskContacts)
      .values([
        contact(1, 0, 'DESK', 'INFORMATION', '015118', 'INFORMATION_GIVEN'),
        contact(1, 0, 'PHONE', 'CV_HELP', '015168', 'APPOINTMENT_BOOKED'),
        contact(2, 1, 'EMAIL', 'INFORMATION', '012133', 'INFORMATION_GIVEN'),
        contact(3, 0, 'DESK', 'ORIENTATION', '015118', 'TAKEN_IN_CHARGE', giulia),
        contact(4, 1, 'VIDEO', 'CV_HELP', '012133', 'APPOINTMENT_BOOKED'),
        contact(6, 0, 'PHONE', 'COMPANY', '015041', 'INFORMATION_GIVEN'),
        contact(8, 0, 'DESK', 'CV_HELP', '015118', 'REGISTERED', marco),
        contact(9, 1, 'PHONE', 'OTHER', '012072', 'INFORMATION_GIVEN'),
        contact(12, 0, 'EMAIL', 'ORIENTATION', '015046', 'APPOINTMENT_BOOKED'),
        contact(15, 1, 'DESK', 'INFORMATION', '012123', 'INFORMATION_GIVEN'),
        contact(18, 0, 'DESK', 'INFORMATION', '015168', 'INFORMATION_GIVEN'),
      ]);

    // Giulia's colloquio di orientamento at Legnano, the sportello that has her in charge.
    const [orientation] = await tx
      .insert(orientationRecords)
      .values({
        networkId,
        citizenId: giulia,
        sportelloId: legnano!.id,
        writtenBy: staff[0]!.id,
        kind: 'ORIENTATION_INTERVIEW',
        heldOn: dayInItaly(-3),
        interests: 'Lavoro manuale di precisione; le piacerebbe anche la vendita in negozio.',
        strengths: 'Dieci anni di saldatura, patentino, puntualità, lavoro in squadra.',
        hoursPerWeek: 36,
        transport: 'OWN_CAR',
        careDuties: true,
        careDutiesNote: 'Accompagna il figlio a scuola: può iniziare dalle 8:30.',
        summary:
          'Cerca un lavoro stabile vicino a Legnano. Oltre alla saldatura, valutiamo il lavoro in negozio: serve un corso sulla cassa.',
      })
      .returning({ id: orientationRecords.id });
    await tx.insert(orientationRecordOccupations).values([
      { recordId: orientation!.id, occupationUri: ESCO.welder, position: 0 },
      { recordId: orientation!.id, occupationUri: ESCO.shopAssistant, position: 1 },
    ]);
    // Attività di gruppo: a Job Club cycle at Legnano half-way through (Marco and Luca enrolled, the
    // attendance of the two sessions held recorded) and a CV laboratorio starting soon, with Luca enrolled.
    // Giulia is in neither, so she can ask for a place herself.
    const at = (offset: number, hour: number) =>
      new Date(`${day(offset)}T${String(hour).padStart(2, '0')}:00:00Z`);
    const [jobClub, cvLab] = await tx
      .insert(groupActivities)
      .values([
        {
          networkId,
          sportelloId: legnano!.id,
          kind: 'JOB_CLUB' as const,
          title: 'Job Club di Legnano',
          description:
            'Un ciclo di quattro incontri per cercare lavoro insieme ad altre persone: obiettivo professionale, CV, candidature online e colloquio. Ci si aiuta a vicenda, con un’orientatrice.',
          facilitatorName: 'Laura Conti, orientatrice',
          capacity: 12,
          status: 'PUBLISHED' as const,
          createdBy: staff[0]!.id,
        },
        {
          networkId,
          sportelloId: legnano!.id,
          kind: 'CV_WORKSHOP' as const,
          title: 'Laboratorio: il mio CV in due mattine',
          description:
            'Si scrive il proprio CV al computer, con l’aiuto dell’operatore, e si impara a mandarlo alle aziende. Adatto a chi usa poco il computer.',
          facilitatorOperatorId: staff[0]!.id,
          capacity: 8,
          status: 'PUBLISHED' as const,
          createdBy: staff[0]!.id,
        },
      ])
      .returning();
    const place = {
      mode: 'IN_PERSON' as const,
      comuneCode: '015118',
      address: 'Piazza San Magno 9, sala riunioni',
    };
    const sessions = await tx
      .insert(groupSessions)
      .values([
        {
          activityId: jobClub!.id,
          networkId,
          startsAt: at(-14, 8),
          endsAt: at(-14, 10),
          ...place,
          topic: 'Il mio obiettivo professionale',
        },
        {
          activityId: jobClub!.id,
          networkId,
          startsAt: at(-7, 8),
          endsAt: at(-7, 10),
          ...place,
          topic: 'Il CV che funziona',
        },
        {
          activityId: jobClub!.id,
          networkId,
          startsAt: at(7, 8),
          endsAt: at(7, 10),
          ...place,
          topic: 'Candidarsi online',
        },
        {
          activityId: jobClub!.id,
          networkId,
          startsAt: at(14, 8),
          endsAt: at(14, 10),
          ...place,
          topic: 'Il colloquio di lavoro',
        },
        {
          activityId: cvLab!.id,
          networkId,
          startsAt: at(10, 8),
          endsAt: at(10, 11),
          ...place,
          topic: 'Scrivere il CV',
        },
        {
          activityId: cvLab!.id,
          networkId,
          startsAt: at(11, 8),
          endsAt: at(11, 11),
          ...place,
          topic: 'Mandare il CV alle aziende',
        },
      ])
      .returning();
    const [marcoInClub, lucaInClub] = await tx
      .insert(groupEnrolments)
      .values([
        { activityId: jobClub!.id, networkId, citizenId: marco, enrolledBy: staff[0]!.id },
        { activityId: jobClub!.id, networkId, citizenId: luca, enrolledBy: luca },
        { activityId: cvLab!.id, networkId, citizenId: luca, enrolledBy: staff[0]!.id },
      ])
      .returning();
    const mark = (session: number, enrolmentId: string, status: 'PRESENT' | 'ABSENT' | 'EXCUSED') => ({
      sessionId: sessions[session]!.id,
      enrolmentId,
      networkId,
      status,
      recordedBy: staff[0]!.id,
    });
    await tx
      .insert(groupAttendance)
      .values([
        mark(0, marcoInClub!.id, 'PRESENT'),
        mark(1, marcoInClub!.id, 'PRESENT'),
        mark(0, lucaInClub!.id, 'PRESENT'),
        mark(1, lucaInClub!.id, 'ABSENT'),
      ]);
  });
  return true;
}

/** Further ESCO occupations of the matching showcase, in the welder's ISCO group 7212. */
const SPOT_WELDER = 'http://data.europa.eu/esco/occupation/97dadd59-d1cb-4fef-81a7-d92eb15572e2';

/**
 * Candidates for the demo's matching pages: Marco and two more citizens who share their CV and suit
 * the welding vacancies, and a second published vacancy for Giulia to apply to. Kept apart from
 * `seedDemo`, whose data the API tests are written against; the running demo seeds both.
 */
export async function seedDemoCandidates(db: Db): Promise<void> {
  const [network] = await db
    .select({ id: networks.id })
    .from(networks)
    .where(eq(networks.slug, DEMO_NETWORK_SLUG));
  if (!network) return;
  const networkId = network.id;
  const userId = async (email: string) =>
    (await db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]!.id;
  const operator = await userId(DEMO_LOGINS[0].email);
  const hr = await userId(DEMO_LOGINS[4].email);
  const marco = await userId('marco.colombo@demo.sportellolavoro.it');
  const [officine] = await db
    .select({ id: companyMembers.companyId })
    .from(companyMembers)
    .where(eq(companyMembers.userId, hr));
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const verifiedAt = new Date();

  await db.transaction(async (tx) => {
    const people = [
      {
        email: 'sara.conti@demo.sportellolavoro.it',
        givenName: 'Sara',
        familyName: 'Conti',
        cf: codiceFiscale('CNTSRA94E61B593'),
        birthDate: '1994-05-21',
        comune: '015046',
      },
      {
        email: 'davide.moretti@demo.sportellolavoro.it',
        givenName: 'Davide',
        familyName: 'Moretti',
        cf: codiceFiscale('MRTDVD02P03B301'),
        birthDate: '2002-09-03',
        comune: '015041',
      },
    ];
    const created = await insertDemoCitizens(tx, networkId, passwordHash, verifiedAt, people, () => operator);
    const [sara, davide] = created.map((u) => u.id) as [string, string];
    await tx
      .update(citizens)
      .set({ mobilityRadiusKm: 15, hasOwnVehicle: true, drivingLicences: ['B'] })
      .where(eq(citizens.userId, marco));
    await tx
      .update(citizens)
      .set({
        employmentStatus: 'UNEMPLOYED',
        mobilityRadiusKm: 20,
        hasOwnVehicle: true,
        drivingLicences: ['B'],
      })
      .where(eq(citizens.userId, sara));
    await tx
      .update(citizens)
      .set({ employmentStatus: 'NEVER_EMPLOYED', mobilityRadiusKm: 30, availableForShifts: true })
      .where(eq(citizens.userId, davide));
    await tx.insert(consents).values([
      ...[sara, davide].map((citizenId) => ({
        networkId,
        citizenId,
        purpose: 'PRIVACY_NOTICE' as const,
        textVersion: CONSENT_TEXT_VERSIONS.PRIVACY_NOTICE,
      })),
      ...[marco, sara, davide].map((citizenId) => ({
        networkId,
        citizenId,
        purpose: 'CV_SHARING' as const,
        textVersion: CONSENT_TEXT_VERSIONS.CV_SHARING,
      })),
    ]);

    await tx
      .insert(cvs)
      .values([
        {
          citizenId: marco,
          networkId,
          headline: 'Saldatore, assunto dopo il tirocinio, cerco un nuovo contratto',
        },
        { citizenId: sara, networkId, headline: 'Saldatrice a punti con sei anni in carpenteria' },
        { citizenId: davide, networkId, headline: 'Diplomato, cerco lavoro in officina o in magazzino' },
      ])
      // Marco's CV exists already: the safety module he completed attested its skill there.
      .onConflictDoUpdate({ target: cvs.citizenId, set: { headline: sql`excluded.headline` } });
    await tx.insert(cvSoughtOccupations).values([
      { citizenId: marco, occupationUri: ESCO.welder, position: 0 },
      { citizenId: sara, occupationUri: SPOT_WELDER, position: 0 },
      { citizenId: sara, occupationUri: ESCO.welder, position: 1 },
      { citizenId: davide, occupationUri: ESCO.warehouseWorker, position: 0 },
      { citizenId: davide, occupationUri: ESCO.welder, position: 1 },
    ]);
    await tx.insert(cvSkills).values([
      ...declared(marco, [
        [SKILL.arcWelding, 'INTERMEDIATE'],
        [SKILL.protectiveGear, 'BASIC'],
      ]),
      ...declared(sara, [
        [SKILL.spotWelding, 'ADVANCED'],
        [SKILL.protectiveGear, 'ADVANCED'],
        [SKILL.magWelding, 'BASIC'],
      ]),
      ...declared(davide, [
        [SKILL.liftWeights, 'INTERMEDIATE'],
        [SKILL.stackGoods, 'BASIC'],
        [SKILL.blueprints, 'BASIC'],
      ]),
    ]);
    await tx.insert(cvExperiences).values([
      {
        citizenId: marco,
        position: 0,
        employer: 'Officine Meccaniche Legnano S.r.l. (demo)',
        jobTitle: 'Saldatore',
        occupationUri: ESCO.welder,
        comuneCode: '015118',
        startsOn: '2025-07-01',
        endsOn: '2026-06-30',
      },
      {
        citizenId: sara,
        position: 0,
        employer: 'Carpenteria (Canegrate)',
        jobTitle: 'Saldatrice a punti',
        occupationUri: SPOT_WELDER,
        comuneCode: '015046',
        startsOn: '2019-09-01',
        endsOn: '2025-12-31',
      },
    ]);
    await tx.insert(cvEducation).values([
      { citizenId: marco, position: 0, titleCode: 'LOWER_SECONDARY', yearCompleted: 1983 },
      {
        citizenId: sara,
        position: 0,
        titleCode: 'IEFP_QUALIFICA',
        field: 'Operatrice meccanica',
        yearCompleted: 2012,
      },
      {
        citizenId: davide,
        position: 0,
        titleCode: 'UPPER_SECONDARY',
        field: 'Istituto professionale, indirizzo manutenzione',
        yearCompleted: 2021,
      },
    ]);
    await tx.insert(cvLanguages).values([
      { citizenId: marco, languageCode: 'it', motherTongue: true },
      { citizenId: sara, languageCode: 'it', motherTongue: true },
      {
        citizenId: sara,
        languageCode: 'en',
        motherTongue: false,
        listening: 'A2',
        reading: 'A2',
        spokenInteraction: 'A2',
        spokenProduction: 'A2',
        writing: 'A2',
      },
      { citizenId: davide, languageCode: 'it', motherTongue: true },
    ]);

    const [spotWelding] = await tx
      .insert(vacancies)
      .values({
        networkId,
        companyId: officine!.id,
        title: 'Saldatore / saldatrice a punti',
        occupationUri: SPOT_WELDER,
        description:
          'Reparto lamiere di Canegrate: saldatura a punti di piccoli componenti su linea.\nContratto di un anno, possibile trasformazione a tempo indeterminato.',
        contractType: 'FIXED_TERM',
        hours: 'FULL_TIME',
        weeklyHours: 40,
        shifts: true,
        workplaceComuneCode: '015046',
        salaryMinCents: 160_000,
        salaryMaxCents: 175_000,
        collectiveAgreement: 'CCNL Metalmeccanica – Industria',
        agreementLevel: 'livello D1',
        positions: 1,
        minExperienceMonths: 6,
        status: 'PUBLISHED',
        publishedAt: verifiedAt,
        moderatedBy: operator,
        expiresOn: new Date(Date.now() + 45 * 86_400_000).toISOString().slice(0, 10),
        createdBy: hr,
      })
      .returning({ id: vacancies.id });
    await tx
      .insert(vacancySkills)
      .values(
        asked(
          spotWelding!.id,
          [SKILL.spotWelding, SKILL.protectiveGear],
          [SKILL.arcWelding, SKILL.magWelding],
        ),
      );
  });
}
