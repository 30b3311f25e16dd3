import {
  applicationEvents,
  applications,
  appointmentSlots,
  auditLog,
  bookings,
  businessIdeas,
  caseAssignments,
  caseDiaryEntries,
  cases,
  citizenSpecialCategories,
  citizens,
  companies,
  companySites,
  comuni,
  consents,
  coverLetters,
  cvCertifications,
  cvEducation,
  cvExperiences,
  cvLanguages,
  cvSkills,
  cvSoughtOccupations,
  cvs,
  type Db,
  educationTitles,
  escoOccupations,
  escoSkills,
  frontDeskContactCorrections,
  frontDeskContacts,
  groupActivities,
  groupAttendance,
  groupEnrolments,
  groupSessions,
  internshipMonitoringEntries,
  internshipSkills,
  internshipStatusEvents,
  internships,
  interviews,
  jobAlertDeliveries,
  jobAlerts,
  microcreditPartners,
  microcreditReferralEvents,
  microcreditReferrals,
  networks,
  notificationPreferences,
  notifications,
  orientationRecordOccupations,
  orientationRecords,
  outplacementProjects,
  outplacementWorkerEvents,
  outplacementWorkers,
  pattoActions,
  pattoVersions,
  placements,
  programApplications,
  programAttendance,
  programCalls,
  programParticipations,
  programRankingRows,
  programs,
  sportelli,
  trainingEnrolments,
  trainingModules,
  users,
  vacancies,
} from '@sportello/db';
import { and, asc, eq, inArray, like, lte, not, sql } from 'drizzle-orm';
import { accountOf } from './account.js';
import type { CitizenSection } from './coverage.js';
import { accessLogEntry, omit, type Person, peopleCollector } from './people.js';
import type { ExportScope } from './policy.js';

/** Raised with every change of the export's shape; the documented schema says what each version holds. */
export const EXPORT_SCHEMA_VERSION = 1;

export interface Withheld {
  section: string;
  reason: string;
}

export interface Requester {
  userId: string;
  role: Person['role'];
}

const groupBy = <T, K>(rows: readonly T[], key: (row: T) => K) => {
  const map = new Map<K, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
};

const WITHHELD_SPECIAL =
  'Dati di categorie particolari (art. 9 GDPR): li leggono solo la persona e lo sportello che la ha in carico. La persona li scarica completi dal portale dei cittadini.';
const WITHHELD_ORIENTATION =
  'Schede di orientamento, con i vincoli (ore, mezzi, carichi di cura): le leggono solo la persona e lo sportello che la ha in carico.';
const WITHHELD_CASE =
  'Patto di servizio e note condivise di un percorso presso un altro sportello: li leggono solo la persona e quello sportello.';

/**
 * Everything held about one citizen, read table by table (`CITIZEN_SECTIONS`), as the versioned
 * document `export-format.md` describes. It reads the tables directly, unlike other modules:
 * its point is to see each row as it is stored, and the completeness test ties it to the schema.
 * What the requester may not read (`scope`) is withheld and named in `withheld`.
 *
 * The diary's INTERNAL notes and a colloquio's outcome notes are the staff's working notes, which
 * the services never show the citizen: the export holds the case notes shared with the citizen.
 */
export async function citizenExport(
  db: Db,
  input: { citizenId: string; networkId: string; requester: Requester; scope: ExportScope; now: Date },
) {
  const { citizenId, networkId, requester, scope } = input;
  const people = peopleCollector(db);
  const withheld: Withheld[] = [];

  const [row] = await db
    .select()
    .from(citizens)
    .innerJoin(users, eq(users.id, citizens.userId))
    .innerJoin(networks, eq(networks.id, citizens.networkId))
    .where(and(eq(citizens.userId, citizenId), eq(citizens.networkId, networkId)));
  if (!row) return undefined;
  const { citizens: citizen, users: user, networks: network } = row;

  const comuneNames = async (codes: readonly (string | null)[]) => {
    const wanted = [...new Set(codes.filter((c): c is string => c !== null))];
    if (wanted.length === 0) return new Map<string, string>();
    const found = await db
      .select({ code: comuni.istatCode, name: comuni.name })
      .from(comuni)
      .where(inArray(comuni.istatCode, wanted));
    return new Map(found.map((c) => [c.code, c.name]));
  };
  const sportelloNames = async (ids: readonly string[]) => {
    if (ids.length === 0) return new Map<string, string>();
    const found = await db
      .select({ id: sportelli.id, name: sportelli.name })
      .from(sportelli)
      .where(inArray(sportelli.id, [...new Set(ids)]));
    return new Map(found.map((s) => [s.id, s.name]));
  };
  const place = (code: string | null, names: Map<string, string>) =>
    code ? { istatCode: code, name: names.get(code) ?? null } : null;

  // Profile and consents.
  const consentRows = await db
    .select()
    .from(consents)
    .where(eq(consents.citizenId, citizenId))
    .orderBy(asc(consents.grantedAt), asc(consents.id));

  // CV.
  const [cv] = await db.select().from(cvs).where(eq(cvs.citizenId, citizenId));
  const cvSection = cv ? await readCv(db, citizenId, cv) : null;

  // Cover letters.
  const letterRows = await db
    .select()
    .from(coverLetters)
    .where(eq(coverLetters.citizenId, citizenId))
    .orderBy(asc(coverLetters.createdAt), asc(coverLetters.id));

  // Applications, their history and job interviews.
  const applicationRows = await db
    .select({ application: applications, vacancyTitle: vacancies.title, companyName: companies.legalName })
    .from(applications)
    .innerJoin(vacancies, eq(vacancies.id, applications.vacancyId))
    .innerJoin(companies, eq(companies.id, applications.companyId))
    .where(eq(applications.citizenId, citizenId))
    .orderBy(asc(applications.createdAt), asc(applications.id));
  const applicationIds = applicationRows.map((r) => r.application.id);
  const eventRows = applicationIds.length
    ? await db
        .select()
        .from(applicationEvents)
        .where(inArray(applicationEvents.applicationId, applicationIds))
        .orderBy(asc(applicationEvents.at), asc(applicationEvents.id))
    : [];
  const interviewRows = await db
    .select()
    .from(interviews)
    .where(eq(interviews.citizenId, citizenId))
    .orderBy(asc(interviews.startsAt), asc(interviews.id));
  const eventsOf = groupBy(eventRows, (e) => e.applicationId);
  const interviewsOf = groupBy(interviewRows, (i) => i.applicationId);

  // Colloqui with the sportello.
  const bookingRows = await db
    .select({ booking: bookings, slot: appointmentSlots })
    .from(bookings)
    .innerJoin(appointmentSlots, eq(appointmentSlots.id, bookings.slotId))
    .where(eq(bookings.citizenId, citizenId))
    .orderBy(asc(bookings.startsAt), asc(bookings.id));

  // Orientation records.
  const allOrientationRows = await db
    .select()
    .from(orientationRecords)
    .where(eq(orientationRecords.citizenId, citizenId))
    .orderBy(asc(orientationRecords.heldOn), asc(orientationRecords.createdAt));
  const orientationRows = scope.orientation ? allOrientationRows : [];
  const targetRows = orientationRows.length
    ? await db
        .select({
          recordId: orientationRecordOccupations.recordId,
          uri: orientationRecordOccupations.occupationUri,
          position: orientationRecordOccupations.position,
          labelIt: escoOccupations.labelIt,
          labelEn: escoOccupations.labelEn,
        })
        .from(orientationRecordOccupations)
        .innerJoin(escoOccupations, eq(escoOccupations.uri, orientationRecordOccupations.occupationUri))
        .where(
          inArray(
            orientationRecordOccupations.recordId,
            orientationRows.map((r) => r.id),
          ),
        )
        .orderBy(asc(orientationRecordOccupations.position))
    : [];
  const targetsOf = groupBy(targetRows, (t) => t.recordId);
  if (!scope.orientation) withheld.push({ section: 'orientation', reason: WITHHELD_ORIENTATION });

  // Tirocini.
  const internshipRows = await db
    .select({ internship: internships, companyName: companies.legalName, siteAddress: companySites.address })
    .from(internships)
    .innerJoin(companies, eq(companies.id, internships.companyId))
    .leftJoin(companySites, eq(companySites.id, internships.companySiteId))
    .where(eq(internships.citizenId, citizenId))
    .orderBy(asc(internships.startsOn), asc(internships.id));
  const internshipIds = internshipRows.map((r) => r.internship.id);
  const internshipDetails = await readInternshipDetails(db, internshipIds);

  // Training and group activities.
  const trainingRows = await db
    .select({ enrolment: trainingEnrolments, module: trainingModules })
    .from(trainingEnrolments)
    .innerJoin(trainingModules, eq(trainingModules.id, trainingEnrolments.moduleId))
    .where(eq(trainingEnrolments.citizenId, citizenId))
    .orderBy(asc(trainingEnrolments.enrolledAt), asc(trainingEnrolments.id));
  const programRows = await db
    .select({
      application: programApplications,
      call: programCalls,
      program: programs,
      ranking: programRankingRows,
      participation: programParticipations,
    })
    .from(programApplications)
    .innerJoin(programCalls, eq(programCalls.id, programApplications.callId))
    .innerJoin(programs, eq(programs.id, programCalls.programId))
    .leftJoin(programRankingRows, eq(programRankingRows.applicationId, programApplications.id))
    .leftJoin(programParticipations, eq(programParticipations.applicationId, programApplications.id))
    .where(eq(programApplications.citizenId, citizenId))
    .orderBy(asc(programApplications.submittedAt), asc(programApplications.id));
  const participationIds = programRows.flatMap((r) => (r.participation ? [r.participation.id] : []));
  const programAttendanceRows = participationIds.length
    ? await db
        .select()
        .from(programAttendance)
        .where(inArray(programAttendance.participationId, participationIds))
        .orderBy(asc(programAttendance.day))
    : [];
  // Self-employment: business ideas, their microcredit referrals and each referral's history.
  const ideaRows = await db
    .select()
    .from(businessIdeas)
    .where(eq(businessIdeas.citizenId, citizenId))
    .orderBy(asc(businessIdeas.createdAt), asc(businessIdeas.id));
  const referralRows = ideaRows.length
    ? await db
        .select({ referral: microcreditReferrals, partner: microcreditPartners })
        .from(microcreditReferrals)
        .innerJoin(microcreditPartners, eq(microcreditPartners.id, microcreditReferrals.partnerId))
        .where(
          inArray(
            microcreditReferrals.ideaId,
            ideaRows.map((i) => i.id),
          ),
        )
        .orderBy(asc(microcreditReferrals.createdAt), asc(microcreditReferrals.id))
    : [];
  const referralEventRows = referralRows.length
    ? await db
        .select()
        .from(microcreditReferralEvents)
        .where(
          inArray(
            microcreditReferralEvents.referralId,
            referralRows.map((r) => r.referral.id),
          ),
        )
        .orderBy(asc(microcreditReferralEvents.at), asc(microcreditReferralEvents.id))
    : [];
  // Outplacement: the projects the citizen is a worker of, with the statuses recorded.
  const outplacementRows = await db
    .select({ worker: outplacementWorkers, project: outplacementProjects })
    .from(outplacementWorkers)
    .innerJoin(outplacementProjects, eq(outplacementProjects.id, outplacementWorkers.projectId))
    .where(eq(outplacementWorkers.citizenId, citizenId))
    .orderBy(asc(outplacementWorkers.addedAt), asc(outplacementWorkers.id));
  const outplacementEventRows = outplacementRows.length
    ? await db
        .select()
        .from(outplacementWorkerEvents)
        .where(
          inArray(
            outplacementWorkerEvents.workerId,
            outplacementRows.map((r) => r.worker.id),
          ),
        )
        .orderBy(asc(outplacementWorkerEvents.at), asc(outplacementWorkerEvents.id))
    : [];
  const groupRows = await db
    .select({ enrolment: groupEnrolments, activity: groupActivities })
    .from(groupEnrolments)
    .innerJoin(groupActivities, eq(groupActivities.id, groupEnrolments.activityId))
    .where(eq(groupEnrolments.citizenId, citizenId))
    .orderBy(asc(groupEnrolments.enrolledAt), asc(groupEnrolments.id));
  const attendanceRows = groupRows.length
    ? await db
        .select({ attendance: groupAttendance, session: groupSessions })
        .from(groupAttendance)
        .innerJoin(groupSessions, eq(groupSessions.id, groupAttendance.sessionId))
        .where(
          inArray(
            groupAttendance.enrolmentId,
            groupRows.map((r) => r.enrolment.id),
          ),
        )
        .orderBy(asc(groupSessions.startsAt), asc(groupAttendance.recordedAt))
    : [];
  const attendanceOf = groupBy(attendanceRows, (a) => a.attendance.enrolmentId);

  // Presa in carico, cases, patto, shared diary.
  const assignmentRows = await db
    .select()
    .from(caseAssignments)
    .where(eq(caseAssignments.citizenId, citizenId))
    .orderBy(asc(caseAssignments.startedAt), asc(caseAssignments.id));
  const caseRows = await db
    .select()
    .from(cases)
    .where(eq(cases.citizenId, citizenId))
    .orderBy(asc(cases.openedAt), asc(cases.id));
  const readableCases = caseRows.filter((c) => scope.caseFile(c));
  if (readableCases.length < caseRows.length) withheld.push({ section: 'caseFile', reason: WITHHELD_CASE });
  const readableCaseIds = readableCases.map((c) => c.id);
  const [versionRows, actionRows, diaryRows] = readableCaseIds.length
    ? await Promise.all([
        db
          .select()
          .from(pattoVersions)
          .where(inArray(pattoVersions.caseId, readableCaseIds))
          .orderBy(asc(pattoVersions.version)),
        db
          .select()
          .from(pattoActions)
          .where(inArray(pattoActions.caseId, readableCaseIds))
          .orderBy(asc(pattoActions.position)),
        db
          .select()
          .from(caseDiaryEntries)
          .where(
            and(inArray(caseDiaryEntries.caseId, readableCaseIds), eq(caseDiaryEntries.visibility, 'SHARED')),
          )
          .orderBy(asc(caseDiaryEntries.occurredOn), asc(caseDiaryEntries.createdAt)),
      ])
    : [[], [], []];
  const versionsOf = groupBy(versionRows, (v) => v.caseId);
  const actionsOf = groupBy(actionRows, (a) => a.versionId);
  const diaryOf = groupBy(diaryRows, (d) => d.caseId);

  // Placements, front desk, notifications, job alert.
  const placementRows = await db
    .select()
    .from(placements)
    .where(eq(placements.citizenId, citizenId))
    .orderBy(asc(placements.startsOn), asc(placements.id));
  const contactRows = await db
    .select({ contact: frontDeskContacts, correction: frontDeskContactCorrections })
    .from(frontDeskContacts)
    .leftJoin(frontDeskContactCorrections, eq(frontDeskContactCorrections.contactId, frontDeskContacts.id))
    .where(eq(frontDeskContacts.citizenId, citizenId))
    .orderBy(asc(frontDeskContacts.contactedOn), asc(frontDeskContacts.createdAt));
  const notificationSection = await readNotifications(db, citizenId);
  const [alert] = await db.select().from(jobAlerts).where(eq(jobAlerts.citizenId, citizenId));
  const deliveryRows = alert
    ? await db
        .select({
          vacancyId: jobAlertDeliveries.vacancyId,
          title: vacancies.title,
          sentAt: jobAlertDeliveries.sentAt,
        })
        .from(jobAlertDeliveries)
        .innerJoin(vacancies, eq(vacancies.id, jobAlertDeliveries.vacancyId))
        .where(eq(jobAlertDeliveries.alertId, alert.id))
        .orderBy(asc(jobAlertDeliveries.sentAt), asc(jobAlertDeliveries.vacancyId))
    : [];

  // Special-category data and the audit of who read it (and of every other audited act on the citizen's records).
  let specialCategories:
    | (Omit<typeof citizenSpecialCategories.$inferSelect, 'citizenId' | 'networkId' | 'declaredBy'> & {
        declaredBy: string | null;
      })
    | null = null;
  if (scope.specialCategories) {
    const [special] = await db
      .select()
      .from(citizenSpecialCategories)
      .where(eq(citizenSpecialCategories.citizenId, citizenId));
    specialCategories = special
      ? {
          ...omit(special, 'citizenId', 'networkId', 'declaredBy'),
          declaredBy: people.ref(special.declaredBy),
        }
      : null;
  } else {
    withheld.push({ section: 'specialCategories', reason: WITHHELD_SPECIAL });
  }
  const subjectIds = [
    citizenId,
    ...caseRows.map((c) => c.id),
    ...letterRows.map((l) => l.id),
    ...internshipIds,
    ...trainingRows.map((r) => r.enrolment.id),
    ...groupRows.map((r) => r.enrolment.id),
    ...programRows.map((r) => r.application.id),
    ...participationIds,
    ...ideaRows.map((i) => i.id),
    ...placementRows.map((p) => p.id),
    ...contactRows.map((r) => r.contact.id),
    ...orientationRows.map((r) => r.id),
  ];
  const auditRows = await db
    .select()
    .from(auditLog)
    .where(
      and(
        inArray(auditLog.subjectId, subjectIds),
        scope.specialCategories ? undefined : not(like(auditLog.action, 'special_categories.%')),
      ),
    )
    .orderBy(asc(auditLog.at), asc(auditLog.id));

  const sportelloIds = [
    ...bookingRows.map((r) => r.slot.sportelloId),
    ...orientationRows.map((r) => r.sportelloId),
    ...internshipRows.map((r) => r.internship.sportelloId),
    ...trainingRows.map((r) => r.module.sportelloId),
    ...groupRows.map((r) => r.activity.sportelloId),
    ...assignmentRows.map((r) => r.sportelloId),
    ...caseRows.map((r) => r.sportelloId),
    ...contactRows.map((r) => r.contact.sportelloId),
    ...outplacementRows.map((r) => r.project.sportelloId),
  ];
  const sportelloName = await sportelloNames(sportelloIds);
  const sportello = (id: string) => ({ id, name: sportelloName.get(id) ?? null });
  const comuneName = await comuneNames([
    citizen.residenceComuneCode,
    citizen.domicileComuneCode,
    ...contactRows.map((r) => r.contact.comuneCode),
    ...trainingRows.map((r) => r.module.comuneCode),
    ...ideaRows.map((i) => i.comuneCode),
    ...outplacementRows.map((r) => r.project.comuneCode),
  ]);

  const sections = {
    account: await accountOf(db, user),
    profile: {
      ...omit(citizen, 'userId', 'networkId', 'registeredBy', 'residenceComuneCode', 'domicileComuneCode'),
      residenceComune: place(citizen.residenceComuneCode, comuneName),
      domicileComune: place(citizen.domicileComuneCode, comuneName),
      registeredBy: people.ref(citizen.registeredBy),
    },
    consents: consentRows.map((c) => omit(c, 'networkId', 'citizenId')),
    cv: cvSection,
    coverLetters: letterRows.map((l) => ({
      ...omit(l, 'networkId', 'citizenId', 'lastEditedBy'),
      lastEditedBy: people.ref(l.lastEditedBy),
    })),
    applications: applicationRows.map(({ application: a, vacancyTitle, companyName }) => ({
      ...omit(a, 'networkId', 'citizenId', 'vacancyId', 'companyId', 'proposedBy'),
      vacancy: { id: a.vacancyId, title: vacancyTitle },
      company: { id: a.companyId, name: companyName },
      proposedBy: people.ref(a.proposedBy),
      history: (eventsOf.get(a.id) ?? []).map((e) => ({
        ...omit(e, 'applicationId', 'actorUserId'),
        by: people.ref(e.actorUserId),
      })),
      interviews: (interviewsOf.get(a.id) ?? []).map((i) => ({
        ...omit(i, 'networkId', 'citizenId', 'companyId', 'applicationId', 'proposedBy'),
        proposedBy: people.ref(i.proposedBy),
      })),
    })),
    colloqui: bookingRows.map(({ booking: b, slot }) => ({
      ...omit(b, 'networkId', 'citizenId', 'companyId', 'slotId', 'bookedBy', 'outcomeNotes'),
      kind: slot.kind,
      mode: slot.mode,
      sportello: sportello(slot.sportelloId),
      operator: people.ref(slot.operatorId),
      bookedBy: people.ref(b.bookedBy),
    })),
    orientation: orientationRows.map((r) => ({
      ...omit(r, 'networkId', 'citizenId', 'sportelloId', 'writtenBy'),
      sportello: sportello(r.sportelloId),
      writtenBy: people.ref(r.writtenBy),
      targetOccupations: (targetsOf.get(r.id) ?? []).map((t) => ({
        uri: t.uri,
        label: t.labelIt ?? t.labelEn,
      })),
    })),
    internships: internshipRows.map(({ internship: i, companyName, siteAddress }) => ({
      ...omit(
        i,
        'networkId',
        'citizenId',
        'companyId',
        'companySiteId',
        'sportelloId',
        'promotingTutorId',
        'evaluatedBy',
        'createdBy',
      ),
      company: { id: i.companyId, name: companyName, siteAddress },
      sportello: sportello(i.sportelloId),
      promotingTutor: people.ref(i.promotingTutorId),
      evaluatedBy: people.ref(i.evaluatedBy),
      createdBy: people.ref(i.createdBy),
      ...internshipDetails(i.id, people.ref),
    })),
    training: trainingRows.map(({ enrolment: e, module: m }) => ({
      ...omit(e, 'networkId', 'citizenId', 'moduleId', 'enrolledBy', 'completedBy'),
      module: {
        id: m.id,
        title: m.title,
        provider: m.provider,
        hours: m.hours,
        startsOn: m.startsOn,
        endsOn: m.endsOn,
        mode: m.mode,
        comune: place(m.comuneCode, comuneName),
        sportello: sportello(m.sportelloId),
      },
      enrolledBy: people.ref(e.enrolledBy),
      completedBy: people.ref(e.completedBy),
    })),
    programs: programRows.map(({ application: a, call, program, ranking, participation: p }) => ({
      ...omit(a, 'networkId', 'citizenId', 'callId', 'submittedBy'),
      call: {
        id: call.id,
        title: call.title,
        opensOn: call.opensOn,
        closesOn: call.closesOn,
        hourlyRateCents: call.hourlyRateCents,
        program: { id: program.id, kind: program.kind, title: program.title },
      },
      submittedBy: people.ref(a.submittedBy),
      ranking: ranking ? { position: ranking.position, score: ranking.score } : null,
      participation: p
        ? {
            ...omit(p, 'networkId', 'citizenId', 'callId', 'applicationId', 'admittedBy'),
            admittedBy: people.ref(p.admittedBy),
            attendance: programAttendanceRows
              .filter((d) => d.participationId === p.id)
              .map((d) => ({ day: d.day, hours: d.hours, recordedBy: people.ref(d.recordedBy) })),
          }
        : null,
    })),
    selfEmployment: ideaRows.map((i) => ({
      ...omit(i, 'networkId', 'citizenId', 'comuneCode', 'submittedBy'),
      comune: place(i.comuneCode, comuneName),
      submittedBy: people.ref(i.submittedBy),
      referrals: referralRows
        .filter((r) => r.referral.ideaId === i.id)
        .map(({ referral: r, partner }) => ({
          ...omit(r, 'networkId', 'ideaId', 'partnerId', 'createdBy'),
          partner: { id: partner.id, name: partner.name },
          createdBy: people.ref(r.createdBy),
          history: referralEventRows
            .filter((e) => e.referralId === r.id)
            .map((e) => ({
              ...omit(e, 'networkId', 'referralId', 'byUserId'),
              by: people.ref(e.byUserId),
            })),
        })),
    })),
    outplacement: outplacementRows.map(({ worker: w, project: p }) => ({
      ...omit(w, 'networkId', 'projectId', 'citizenId', 'addedBy'),
      project: {
        id: p.id,
        companyName: p.companyName,
        partitaIva: p.partitaIva,
        comune: place(p.comuneCode, comuneName),
        reason: p.reason,
        startsOn: p.startsOn,
        endsOn: p.endsOn,
        sportello: sportello(p.sportelloId),
      },
      addedBy: people.ref(w.addedBy),
      history: outplacementEventRows
        .filter((e) => e.workerId === w.id)
        .map((e) => ({ ...omit(e, 'networkId', 'workerId', 'byUserId'), by: people.ref(e.byUserId) })),
    })),
    groupActivities: groupRows.map(({ enrolment: e, activity: a }) => ({
      ...omit(e, 'networkId', 'citizenId', 'activityId', 'enrolledBy'),
      activity: { id: a.id, kind: a.kind, title: a.title, sportello: sportello(a.sportelloId) },
      enrolledBy: people.ref(e.enrolledBy),
      attendance: (attendanceOf.get(e.id) ?? []).map(({ attendance: r, session: s }) => ({
        id: r.id,
        session: { id: s.id, startsAt: s.startsAt, endsAt: s.endsAt, topic: s.topic },
        status: r.status,
        recordedAt: r.recordedAt,
        recordedBy: people.ref(r.recordedBy),
      })),
    })),
    caseFile: {
      assignments: assignmentRows.map((a) => ({
        ...omit(a, 'networkId', 'citizenId', 'sportelloId', 'takenBy'),
        sportello: sportello(a.sportelloId),
        takenBy: people.ref(a.takenBy),
      })),
      cases: caseRows.map((c) => {
        const readable = scope.caseFile(c);
        return {
          ...omit(c, 'networkId', 'citizenId', 'sportelloId', 'takenBy', 'closedBy', 'pattoVersionId'),
          sportello: sportello(c.sportelloId),
          takenBy: people.ref(c.takenBy),
          closedBy: people.ref(c.closedBy),
          currentPattoVersionId: c.pattoVersionId,
          withheld: !readable,
          pattoVersions: (versionsOf.get(c.id) ?? []).map((v) => ({
            ...omit(v, 'networkId', 'caseId', 'createdBy', 'acceptanceRecordedBy'),
            createdBy: people.ref(v.createdBy),
            acceptanceRecordedBy: people.ref(v.acceptanceRecordedBy),
            actions: (actionsOf.get(v.id) ?? []).map((a) => ({
              ...omit(a, 'versionId', 'caseId', 'statusChangedBy'),
              statusChangedBy: people.ref(a.statusChangedBy),
            })),
          })),
          sharedDiary: (diaryOf.get(c.id) ?? []).map((d) => ({
            ...omit(d, 'networkId', 'caseId', 'sportelloId', 'authorId', 'visibility'),
            author: people.ref(d.authorId),
          })),
        };
      }),
    },
    placements: placementRows.map((p) => ({
      ...omit(p, 'networkId', 'citizenId', 'recordedBy', 'verifiedBy'),
      recordedBy: people.ref(p.recordedBy),
      verifiedBy: people.ref(p.verifiedBy),
    })),
    frontDesk: contactRows.map(({ contact: c, correction }) => ({
      ...omit(c, 'networkId', 'citizenId', 'sportelloId', 'recordedBy', 'comuneCode'),
      sportello: sportello(c.sportelloId),
      comune: place(c.comuneCode, comuneName),
      recordedBy: people.ref(c.recordedBy),
      enteredInError: correction
        ? { markedAt: correction.markedAt, markedBy: people.ref(correction.markedBy) }
        : null,
    })),
    notifications: notificationSection,
    jobAlert: alert
      ? {
          ...omit(alert, 'networkId', 'citizenId'),
          deliveries: deliveryRows,
        }
      : null,
    specialCategories,
    accessLog: auditRows.map((a) => accessLogEntry(a, people.ref)),
  } satisfies Record<CitizenSection, unknown>;

  return {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    generatedAt: input.now,
    kind: 'CITIZEN' as const,
    subject: {
      id: citizen.userId,
      givenName: user.givenName,
      familyName: user.familyName,
      email: user.email,
      codiceFiscale: citizen.codiceFiscale,
    },
    controller: {
      network: network.name,
      privacyController: network.privacyController,
      dpoEmail: network.dpoEmail,
    },
    requestedBy: { id: people.ref(requester.userId), role: requester.role },
    withheld,
    ...sections,
    people: await people.load(),
  };
}

export type CitizenExport = NonNullable<Awaited<ReturnType<typeof citizenExport>>>;

async function readCv(db: Db, citizenId: string, cv: typeof cvs.$inferSelect) {
  const [sought, experiences, education, languages, certifications, skills] = await Promise.all([
    db
      .select({
        uri: cvSoughtOccupations.occupationUri,
        position: cvSoughtOccupations.position,
        labelIt: escoOccupations.labelIt,
        labelEn: escoOccupations.labelEn,
      })
      .from(cvSoughtOccupations)
      .innerJoin(escoOccupations, eq(escoOccupations.uri, cvSoughtOccupations.occupationUri))
      .where(eq(cvSoughtOccupations.citizenId, citizenId))
      .orderBy(asc(cvSoughtOccupations.position)),
    db
      .select({ experience: cvExperiences, comune: comuni.name })
      .from(cvExperiences)
      .leftJoin(comuni, eq(comuni.istatCode, cvExperiences.comuneCode))
      .where(eq(cvExperiences.citizenId, citizenId))
      .orderBy(asc(cvExperiences.position)),
    db
      .select({ education: cvEducation, title: educationTitles.labelIt, eqfLevel: educationTitles.eqfLevel })
      .from(cvEducation)
      .innerJoin(educationTitles, eq(educationTitles.code, cvEducation.titleCode))
      .where(eq(cvEducation.citizenId, citizenId))
      .orderBy(asc(cvEducation.position)),
    db
      .select()
      .from(cvLanguages)
      .where(eq(cvLanguages.citizenId, citizenId))
      .orderBy(asc(cvLanguages.languageCode)),
    db
      .select()
      .from(cvCertifications)
      .where(eq(cvCertifications.citizenId, citizenId))
      .orderBy(asc(cvCertifications.position)),
    db
      .select({ skill: cvSkills, labelIt: escoSkills.labelIt, labelEn: escoSkills.labelEn })
      .from(cvSkills)
      .innerJoin(escoSkills, eq(escoSkills.uri, cvSkills.skillUri))
      .where(eq(cvSkills.citizenId, citizenId))
      .orderBy(asc(cvSkills.position)),
  ]);
  return {
    ...omit(cv, 'citizenId', 'networkId'),
    soughtOccupations: sought.map((s) => ({
      uri: s.uri,
      label: s.labelIt ?? s.labelEn,
      position: s.position,
    })),
    experiences: experiences.map(({ experience, comune }) => ({
      ...omit(experience, 'citizenId'),
      comuneName: comune,
    })),
    education: education.map(({ education: e, title, eqfLevel }) => ({
      ...omit(e, 'citizenId'),
      title,
      eqfLevel,
    })),
    languages: languages.map((l) => omit(l, 'citizenId')),
    certifications: certifications.map((c) => omit(c, 'citizenId')),
    skills: skills.map(({ skill, labelIt, labelEn }) => ({
      ...omit(skill, 'citizenId'),
      label: labelIt ?? labelEn,
    })),
  };
}

/** Skills, history and monitoring of tirocini, shared by the citizen's and the company's exports. */
export async function readInternshipDetails(db: Db, internshipIds: readonly string[]) {
  const ids = [...internshipIds];
  const [skills, events, monitoring] = ids.length
    ? await Promise.all([
        db
          .select({ skill: internshipSkills, labelIt: escoSkills.labelIt, labelEn: escoSkills.labelEn })
          .from(internshipSkills)
          .innerJoin(escoSkills, eq(escoSkills.uri, internshipSkills.skillUri))
          .where(inArray(internshipSkills.internshipId, ids))
          .orderBy(asc(internshipSkills.kind), asc(internshipSkills.skillUri)),
        db
          .select()
          .from(internshipStatusEvents)
          .where(inArray(internshipStatusEvents.internshipId, ids))
          .orderBy(asc(internshipStatusEvents.at), asc(internshipStatusEvents.id)),
        db
          .select()
          .from(internshipMonitoringEntries)
          .where(inArray(internshipMonitoringEntries.internshipId, ids))
          .orderBy(
            asc(internshipMonitoringEntries.periodStartsOn),
            asc(internshipMonitoringEntries.createdAt),
          ),
      ])
    : [[], [], []];
  const skillsOf = groupBy(skills, (s) => s.skill.internshipId);
  const eventsOf = groupBy(events, (e) => e.internshipId);
  const monitoringOf = groupBy(monitoring, (m) => m.internshipId);
  return (id: string, ref: (userId: string | null) => string | null) => ({
    skills: (skillsOf.get(id) ?? []).map(({ skill, labelIt, labelEn }) => ({
      uri: skill.skillUri,
      label: labelIt ?? labelEn,
      kind: skill.kind,
      level: skill.level,
    })),
    history: (eventsOf.get(id) ?? []).map((e) => ({
      ...omit(e, 'internshipId', 'actorUserId'),
      by: ref(e.actorUserId),
    })),
    monitoring: (monitoringOf.get(id) ?? []).map((m) => ({
      ...omit(m, 'internshipId', 'authorUserId'),
      author: ref(m.authorUserId),
    })),
  });
}

/** A user's notifications and their email choices per kind. */
export async function readNotifications(db: Db, userId: string) {
  const [received, preferences] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, userId), lte(notifications.createdAt, sql`now()`)))
      .orderBy(asc(notifications.createdAt), asc(notifications.id)),
    db
      .select({ kind: notificationPreferences.kind, email: notificationPreferences.email })
      .from(notificationPreferences)
      .where(eq(notificationPreferences.userId, userId))
      .orderBy(asc(notificationPreferences.kind)),
  ]);
  return {
    received: received.map((n) => omit(n, 'networkId', 'userId')),
    emailPreferences: preferences,
  };
}
