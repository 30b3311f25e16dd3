import {
  type Db,
  groupActivities,
  groupAttendance,
  groupEnrolments,
  groupSessions,
  type Tx,
} from '@sportello/db';
import { and, asc, count, desc, eq, inArray, ne, type SQL, sql } from 'drizzle-orm';
import { type CalendarEntry, calendarInvitation } from '../../lib/calendar.js';
import { type UserError, UserErrors, userError } from '../../lib/errors.js';
import { formatItalianDateTime } from '../../lib/format.js';
import { groupByKey } from '../../lib/group-by.js';
import { createOnce } from '../../lib/idempotency.js';
import type { Page } from '../../lib/pagination.js';
import { integerIn, isUuid, optionalText, requiredText, violatedConstraint } from '../../lib/validation.js';
import type { VideoRoomProvider } from '../../lib/video-rooms.js';
import { recordAudit } from '../audit/service.js';
import type { NetworkService } from '../network/service.js';
import type { NotificationService } from '../notifications/service.js';

export type GroupActivity = typeof groupActivities.$inferSelect;
export type GroupActivityStatus = GroupActivity['status'];
export type GroupSession = typeof groupSessions.$inferSelect;
export type GroupEnrolment = typeof groupEnrolments.$inferSelect;
export type AttendanceStatus = (typeof groupAttendance.$inferSelect)['status'];
/** The latest record of a session and enrolment. */
export interface AttendanceRecord {
  sessionId: string;
  enrolmentId: string;
  activityId: string;
  citizenId: string;
  status: AttendanceStatus;
  recordedAt: Date;
  corrected: boolean;
}
export interface AttendanceFigures {
  recorded: number;
  present: number;
  absent: number;
  excused: number;
  noShowRate: number | null;
}

export interface GroupActivityInput {
  kind: GroupActivity['kind'];
  title: string;
  description: string;
  sportelloId?: string | null;
  facilitatorOperatorId?: string | null;
  facilitatorName?: string | null;
  capacity: number;
}

export interface GroupSessionInput {
  startsAt: Date;
  endsAt: Date;
  mode: GroupSession['mode'];
  comuneCode?: string | null;
  address?: string | null;
  topic: string;
}

const MAX_CAPACITY = 200;
const MAX_SESSIONS = 60;
const SESSION_MINUTES = { min: 15, max: 8 * 60 };

export const KIND_LABEL: Record<GroupActivity['kind'], string> = {
  JOB_CLUB: 'Job Club',
  CV_WORKSHOP: 'Laboratorio CV',
  INTERVIEW_SIMULATION: 'Laboratorio di simulazione del colloquio',
  DIGITAL_SKILLS: 'Laboratorio di competenze digitali',
  GROUP_ORIENTATION: 'Orientamento di gruppo',
};

/** The moves on an activity, with the statuses each one starts from. */
const ACTIVITY_MOVES = {
  update: { from: ['DRAFT', 'PUBLISHED'], to: null },
  publish: { from: ['DRAFT'], to: 'PUBLISHED' },
  cancel: { from: ['DRAFT', 'PUBLISHED'], to: 'CANCELLED' },
  end: { from: ['PUBLISHED'], to: 'ENDED' },
  addSession: { from: ['DRAFT', 'PUBLISHED'], to: null },
  moveSession: { from: ['DRAFT', 'PUBLISHED'], to: null },
} as const satisfies Record<string, { from: GroupActivityStatus[]; to: GroupActivityStatus | null }>;

const STATUS_LABEL: Record<GroupActivityStatus, string> = {
  DRAFT: 'in bozza',
  PUBLISHED: 'pubblicata',
  CANCELLED: 'annullata',
  ENDED: 'conclusa',
};

/** Enrolments that hold a seat. */
const holdsSeat = ne(groupEnrolments.status, 'WITHDRAWN');

const stale = () =>
  new UserErrors([userError('id', 'STALE', "L'attività è stata appena modificata: ricarica la pagina.")]);
const alreadyEnrolled = () =>
  new UserErrors([
    userError('citizenId', 'ALREADY_ENROLLED', 'La persona è già iscritta a questa attività.'),
  ]);

const REMINDER = 'group.reminder';

export function figuresOf(rows: readonly { status: AttendanceStatus }[]): AttendanceFigures {
  const of = (status: AttendanceStatus) => rows.filter((r) => r.status === status).length;
  const absent = of('ABSENT');
  return {
    recorded: rows.length,
    present: of('PRESENT'),
    absent,
    excused: of('EXCUSED'),
    noShowRate: rows.length ? absent / rows.length : null,
  };
}

export interface GroupActivityDeps {
  db: Db;
  network: NetworkService;
  notifications: NotificationService;
  videoRooms: VideoRoomProvider;
  mailDomain: string;
  publicUrl: string;
  /** Hours before a session its reminder is due (the colloqui's lead). */
  reminderHours: number;
}

export function createGroupActivityService(deps: GroupActivityDeps) {
  const { db, network, notifications } = deps;

  async function byId(id: string): Promise<GroupActivity | undefined> {
    if (!isUuid(id)) return undefined;
    const [row] = await db.select().from(groupActivities).where(eq(groupActivities.id, id));
    return row;
  }

  async function lockActivity(tx: Tx, id: string) {
    const [locked] = await tx.select().from(groupActivities).where(eq(groupActivities.id, id)).for('update');
    return locked;
  }

  const sessionsOfActivity = (tx: Db | Tx, activityId: string) =>
    tx
      .select()
      .from(groupSessions)
      .where(eq(groupSessions.activityId, activityId))
      .orderBy(asc(groupSessions.startsAt), asc(groupSessions.id));

  async function seatsTaken(tx: Tx, activityId: string): Promise<number> {
    const [row] = await tx
      .select({ n: count() })
      .from(groupEnrolments)
      .where(and(eq(groupEnrolments.activityId, activityId), holdsSeat));
    return row?.n ?? 0;
  }

  // --- validation -------------------------------------------------------------------------------

  async function activityErrors(networkId: string, input: GroupActivityInput): Promise<UserError[]> {
    const errors: UserError[] = [
      ...requiredText('title', input.title, 3, 200),
      ...requiredText('description', input.description, 10, 5000),
      ...integerIn('capacity', input.capacity, 1, MAX_CAPACITY, `I posti vanno da 1 a ${MAX_CAPACITY}.`),
      ...optionalText('facilitatorName', input.facilitatorName, 200),
    ];
    if (input.sportelloId)
      errors.push(...(await network.requireNetworkSportello(networkId, input.sportelloId, 'sportelloId')));
    if (input.facilitatorOperatorId) {
      const [operator] = await network.operatorsByIds([input.facilitatorOperatorId]);
      if (operator?.user.networkId !== networkId)
        errors.push(userError('facilitatorOperatorId', 'NOT_FOUND', 'Operatore non trovato nella rete.'));
      if (input.facilitatorName?.trim())
        errors.push(
          userError(
            'facilitatorName',
            'ONE_FACILITATOR',
            'Indica un operatore della rete oppure il nome di una persona esterna, non entrambi.',
          ),
        );
    } else if (!input.facilitatorName?.trim()) {
      errors.push(
        userError(
          'facilitatorName',
          'REQUIRED',
          'Indica chi conduce l’attività: un operatore o una persona esterna.',
        ),
      );
    }
    return errors;
  }

  async function sessionErrors(
    networkId: string,
    input: GroupSessionInput,
    at: string,
  ): Promise<UserError[]> {
    const errors: UserError[] = requiredText(`${at}topic`, input.topic, 3, 200);
    if (input.startsAt.getTime() <= Date.now())
      errors.push(userError(`${at}startsAt`, 'IN_THE_PAST', "L'incontro deve essere nel futuro."));
    const minutes = (input.endsAt.getTime() - input.startsAt.getTime()) / 60_000;
    if (!(minutes >= SESSION_MINUTES.min && minutes <= SESSION_MINUTES.max))
      errors.push(
        userError(
          `${at}endsAt`,
          'DURATION',
          "L'incontro dura da 15 minuti a 8 ore: controlla l'ora di fine.",
        ),
      );
    if (input.mode === 'IN_PERSON') {
      if (!input.comuneCode?.trim())
        errors.push(userError(`${at}comuneCode`, 'REQUIRED', "Indica il comune in cui si tiene l'incontro."));
      else
        errors.push(...(await network.requireMemberComune(networkId, input.comuneCode, `${at}comuneCode`)));
      errors.push(...requiredText(`${at}address`, input.address ?? '', 3, 200));
    }
    return errors;
  }

  const activityFields = (input: GroupActivityInput) => ({
    kind: input.kind,
    title: input.title.trim(),
    description: input.description.trim(),
    facilitatorOperatorId: input.facilitatorOperatorId || null,
    facilitatorName: input.facilitatorOperatorId ? null : input.facilitatorName!.trim(),
    capacity: input.capacity,
  });

  /** The row of a session; an online one keeps its room, or gets one. */
  const sessionFields = (input: GroupSessionInput, videoUrl: string | null) => ({
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    mode: input.mode,
    comuneCode: input.mode === 'IN_PERSON' ? input.comuneCode!.trim() : null,
    address: input.mode === 'IN_PERSON' ? input.address!.trim() : null,
    videoUrl: input.mode === 'ONLINE' ? (videoUrl ?? deps.videoRooms.newRoomUrl()) : null,
    topic: input.topic.trim(),
  });

  // --- telling the enrolled ---------------------------------------------------------------------

  /** Where a session is, in words, and its calendar event. */
  async function describeSessions(tx: Tx, activity: GroupActivity, sessions: readonly GroupSession[]) {
    const [sportello] = await network.sportelliByIds([activity.sportelloId], tx);
    const comuni = new Map(
      (await network.comuniByCodes([...new Set(sessions.flatMap((s) => s.comuneCode ?? []))], tx)).map(
        (c) => [c.istatCode, c.name],
      ),
    );
    return sessions.map((session) => {
      const where =
        session.mode === 'ONLINE'
          ? `online, su ${session.videoUrl}`
          : `${session.address}, ${comuni.get(session.comuneCode!) ?? ''}`;
      const line = `- ${formatItalianDateTime(session.startsAt)}: ${session.topic} (${where})`;
      const event: CalendarEntry = {
        uid: session.id,
        sequence: session.sequence,
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        summary: `${KIND_LABEL[activity.kind]}: ${activity.title} – ${session.topic}`,
        description: `${sportello?.name ?? 'Sportello Lavoro'}. Le tue attività su ${deps.publicUrl}/cittadini/attivita`,
        location: where,
        url: session.videoUrl,
        organizerEmail: sportello?.email ?? `noreply@${deps.mailDomain}`,
        cancelled: activity.status === 'CANCELLED',
      };
      return { session, where, line, event };
    });
  }

  const calendarOf = (events: readonly CalendarEntry[]) => ({
    method: events.every((e) => e.cancelled) ? ('CANCEL' as const) : ('REQUEST' as const),
    content: calendarInvitation(events, deps.mailDomain),
    filename: 'attivita.ics',
  });

  /**
   * Replaces the pending reminders of each enrolment with one before each session still to come;
   * a session closer than the lead needs none, its citizens were just told.
   */
  async function scheduleReminders(
    tx: Tx,
    activity: GroupActivity,
    enrolments: readonly GroupEnrolment[],
    described: Awaited<ReturnType<typeof describeSessions>>,
  ) {
    for (const enrolment of enrolments) {
      await notifications.withdrawPending(tx, enrolment.id, REMINDER);
      if (activity.status === 'CANCELLED' || enrolment.status !== 'ENROLLED') continue;
      const due = described
        .map((d) => ({ ...d, at: d.session.startsAt.getTime() - deps.reminderHours * 3_600_000 }))
        .filter((d) => d.at > Date.now());
      await notifications.notify(
        tx,
        due.map(({ session, where, event, at }) => ({
          kind: 'GROUP_ACTIVITY' as const,
          networkId: activity.networkId,
          recipients: [enrolment.citizenId],
          portal: 'CITIZEN' as const,
          path: '/attivita',
          subjectId: enrolment.id,
          emailKind: REMINDER,
          notBefore: new Date(at),
          title: `Promemoria: ${activity.title}, ${formatItalianDateTime(session.startsAt)}`,
          body: `Ti ricordiamo il prossimo incontro di «${activity.title}».\n\nQuando: ${formatItalianDateTime(session.startsAt)}\nDove: ${where}\nArgomento: ${session.topic}\n\nSe non puoi venire, avvisa lo sportello: l'assenza sarà giustificata.`,
          calendar: calendarOf([event]),
        })),
      );
    }
  }

  /** Tells the enrolled citizens (in-app and by email, with the calendar) and renews their reminders. */
  async function tellEnrolled(
    tx: Tx,
    activity: GroupActivity,
    message: { emailKind: string; title: string; lead: string },
    enrolments?: readonly GroupEnrolment[],
  ) {
    const enrolled =
      enrolments ??
      (await tx
        .select()
        .from(groupEnrolments)
        .where(and(eq(groupEnrolments.activityId, activity.id), eq(groupEnrolments.status, 'ENROLLED'))));
    if (enrolled.length === 0) return;
    const sessions = (await sessionsOfActivity(tx, activity.id)).filter(
      (s) => s.endsAt.getTime() > Date.now(),
    );
    const described = await describeSessions(tx, activity, sessions);
    const calendar = described.length ? calendarOf(described.map((d) => d.event)) : undefined;
    const schedule = described.length ? `\n\nGli incontri:\n${described.map((d) => d.line).join('\n')}` : '';
    await notifications.notify(tx, {
      kind: 'GROUP_ACTIVITY',
      networkId: activity.networkId,
      recipients: enrolled.map((e) => e.citizenId),
      portal: 'CITIZEN',
      path: '/attivita',
      subjectId: activity.id,
      emailKind: message.emailKind,
      title: message.title,
      body: `${message.lead}${schedule}${calendar && activity.status !== 'CANCELLED' ? '\n\nIn allegato trovi il file da aggiungere al tuo calendario.' : ''}`,
      ...(calendar ? { calendar } : {}),
    });
    await scheduleReminders(tx, activity, enrolled, described);
  }

  // --- moves ------------------------------------------------------------------------------------

  /** A change that applies only from the statuses allowed, read under the activity's lock. */
  async function moveActivity<T>(
    activityId: string,
    move: keyof typeof ACTIVITY_MOVES,
    actorUserId: string,
    change: (tx: Tx, current: GroupActivity) => Promise<T>,
  ): Promise<T> {
    return db.transaction(async (tx) => {
      const current = await lockActivity(tx, activityId);
      if (!current) throw stale();
      const { from } = ACTIVITY_MOVES[move];
      if (!(from as readonly GroupActivityStatus[]).includes(current.status))
        throw new UserErrors([
          userError('id', 'INVALID_TRANSITION', `L'attività è ${STATUS_LABEL[current.status]}.`),
        ]);
      const result = await change(tx, current);
      await recordAudit(tx, {
        networkId: current.networkId,
        actorUserId,
        action: `group_activity.${move}`,
        subjectType: 'group_activity',
        subjectId: current.id,
      });
      return result;
    });
  }

  async function setActivity(tx: Tx, id: string, set: Partial<GroupActivity>) {
    const [updated] = await tx
      .update(groupActivities)
      .set({ ...set, updatedAt: new Date() })
      .where(eq(groupActivities.id, id))
      .returning();
    return updated!;
  }

  const statusMove = (move: 'publish' | 'cancel' | 'end') => (activity: GroupActivity, operatorId: string) =>
    moveActivity(activity.id, move, operatorId, async (tx, current) => {
      const sessions = await sessionsOfActivity(tx, current.id);
      if (move === 'publish' && sessions.length === 0)
        throw new UserErrors([
          userError('id', 'NO_SESSIONS', 'Aggiungi almeno un incontro prima di pubblicare l’attività.'),
        ]);
      const last = sessions.at(-1);
      if (move === 'end' && last && last.startsAt.getTime() > Date.now())
        throw new UserErrors([
          userError('id', 'NOT_FINISHED', 'L’attività si può chiudere dopo l’inizio dell’ultimo incontro.'),
        ]);
      const updated = await setActivity(tx, current.id, { status: ACTIVITY_MOVES[move].to });
      if (move === 'cancel')
        await tellEnrolled(tx, updated, {
          emailKind: 'group.cancelled',
          title: `Attività annullata: ${updated.title}`,
          lead: `Lo sportello lavoro ha annullato «${updated.title}», a cui eri iscritto. Ci scusiamo: trovi altre attività nel portale, oppure chiedi allo sportello.`,
        });
      return updated;
    });

  async function listActivities(where: SQL | undefined, page: Page, order: SQL[]) {
    const [rows, [total]] = await Promise.all([
      db
        .select()
        .from(groupActivities)
        .where(where)
        .orderBy(...order)
        .limit(page.limit + 1)
        .offset(page.offset),
      db.select({ n: count() }).from(groupActivities).where(where),
    ]);
    return { rows, total: total?.n ?? 0 };
  }

  /** The latest attendance record of each session and enrolment, among those matching `where`. */
  async function latestAttendance(where: SQL): Promise<AttendanceRecord[]> {
    const rows = await db
      .selectDistinctOn([groupAttendance.sessionId, groupAttendance.enrolmentId], {
        sessionId: groupAttendance.sessionId,
        enrolmentId: groupAttendance.enrolmentId,
        citizenId: groupEnrolments.citizenId,
        activityId: groupEnrolments.activityId,
        status: groupAttendance.status,
        recordedAt: groupAttendance.recordedAt,
        records:
          sql<number>`count(*) over (partition by ${groupAttendance.sessionId}, ${groupAttendance.enrolmentId})`.mapWith(
            Number,
          ),
      })
      .from(groupAttendance)
      .innerJoin(groupEnrolments, eq(groupEnrolments.id, groupAttendance.enrolmentId))
      .where(where)
      .orderBy(
        groupAttendance.sessionId,
        groupAttendance.enrolmentId,
        desc(groupAttendance.recordedAt),
        desc(groupAttendance.id),
      );
    return rows.map(({ records, ...row }) => ({ ...row, corrected: records > 1 }));
  }

  return {
    byId,

    async byIds(ids: readonly string[]): Promise<GroupActivity[]> {
      const valid = [...new Set(ids.filter(isUuid))];
      if (valid.length === 0) return [];
      return db.select().from(groupActivities).where(inArray(groupActivities.id, valid));
    },

    async enrolmentById(id: string): Promise<GroupEnrolment | undefined> {
      if (!isUuid(id)) return undefined;
      const [row] = await db.select().from(groupEnrolments).where(eq(groupEnrolments.id, id));
      return row;
    },

    /** A session with its activity. */
    async sessionById(id: string): Promise<{ session: GroupSession; activity: GroupActivity } | undefined> {
      if (!isUuid(id)) return undefined;
      const [row] = await db
        .select({ session: groupSessions, activity: groupActivities })
        .from(groupSessions)
        .innerJoin(groupActivities, eq(groupActivities.id, groupSessions.activityId))
        .where(eq(groupSessions.id, id));
      return row;
    },

    listForNetwork(
      networkId: string,
      filter: { status?: GroupActivityStatus | null; kind?: GroupActivity['kind'] | null },
      page: Page,
    ) {
      return listActivities(
        and(
          eq(groupActivities.networkId, networkId),
          filter.status ? eq(groupActivities.status, filter.status) : undefined,
          filter.kind ? eq(groupActivities.kind, filter.kind) : undefined,
        ),
        page,
        [desc(groupActivities.createdAt), desc(groupActivities.id)],
      );
    },

    /** What citizens of the network may enrol in: published, with a session still to come. */
    listOpen(networkId: string, page: Page) {
      const firstToCome = sql`(select min(${groupSessions.startsAt}) from ${groupSessions} where ${groupSessions.activityId} = ${groupActivities.id} and ${groupSessions.endsAt} > now())`;
      return listActivities(
        and(
          eq(groupActivities.networkId, networkId),
          eq(groupActivities.status, 'PUBLISHED'),
          sql`${firstToCome} is not null`,
        ),
        page,
        [asc(firstToCome), asc(groupActivities.id)],
      );
    },

    async listForCitizen(citizenId: string, page: Page) {
      const where = eq(groupEnrolments.citizenId, citizenId);
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(groupEnrolments)
          .where(where)
          .orderBy(desc(groupEnrolments.enrolledAt), desc(groupEnrolments.id))
          .limit(page.limit + 1)
          .offset(page.offset),
        db.select({ n: count() }).from(groupEnrolments).where(where),
      ]);
      return { rows, total: total?.n ?? 0 };
    },

    async sessionsOf(activityIds: readonly string[]): Promise<Map<string, GroupSession[]>> {
      const rows = activityIds.length
        ? await db
            .select()
            .from(groupSessions)
            .where(inArray(groupSessions.activityId, [...activityIds]))
            .orderBy(asc(groupSessions.startsAt), asc(groupSessions.id))
        : [];
      return groupByKey(activityIds, rows, (row) => row.activityId);
    },

    async seatsTakenOf(activityIds: readonly string[]): Promise<Map<string, number>> {
      const rows = activityIds.length
        ? await db
            .select({ activityId: groupEnrolments.activityId, n: count() })
            .from(groupEnrolments)
            .where(and(inArray(groupEnrolments.activityId, [...activityIds]), holdsSeat))
            .groupBy(groupEnrolments.activityId)
        : [];
      return new Map(rows.map((r) => [r.activityId, r.n]));
    },

    /** The enrolments of each activity, the latest first; only the citizen's own when one is given. */
    async enrolmentsOf(
      activityIds: readonly string[],
      citizenId?: string,
    ): Promise<Map<string, GroupEnrolment[]>> {
      const rows = activityIds.length
        ? await db
            .select()
            .from(groupEnrolments)
            .where(
              and(
                inArray(groupEnrolments.activityId, [...activityIds]),
                citizenId ? eq(groupEnrolments.citizenId, citizenId) : undefined,
              ),
            )
            .orderBy(desc(groupEnrolments.enrolledAt), desc(groupEnrolments.id))
        : [];
      return groupByKey(activityIds, rows, (row) => row.activityId);
    },

    /** The current attendance of each session; only the citizen's own when one is given. */
    async attendanceOfSessions(
      sessionIds: readonly string[],
      citizenId?: string,
    ): Promise<Map<string, AttendanceRecord[]>> {
      const rows = sessionIds.length
        ? await latestAttendance(
            and(
              inArray(groupAttendance.sessionId, [...sessionIds]),
              citizenId ? eq(groupEnrolments.citizenId, citizenId) : undefined,
            )!,
          )
        : [];
      return groupByKey(sessionIds, rows, (row) => row.sessionId);
    },

    async attendanceOfEnrolments(enrolmentIds: readonly string[]): Promise<Map<string, AttendanceRecord[]>> {
      const rows = enrolmentIds.length
        ? await latestAttendance(inArray(groupAttendance.enrolmentId, [...enrolmentIds]))
        : [];
      return groupByKey(enrolmentIds, rows, (row) => row.enrolmentId);
    },

    /** Attendance figures of each activity, over the current records. */
    async figuresOfActivities(activityIds: readonly string[]): Promise<Map<string, AttendanceFigures>> {
      const rows = activityIds.length
        ? await latestAttendance(inArray(groupEnrolments.activityId, [...activityIds]))
        : [];
      const grouped = groupByKey(activityIds, rows, (row) => row.activityId);
      return new Map([...grouped].map(([id, records]) => [id, figuresOf(records)]));
    },

    /** Attendance figures of each citizen, across every activity. */
    async figuresOfCitizens(citizenIds: readonly string[]): Promise<Map<string, AttendanceFigures>> {
      const rows = citizenIds.length
        ? await latestAttendance(inArray(groupEnrolments.citizenId, [...citizenIds]))
        : [];
      const grouped = groupByKey(citizenIds, rows, (row) => row.citizenId);
      return new Map([...grouped].map(([id, records]) => [id, figuresOf(records)]));
    },

    async create(
      networkId: string,
      operator: { userId: string; sportelloId: string | null },
      input: GroupActivityInput,
      sessions: readonly GroupSessionInput[],
      idempotencyKey: string | null | undefined,
    ): Promise<GroupActivity> {
      const errors = await activityErrors(networkId, input);
      const sportelloId = input.sportelloId || operator.sportelloId;
      if (!sportelloId)
        errors.push(userError('sportelloId', 'REQUIRED', 'Indica lo sportello che organizza l’attività.'));
      if (sessions.length > MAX_SESSIONS)
        errors.push(userError('sessions', 'TOO_MANY', `Al massimo ${MAX_SESSIONS} incontri.`));
      else
        for (const [i, session] of sessions.entries())
          errors.push(...(await sessionErrors(networkId, session, `sessions[${i}].`)));
      if (errors.length) throw new UserErrors(errors);
      const { id } = await createOnce(
        db,
        {
          actorId: operator.userId,
          key: idempotencyKey,
          operation: 'createGroupActivity',
          request: { input, sessions },
        },
        async (tx) => {
          const [row] = await tx
            .insert(groupActivities)
            .values({
              networkId,
              sportelloId: sportelloId!,
              createdBy: operator.userId,
              ...activityFields(input),
            })
            .returning({ id: groupActivities.id });
          if (sessions.length)
            await tx
              .insert(groupSessions)
              .values(sessions.map((s) => ({ activityId: row!.id, networkId, ...sessionFields(s, null) })));
          await recordAudit(tx, {
            networkId,
            actorUserId: operator.userId,
            action: 'group_activity.create',
            subjectType: 'group_activity',
            subjectId: row!.id,
          });
          return row!.id;
        },
      );
      return (await byId(id))!;
    },

    async update(activity: GroupActivity, operatorId: string, input: GroupActivityInput) {
      const errors = await activityErrors(activity.networkId, input);
      if (errors.length) throw new UserErrors(errors);
      return moveActivity(activity.id, 'update', operatorId, async (tx) => {
        const taken = await seatsTaken(tx, activity.id);
        if (input.capacity < taken)
          throw new UserErrors([
            userError(
              'capacity',
              'BELOW_ENROLLED',
              `I posti non possono essere meno degli iscritti (${taken}).`,
            ),
          ]);
        return setActivity(tx, activity.id, {
          ...activityFields(input),
          ...(input.sportelloId ? { sportelloId: input.sportelloId } : {}),
        });
      });
    },

    publish: statusMove('publish'),
    cancel: statusMove('cancel'),
    end: statusMove('end'),

    async addSession(activity: GroupActivity, operatorId: string, input: GroupSessionInput) {
      const errors = await sessionErrors(activity.networkId, input, '');
      if (errors.length) throw new UserErrors(errors);
      return moveActivity(activity.id, 'addSession', operatorId, async (tx, current) => {
        const [session] = await tx
          .insert(groupSessions)
          .values({ activityId: current.id, networkId: current.networkId, ...sessionFields(input, null) })
          .returning();
        await tellEnrolled(tx, current, {
          emailKind: 'group.session_added',
          title: `Nuovo incontro: ${current.title}`,
          lead: `Lo sportello ha aggiunto un incontro a «${current.title}»: ${formatItalianDateTime(session!.startsAt)}, ${session!.topic}.`,
        });
        return session!;
      });
    },

    async moveSession(session: GroupSession, operatorId: string, input: GroupSessionInput) {
      const errors = await sessionErrors(session.networkId, input, '');
      if (errors.length) throw new UserErrors(errors);
      return moveActivity(session.activityId, 'moveSession', operatorId, async (tx, current) => {
        const [before] = await tx
          .select()
          .from(groupSessions)
          .where(eq(groupSessions.id, session.id))
          .for('update');
        if (!before) throw stale();
        if (before.startsAt.getTime() <= Date.now())
          throw new UserErrors([
            userError('id', 'STARTED', "L'incontro è già iniziato: non si può spostare."),
          ]);
        const [moved] = await tx
          .update(groupSessions)
          .set({ ...sessionFields(input, before.videoUrl), sequence: before.sequence + 1 })
          .where(eq(groupSessions.id, session.id))
          .returning();
        await tellEnrolled(tx, current, {
          emailKind: 'group.session_moved',
          title: `Incontro spostato: ${current.title}`,
          lead: `L'incontro di «${current.title}» del ${formatItalianDateTime(before.startsAt)} è stato spostato a ${formatItalianDateTime(moved!.startsAt)}.`,
        });
        return moved!;
      });
    },

    /**
     * A place for the citizen. Concurrent requests for the last seat queue on the activity's row
     * lock, so each one counts the places the others took: exactly one gets it.
     */
    async enrol(activity: GroupActivity, citizenId: string, byUserId: string): Promise<GroupEnrolment> {
      try {
        return await db.transaction(async (tx) => {
          const current = await lockActivity(tx, activity.id);
          if (current?.status !== 'PUBLISHED')
            throw new UserErrors([
              userError('activityId', 'NOT_OPEN', "L'attività non è aperta alle iscrizioni."),
            ]);
          const sessions = await sessionsOfActivity(tx, activity.id);
          const now = Date.now();
          if (!sessions.some((s) => s.endsAt.getTime() > now))
            throw new UserErrors([userError('activityId', 'ENDED', "L'attività è già conclusa.")]);
          // A citizen asks for a place only before the first session; the sportello may still enrol someone late.
          if (byUserId === citizenId && sessions[0]!.startsAt.getTime() <= now)
            throw new UserErrors([
              userError(
                'activityId',
                'STARTED',
                "L'attività è già iniziata e non accetta nuove richieste. Chiedi allo sportello se ce ne saranno altre.",
              ),
            ]);
          const [already] = await tx
            .select({ id: groupEnrolments.id })
            .from(groupEnrolments)
            .where(
              and(
                eq(groupEnrolments.activityId, activity.id),
                eq(groupEnrolments.citizenId, citizenId),
                holdsSeat,
              ),
            );
          if (already) throw alreadyEnrolled();
          if ((await seatsTaken(tx, activity.id)) >= current.capacity)
            throw new UserErrors([userError('activityId', 'FULL', 'Non ci sono più posti disponibili.')]);
          const [row] = await tx
            .insert(groupEnrolments)
            .values({
              activityId: activity.id,
              networkId: activity.networkId,
              citizenId,
              enrolledBy: byUserId,
            })
            .returning();
          await recordAudit(tx, {
            networkId: activity.networkId,
            actorUserId: byUserId,
            action: 'group_activity.enrol',
            subjectType: 'group_enrolment',
            subjectId: row!.id,
          });
          await tellEnrolled(
            tx,
            current,
            {
              emailKind: 'group.enrolled',
              title: `Iscrizione confermata: ${current.title}`,
              lead: `Hai un posto in «${current.title}» (${KIND_LABEL[current.kind]}). Se non puoi partecipare, ritirati dal portale: il posto servirà a un'altra persona.`,
            },
            [row!],
          );
          return row!;
        });
      } catch (error) {
        if (violatedConstraint(error) === 'group_enrolments_activity_citizen_idx') throw alreadyEnrolled();
        throw error;
      }
    },

    async withdraw(enrolment: GroupEnrolment, byUserId: string): Promise<GroupEnrolment> {
      return db.transaction(async (tx) => {
        const activity = await lockActivity(tx, enrolment.activityId);
        const [current] = await tx.select().from(groupEnrolments).where(eq(groupEnrolments.id, enrolment.id));
        if (!activity || !current) throw stale();
        if (current.status !== 'ENROLLED')
          throw new UserErrors([userError('id', 'INVALID_TRANSITION', "L'iscrizione è già ritirata.")]);
        const [updated] = await tx
          .update(groupEnrolments)
          .set({ status: 'WITHDRAWN', withdrawnAt: new Date() })
          .where(eq(groupEnrolments.id, enrolment.id))
          .returning();
        await notifications.withdrawPending(tx, enrolment.id, REMINDER);
        await recordAudit(tx, {
          networkId: enrolment.networkId,
          actorUserId: byUserId,
          action: 'group_activity.withdraw',
          subjectType: 'group_enrolment',
          subjectId: enrolment.id,
        });
        return updated!;
      });
    },

    /**
     * Records attendance at a session that has started, one entry per enrolled citizen; a new
     * record corrects the earlier one, which stays in the register.
     */
    async recordAttendance(
      session: GroupSession,
      operatorId: string,
      entries: readonly { enrolmentId: string; status: AttendanceStatus }[],
    ): Promise<GroupSession> {
      return db.transaction(async (tx) => {
        const activity = await lockActivity(tx, session.activityId);
        if (!activity) throw stale();
        if (activity.status !== 'PUBLISHED' && activity.status !== 'ENDED')
          throw new UserErrors([
            userError('sessionId', 'INVALID_TRANSITION', `L'attività è ${STATUS_LABEL[activity.status]}.`),
          ]);
        if (session.startsAt.getTime() > Date.now())
          throw new UserErrors([
            userError(
              'sessionId',
              'NOT_STARTED',
              "L'incontro non è ancora iniziato: le presenze si segnano dopo.",
            ),
          ]);
        const ids = entries.map((e) => e.enrolmentId).filter(isUuid);
        const enrolled = new Set(
          (
            await tx
              .select({ id: groupEnrolments.id })
              .from(groupEnrolments)
              .where(
                and(
                  ids.length ? inArray(groupEnrolments.id, ids) : sql`false`,
                  eq(groupEnrolments.activityId, activity.id),
                  eq(groupEnrolments.status, 'ENROLLED'),
                ),
              )
          ).map((r) => r.id),
        );
        const errors: UserError[] = [];
        const seen = new Set<string>();
        for (const [i, entry] of entries.entries()) {
          if (!enrolled.has(entry.enrolmentId))
            errors.push(
              userError(
                `entries[${i}].enrolmentId`,
                'NOT_ENROLLED',
                'La persona non è iscritta a questa attività.',
              ),
            );
          else if (seen.has(entry.enrolmentId))
            errors.push(userError(`entries[${i}].enrolmentId`, 'DUPLICATE', 'La persona compare due volte.'));
          seen.add(entry.enrolmentId);
        }
        if (entries.length === 0) errors.push(userError('entries', 'REQUIRED', 'Segna almeno una presenza.'));
        if (errors.length) throw new UserErrors(errors);
        await tx.insert(groupAttendance).values(
          entries.map((e) => ({
            sessionId: session.id,
            enrolmentId: e.enrolmentId,
            networkId: session.networkId,
            status: e.status,
            recordedBy: operatorId,
          })),
        );
        await recordAudit(tx, {
          networkId: session.networkId,
          actorUserId: operatorId,
          action: 'group_activity.attendance',
          subjectType: 'group_session',
          subjectId: session.id,
        });
        return session;
      });
    },

    /**
     * What the attestato di partecipazione states: the activity, the sportello, the sessions the
     * citizen attended; undefined when none is marked PRESENT.
     */
    async certificate(enrolment: GroupEnrolment, reader: { userId: string }) {
      if (reader.userId !== enrolment.citizenId)
        await recordAudit(db, {
          networkId: enrolment.networkId,
          actorUserId: reader.userId,
          action: 'group_activity.certificate',
          subjectType: 'group_enrolment',
          subjectId: enrolment.id,
        });
      const present = (await latestAttendance(eq(groupAttendance.enrolmentId, enrolment.id)))
        .filter((r) => r.status === 'PRESENT')
        .map((r) => r.sessionId);
      const attended = present.length
        ? await db
            .select()
            .from(groupSessions)
            .where(inArray(groupSessions.id, present))
            .orderBy(asc(groupSessions.startsAt))
        : [];
      if (attended.length === 0) return undefined;
      const activity = (await byId(enrolment.activityId))!;
      const [sportello] = await network.sportelliByIds([activity.sportelloId]);
      const [comune] = await network.comuniByCodes([sportello!.comuneCode]);
      const [facilitator] = activity.facilitatorOperatorId
        ? await network.operatorsByIds([activity.facilitatorOperatorId])
        : [];
      return {
        activity,
        kindLabel: KIND_LABEL[activity.kind],
        sportello: { ...sportello!, comuneName: comune?.name ?? '' },
        facilitator: facilitator
          ? `${facilitator.user.givenName} ${facilitator.user.familyName}`
          : (activity.facilitatorName ?? ''),
        sessions: attended,
      };
    },
  };
}

export type GroupActivityService = ReturnType<typeof createGroupActivityService>;
export type Certificate = NonNullable<Awaited<ReturnType<GroupActivityService['certificate']>>>;
