import { type Db, notificationPreferences, notifications, type Tx, users } from '@sportello/db';
import { and, count, desc, eq, gt, inArray, isNull, lte, sql } from 'drizzle-orm';
import { UserErrors, userError } from '../../lib/errors.js';
import type { Mail } from '../../lib/mailer.js';
import type { Page } from '../../lib/pagination.js';
import { isUuid } from '../../lib/validation.js';
import { KINDS, NOTIFICATION_KINDS, type NotificationKind } from './kinds.js';
import { discardPending, enqueueEmail } from './outbox.js';

export type Notification = typeof notifications.$inferSelect;
export type Portal = Notification['portal'];

export const PORTAL_PATHS: Record<Portal, string> = {
  CITIZEN: '/cittadini',
  COMPANY: '/aziende',
  OPERATOR: '/operatori',
};

export interface NotificationEvent {
  kind: NotificationKind;
  networkId: string | null;
  /** Users to tell; duplicates are told once. */
  recipients: readonly string[];
  /** The portal the recipients use and the page there, e.g. "/tirocini/<id>". */
  portal: Portal;
  path: string;
  /** What it is about, e.g. a booking: groups its messages so pending ones can be withdrawn. */
  subjectId?: string | null;
  /** One line: the in-app title and the email's subject. */
  title: string;
  /** Plain Italian, addressed to the recipient ("tu"); the email adds greeting, link and reason. */
  body: string;
  calendar?: Mail['calendar'];
  /** Told at this time instead of now (a reminder): hidden in-app and held in the outbox until then. */
  notBefore?: Date;
  /** Names the outbox message, e.g. "booking.reminder"; by default the kind. */
  emailKind?: string;
}

export function createNotificationService(deps: { db: Db; publicUrl: string }) {
  const { db, publicUrl } = deps;
  const pageUrl = (portal: Portal, path: string) => `${publicUrl}${PORTAL_PATHS[portal]}${path}`;
  const visible = lte(notifications.createdAt, sql`now()`);

  /**
   * Tells each recipient in-app and, unless they turned that kind's email off, by email through the
   * outbox: all in the caller's transaction, so it is told exactly when the change happens.
   */
  async function notify(
    tx: Db | Tx,
    events: NotificationEvent | readonly NotificationEvent[],
  ): Promise<void> {
    for (const event of 'kind' in events ? [events] : events) await notifyOne(tx, event);
  }

  async function notifyOne(tx: Db | Tx, event: NotificationEvent): Promise<void> {
    const userIds = [...new Set(event.recipients)];
    if (userIds.length === 0) return;
    const kind = KINDS[event.kind];
    const people = await tx
      .select({
        id: users.id,
        email: users.email,
        givenName: users.givenName,
        disabledAt: users.disabledAt,
        wantsEmail: notificationPreferences.email,
      })
      .from(users)
      .leftJoin(
        notificationPreferences,
        and(eq(notificationPreferences.userId, users.id), eq(notificationPreferences.kind, event.kind)),
      )
      .where(inArray(users.id, userIds));
    if (people.length === 0) return;
    await tx.insert(notifications).values(
      people.map((person) => ({
        networkId: event.networkId,
        userId: person.id,
        kind: event.kind,
        title: event.title,
        body: event.body,
        portal: event.portal,
        path: event.path,
        subjectId: event.subjectId ?? null,
        ...(event.notBefore ? { createdAt: event.notBefore } : {}),
      })),
    );
    const link = pageUrl(event.portal, event.path);
    const settings = pageUrl(event.portal, '/notifiche/preferenze');
    for (const person of people) {
      // A citizen registered at the desk without an email hears from the sportello and in the portal.
      if (person.disabledAt || !person.email) continue;
      if (!kind.mandatory && person.wantsEmail === false) continue;
      const footer = kind.mandatory
        ? `Ricevi questa email perché ${kind.because}. È un messaggio di servizio e non si può disattivare.`
        : `Ricevi questa email perché ${kind.because}. Puoi scegliere quali email ricevere qui: ${settings}`;
      await enqueueEmail(tx, {
        kind: event.emailKind ?? event.kind,
        networkId: event.networkId,
        subjectId: event.subjectId ?? undefined,
        ...(event.notBefore ? { notBefore: event.notBefore } : {}),
        mail: {
          to: person.email,
          subject: event.title,
          text: `Buongiorno ${person.givenName},\n\n${event.body}\n\nApri la pagina: ${link}\n\n${footer}\n\nSportello Lavoro`,
          ...(event.calendar ? { calendar: event.calendar } : {}),
        },
      });
    }
  }

  /** Withdraws what is not yet told about a subject, e.g. the reminder of a cancelled colloquio. */
  async function withdrawPending(tx: Db | Tx, subjectId: string, emailKind: string): Promise<void> {
    await discardPending(tx, subjectId, emailKind);
    await tx
      .delete(notifications)
      .where(and(eq(notifications.subjectId, subjectId), gt(notifications.createdAt, sql`now()`)));
  }

  return {
    notify,
    withdrawPending,
    pageUrl,

    async list(userId: string, unreadOnly: boolean, page: Page) {
      const where = and(
        eq(notifications.userId, userId),
        visible,
        unreadOnly ? isNull(notifications.readAt) : undefined,
      );
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(notifications)
          .where(where)
          .orderBy(desc(notifications.createdAt), desc(notifications.id))
          .limit(page.limit + 1)
          .offset(page.offset),
        db.select({ n: count() }).from(notifications).where(where),
      ]);
      return { rows, total: total?.n ?? 0 };
    },

    async unreadCount(userId: string): Promise<number> {
      const [row] = await db
        .select({ n: count() })
        .from(notifications)
        .where(and(eq(notifications.userId, userId), visible, isNull(notifications.readAt)));
      return row?.n ?? 0;
    },

    /** Marks the user's own notifications read: the given ones, or all when none are given. */
    async markRead(userId: string, ids: readonly string[] | null | undefined): Promise<void> {
      if (ids && !ids.every(isUuid)) {
        throw new UserErrors([userError('ids', 'INVALID_ID', 'Una delle notifiche indicate non esiste.')]);
      }
      await db
        .update(notifications)
        .set({ readAt: sql`now()` })
        .where(
          and(
            eq(notifications.userId, userId),
            visible,
            isNull(notifications.readAt),
            ids ? inArray(notifications.id, [...ids]) : undefined,
          ),
        );
    },

    /** The kinds a person of this kind can receive, with their email choice. */
    async preferences(userId: string, userKind: string) {
      const rows = await db
        .select()
        .from(notificationPreferences)
        .where(eq(notificationPreferences.userId, userId));
      const chosen = new Map(rows.map((row) => [row.kind, row.email]));
      return NOTIFICATION_KINDS.filter((kind) =>
        (KINDS[kind].audience as readonly string[]).includes(userKind),
      ).map((kind) => ({
        kind,
        label: KINDS[kind].label,
        mandatoryReason: KINDS[kind].mandatory ?? null,
        email: KINDS[kind].mandatory ? true : (chosen.get(kind) ?? true),
      }));
    },

    async setPreference(userId: string, userKind: string, kind: NotificationKind, email: boolean) {
      const info = KINDS[kind];
      if (!(info.audience as readonly string[]).includes(userKind)) {
        throw new UserErrors([userError('kind', 'NOT_YOURS', 'Non ricevi notifiche di questo tipo.')]);
      }
      if (info.mandatory && !email) {
        throw new UserErrors([userError('kind', 'MANDATORY', info.mandatory)]);
      }
      await db
        .insert(notificationPreferences)
        .values({ userId, kind, email })
        .onConflictDoUpdate({
          target: [notificationPreferences.userId, notificationPreferences.kind],
          set: { email },
        });
      return {
        kind,
        label: info.label,
        mandatoryReason: info.mandatory ?? null,
        email,
      };
    },
  };
}

export type NotificationService = ReturnType<typeof createNotificationService>;
export type Notify = NotificationService['notify'];
