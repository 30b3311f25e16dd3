import { type Db, networks, retentionNotices, type Tx } from '@sportello/db';
import { eq, sql } from 'drizzle-orm';
import { UserErrors, userError } from '../../lib/errors.js';
import { rawRows } from '../../lib/raw-rows.js';
import { recordAudit } from '../audit/service.js';
import { enqueueEmail } from '../notifications/outbox.js';
import type { Notify } from '../notifications/service.js';
import type { ErasureService } from './erasure-requests.js';

/** Days between the notice and the anonymisation, for the person to sign in and keep the account. */
export const NOTICE_DAYS = 30;
const BATCH = 100;
export const RETENTION_MONTHS = { min: 6, max: 120 } as const;

/**
 * The last sign of life of a citizen: the account's creation, a sign-in, their case's activity, a
 * contact at the front desk (how a person without an email keeps the account).
 */
const lastActivity = (citizenId: ReturnType<typeof sql>) => sql`greatest(
  (select greatest(u.created_at, u.last_login_at) from users u where u.id = ${citizenId}),
  (select max(f.created_at) from front_desk_contacts f where f.citizen_id = ${citizenId}),
  (select max(greatest(k.opened_at, k.closed_at)) from cases k where k.citizen_id = ${citizenId}),
  (select max(d.created_at) from case_diary_entries d join cases k on k.id = d.case_id where k.citizen_id = ${citizenId}),
  (select max(v.created_at) from patto_versions v join cases k on k.id = v.case_id where k.citizen_id = ${citizenId})
)`;

const noticeDate = new Intl.DateTimeFormat('it-IT', { dateStyle: 'long', timeZone: 'Europe/Rome' });

/**
 * Storage limitation (art. 5(1)(e) GDPR): a citizen with no sign-in and no case activity for the
 * network's retention period gets a notice by email; NOTICE_DAYS later, still inactive, the
 * account is anonymised by the erasure routine. Activity after the notice cancels it. Every step
 * reads the state it changes, one citizen per transaction, so running it twice, on two instances
 * at once or again after a crash changes nothing more.
 */
export function createRetentionJob(
  db: Db,
  deps: { erasure: ErasureService; publicUrl: string; notify: Notify },
) {
  async function cancelNotices(): Promise<number> {
    const rows = await db
      .delete(retentionNotices)
      .where(sql`${lastActivity(sql`${retentionNotices.citizenId}`)} > ${retentionNotices.notifiedAt}`)
      .returning({ citizenId: retentionNotices.citizenId });
    return rows.length;
  }

  async function sendNotices(): Promise<number> {
    let sent = 0;
    for (;;) {
      const batch = await db.transaction(async (tx) => {
        const rows = await rawRows<{ citizenId: string; networkId: string; notifiedAt: string | Date }>(
          tx,
          sql`
          insert into retention_notices (citizen_id, network_id)
          select c.user_id, c.network_id
          from citizens c
          join users u on u.id = c.user_id
          join networks n on n.id = c.network_id
          where u.erased_at is null
            and not exists (select 1 from retention_notices r where r.citizen_id = c.user_id)
            and ${lastActivity(sql`c.user_id`)} < now() - make_interval(months => n.retention_months)
          limit ${BATCH}
          on conflict do nothing
          returning citizen_id as "citizenId", network_id as "networkId", notified_at as "notifiedAt"
        `,
        );
        for (const row of rows) await notice(tx, row);
        return rows.length;
      });
      sent += batch;
      if (batch < BATCH) return sent;
    }
  }

  async function notice(tx: Tx, row: { citizenId: string; networkId: string; notifiedAt: string | Date }) {
    const [person] = await rawRows<{
      email: string | null;
      givenName: string;
      familyName: string;
      months: number;
    }>(
      tx,
      sql`
      select u.email, u.given_name as "givenName", u.family_name as "familyName", n.retention_months as "months"
      from users u join networks n on n.id = u.network_id where u.id = ${row.citizenId}
    `,
    );
    await recordAudit(tx, {
      networkId: row.networkId,
      action: 'privacy.retention_notice',
      subjectType: 'citizen',
      subjectId: row.citizenId,
    });
    if (!person) return;
    const due = new Date(new Date(row.notifiedAt).getTime() + NOTICE_DAYS * 86_400_000);
    if (!person.email) {
      await deps.notify(tx, {
        kind: 'RETENTION_NOTICE',
        networkId: row.networkId,
        recipients: await lastSportelloStaff(tx, row),
        portal: 'OPERATOR',
        path: `/cittadini/${row.citizenId}`,
        title: `Da avvisare: ${person.givenName} ${person.familyName} non ha un’email`,
        body: `${person.givenName} ${person.familyName} non usa Sportello Lavoro da più di ${person.months} mesi e il ${noticeDate.format(due)} il suo account e i suoi dati saranno cancellati. Non ha un’email: avvisala per telefono o quando passa allo sportello. Se vuole tenere l’account, registra il contatto in Accoglienza prima di quella data.`,
      });
      return;
    }
    await enqueueEmail(tx, {
      kind: 'privacy.retention_notice',
      networkId: row.networkId,
      subjectId: row.citizenId,
      mail: {
        to: person.email,
        subject: 'Il tuo account Sportello Lavoro sta per essere cancellato',
        text: `Ciao ${person.givenName},\n\nnon usi Sportello Lavoro da più di ${person.months} mesi. Per non tenere i tuoi dati più del necessario, il ${noticeDate.format(due)} cancelleremo il tuo account, il curriculum e gli altri dati personali.\n\nSe vuoi tenere l’account basta accedere prima di quella data:\n${deps.publicUrl}/cittadini/accedi\n\nSe non accedi, non devi fare niente: ti scriveremo per confermare la cancellazione. Terremo senza il tuo nome solo quello che la legge ci chiede (gli inserimenti lavorativi, i tirocini e il registro delle operazioni).`,
      },
    });
  }

  /**
   * Who tells a person without an email: the operators of the sportello of their latest case, else
   * the network's admins.
   */
  async function lastSportelloStaff(tx: Tx, row: { citizenId: string; networkId: string }) {
    const rows = await rawRows<{ userId: string }>(
      tx,
      sql`
      with latest as (
        select sportello_id from cases where citizen_id = ${row.citizenId} order by opened_at desc limit 1
      )
      select o.user_id as "userId" from operators o join users u on u.id = o.user_id
      where o.sportello_id = (select sportello_id from latest) and u.disabled_at is null
      union
      select u.id from users u
      where u.network_id = ${row.networkId} and u.kind = 'NETWORK_ADMIN' and u.disabled_at is null
        and not exists (select 1 from latest)
    `,
    );
    return rows.map((r) => r.userId);
  }

  async function eraseExpired(): Promise<number> {
    let erased = 0;
    for (;;) {
      const done = await db.transaction(async (tx) => {
        const [due] = await rawRows<{ citizenId: string; networkId: string }>(
          tx,
          sql`
          select citizen_id as "citizenId", network_id as "networkId" from retention_notices
          where notified_at <= now() - make_interval(days => ${NOTICE_DAYS})
            and ${lastActivity(sql`retention_notices.citizen_id`)} <= notified_at
          order by notified_at limit 1 for update skip locked
        `,
        );
        if (!due) return false;
        await deps.erasure.complete(tx, due, 'RETENTION', null);
        return true;
      });
      if (!done) return erased;
      erased += 1;
    }
  }

  /**
   * Candidatures whose vacancy ended (closed, filled, rejected or expired) and which have not
   * changed for the retention period: the company no longer sees who the candidate was, and what
   * was written about them in the candidature goes. Status and dates stay, for the reports. One
   * batch per transaction, rows locked and skipped by a concurrent run.
   */
  async function pseudonymiseCandidatures(): Promise<number> {
    let done = 0;
    for (;;) {
      const batch = await db.transaction(async (tx) => {
        const rows = await rawRows<{ id: string }>(
          tx,
          sql`
          with due as (
            select a.id from applications a
            join vacancies v on v.id = a.vacancy_id
            join networks n on n.id = a.network_id
            where a.pseudonymised_at is null
              and a.updated_at < now() - make_interval(months => n.retention_months)
              and least(v.expires_on::timestamptz,
                    case when v.status in ('CLOSED', 'FILLED', 'REJECTED') then v.updated_at end)
                  < now() - make_interval(months => n.retention_months)
            limit ${BATCH}
            for update of a skip locked
          ), events as (
            update application_events set reason = null
            where application_id in (select id from due) and reason is not null
          ), meetings as (
            update interviews set message = null, response_note = null
            where application_id in (select id from due)
          )
          update applications set pseudonymised_at = now(), cover_letter = null, cover_letter_id = null,
            proposal_note = null
          where id in (select id from due)
          returning id
        `,
        );
        return rows.length;
      });
      done += batch;
      if (batch < BATCH) return done;
    }
  }

  /** Notifications outlive their use: those older than the retention period go, names and all. */
  async function deleteOldNotifications(): Promise<number> {
    const rows = await rawRows<{ id: string }>(
      db,
      sql`
      delete from notifications x using networks n
      where x.network_id = n.id and x.created_at < now() - make_interval(months => n.retention_months)
      returning x.id
    `,
    );
    return rows.length;
  }

  return {
    async policy(networkId: string) {
      const [row] = await db
        .select({ months: networks.retentionMonths })
        .from(networks)
        .where(eq(networks.id, networkId));
      return { months: row?.months ?? 24, noticeDays: NOTICE_DAYS };
    },

    async setMonths(networkId: string, months: number, actorUserId: string) {
      if (!Number.isInteger(months) || months < RETENTION_MONTHS.min || months > RETENTION_MONTHS.max)
        throw new UserErrors([
          userError(
            'months',
            'OUT_OF_RANGE',
            `Scrivi un numero intero di mesi da ${RETENTION_MONTHS.min} a ${RETENTION_MONTHS.max}.`,
          ),
        ]);
      await db.transaction(async (tx) => {
        await tx.update(networks).set({ retentionMonths: months }).where(eq(networks.id, networkId));
        await recordAudit(tx, {
          networkId,
          actorUserId,
          action: 'network.retention_updated',
          subjectType: 'network',
          subjectId: networkId,
          details: { months },
        });
      });
      return { months, noticeDays: NOTICE_DAYS };
    },

    /**
     * One pass: cancel notices of people who came back, erase the expired, send new notices, then
     * pseudonymise old candidatures and delete old notifications.
     */
    async run() {
      const cancelled = await cancelNotices();
      const erased = await eraseExpired();
      const notified = await sendNotices();
      const pseudonymised = await pseudonymiseCandidatures();
      const notificationsDeleted = await deleteOldNotifications();
      return { cancelled, erased, notified, pseudonymised, notificationsDeleted };
    },
  };
}

export type RetentionJob = ReturnType<typeof createRetentionJob>;
