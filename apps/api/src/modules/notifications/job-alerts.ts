import { type Db, jobAlertDeliveries, jobAlerts, users } from '@sportello/db';
import { and, asc, eq, inArray, lte, notInArray, sql } from 'drizzle-orm';
import { type UserError, UserErrors, userError } from '../../lib/errors.js';
import type { TokenService } from '../../lib/tokens.js';
import type { CvService } from '../cvs/service.js';
import type { MatchingService } from '../matching/service.js';
import type { VacancyService } from '../vacancies/service.js';
import { enqueueEmail } from './outbox.js';
import { PORTAL_PATHS } from './service.js';

export type JobAlert = typeof jobAlerts.$inferSelect;
export type JobAlertFrequency = JobAlert['frequency'];

const PERIOD_DAYS: Record<JobAlertFrequency, number> = { DAILY: 1, WEEKLY: 7 };
const FREQUENCY_WORD: Record<JobAlertFrequency, string> = { DAILY: 'giornaliero', WEEKLY: 'settimanale' };
const UNSUBSCRIBE = 'job-alert-unsubscribe';
/** The most vacancies one digest lists: the best matches among the new ones. */
const DIGEST_SIZE = 20;
const BATCH = 10;

const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

export function createJobAlertService(deps: {
  db: Db;
  tokens: TokenService;
  publicUrl: string;
  matching: MatchingService;
  vacancies: VacancyService;
  cvs: CvService;
}) {
  const { db, tokens, publicUrl, matching, vacancies, cvs } = deps;

  const unsubscribeLinks = async (alert: JobAlert) => {
    const token = await tokens.signPurpose(UNSUBSCRIBE, alert.id);
    return {
      page: `${publicUrl}${PORTAL_PATHS.CITIZEN}/avvisi-offerte/disiscrizione?token=${token}`,
      oneClick: `${publicUrl}/job-alerts/unsubscribe?token=${token}`,
    };
  };

  /**
   * The new published vacancies matching the citizen's CV that the alert has not sent yet, best
   * first. Read outside any transaction: the matching index and the vacancy reads use the pool.
   */
  async function freshVacancies(alert: JobAlert) {
    const matches = await matching.vacancies(alert.citizenId, { first: 100, minScore: alert.minScore });
    const scores = new Map(matches.map((m) => [m.vacancyId, m.score]));
    const candidates = (await vacancies.byIds([...scores.keys()])).filter(
      (v) =>
        v.status === 'PUBLISHED' &&
        v.networkId === alert.networkId &&
        v.publishedAt !== null &&
        v.publishedAt > alert.since,
    );
    if (candidates.length === 0) return [];
    const sent = await db
      .select({ vacancyId: jobAlertDeliveries.vacancyId })
      .from(jobAlertDeliveries)
      .where(
        and(
          eq(jobAlertDeliveries.alertId, alert.id),
          inArray(
            jobAlertDeliveries.vacancyId,
            candidates.map((v) => v.id),
          ),
        ),
      );
    const already = new Set(sent.map((row) => row.vacancyId));
    const fresh = candidates
      .filter((v) => !already.has(v.id))
      .sort((a, b) => scores.get(b.id)! - scores.get(a.id)!)
      .slice(0, DIGEST_SIZE);
    if (fresh.length === 0) return [];
    const [companies, occupations] = await Promise.all([
      vacancies.companyNames(fresh.map((v) => v.companyId)),
      cvs.occupationsByUris(fresh.map((v) => v.occupationUri)),
    ]);
    return fresh.map((v) => {
      const occupation = occupations.get(v.occupationUri);
      return {
        id: v.id,
        text: [
          `- ${v.title} – ${companies.get(v.companyId) ?? ''}`,
          `  Professione: ${occupation?.labelIt ?? occupation?.labelEn ?? ''}`,
          `  Quanto è adatta al tuo CV: ${Math.round(scores.get(v.id)!)} su 100`,
          `  ${vacancies.publicUrl(v)}`,
        ].join('\n'),
      };
    });
  }

  /**
   * Records the vacancies as sent and queues the email, in one transaction. The deliveries' key
   * keeps a vacancy from being sent twice, even by two runs that read the same ones.
   */
  async function sendDigest(alert: JobAlert, found: { id: string; text: string }[]): Promise<void> {
    await db.transaction(async (tx) => {
      const recorded = await tx
        .insert(jobAlertDeliveries)
        .values(found.map((v) => ({ alertId: alert.id, vacancyId: v.id })))
        .onConflictDoNothing()
        .returning({ vacancyId: jobAlertDeliveries.vacancyId });
      const newIds = new Set(recorded.map((row) => row.vacancyId));
      const lines = found.filter((v) => newIds.has(v.id)).map((v) => v.text);
      const [citizen] = await tx
        .select({ email: users.email, givenName: users.givenName, disabledAt: users.disabledAt })
        .from(users)
        .where(eq(users.id, alert.citizenId));
      if (lines.length === 0 || !citizen?.email || citizen.disabledAt) return;
      const links = await unsubscribeLinks(alert);
      const count = lines.length === 1 ? '1 nuova offerta adatta' : `${lines.length} nuove offerte adatte`;
      await enqueueEmail(tx, {
        kind: 'job-alert.digest',
        networkId: alert.networkId,
        subjectId: alert.id,
        mail: {
          to: citizen.email,
          subject: `Avviso offerte: ${count} a te`,
          text: [
            `Buongiorno ${citizen.givenName},`,
            `ecco le offerte di lavoro pubblicate di recente che sono adatte al tuo CV (punteggio almeno ${alert.minScore} su 100).`,
            lines.join('\n\n'),
            `Per candidarti, apri l'offerta e accedi al portale. Vedi tutte le offerte adatte a te: ${publicUrl}${PORTAL_PATHS.CITIZEN}/offerte-adatte`,
            `Ricevi questa email perché hai chiesto l'avviso ${FREQUENCY_WORD[alert.frequency]} delle nuove offerte. Puoi cambiarlo qui: ${publicUrl}${PORTAL_PATHS.CITIZEN}/avvisi-offerte`,
            `Per non riceverlo più, con un clic: ${links.page}`,
            'Sportello Lavoro',
          ].join('\n\n'),
          headers: {
            'List-Unsubscribe': `<${links.oneClick}>`,
            'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          },
        },
      });
      await tx.update(jobAlerts).set({ lastSentAt: sql`now()` }).where(eq(jobAlerts.id, alert.id));
    });
  }

  /**
   * Claims a batch of the alerts due by `dueBy` and moves their next run one period on, in a
   * transaction of its own with FOR UPDATE SKIP LOCKED, so several instances never claim the same
   * alert. `done` are the alerts this run already went through, which a `dueBy` in the future would
   * find due again.
   */
  async function claimBatch(dueBy: Date, done: Set<string>): Promise<JobAlert[]> {
    return db.transaction(async (tx) => {
      const due = await tx
        .select()
        .from(jobAlerts)
        .where(
          and(lte(jobAlerts.nextRunAt, dueBy), done.size ? notInArray(jobAlerts.id, [...done]) : undefined),
        )
        .orderBy(asc(jobAlerts.nextRunAt))
        .limit(BATCH)
        .for('update', { skipLocked: true });
      for (const alert of due) {
        done.add(alert.id);
        await tx
          .update(jobAlerts)
          .set({ nextRunAt: addDays(new Date(), PERIOD_DAYS[alert.frequency]) })
          .where(eq(jobAlerts.id, alert.id));
      }
      return due;
    });
  }

  function validate(input: { frequency: JobAlertFrequency; minScore: number }): UserError[] {
    if (!Number.isInteger(input.minScore) || input.minScore < 0 || input.minScore > 100) {
      return [userError('minScore', 'OUT_OF_RANGE', 'Il punteggio minimo va da 0 a 100.')];
    }
    return [];
  }

  return {
    async ofCitizen(citizenId: string): Promise<JobAlert | null> {
      const [row] = await db.select().from(jobAlerts).where(eq(jobAlerts.citizenId, citizenId));
      return row ?? null;
    },

    /** Creates or changes the citizen's alert; the first digest comes one period after it is asked. */
    async save(
      citizen: { userId: string; networkId: string },
      input: { frequency: JobAlertFrequency; minScore: number },
    ): Promise<JobAlert> {
      const errors = validate(input);
      if (errors.length) throw new UserErrors(errors);
      const nextRunAt = addDays(new Date(), PERIOD_DAYS[input.frequency]);
      const [row] = await db
        .insert(jobAlerts)
        .values({ networkId: citizen.networkId, citizenId: citizen.userId, ...input, nextRunAt })
        .onConflictDoUpdate({
          target: jobAlerts.citizenId,
          set: { frequency: input.frequency, minScore: input.minScore, nextRunAt },
        })
        .returning();
      return row!;
    },

    async remove(citizenId: string): Promise<void> {
      await db.delete(jobAlerts).where(eq(jobAlerts.citizenId, citizenId));
    },

    /** Stops the alert an unsubscribe token names; false for a bad token. A stopped alert stays stopped. */
    async unsubscribe(token: string): Promise<boolean> {
      const alertId = await tokens.verifyPurpose(UNSUBSCRIBE, token);
      if (!alertId) return false;
      await db.delete(jobAlerts).where(eq(jobAlerts.id, alertId));
      return true;
    },

    /** Sends the digests due by `dueBy`; returns how many alerts it went through. */
    async runDue(dueBy = new Date()): Promise<number> {
      const done = new Set<string>();
      for (let batch = await claimBatch(dueBy, done); batch.length; batch = await claimBatch(dueBy, done)) {
        for (const alert of batch) {
          const found = await freshVacancies(alert);
          if (found.length) await sendDigest(alert, found);
        }
      }
      return done.size;
    },
  };
}

export type JobAlertService = ReturnType<typeof createJobAlertService>;

/** Runs due digests on a timer; the claim in `runDue` keeps instances from sending one twice. */
