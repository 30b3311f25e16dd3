import {
  caseAssignments,
  caseDiaryEntries,
  cases,
  type Db,
  frontDeskContactCorrections,
  frontDeskContacts,
  orientationRecords,
  pattoActions,
  pattoVersions,
  type Tx,
} from '@sportello/db';
import { dayInItaly, type TargetGroup, targetGroups, todayInItaly } from '@sportello/domain';
import {
  and,
  asc,
  count,
  desc,
  eq,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  max,
  type SQL,
  sql,
} from 'drizzle-orm';
import { type UserError, UserErrors, userError } from '../../lib/errors.js';
import { groupByKey } from '../../lib/group-by.js';
import { createOnce } from '../../lib/idempotency.js';
import type { Page } from '../../lib/pagination.js';
import { isUuid, optionalText, requiredText, violatedConstraint } from '../../lib/validation.js';
import { recordAudit } from '../audit/service.js';
import type { CitizenService } from '../citizens/service.js';
import type { NetworkService } from '../network/service.js';
import type { Notify } from '../notifications/service.js';
import { recordWebhookEvent } from '../webhooks/events.js';
import { noticeCaseTaken, pattoAwaitingAcceptance } from './notices.js';

export type CaseAssignment = typeof caseAssignments.$inferSelect;
export type Case = typeof cases.$inferSelect;
export type CaseCloseReason = NonNullable<Case['closeReason']>;
export type PattoVersion = typeof pattoVersions.$inferSelect;
export type PattoAction = typeof pattoActions.$inferSelect;
export type PattoActionStatus = PattoAction['status'];
export type DiaryEntry = typeof caseDiaryEntries.$inferSelect;

export interface PattoInput {
  objectives: string;
  actions: readonly {
    kind: PattoAction['kind'];
    description: string;
    dueOn?: string | null;
    assignee: PattoAction['assignee'];
    status?: PattoActionStatus | null;
  }[];
}

export interface DiaryEntryInput {
  occurredOn: string;
  visibility: DiaryEntry['visibility'];
  body: string;
  contactChannel?: DiaryEntry['contactChannel'];
  contactOutcome?: DiaryEntry['contactOutcome'];
}

export interface CaseloadFilter {
  /** Only the cases this operator took in charge ("I miei casi"). */
  takenBy?: string | null;
  targetGroup?: TargetGroup | null;
  /** Cases with no contact (diary, desk, orientation record) for at least these days, or none at all. */
  noContactForDays?: number | null;
  overdueOnly?: boolean | null;
  pattoNotAccepted?: boolean | null;
}

/** A row of the caseload: the case and what the list filters and shows. */
export type CaseloadRow = Case & {
  lastContactOn: string | null;
  overdueActions: number;
  pattoAccepted: boolean;
};

/** "Da fare oggi" is about one sportello; its fields are read when asked for. */
export interface CaseworkTodayScope {
  sportelloId: string;
}

export interface SportelloCaseCounts {
  sportelloId: string;
  openCases: number;
  closedCases: number;
  pattiAccepted: number;
  pattiAwaitingAcceptance: number;
  overdueActions: number;
}

const MAX_ACTIONS = 30;
const MAX_CASELOAD = 2000;
/** How far back a desk record may date an action's due day or a diary entry. */
const MAX_DAYS_BACK = 366;

const stale = (field: string) =>
  new UserErrors([userError(field, 'STALE', 'Il patto è stato appena modificato: ricarica la pagina.')]);
const closed = () =>
  new UserErrors([userError('caseId', 'CASE_CLOSED', 'Il percorso è chiuso: non si può più modificare.')]);
const movedAway = () =>
  new UserErrors([
    userError('caseId', 'NOT_IN_CHARGE', 'Il percorso è passato a un altro sportello: ricarica la pagina.'),
  ]);

/** Actions still to do on the current version of an open case, due on or before `day`. */
const dueBy = (day: string) =>
  and(
    eq(pattoActions.status, 'TODO'),
    lte(pattoActions.dueOn, day),
    eq(pattoActions.versionId, cases.pattoVersionId),
    isNull(cases.closedAt),
  );

function dateErrors(field: string, value: string | null | undefined, latest: string | null): UserError[] {
  if (!value) return [];
  if (value < dayInItaly(-MAX_DAYS_BACK))
    return [userError(field, 'TOO_EARLY', 'La data è di più di un anno fa.')];
  if (latest !== null && value > latest)
    return [userError(field, 'IN_THE_FUTURE', 'La data non può essere nel futuro.')];
  return [];
}

function pattoErrors(input: PattoInput): UserError[] {
  const errors = requiredText('objectives', input.objectives, 10, 5000);
  if (input.actions.length > MAX_ACTIONS)
    errors.push(userError('actions', 'TOO_MANY', `Al massimo ${MAX_ACTIONS} azioni.`));
  input.actions.forEach((action, i) => {
    errors.push(...requiredText(`actions[${i}].description`, action.description, 3, 1000));
    errors.push(...dateErrors(`actions[${i}].dueOn`, action.dueOn, dayInItaly(3 * 366)));
  });
  return errors;
}

function diaryErrors(input: DiaryEntryInput): UserError[] {
  const errors = [
    ...requiredText('body', input.body, 3, 5000),
    ...dateErrors('occurredOn', input.occurredOn, todayInItaly()),
  ];
  if (!input.contactChannel !== !input.contactOutcome)
    errors.push(
      userError(
        input.contactChannel ? 'contactOutcome' : 'contactChannel',
        'REQUIRED',
        'Per un contatto indica sia il modo sia l’esito.',
      ),
    );
  return errors;
}

export function createCaseworkService(
  db: Db,
  deps: { network: NetworkService; citizens: CitizenService; notify: Notify },
) {
  const { network, notify } = deps;

  /** Locks the case row: patto versions, closing and transfers of one case queue here. */
  async function lockCase(tx: Tx, id: string) {
    const [row] = await tx.select().from(cases).where(eq(cases.id, id)).for('update');
    return row;
  }

  /** The case locked, still open and still at the sportello that acts on it. */
  async function lockWritable(tx: Tx, id: string, sportelloId: string | null) {
    const current = await lockCase(tx, id);
    if (!current || current.closedAt) throw closed();
    if (sportelloId !== null && current.sportelloId !== sportelloId) throw movedAway();
    return current;
  }

  /** Rows by client-given ids: malformed ids find nothing instead of reaching SQL. */
  async function byIds<R>(ids: readonly string[], read: (valid: string[]) => Promise<R[]>): Promise<R[]> {
    const valid = [...new Set(ids.filter(isUuid))];
    return valid.length ? read(valid) : [];
  }
  const casesByIds = (ids: readonly string[]) =>
    byIds(ids, (valid) => db.select().from(cases).where(inArray(cases.id, valid)));
  const versionsByIds = (ids: readonly string[]) =>
    byIds(ids, (valid) => db.select().from(pattoVersions).where(inArray(pattoVersions.id, valid)));
  const actionsByIds = (ids: readonly string[]) =>
    byIds(ids, (valid) => db.select().from(pattoActions).where(inArray(pattoActions.id, valid)));
  const entriesByIds = (ids: readonly string[]) =>
    byIds(ids, (valid) => db.select().from(caseDiaryEntries).where(inArray(caseDiaryEntries.id, valid)));

  async function caseloadRows(where: SQL | undefined, today: string): Promise<CaseloadRow[]> {
    const diaryContact = db
      .select({
        caseId: caseDiaryEntries.caseId,
        on: max(caseDiaryEntries.occurredOn).as('diary_contact_on'),
      })
      .from(caseDiaryEntries)
      .where(isNotNull(caseDiaryEntries.contactChannel))
      .groupBy(caseDiaryEntries.caseId)
      .as('diary_contact');
    // The person met at the case's sportello is a contact too: at the desk (Accoglienza, unless
    // marked as entered by mistake) or in a colloquio di orientamento whose record was written
    // there. A read over the front desk's and orientation's tables, like the skills gap's.
    const deskContact = db
      .select({ caseId: cases.id, on: max(frontDeskContacts.contactedOn).as('desk_contact_on') })
      .from(frontDeskContacts)
      .innerJoin(
        cases,
        and(
          eq(cases.citizenId, frontDeskContacts.citizenId),
          eq(cases.sportelloId, frontDeskContacts.sportelloId),
        ),
      )
      .leftJoin(frontDeskContactCorrections, eq(frontDeskContactCorrections.contactId, frontDeskContacts.id))
      .where(isNull(frontDeskContactCorrections.contactId))
      .groupBy(cases.id)
      .as('desk_contact');
    const orientationHeld = db
      .select({ caseId: cases.id, on: max(orientationRecords.heldOn).as('orientation_held_on') })
      .from(orientationRecords)
      .innerJoin(
        cases,
        and(
          eq(cases.citizenId, orientationRecords.citizenId),
          eq(cases.sportelloId, orientationRecords.sportelloId),
        ),
      )
      .groupBy(cases.id)
      .as('orientation_held');
    // greatest() skips nulls: null only when there was no contact of any kind.
    const lastContactOn = sql<
      string | null
    >`greatest(${diaryContact.on}, ${deskContact.on}, ${orientationHeld.on})`;
    const overdue = db
      .select({ caseId: pattoActions.caseId, n: count().as('overdue_actions') })
      .from(pattoActions)
      .innerJoin(cases, eq(cases.id, pattoActions.caseId))
      .where(and(dueBy(today), lt(pattoActions.dueOn, today)))
      .groupBy(pattoActions.caseId)
      .as('overdue');
    const rows = await db
      .select({
        case: cases,
        lastContactOn,
        overdueActions: overdue.n,
        acceptedAt: pattoVersions.acceptedAt,
      })
      .from(cases)
      .leftJoin(diaryContact, eq(diaryContact.caseId, cases.id))
      .leftJoin(deskContact, eq(deskContact.caseId, cases.id))
      .leftJoin(orientationHeld, eq(orientationHeld.caseId, cases.id))
      .leftJoin(overdue, eq(overdue.caseId, cases.id))
      .leftJoin(pattoVersions, eq(pattoVersions.id, cases.pattoVersionId))
      .where(where)
      // Never contacted first, then the longest without contact.
      .orderBy(sql`${lastContactOn} asc nulls first`, asc(cases.inChargeSince))
      .limit(MAX_CASELOAD);
    return rows.map((row) => ({
      ...row.case,
      lastContactOn: row.lastContactOn,
      overdueActions: Number(row.overdueActions ?? 0),
      pattoAccepted: row.acceptedAt !== null,
    }));
  }

  return {
    /** The open assignment of each citizen, in one statement. */
    async openAssignments(citizenIds: readonly string[]): Promise<Map<string, CaseAssignment>> {
      if (citizenIds.length === 0) return new Map();
      const rows = await db
        .select()
        .from(caseAssignments)
        .where(and(inArray(caseAssignments.citizenId, [...citizenIds]), isNull(caseAssignments.endedAt)));
      return new Map(rows.map((row) => [row.citizenId, row]));
    },

    /**
     * Opens an assignment at the operator's sportello, closing one open elsewhere (a transfer), and
     * opens the citizen's case there or moves it with its patto and diary.
     * The operator gives a reason, which goes to the audit log, to the citizen and, on a transfer,
     * to the sportello that had the case. Taking in charge again at the same sportello changes nothing.
     */
    async takeInCharge(
      citizen: {
        userId: string;
        networkId: string;
        email: string | null;
        givenName: string;
        familyName: string;
      },
      operator: { userId: string; sportelloId: string },
      reasonInput: string,
    ): Promise<CaseAssignment> {
      const errors = requiredText('reason', reasonInput, 10, 500);
      if (errors.length) throw new UserErrors(errors);
      const reason = reasonInput.trim();
      return db.transaction(async (tx) => {
        // Concurrent takers of one citizen queue here: with no open assignment yet, FOR UPDATE
        // below would lock nothing and both would insert one.
        await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${citizen.userId}, 0))`);
        const [open] = await tx
          .select()
          .from(caseAssignments)
          .where(and(eq(caseAssignments.citizenId, citizen.userId), isNull(caseAssignments.endedAt)));
        if (open?.sportelloId === operator.sportelloId) return open;
        if (open) {
          await tx
            .update(caseAssignments)
            .set({ endedAt: sql`now()` })
            .where(eq(caseAssignments.id, open.id));
        }
        const [created] = await tx
          .insert(caseAssignments)
          .values({
            networkId: citizen.networkId,
            citizenId: citizen.userId,
            sportelloId: operator.sportelloId,
            takenBy: operator.userId,
          })
          .returning();
        const inCharge = {
          sportelloId: operator.sportelloId,
          takenBy: operator.userId,
          inChargeSince: created!.startedAt,
        };
        const [moved] = await tx
          .update(cases)
          .set(inCharge)
          .where(and(eq(cases.citizenId, citizen.userId), isNull(cases.closedAt)))
          .returning({ id: cases.id });
        const caseId =
          moved?.id ??
          (
            await tx
              .insert(cases)
              .values({ networkId: citizen.networkId, citizenId: citizen.userId, ...inCharge })
              .returning({ id: cases.id })
          )[0]!.id;
        if (!moved) {
          await recordWebhookEvent(tx, citizen.networkId, 'CASE_OPENED', {
            caseId,
            sportelloId: operator.sportelloId,
          });
        }
        await recordAudit(tx, {
          networkId: citizen.networkId,
          actorUserId: operator.userId,
          action: open ? 'case.transfer' : 'case.take_in_charge',
          subjectType: 'citizen',
          subjectId: citizen.userId,
          reason,
          details: { sportelloId: operator.sportelloId, fromSportelloId: open?.sportelloId ?? null, caseId },
        });
        const ids = [operator.sportelloId, ...(open ? [open.sportelloId] : [])];
        const names = new Map((await network.sportelliByIds(ids, tx)).map((s) => [s.id, s.name]));
        await noticeCaseTaken(tx, {
          networkId: citizen.networkId,
          citizen,
          sportello: { name: names.get(operator.sportelloId)! },
          previous: open
            ? {
                name: names.get(open.sportelloId)!,
                mailboxes: await network.sportelloMailboxes(open.sportelloId, tx),
              }
            : null,
          reason,
        });
        return created!;
      });
    },

    caseById: async (id: string): Promise<Case | undefined> => (await casesByIds([id]))[0],
    casesByIds,
    versionById: async (id: string): Promise<PattoVersion | undefined> => (await versionsByIds([id]))[0],
    versionsByIds,
    actionById: async (id: string): Promise<PattoAction | undefined> => (await actionsByIds([id]))[0],
    entryById: async (id: string): Promise<DiaryEntry | undefined> => (await entriesByIds([id]))[0],
    entriesByIds,

    /** The citizen's open case, or else their latest closed one. */
    async latestCaseOf(citizenId: string): Promise<Case | undefined> {
      if (!isUuid(citizenId)) return undefined;
      const [row] = await db
        .select()
        .from(cases)
        .where(eq(cases.citizenId, citizenId))
        .orderBy(sql`${cases.closedAt} is null desc`, desc(cases.openedAt))
        .limit(1);
      return row;
    },

    /** A case the sportello in charge closes, with the reason; the presa in carico ends with it. */
    async close(
      target: Case,
      operator: { userId: string; sportelloId: string },
      reason: CaseCloseReason,
      noteInput: string | null | undefined,
    ): Promise<Case> {
      const errors =
        reason === 'OTHER'
          ? requiredText('note', noteInput ?? '', 5, 1000)
          : optionalText('note', noteInput, 1000);
      if (errors.length) throw new UserErrors(errors);
      return db.transaction(async (tx) => {
        await lockWritable(tx, target.id, operator.sportelloId);
        const [updated] = await tx
          .update(cases)
          .set({
            closedAt: new Date(),
            closedBy: operator.userId,
            closeReason: reason,
            closeNote: noteInput?.trim() || null,
          })
          .where(eq(cases.id, target.id))
          .returning();
        await tx
          .update(caseAssignments)
          .set({ endedAt: sql`now()` })
          .where(and(eq(caseAssignments.citizenId, target.citizenId), isNull(caseAssignments.endedAt)));
        await recordAudit(tx, {
          networkId: target.networkId,
          actorUserId: operator.userId,
          action: 'case.close',
          subjectType: 'case',
          subjectId: target.id,
          reason: noteInput?.trim() || null,
          details: { closeReason: reason },
        });
        await recordWebhookEvent(tx, target.networkId, 'CASE_CLOSED', {
          caseId: target.id,
          sportelloId: target.sportelloId,
          reason,
        });
        return updated!;
      });
    },

    /**
     * A new version of the patto, made from the version the operator started from (`baseVersion`,
     * null for the first): if someone saved another meanwhile, nothing is written and the operator
     * reloads (STALE), so no version is lost. The citizen is asked to accept it.
     */
    async savePatto(
      target: Case,
      operator: { userId: string; sportelloId: string },
      input: PattoInput,
      baseVersion: number | null | undefined,
      idempotencyKey: string | null | undefined,
    ): Promise<PattoVersion> {
      const errors = pattoErrors(input);
      if (errors.length) throw new UserErrors(errors);
      const { id } = await createOnce(
        db,
        {
          actorId: operator.userId,
          key: idempotencyKey,
          operation: 'savePatto',
          request: { caseId: target.id, input, baseVersion },
        },
        async (tx) => {
          const current = await lockWritable(tx, target.id, operator.sportelloId);
          const [latest] = current.pattoVersionId
            ? await tx.select().from(pattoVersions).where(eq(pattoVersions.id, current.pattoVersionId))
            : [];
          if ((latest?.version ?? null) !== (baseVersion ?? null)) throw stale('baseVersion');
          const [version] = await tx
            .insert(pattoVersions)
            .values({
              networkId: target.networkId,
              caseId: target.id,
              version: (latest?.version ?? 0) + 1,
              objectives: input.objectives.trim(),
              createdBy: operator.userId,
            })
            .returning();
          if (input.actions.length)
            await tx.insert(pattoActions).values(
              input.actions.map((action, position) => ({
                versionId: version!.id,
                caseId: target.id,
                position,
                kind: action.kind,
                description: action.description.trim(),
                dueOn: action.dueOn ?? null,
                assignee: action.assignee,
                status: action.status ?? 'TODO',
              })),
            );
          await tx.update(cases).set({ pattoVersionId: version!.id }).where(eq(cases.id, target.id));
          await recordAudit(tx, {
            networkId: target.networkId,
            actorUserId: operator.userId,
            action: 'patto.save',
            subjectType: 'case',
            subjectId: target.id,
            details: { version: version!.version },
          });
          await notify(tx, pattoAwaitingAcceptance(target, version!));
          return version!.id;
        },
      );
      return (await versionsByIds([id]))[0]!;
    },

    /** Progress on an action of the current version: no new version, no new acceptance. */
    async setActionStatus(
      action: PattoAction,
      operator: { userId: string; sportelloId: string },
      status: PattoActionStatus,
    ): Promise<PattoAction> {
      return db.transaction(async (tx) => {
        const current = await lockWritable(tx, action.caseId, operator.sportelloId);
        if (current.pattoVersionId !== action.versionId)
          throw new UserErrors([
            userError('actionId', 'NOT_CURRENT', 'L’azione è di una versione precedente del patto.'),
          ]);
        const [updated] = await tx
          .update(pattoActions)
          .set({ status, statusChangedAt: new Date(), statusChangedBy: operator.userId })
          .where(eq(pattoActions.id, action.id))
          .returning();
        await recordAudit(tx, {
          networkId: current.networkId,
          actorUserId: operator.userId,
          action: 'patto.action_status',
          subjectType: 'case',
          subjectId: current.id,
          details: { actionId: action.id, status },
        });
        return updated!;
      });
    },

    /**
     * The citizen accepts online (no `desk`), or the operator records that they accepted at the desk
     * on a day. Only the current version, once.
     */
    async accept(
      version: PattoVersion,
      by: { userId: string; desk: { sportelloId: string; acceptedOn: string } | null },
    ): Promise<PattoVersion> {
      const today = todayInItaly();
      const acceptedOn = by.desk?.acceptedOn ?? today;
      if (by.desk) {
        const created = todayInItaly(version.createdAt);
        const errors =
          acceptedOn < created
            ? [userError('acceptedOn', 'BEFORE_VERSION', 'La data è precedente a questa versione del patto.')]
            : dateErrors('acceptedOn', acceptedOn, today);
        if (errors.length) throw new UserErrors(errors);
      }
      return db.transaction(async (tx) => {
        const current = await lockWritable(tx, version.caseId, by.desk?.sportelloId ?? null);
        if (current.pattoVersionId !== version.id)
          throw new UserErrors([
            userError(
              'versionId',
              'NOT_CURRENT',
              'Questa versione del patto è stata sostituita da una nuova.',
            ),
          ]);
        const [updated] = await tx
          .update(pattoVersions)
          .set({
            acceptedAt: new Date(),
            acceptedOn,
            acceptanceChannel: by.desk ? 'DESK' : 'ONLINE',
            acceptanceRecordedBy: by.desk ? by.userId : null,
          })
          .where(and(eq(pattoVersions.id, version.id), isNull(pattoVersions.acceptedAt)))
          .returning();
        if (!updated)
          throw new UserErrors([
            userError('versionId', 'ALREADY_ACCEPTED', 'Questo patto è già stato accettato.'),
          ]);
        await recordAudit(tx, {
          networkId: version.networkId,
          actorUserId: by.userId,
          action: by.desk ? 'patto.accept_at_desk' : 'patto.accept',
          subjectType: 'case',
          subjectId: version.caseId,
          details: { version: version.version, acceptedOn },
        });
        return updated;
      });
    },

    /** A diary entry, or (with `corrects`) the correction of one, which stays and shows as superseded. */
    async addDiaryEntry(
      target: Case,
      operator: { userId: string; sportelloId: string },
      input: DiaryEntryInput,
      corrects: DiaryEntry | null,
      idempotencyKey: string | null | undefined,
    ): Promise<DiaryEntry> {
      const errors = diaryErrors(input);
      if (errors.length) throw new UserErrors(errors);
      const alreadyCorrected = () =>
        new UserErrors([
          userError(
            'entryId',
            'ALREADY_CORRECTED',
            'Questa nota è già stata corretta: correggi la correzione.',
          ),
        ]);
      try {
        const { id } = await createOnce(
          db,
          {
            actorId: operator.userId,
            key: idempotencyKey,
            operation: corrects ? 'correctDiaryEntry' : 'addDiaryEntry',
            request: { caseId: target.id, input, corrects: corrects?.id ?? null },
          },
          async (tx) => {
            await lockWritable(tx, target.id, operator.sportelloId);
            if (corrects) {
              const [later] = await tx
                .select({ id: caseDiaryEntries.id })
                .from(caseDiaryEntries)
                .where(eq(caseDiaryEntries.correctsId, corrects.id));
              if (later) throw alreadyCorrected();
            }
            const [entry] = await tx
              .insert(caseDiaryEntries)
              .values({
                networkId: target.networkId,
                caseId: target.id,
                sportelloId: operator.sportelloId,
                authorId: operator.userId,
                occurredOn: input.occurredOn,
                visibility: input.visibility,
                body: input.body.trim(),
                contactChannel: input.contactChannel ?? null,
                contactOutcome: input.contactOutcome ?? null,
                correctsId: corrects?.id ?? null,
              })
              .returning({ id: caseDiaryEntries.id });
            return entry!.id;
          },
        );
        return (await entriesByIds([id]))[0]!;
      } catch (error) {
        if (violatedConstraint(error) === 'case_diary_entries_corrects_idx') throw alreadyCorrected();
        throw error;
      }
    },

    /** Every version of each case's patto, the latest first. */
    async versionsOf(caseIds: readonly string[]): Promise<Map<string, PattoVersion[]>> {
      const rows = caseIds.length
        ? await db
            .select()
            .from(pattoVersions)
            .where(inArray(pattoVersions.caseId, [...caseIds]))
            .orderBy(desc(pattoVersions.version))
        : [];
      return groupByKey(caseIds, rows, (row) => row.caseId);
    },

    async actionsOf(versionIds: readonly string[]): Promise<Map<string, PattoAction[]>> {
      const rows = versionIds.length
        ? await db
            .select()
            .from(pattoActions)
            .where(inArray(pattoActions.versionId, [...versionIds]))
            .orderBy(asc(pattoActions.position))
        : [];
      return groupByKey(versionIds, rows, (row) => row.versionId);
    },

    /** Each case's diary, the latest day first; `sharedOnly` for the citizen. */
    async diaryOf(caseIds: readonly string[], sharedOnly: boolean): Promise<Map<string, DiaryEntry[]>> {
      const rows = caseIds.length
        ? await db
            .select()
            .from(caseDiaryEntries)
            .where(
              and(
                inArray(caseDiaryEntries.caseId, [...caseIds]),
                sharedOnly ? eq(caseDiaryEntries.visibility, 'SHARED') : undefined,
              ),
            )
            .orderBy(desc(caseDiaryEntries.occurredOn), desc(caseDiaryEntries.createdAt))
        : [];
      return groupByKey(caseIds, rows, (row) => row.caseId);
    },

    /** The correction of each entry, if it has one. */
    async correctionsOf(entryIds: readonly string[]): Promise<Map<string, DiaryEntry>> {
      const rows = entryIds.length
        ? await db
            .select()
            .from(caseDiaryEntries)
            .where(inArray(caseDiaryEntries.correctsId, [...entryIds]))
        : [];
      return new Map(rows.map((row) => [row.correctsId!, row]));
    },

    /** The caseload of a sportello, those with no recent contact first; filters from the list. */
    async caseload(sportelloId: string, filter: CaseloadFilter, today: string, page: Page) {
      const noContactSince = filter.noContactForDays != null ? dayInItaly(-filter.noContactForDays) : null;
      let rows = await caseloadRows(
        and(
          eq(cases.sportelloId, sportelloId),
          isNull(cases.closedAt),
          filter.takenBy ? eq(cases.takenBy, filter.takenBy) : undefined,
        ),
        today,
      );
      rows = rows.filter(
        (row) =>
          (!filter.overdueOnly || row.overdueActions > 0) &&
          (!filter.pattoNotAccepted || !row.pattoAccepted) &&
          (noContactSince === null || row.lastContactOn === null || row.lastContactOn <= noContactSince),
      );
      if (filter.targetGroup) {
        // Target groups are derived from the profile on the day: the citizens module computes them.
        const profiles = new Map(
          (await deps.citizens.byIds(rows.map((row) => row.citizenId))).map((c) => [c.userId, c]),
        );
        rows = rows.filter((row) => {
          const profile = profiles.get(row.citizenId);
          return profile && targetGroups(profile, today).includes(filter.targetGroup!);
        });
      }
      return { rows: rows.slice(page.offset, page.offset + page.limit + 1), total: rows.length };
    },

    /** The caseload facts of some cases, for the fields of one answer. */
    async caseloadFacts(caseIds: readonly string[], today: string): Promise<Map<string, CaseloadRow>> {
      const valid = caseIds.filter(isUuid);
      if (valid.length === 0) return new Map();
      const rows = await caseloadRows(inArray(cases.id, valid), today);
      return new Map(rows.map((row) => [row.id, row]));
    },

    /** Actions to do on or before today on the sportello's open cases, the oldest due first. */
    actionsDue(sportelloId: string, today: string): Promise<PattoAction[]> {
      return db
        .select({ action: pattoActions })
        .from(pattoActions)
        .innerJoin(cases, eq(cases.id, pattoActions.caseId))
        .where(and(dueBy(today), eq(cases.sportelloId, sportelloId)))
        .orderBy(asc(pattoActions.dueOn), asc(pattoActions.position))
        .limit(MAX_CASELOAD)
        .then((rows) => rows.map((row) => row.action));
    },

    /** Open cases of the sportello whose current patto the citizen has not accepted yet. */
    pattiAwaitingAcceptance(sportelloId: string): Promise<Case[]> {
      return db
        .select({ case: cases })
        .from(cases)
        .innerJoin(pattoVersions, eq(pattoVersions.id, cases.pattoVersionId))
        .where(
          and(eq(cases.sportelloId, sportelloId), isNull(cases.closedAt), isNull(pattoVersions.acceptedAt)),
        )
        .orderBy(asc(pattoVersions.createdAt))
        .limit(MAX_CASELOAD)
        .then((rows) => rows.map((row) => row.case));
    },

    /** Counts per sportello for the network's staff: no names, no notes. */
    async counts(networkId: string, today: string): Promise<SportelloCaseCounts[]> {
      const overdue = db
        .select({ caseId: pattoActions.caseId, n: count().as('n') })
        .from(pattoActions)
        .innerJoin(cases, eq(cases.id, pattoActions.caseId))
        .where(and(eq(cases.networkId, networkId), dueBy(today), lt(pattoActions.dueOn, today)))
        .groupBy(pattoActions.caseId)
        .as('overdue');
      const open = isNull(cases.closedAt);
      const rows = await db
        .select({
          sportelloId: cases.sportelloId,
          openCases: sql<number>`count(*) filter (where ${open})`.mapWith(Number),
          closedCases: sql<number>`count(*) filter (where ${cases.closedAt} is not null)`.mapWith(Number),
          pattiAccepted:
            sql<number>`count(*) filter (where ${open} and ${pattoVersions.acceptedAt} is not null)`.mapWith(
              Number,
            ),
          pattiAwaitingAcceptance:
            sql<number>`count(*) filter (where ${open} and ${pattoVersions.id} is not null and ${pattoVersions.acceptedAt} is null)`.mapWith(
              Number,
            ),
          overdueActions: sql<number>`coalesce(sum(${overdue.n}), 0)`.mapWith(Number),
        })
        .from(cases)
        .leftJoin(pattoVersions, eq(pattoVersions.id, cases.pattoVersionId))
        .leftJoin(overdue, eq(overdue.caseId, cases.id))
        .where(eq(cases.networkId, networkId))
        .groupBy(cases.sportelloId);
      return rows;
    },

    /** A read of a case's file by someone other than its sportello's operators. */
    auditRead: (target: Case, actorUserId: string) =>
      recordAudit(db, {
        networkId: target.networkId,
        actorUserId,
        action: 'case.read',
        subjectType: 'case',
        subjectId: target.id,
      }),
  };
}

export type CaseworkService = ReturnType<typeof createCaseworkService>;
