import {
  applicationEvents,
  applications,
  appointmentSlots,
  ateco,
  auditLog,
  bookings,
  companies,
  companyContacts,
  companyMembers,
  companyNeedSkills,
  companyNeeds,
  companyNeedVacancies,
  companySites,
  comuni,
  type Db,
  escoOccupations,
  escoSkills,
  internships,
  interviews,
  networks,
  sportelli,
  users,
  vacancies,
  vacancyLanguages,
  vacancySkills,
} from '@sportello/db';
import { and, asc, eq, inArray, isNotNull, isNull, like, not } from 'drizzle-orm';
import { accountOf } from './account.js';
import {
  EXPORT_SCHEMA_VERSION,
  type Requester,
  readInternshipDetails,
  readNotifications,
} from './citizen-export.js';
import type { CompanySection } from './coverage.js';
import { accessLogEntry, omit, peopleCollector } from './people.js';

const groupBy = <T, K>(rows: readonly T[], key: (row: T) => K) => {
  const map = new Map<K, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
};

/**
 * In an export made by the network's staff, the sections that are a member's own (their account and
 * notifications) are left out: each member downloads them from the company area.
 */
const OWN_SECTIONS_WITHHELD = [
  {
    section: 'account',
    reason: 'L’account di ciascun utente dell’azienda è suo: ognuno lo scarica dall’area riservata.',
  },
  {
    section: 'notifications',
    reason:
      'Le notifiche sono di ciascun utente dell’azienda: ognuno scarica le proprie dall’area riservata.',
  },
];

/**
 * Everything held about a company's account, for one of its members: the company, its members,
 * sites, vacancies, the candidatures it received as far as the company saw them (disclosed
 * candidates by name; pending proposals and pseudonymous matches are not the company's data), the
 * job interviews it proposed, its colloqui with the sportello, the tirocini it hosts, and the
 * requesting member's own account and notifications. No special-category data of anyone: the
 * candidates' CVs and profiles stay in their own exports.
 */
export async function companyExport(
  db: Db,
  input: { companyId: string; networkId: string; requester: Requester; now: Date },
) {
  const { companyId, networkId, requester } = input;
  const people = peopleCollector(db);
  const [row] = await db
    .select({ company: companies, network: networks, comune: comuni.name, ateco: ateco.titleIt })
    .from(companies)
    .innerJoin(networks, eq(networks.id, companies.networkId))
    .innerJoin(comuni, eq(comuni.istatCode, companies.comuneCode))
    .leftJoin(ateco, eq(ateco.code, companies.atecoCode))
    .where(and(eq(companies.id, companyId), eq(companies.networkId, networkId)));
  const [requesterUser] = await db.select().from(users).where(eq(users.id, requester.userId));
  if (!row || !requesterUser) return undefined;
  const { company, network } = row;

  const memberRows = await db
    .select({ member: companyMembers, user: users })
    .from(companyMembers)
    .innerJoin(users, eq(users.id, companyMembers.userId))
    .where(eq(companyMembers.companyId, companyId))
    .orderBy(asc(users.createdAt), asc(users.id));
  // The staff of the network export the company's data, but each member's notifications are theirs.
  const byMember = memberRows.some((m) => m.user.id === requester.userId);
  const siteRows = await db
    .select({ site: companySites, comune: comuni.name })
    .from(companySites)
    .innerJoin(comuni, eq(comuni.istatCode, companySites.comuneCode))
    .where(eq(companySites.companyId, companyId))
    .orderBy(asc(companySites.createdAt), asc(companySites.id));

  const vacancyRows = await db
    .select({
      vacancy: vacancies,
      occupationIt: escoOccupations.labelIt,
      occupationEn: escoOccupations.labelEn,
    })
    .from(vacancies)
    .innerJoin(escoOccupations, eq(escoOccupations.uri, vacancies.occupationUri))
    .where(eq(vacancies.companyId, companyId))
    .orderBy(asc(vacancies.createdAt), asc(vacancies.id));
  const vacancyIds = vacancyRows.map((r) => r.vacancy.id);
  const [skillRows, languageRows] = vacancyIds.length
    ? await Promise.all([
        db
          .select({ skill: vacancySkills, labelIt: escoSkills.labelIt, labelEn: escoSkills.labelEn })
          .from(vacancySkills)
          .innerJoin(escoSkills, eq(escoSkills.uri, vacancySkills.skillUri))
          .where(inArray(vacancySkills.vacancyId, vacancyIds))
          .orderBy(asc(vacancySkills.skillUri)),
        db
          .select()
          .from(vacancyLanguages)
          .where(inArray(vacancyLanguages.vacancyId, vacancyIds))
          .orderBy(asc(vacancyLanguages.languageCode)),
      ])
    : [[], []];
  const skillsOf = groupBy(skillRows, (s) => s.skill.vacancyId);
  const languagesOf = groupBy(languageRows, (l) => l.vacancyId);

  // Only candidatures the company sees with a name: applied, or proposals the candidate accepted,
  // and not pseudonymised since.
  const applicationRows = await db
    .select({
      application: applications,
      vacancyTitle: vacancies.title,
      givenName: users.givenName,
      familyName: users.familyName,
    })
    .from(applications)
    .innerJoin(vacancies, eq(vacancies.id, applications.vacancyId))
    .innerJoin(users, eq(users.id, applications.citizenId))
    .where(
      and(
        eq(applications.companyId, companyId),
        isNotNull(applications.disclosedAt),
        isNull(applications.pseudonymisedAt),
      ),
    )
    .orderBy(asc(applications.createdAt), asc(applications.id));
  const applicationIds = applicationRows.map((r) => r.application.id);
  const [eventRows, interviewRows] = applicationIds.length
    ? await Promise.all([
        db
          .select()
          .from(applicationEvents)
          .where(inArray(applicationEvents.applicationId, applicationIds))
          .orderBy(asc(applicationEvents.at), asc(applicationEvents.id)),
        db
          .select()
          .from(interviews)
          .where(and(eq(interviews.companyId, companyId), inArray(interviews.applicationId, applicationIds)))
          .orderBy(asc(interviews.startsAt), asc(interviews.id)),
      ])
    : [[], []];
  const eventsOf = groupBy(eventRows, (e) => e.applicationId);
  const interviewsOf = groupBy(interviewRows, (i) => i.applicationId);

  const bookingRows = await db
    .select({ booking: bookings, slot: appointmentSlots, sportello: sportelli.name })
    .from(bookings)
    .innerJoin(appointmentSlots, eq(appointmentSlots.id, bookings.slotId))
    .innerJoin(sportelli, eq(sportelli.id, appointmentSlots.sportelloId))
    .where(eq(bookings.companyId, companyId))
    .orderBy(asc(bookings.startsAt), asc(bookings.id));

  const internshipRows = await db
    .select({
      internship: internships,
      givenName: users.givenName,
      familyName: users.familyName,
      sportello: sportelli.name,
    })
    .from(internships)
    .innerJoin(users, eq(users.id, internships.citizenId))
    .innerJoin(sportelli, eq(sportelli.id, internships.sportelloId))
    .where(eq(internships.companyId, companyId))
    .orderBy(asc(internships.startsOn), asc(internships.id));
  const internshipIds = internshipRows.map((r) => r.internship.id);
  const internshipDetails = await readInternshipDetails(db, internshipIds);

  // The services received, as shared with the company: never the sportello's outcome or notes.
  const serviceRows = await db
    .select()
    .from(companyContacts)
    .where(and(eq(companyContacts.companyId, companyId), eq(companyContacts.sharedWithCompany, true)))
    .orderBy(asc(companyContacts.contactedOn), asc(companyContacts.id));
  const needRows = serviceRows.length
    ? await db
        .select({ need: companyNeeds, labelIt: escoOccupations.labelIt, labelEn: escoOccupations.labelEn })
        .from(companyNeeds)
        .innerJoin(escoOccupations, eq(escoOccupations.uri, companyNeeds.occupationUri))
        .where(
          inArray(
            companyNeeds.contactId,
            serviceRows.map((c) => c.id),
          ),
        )
        .orderBy(asc(companyNeeds.createdAt), asc(companyNeeds.id))
    : [];
  const needIds = needRows.map((r) => r.need.id);
  const [needSkillRows, needVacancyRows] = needIds.length
    ? await Promise.all([
        db
          .select({ skill: companyNeedSkills, labelIt: escoSkills.labelIt, labelEn: escoSkills.labelEn })
          .from(companyNeedSkills)
          .innerJoin(escoSkills, eq(escoSkills.uri, companyNeedSkills.skillUri))
          .where(inArray(companyNeedSkills.needId, needIds))
          .orderBy(asc(companyNeedSkills.skillUri)),
        db.select().from(companyNeedVacancies).where(inArray(companyNeedVacancies.needId, needIds)),
      ])
    : [[], []];
  const needSkillsOf = groupBy(needSkillRows, (r) => r.skill.needId);
  const needVacanciesOf = groupBy(needVacancyRows, (r) => r.needId);

  const auditRows = await db
    .select()
    .from(auditLog)
    // The sportello's searches among people on the law 68/1999 lists are not the company's to read.
    .where(
      and(
        inArray(auditLog.subjectId, [companyId, ...vacancyIds]),
        not(like(auditLog.action, 'special_categories.%')),
      ),
    )
    .orderBy(asc(auditLog.at), asc(auditLog.id));

  const sections = {
    account: byMember ? await accountOf(db, requesterUser) : null,
    company: {
      ...omit(company, 'networkId', 'reviewedBy'),
      comuneName: row.comune,
      atecoTitle: row.ateco,
      reviewedBy: people.ref(company.reviewedBy),
    },
    members: memberRows.map(({ member, user }) => ({
      userId: user.id,
      givenName: user.givenName,
      familyName: user.familyName,
      email: user.email,
      role: member.role,
      createdAt: user.createdAt,
      emailVerifiedAt: user.emailVerifiedAt,
      disabledAt: user.disabledAt,
    })),
    sites: siteRows.map(({ site, comune }) => ({ ...omit(site, 'companyId'), comuneName: comune })),
    vacancies: vacancyRows.map(({ vacancy: v, occupationIt, occupationEn }) => ({
      ...omit(v, 'networkId', 'companyId', 'searchDocument', 'moderatedBy', 'createdBy'),
      occupationLabel: occupationIt ?? occupationEn,
      moderatedBy: people.ref(v.moderatedBy),
      createdBy: people.ref(v.createdBy),
      skills: (skillsOf.get(v.id) ?? []).map(({ skill, labelIt, labelEn }) => ({
        uri: skill.skillUri,
        label: labelIt ?? labelEn,
        essential: skill.essential,
      })),
      languages: (languagesOf.get(v.id) ?? []).map((l) => omit(l, 'vacancyId')),
    })),
    applications: applicationRows.map(({ application: a, vacancyTitle, givenName, familyName }) => ({
      id: a.id,
      vacancy: { id: a.vacancyId, title: vacancyTitle },
      candidate: { id: a.citizenId, givenName, familyName },
      status: a.status,
      coverLetter: a.coverLetter,
      disclosedAt: a.disclosedAt,
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
      history: (eventsOf.get(a.id) ?? [])
        // The proposal itself was the sportello's and the candidate's business, until accepted.
        .filter((e) => e.toStatus !== 'PROPOSED')
        .map((e) => ({ ...omit(e, 'applicationId', 'actorUserId'), by: people.ref(e.actorUserId) })),
      interviews: (interviewsOf.get(a.id) ?? []).map((i) => ({
        ...omit(i, 'networkId', 'citizenId', 'companyId', 'applicationId', 'proposedBy'),
        proposedBy: people.ref(i.proposedBy),
      })),
    })),
    colloqui: bookingRows.map(({ booking: b, slot, sportello }) => ({
      ...omit(b, 'networkId', 'citizenId', 'companyId', 'slotId', 'bookedBy', 'outcomeNotes', 'purpose'),
      kind: slot.kind,
      mode: slot.mode,
      sportello: { id: slot.sportelloId, name: sportello },
      operator: people.ref(slot.operatorId),
      bookedBy: people.ref(b.bookedBy),
    })),
    internships: internshipRows.map(({ internship: i, givenName, familyName, sportello }) => ({
      ...omit(
        i,
        'networkId',
        'citizenId',
        'companyId',
        'sportelloId',
        'promotingTutorId',
        'evaluatedBy',
        'createdBy',
      ),
      trainee: { id: i.citizenId, givenName, familyName },
      sportello: { id: i.sportelloId, name: sportello },
      promotingTutor: people.ref(i.promotingTutorId),
      evaluatedBy: people.ref(i.evaluatedBy),
      createdBy: people.ref(i.createdBy),
      ...internshipDetails(i.id, people.ref),
    })),
    services: {
      contacts: serviceRows.map((c) => ({
        id: c.id,
        contactedOn: c.contactedOn,
        channel: c.channel,
        summary: c.summary,
      })),
      needs: needRows.map(({ need: n, labelIt, labelEn }) => ({
        id: n.id,
        contactId: n.contactId,
        occupation: { uri: n.occupationUri, label: labelIt ?? labelEn },
        headcount: n.headcount,
        neededBy: n.neededBy,
        status: n.status,
        skills: (needSkillsOf.get(n.id) ?? []).map(({ skill, labelIt, labelEn }) => ({
          uri: skill.skillUri,
          label: labelIt ?? labelEn,
        })),
        vacancyIds: (needVacanciesOf.get(n.id) ?? []).map((v) => v.vacancyId),
      })),
    },
    notifications: byMember ? await readNotifications(db, requester.userId) : null,
    accessLog: auditRows.map((a) => accessLogEntry(a, people.ref)),
  } satisfies Record<CompanySection, unknown>;

  return {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    generatedAt: input.now,
    kind: 'COMPANY' as const,
    subject: {
      id: company.id,
      legalName: company.legalName,
      partitaIva: company.partitaIva,
      codiceFiscale: company.codiceFiscale,
      email: company.email,
    },
    controller: {
      network: network.name,
      privacyController: network.privacyController,
      dpoEmail: network.dpoEmail,
    },
    requestedBy: { id: people.ref(requester.userId), role: requester.role },
    withheld: byMember ? [] : OWN_SECTIONS_WITHHELD,
    ...sections,
    people: await people.load(),
  };
}

export type CompanyExport = NonNullable<Awaited<ReturnType<typeof companyExport>>>;
