import { applicationEvents, applications, type Db, networks, type Tx } from '@sportello/db';
import { and, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import { applicationStatusChanged, candidaturesAwaitingAnswer } from '../notifications/messages.js';
import type { Notify } from '../notifications/service.js';
import type { Application } from './service.js';

const BATCH = 50;
/** The company's answers to a candidature: its first move out of APPLIED. */
const ANSWERS = ['SHORTLISTED', 'REJECTED'] as const;

export interface CompanyAnswerTimes {
  /** Mean days from the candidature to the company's first answer; null before any answer. */
  averageDays: number | null;
  answered: number;
  awaiting: number;
  closedWithoutAnswer: number;
}

/**
 * Candidatures the company leaves unanswered: after the network's answer days the company is
 * reminded (once), after twice as many the candidature closes as NO_ANSWER and the citizen is told.
 * Safe to run on several API instances at once: rows are claimed with SKIP LOCKED, and a reminded or
 * closed candidature no longer matches.
 */
export function createCompanyAnswerService(db: Db, notify: Notify) {
  /** Candidatures still waiting since `factor` times their network's answer days before `now`. */
  const waitingSince = (now: Date, factor: number) =>
    and(
      eq(applications.status, 'APPLIED'),
      lte(
        applications.disclosedAt,
        sql`${now.toISOString()}::timestamptz - make_interval(days => ${factor} * ${networks.companyResponseDays})`,
      ),
    );

  const claim = (tx: Tx, now: Date, factor: number, onlyUnreminded: boolean) =>
    tx
      .select({ application: applications, days: networks.companyResponseDays })
      .from(applications)
      .innerJoin(networks, eq(networks.id, applications.networkId))
      .where(
        and(waitingSince(now, factor), onlyUnreminded ? isNull(applications.companyRemindedAt) : undefined),
      )
      .orderBy(applications.disclosedAt)
      .limit(BATCH)
      .for('update', { of: applications, skipLocked: true });

  async function closeBatch(now: Date): Promise<number> {
    return db.transaction(async (tx) => {
      const due = await claim(tx, now, 2, false);
      if (due.length === 0) return 0;
      await tx
        .update(applications)
        .set({ status: 'NO_ANSWER', updatedAt: now })
        .where(
          inArray(
            applications.id,
            due.map((d) => d.application.id),
          ),
        );
      await tx.insert(applicationEvents).values(
        due.map(({ application, days }) => ({
          applicationId: application.id,
          fromStatus: 'APPLIED' as const,
          toStatus: 'NO_ANSWER' as const,
          actorUserId: null,
          reason: `L'azienda non ha risposto entro ${2 * days} giorni.`,
          at: now,
        })),
      );
      for (const { application } of due) {
        await notify(tx, await applicationStatusChanged(tx, { ...application, status: 'NO_ANSWER' }));
      }
      return due.length;
    });
  }

  async function remindBatch(now: Date): Promise<number> {
    return db.transaction(async (tx) => {
      const due = await claim(tx, now, 1, true);
      if (due.length === 0) return 0;
      await tx
        .update(applications)
        .set({ companyRemindedAt: now })
        .where(
          inArray(
            applications.id,
            due.map((d) => d.application.id),
          ),
        );
      // One message per vacancy, however many of its candidatures wait.
      const byVacancy = new Map<string, { sample: Application; count: number; days: number }>();
      for (const { application, days } of due) {
        const entry = byVacancy.get(application.vacancyId);
        if (entry) entry.count++;
        else byVacancy.set(application.vacancyId, { sample: application, count: 1, days });
      }
      for (const { sample, count, days } of byVacancy.values()) {
        await notify(tx, await candidaturesAwaitingAnswer(tx, sample, count, days));
      }
      return due.length;
    });
  }

  async function drain(batch: () => Promise<number>): Promise<number> {
    let total = 0;
    for (;;) {
      const done = await batch();
      total += done;
      if (done < BATCH) return total;
    }
  }

  return {
    /** Closes, then reminds: a candidature already past twice the time is closed, not reminded. */
    async sweep(now = new Date()): Promise<number> {
      const closed = await drain(() => closeBatch(now));
      return closed + (await drain(() => remindBatch(now)));
    },

    /** For the staff: how each company answers its candidatures. */
    async answerTimes(companyIds: readonly string[]): Promise<Map<string, CompanyAnswerTimes>> {
      if (companyIds.length === 0) return new Map();
      const answeredAt = sql`(select min(${applicationEvents.at}) from ${applicationEvents}
        where ${applicationEvents.applicationId} = ${applications.id}
          and ${applicationEvents.fromStatus} = 'APPLIED'
          and ${inArray(applicationEvents.toStatus, [...ANSWERS])})`;
      const rows = await db
        .select({
          companyId: applications.companyId,
          averageDays: sql<
            string | null
          >`avg(extract(epoch from ${answeredAt} - ${applications.disclosedAt})) / 86400`,
          answered: sql<number>`count(${answeredAt})::int`,
          awaiting: sql<number>`(count(*) filter (where ${applications.status} = 'APPLIED'))::int`,
          closedWithoutAnswer: sql<number>`(count(*) filter (where ${applications.status} = 'NO_ANSWER'))::int`,
        })
        .from(applications)
        .where(
          and(inArray(applications.companyId, [...companyIds]), sql`${applications.disclosedAt} is not null`),
        )
        .groupBy(applications.companyId);
      return new Map(
        rows.map((row) => [
          row.companyId,
          {
            // Never below zero: an answer recorded with the candidature (a clock apart) took no time.
            averageDays:
              row.averageDays === null ? null : Math.max(0, Math.round(Number(row.averageDays) * 10) / 10),
            answered: row.answered,
            awaiting: row.awaiting,
            closedWithoutAnswer: row.closedWithoutAnswer,
          },
        ]),
      );
    },
  };
}

export type CompanyAnswerService = ReturnType<typeof createCompanyAnswerService>;
