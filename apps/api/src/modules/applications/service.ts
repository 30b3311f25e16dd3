import {
  applicationEvents,
  applications,
  citizenSpecialCategories,
  consents,
  type Db,
  type Tx,
  users,
} from '@sportello/db';
import { and, asc, count, desc, eq, getTableColumns, gt, inArray, isNull, lte, sql } from 'drizzle-orm';
import { UserErrors, userError } from '../../lib/errors.js';
import { groupByKey } from '../../lib/group-by.js';
import type { Page } from '../../lib/pagination.js';
import {
  type PlannedRead,
  plannedPage,
  plannedStatement,
  plannedTotal,
} from '../../lib/sql-planner/index.js';
import { isUuid, optionalText, violatedConstraint } from '../../lib/validation.js';
import { recordAudit } from '../audit/service.js';
import { announceApplicationReceived } from '../live/announcements.js';
import {
  applicationReceived,
  applicationStatusChanged,
  candidateProposed,
  proposalAnswered,
} from '../notifications/messages.js';
import type { Notify } from '../notifications/service.js';
import type { PlacementService } from '../placements/service.js';
import type { Vacancy } from '../vacancies/service.js';
import { recordWebhookEvent } from '../webhooks/events.js';

export type Application = typeof applications.$inferSelect;
export type ApplicationEvent = typeof applicationEvents.$inferSelect & { actorKind: string };
export type ApplicationStatus = Application['status'];

/** The pipeline a company moves an application along. */
const COMPANY_TRANSITIONS: Partial<Record<ApplicationStatus, ApplicationStatus[]>> = {
  APPLIED: ['SHORTLISTED', 'REJECTED'],
  SHORTLISTED: ['INTERVIEW', 'REJECTED'],
  INTERVIEW: ['OFFER', 'REJECTED'],
  OFFER: ['HIRED', 'REJECTED'],
};
const WITHDRAWABLE: ApplicationStatus[] = ['PROPOSED', 'APPLIED', 'SHORTLISTED', 'INTERVIEW', 'OFFER'];

/**
 * Where an operator's proposal stands: accepted once the candidate disclosed themself (even if they
 * withdrew later), declined when withdrawn before that; null for applications the citizen made.
 */
export function proposalStatus(
  application: Pick<Application, 'proposedBy' | 'status' | 'disclosedAt'>,
): 'PENDING' | 'ACCEPTED' | 'DECLINED' | null {
  if (!application.proposedBy) return null;
  if (application.disclosedAt) return 'ACCEPTED';
  return application.status === 'PROPOSED' ? 'PENDING' : 'DECLINED';
}

/** Refuses any change to a pseudonymised candidature; `field` names it in the operation's input. */
export const archived = (field: string) =>
  userError(
    field,
    'PSEUDONYMISED',
    'La candidatura è archiviata: finito il periodo di conservazione dei dati, non si può più modificare.',
  );
const NOT_OPEN = userError('vacancyId', 'VACANCY_NOT_OPEN', "L'offerta non è più aperta alle candidature.");
const ALREADY_APPLIED = userError('vacancyId', 'ALREADY_APPLIED', 'Ti sei già candidato a questa offerta.');
const RESERVED = userError(
  'vacancyId',
  'RESERVED_LAW_68',
  "L'offerta è riservata alle persone iscritte al collocamento mirato (legge 68/1999).",
);

export function createApplicationService(db: Db, placements: PlacementService, notify: Notify) {
  async function addEvent(
    tx: Db | Tx,
    applicationId: string,
    from: ApplicationStatus | null,
    to: ApplicationStatus,
    actorUserId: string,
    reason?: string | null,
  ) {
    await tx
      .insert(applicationEvents)
      .values({ applicationId, fromStatus: from, toStatus: to, actorUserId, reason: reason?.trim() || null });
  }

  /** Law 68/1999 reservations: an eligibility check the system makes, recorded like any other read. */
  async function checkReservation(
    tx: Db | Tx,
    vacancy: Vacancy,
    citizenId: string,
    actorUserId: string,
  ): Promise<boolean> {
    if (!vacancy.law68Reserved) return true;
    const [row] = await tx
      .select({ eligible: citizenSpecialCategories.law68Disability })
      .from(citizenSpecialCategories)
      .where(eq(citizenSpecialCategories.citizenId, citizenId));
    await recordAudit(tx, {
      networkId: vacancy.networkId,
      actorUserId,
      action: 'special_categories.eligibility_check',
      subjectType: 'citizen',
      subjectId: citizenId,
      reason: `Offerta riservata L. 68/1999 ${vacancy.id}`,
    });
    return row?.eligible === true;
  }

  /** A status change that applies only from the expected status: of concurrent changes one wins. */
  async function transition(
    tx: Tx,
    application: Application,
    to: ApplicationStatus,
    actorUserId: string,
    reason: string | null | undefined,
    extra: Partial<Application> = {},
  ): Promise<Application> {
    const [updated] = await tx
      .update(applications)
      .set({ status: to, updatedAt: new Date(), ...extra })
      .where(and(eq(applications.id, application.id), eq(applications.status, application.status)))
      .returning();
    if (!updated)
      throw new UserErrors([
        userError('id', 'STALE', 'La candidatura è stata appena modificata: ricarica la pagina.'),
      ]);
    await addEvent(tx, application.id, application.status, to, actorUserId, reason);
    await recordWebhookEvent(tx, updated.networkId, 'APPLICATION_STATUS_CHANGED', {
      applicationId: updated.id,
      vacancyId: updated.vacancyId,
      from: application.status,
      to,
    });
    return updated;
  }

  return {
    async byId(id: string): Promise<Application | undefined> {
      if (!isUuid(id)) return undefined;
      const [row] = await db.select().from(applications).where(eq(applications.id, id));
      return row;
    },

    /** The applications and proposals of these citizens for one vacancy. */
    async ofVacancyByCitizens(vacancyId: string, citizenIds: readonly string[]): Promise<Application[]> {
      if (citizenIds.length === 0) return [];
      return db
        .select()
        .from(applications)
        .where(and(eq(applications.vacancyId, vacancyId), inArray(applications.citizenId, [...citizenIds])));
    },

    async byIds(ids: readonly string[]): Promise<Application[]> {
      const valid = ids.filter(isUuid);
      if (valid.length === 0) return [];
      return db.select().from(applications).where(inArray(applications.id, valid));
    },

    /** A page of the citizen's candidatures as planned, with the count when asked for, in one statement. */
    async listForCitizen(
      citizenId: string,
      status: ApplicationStatus | null | undefined,
      page: Page,
      planned: PlannedRead<Application>,
    ) {
      const statements = plannedStatement(db, planned, `citizen:${status}`, () => {
        const condition = and(
          eq(applications.citizenId, sql.placeholder('citizen')),
          status ? eq(applications.status, status) : undefined,
        );
        const counted = db.select({ n: count() }).from(applications).where(condition);
        return {
          page: db
            .select({ doc: planned.document, total: plannedTotal(planned, counted) })
            .from(applications)
            .where(condition)
            .orderBy(desc(applications.updatedAt), desc(applications.id))
            .limit(sql.placeholder('rows'))
            .offset(sql.placeholder('offset'))
            .prepare('planned_applications'),
          count: counted.prepare('planned_applications_count'),
        };
      });
      return plannedPage(planned, page, statements, { citizen: citizenId });
    },

    /** One page of applications for each of many vacancies, in two statements whatever their number. */
    async pagesForVacancies(
      vacancyIds: readonly string[],
      status: ApplicationStatus | null | undefined,
      page: Page,
    ) {
      const ids = [...vacancyIds];
      const where = and(
        inArray(applications.vacancyId, ids),
        status ? eq(applications.status, status) : undefined,
      );
      const rank = sql<number>`row_number() over (partition by ${applications.vacancyId} order by ${applications.updatedAt} desc, ${applications.id} desc)`;
      const ranked = db
        .select({ ...getTableColumns(applications), rank: rank.as('rank') })
        .from(applications)
        .where(where)
        .as('ranked');
      const [rows, totals] = await Promise.all([
        ids.length
          ? db
              .select()
              .from(ranked)
              .where(and(gt(ranked.rank, page.offset), lte(ranked.rank, page.offset + page.limit + 1)))
          : [],
        ids.length
          ? db
              .select({ vacancyId: applications.vacancyId, n: count() })
              .from(applications)
              .where(where)
              .groupBy(applications.vacancyId)
          : [],
      ]);
      const pages = new Map(ids.map((id) => [id, { rows: [] as Application[], total: 0 }]));
      for (const { rank: _rank, ...application } of rows.sort((a, b) => Number(a.rank) - Number(b.rank))) {
        pages.get(application.vacancyId)?.rows.push(application);
      }
      for (const total of totals) {
        const entry = pages.get(total.vacancyId);
        if (entry) entry.total = total.n;
      }
      return pages;
    },

    /** The history of each application, oldest first, with the kind of user who acted. */
    async histories(applicationIds: readonly string[]): Promise<Map<string, ApplicationEvent[]>> {
      const rows = applicationIds.length
        ? await db
            .select({
              event: applicationEvents,
              actorKind: sql<string>`coalesce(${users.kind}::text, 'SYSTEM')`,
            })
            .from(applicationEvents)
            .leftJoin(users, eq(users.id, applicationEvents.actorUserId))
            .where(inArray(applicationEvents.applicationId, [...applicationIds]))
            .orderBy(asc(applicationEvents.at), asc(applicationEvents.id))
        : [];
      return groupByKey(
        applicationIds,
        rows.map(({ event, actorKind }) => ({ ...event, actorKind })),
        (event) => event.applicationId,
      );
    },

    async apply(
      vacancy: Vacancy,
      citizenId: string,
      coverLetter: string | null | undefined,
      open: boolean,
      /** The saved letter `coverLetter` was copied from. */
      coverLetterId: string | null = null,
    ): Promise<Application> {
      const errors = optionalText('coverLetter', coverLetter, 5000);
      if (!open) errors.push(NOT_OPEN);
      if (errors.length) throw new UserErrors(errors);
      return db
        .transaction(async (tx) => {
          if (!(await checkReservation(tx, vacancy, citizenId, citizenId))) throw new UserErrors([RESERVED]);
          const [existing] = await tx
            .select()
            .from(applications)
            .where(and(eq(applications.vacancyId, vacancy.id), eq(applications.citizenId, citizenId)))
            .for('update');
          if (existing?.status === 'PROPOSED') {
            // Applying to a vacancy one was proposed for accepts the proposal.
            const accepted = await transition(tx, existing, 'APPLIED', citizenId, null, {
              disclosedAt: new Date(),
              coverLetter: coverLetter?.trim() || null,
              coverLetterId,
            });
            await notify(tx, await proposalAnswered(tx, accepted, true));
            await announceApplicationReceived(tx, accepted);
            return accepted;
          }
          if (existing) throw new UserErrors([ALREADY_APPLIED]);
          const [created] = await tx
            .insert(applications)
            .values({
              networkId: vacancy.networkId,
              vacancyId: vacancy.id,
              companyId: vacancy.companyId,
              citizenId,
              status: 'APPLIED',
              coverLetter: coverLetter?.trim() || null,
              coverLetterId,
              disclosedAt: new Date(),
            })
            .returning();
          await addEvent(tx, created!.id, null, 'APPLIED', citizenId);
          await notify(tx, await applicationReceived(tx, created!));
          await announceApplicationReceived(tx, created!);
          return created!;
        })
        .catch((error) => {
          if (violatedConstraint(error) === 'applications_vacancy_citizen_idx') {
            throw new UserErrors([ALREADY_APPLIED]);
          }
          throw error;
        });
    },

    async propose(
      vacancy: Vacancy,
      citizen: { userId: string },
      operatorId: string,
      note: string | null | undefined,
      open: boolean,
    ) {
      const errors = optionalText('note', note, 2000);
      if (!open) errors.push(NOT_OPEN);
      const [consent] = await db
        .select({ id: consents.id })
        .from(consents)
        .where(
          and(
            eq(consents.citizenId, citizen.userId),
            eq(consents.purpose, 'CV_SHARING'),
            isNull(consents.withdrawnAt),
          ),
        );
      if (!consent) {
        errors.push(
          userError(
            'citizenId',
            'CONSENT_MISSING',
            'La persona non ha dato il consenso alla condivisione del CV con le aziende.',
          ),
        );
      }
      if (errors.length) throw new UserErrors(errors);
      try {
        return await db.transaction(async (tx) => {
          if (!(await checkReservation(tx, vacancy, citizen.userId, operatorId)))
            throw new UserErrors([{ ...RESERVED, field: 'citizenId' }]);
          const [created] = await tx
            .insert(applications)
            .values({
              networkId: vacancy.networkId,
              vacancyId: vacancy.id,
              companyId: vacancy.companyId,
              citizenId: citizen.userId,
              status: 'PROPOSED',
              proposedBy: operatorId,
              proposalNote: note?.trim() || null,
            })
            .returning();
          await addEvent(tx, created!.id, null, 'PROPOSED', operatorId, note);
          await notify(tx, await candidateProposed(tx, created!));
          return created!;
        });
      } catch (error) {
        if (violatedConstraint(error) !== 'applications_vacancy_citizen_idx') throw error;
        throw new UserErrors([
          userError(
            'citizenId',
            'ALREADY_CANDIDATE',
            'La persona è già candidata o proposta per questa offerta.',
          ),
        ]);
      }
    },

    accept: (application: Application, citizenId: string) =>
      db.transaction(async (tx) => {
        if (application.status !== 'PROPOSED') {
          throw new UserErrors([
            userError('id', 'NOT_PROPOSED', 'Questa non è una proposta in attesa di risposta.'),
          ]);
        }
        const accepted = await transition(tx, application, 'APPLIED', citizenId, null, {
          disclosedAt: new Date(),
        });
        await notify(tx, await proposalAnswered(tx, accepted, true));
        return accepted;
      }),

    async move(
      application: Application,
      vacancy: Vacancy,
      to: ApplicationStatus,
      actorUserId: string,
      reason: string | null | undefined,
      hire: { startsOn: string; durationMonths?: number | null } | null | undefined,
    ): Promise<Application> {
      if (application.pseudonymisedAt) throw new UserErrors([archived('id')]);
      const allowed = COMPANY_TRANSITIONS[application.status] ?? [];
      const errors = optionalText('reason', reason, 1000);
      if (!allowed.includes(to)) {
        errors.push(
          userError('status', 'INVALID_TRANSITION', `Da "${application.status}" non si passa a "${to}".`),
        );
      }
      if (to === 'HIRED' && !hire)
        errors.push(userError('hire', 'REQUIRED', 'Indica la data di inizio del rapporto di lavoro.'));
      if (errors.length) throw new UserErrors(errors);
      return db.transaction(async (tx) => {
        const updated = await transition(tx, application, to, actorUserId, reason);
        if (to === 'HIRED' && hire) {
          await placements.fromApplication(tx, updated, vacancy, hire, actorUserId);
        }
        await notify(tx, await applicationStatusChanged(tx, updated));
        return updated;
      });
    },

    withdraw: (application: Application, citizenId: string, reason: string | null | undefined) =>
      db.transaction(async (tx) => {
        if (!WITHDRAWABLE.includes(application.status)) {
          throw new UserErrors([userError('id', 'CLOSED', 'La candidatura è già conclusa.')]);
        }
        const withdrawn = await transition(tx, application, 'WITHDRAWN', citizenId, reason);
        // Withdrawing a proposal declines it: the operator who proposed hears.
        if (application.status === 'PROPOSED') await notify(tx, await proposalAnswered(tx, withdrawn, false));
        return withdrawn;
      }),
  };
}

export type ApplicationService = ReturnType<typeof createApplicationService>;
