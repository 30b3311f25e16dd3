import { companies, type Db, interviews, type Tx } from '@sportello/db';
import { and, asc, count, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import { calendarInvitation } from '../../lib/calendar.js';
import { retryingDeadlocks } from '../../lib/deadlocks.js';
import { type UserError, UserErrors, userError } from '../../lib/errors.js';
import { groupByKey } from '../../lib/group-by.js';
import type { Page } from '../../lib/pagination.js';
import { isUuid, optionalText, requiredText, violatedConstraint } from '../../lib/validation.js';
import type { VideoRoomProvider } from '../../lib/video-rooms.js';
import { SLOT_MINUTES } from '../appointments/service.js';
import { interviewAnswered, interviewProposed } from '../notifications/messages.js';
import type { Notify } from '../notifications/service.js';
import { type Application, archived } from './service.js';

export type Interview = typeof interviews.$inferSelect;

export function createInterviewService(deps: {
  db: Db;
  videoRooms: VideoRoomProvider;
  mailDomain: string;
  notify: Notify;
}) {
  const { db, videoRooms, mailDomain, notify } = deps;

  /** The candidate's answer applies only to a proposal still open: of concurrent answers one wins. */
  async function answer(
    tx: Tx,
    interview: Interview,
    status: Interview['status'],
    note: string | null | undefined,
  ): Promise<Interview> {
    const [updated] = await tx
      .update(interviews)
      .set({ status, responseNote: note?.trim() || null, respondedAt: sql`now()` })
      .where(and(eq(interviews.id, interview.id), eq(interviews.status, 'PROPOSED')))
      .returning();
    if (!updated)
      throw new UserErrors([userError('id', 'ALREADY_ANSWERED', 'Hai già risposto a questa proposta.')]);
    return updated;
  }

  return {
    async byId(id: string): Promise<Interview | undefined> {
      if (!isUuid(id)) return undefined;
      const [row] = await db.select().from(interviews).where(eq(interviews.id, id));
      return row;
    },

    async listForNetwork(
      networkId: string,
      filter: { status?: Interview['status'] | null; upcoming: boolean },
      page: Page,
    ) {
      const where = and(
        eq(interviews.networkId, networkId),
        filter.status ? eq(interviews.status, filter.status) : undefined,
        filter.upcoming ? gt(interviews.endsAt, sql`now()`) : undefined,
      );
      const order = filter.upcoming
        ? [asc(interviews.startsAt), asc(interviews.id)]
        : [desc(interviews.startsAt), desc(interviews.id)];
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(interviews)
          .where(where)
          .orderBy(...order)
          .limit(page.limit + 1)
          .offset(page.offset),
        db.select({ n: count() }).from(interviews).where(where),
      ]);
      return { rows, total: total?.n ?? 0 };
    },

    async ofApplications(applicationIds: readonly string[]): Promise<Map<string, Interview[]>> {
      const rows = applicationIds.length
        ? await db
            .select()
            .from(interviews)
            .where(inArray(interviews.applicationId, [...applicationIds]))
            .orderBy(asc(interviews.startsAt))
        : [];
      return groupByKey(applicationIds, rows, (row) => row.applicationId);
    },

    async propose(
      application: Application,
      proposedBy: string,
      input: {
        startsAt: Date;
        durationMinutes: number;
        mode: Interview['mode'];
        location?: string | null;
        message?: string | null;
      },
    ): Promise<Interview> {
      const errors: UserError[] = [...optionalText('message', input.message, 2000)];
      if (application.pseudonymisedAt) errors.push(archived('applicationId'));
      else if (!['SHORTLISTED', 'INTERVIEW'].includes(application.status) || !application.disclosedAt) {
        errors.push(
          userError('applicationId', 'NOT_SHORTLISTED', 'Si propone un colloquio a chi è in preselezione.'),
        );
      }
      if (input.startsAt.getTime() <= Date.now())
        errors.push(userError('startsAt', 'IN_THE_PAST', "L'orario deve essere nel futuro."));
      if (
        !Number.isInteger(input.durationMinutes) ||
        input.durationMinutes < SLOT_MINUTES.min ||
        input.durationMinutes > SLOT_MINUTES.max
      ) {
        errors.push(
          userError(
            'durationMinutes',
            'OUT_OF_RANGE',
            `La durata va da ${SLOT_MINUTES.min} a ${SLOT_MINUTES.max} minuti.`,
          ),
        );
      }
      if (input.mode === 'IN_PERSON') errors.push(...requiredText('location', input.location ?? '', 3, 300));
      if (errors.length) throw new UserErrors(errors);
      return db.transaction(async (tx) => {
        const [interview] = await tx
          .insert(interviews)
          .values({
            networkId: application.networkId,
            applicationId: application.id,
            citizenId: application.citizenId,
            companyId: application.companyId,
            startsAt: input.startsAt,
            endsAt: new Date(input.startsAt.getTime() + input.durationMinutes * 60_000),
            mode: input.mode,
            location: input.mode === 'IN_PERSON' ? input.location!.trim() : null,
            videoUrl: input.mode === 'ONLINE' ? videoRooms.newRoomUrl() : null,
            message: input.message?.trim() || null,
            proposedBy,
          })
          .returning();
        const [company] = await tx.select().from(companies).where(eq(companies.id, application.companyId));
        const where = interview!.location ?? `online, su ${interview!.videoUrl}`;
        const calendar = {
          method: 'REQUEST' as const,
          content: calendarInvitation(
            {
              uid: interview!.id,
              sequence: 0,
              startsAt: interview!.startsAt,
              endsAt: interview!.endsAt,
              summary: `Colloquio di lavoro – ${company!.legalName}`,
              description: 'Proposto tramite Sportello Lavoro.',
              location: where,
              url: interview!.videoUrl,
              organizerEmail: company!.email,
              cancelled: false,
            },
            mailDomain,
          ),
        };
        await notify(tx, await interviewProposed(tx, interview!, calendar));
        return interview!;
      });
    },

    async respond(
      interview: Interview,
      accept: boolean,
      note: string | null | undefined,
    ): Promise<Interview> {
      const errors = optionalText('note', note, 1000);
      if (errors.length) throw new UserErrors(errors);
      try {
        return await retryingDeadlocks(() =>
          db.transaction(async (tx) => {
            const updated = await answer(tx, interview, accept ? 'ACCEPTED' : 'DECLINED', note);
            await notify(tx, await interviewAnswered(tx, updated));
            return updated;
          }),
        );
      } catch (error) {
        if (violatedConstraint(error) !== 'interviews_citizen_no_overlap') throw error;
        throw new UserErrors([
          userError('id', 'PERSON_BUSY', 'Hai già accettato un altro colloquio in quest’orario.'),
        ]);
      }
    },

    /** The candidate declines the date and says when they can come; the company proposes another. */
    async askForAnotherDate(interview: Interview, note: string): Promise<Interview> {
      const errors = requiredText('note', note, 3, 1000);
      if (errors.length) throw new UserErrors(errors);
      return db.transaction(async (tx) => {
        const updated = await answer(tx, interview, 'NEW_DATE_REQUESTED', note);
        await notify(tx, await interviewAnswered(tx, updated));
        return updated;
      });
    },
  };
}

export type InterviewService = ReturnType<typeof createInterviewService>;
