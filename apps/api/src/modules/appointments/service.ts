import { appointmentSlots, bookings, citizens, type Db, sportelli, type Tx } from '@sportello/db';
import { and, asc, count, eq, inArray, isNull, ne, type SQL, sql } from 'drizzle-orm';
import { calendarInvitation } from '../../lib/calendar.js';
import { retryingDeadlocks } from '../../lib/deadlocks.js';
import { type UserError, UserErrors, userError } from '../../lib/errors.js';
import { formatItalianDateTime } from '../../lib/format.js';
import type { Page } from '../../lib/pagination.js';
import { isUuid, requiredText, violatedConstraint } from '../../lib/validation.js';
import type { VideoRoomProvider } from '../../lib/video-rooms.js';
import { announceBookingChanged } from '../live/announcements.js';
import { companyMemberIds } from '../notifications/messages.js';
import type { NotificationService } from '../notifications/service.js';
import { nonWorkingDay } from './working-days.js';

export type Slot = typeof appointmentSlots.$inferSelect;
export type Booking = typeof bookings.$inferSelect;
export type Party = { citizenId: string } | { companyId: string };

export const SLOT_MINUTES = { min: 15, max: 240 };
const KIND_LABEL: Record<Slot['kind'], string> = { ORIENTATION: 'orientamento', COUNSELLING: 'consulenza' };

const SLOT_TAKEN = userError(
  'slotId',
  'SLOT_TAKEN',
  "Quest'orario è appena stato prenotato da qualcun altro: scegline un altro.",
);
const PERSON_BUSY = userError('slotId', 'PERSON_BUSY', 'Hai già un colloquio prenotato in quest’orario.');
const SLOT_NOT_AVAILABLE = userError('slotId', 'SLOT_NOT_AVAILABLE', 'Questo orario non è più disponibile.');
const NOT_BOOKED = userError('id', 'NOT_BOOKED', 'Il colloquio è già stato annullato o svolto.');

const live = ne(bookings.status, 'CANCELLED');

export interface AppointmentDeps {
  db: Db;
  notifications: NotificationService;
  videoRooms: VideoRoomProvider;
  mailDomain: string;
  publicUrl: string;
  /** Hours before a colloquio its reminder is due. */
  bookingReminderHours: number;
}

export function createAppointmentService({
  db,
  videoRooms,
  mailDomain,
  publicUrl,
  notifications,
  bookingReminderHours,
}: AppointmentDeps) {
  /** The constraint violations of a booking write, as the person should read them. */
  function bookingConflict(error: unknown): UserErrors | null {
    const constraint = violatedConstraint(error);
    if (constraint === 'bookings_slot_live_idx') return new UserErrors([SLOT_TAKEN]);
    if (constraint === 'bookings_citizen_no_overlap' || constraint === 'bookings_company_no_overlap') {
      return new UserErrors([PERSON_BUSY]);
    }
    return null;
  }

  async function requireBookable(tx: Db | Tx, slotId: string): Promise<Slot> {
    const [slot] = await tx
      .select()
      .from(appointmentSlots)
      .where(
        and(
          eq(appointmentSlots.id, slotId),
          isNull(appointmentSlots.cancelledAt),
          sql`${appointmentSlots.startsAt} > now()`,
        ),
      );
    if (!slot) throw new UserErrors([SLOT_NOT_AVAILABLE]);
    return slot;
  }

  /** When and where a booking takes place, and its calendar invitation (the same UID across changes). */
  async function invitation(tx: Db | Tx, booking: Booking, slot: Slot, cancelled: boolean) {
    const [sportello] = await tx.select().from(sportelli).where(eq(sportelli.id, slot.sportelloId));
    if (!sportello) return undefined;
    const when = formatItalianDateTime(slot.startsAt);
    const where =
      slot.mode === 'ONLINE' ? `online, su ${booking.videoUrl}` : `${sportello.name}, ${sportello.address}`;
    const calendar = {
      method: cancelled ? ('CANCEL' as const) : ('REQUEST' as const),
      content: calendarInvitation(
        {
          uid: booking.id,
          sequence: booking.sequence,
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
          summary: `Colloquio di ${KIND_LABEL[slot.kind]} – ${sportello.name}`,
          description: `Sportello Lavoro. Gestisci i tuoi appuntamenti su ${publicUrl}`,
          location: where,
          url: booking.videoUrl,
          organizerEmail: sportello.email ?? `noreply@${mailDomain}`,
          cancelled,
        },
        mailDomain,
      ),
    };
    return { when, where, calendar };
  }

  /**
   * Tells the person who booked (the citizen, or the company's members) in-app and by email with
   * the calendar invitation, and schedules the reminder, in the booking's transaction.
   */
  async function notify(
    tx: Db | Tx,
    booking: Booking,
    slot: Slot,
    change: 'BOOKED' | 'RESCHEDULED' | 'CANCELLED',
  ): Promise<void> {
    await announceBookingChanged(tx, booking, slot, change);
    const details = await invitation(tx, booking, slot, change === 'CANCELLED');
    if (!details) return;
    const { when, where, calendar } = details;
    const subject = {
      BOOKED: 'Colloquio prenotato',
      RESCHEDULED: 'Colloquio spostato',
      CANCELLED: 'Colloquio annullato',
    }[change];
    const lead = {
      BOOKED: 'Il tuo colloquio è prenotato',
      RESCHEDULED: 'Il tuo colloquio è stato spostato',
      CANCELLED: 'Il tuo colloquio è stato annullato',
    }[change];
    const audience = booking.citizenId
      ? { recipients: [booking.citizenId], portal: 'CITIZEN' as const, path: '/colloqui' }
      : {
          recipients: await companyMemberIds(tx, booking.companyId!),
          portal: 'COMPANY' as const,
          path: '/colloqui',
        };
    await notifications.withdrawPending(tx, booking.id, 'booking.reminder');
    // A colloquio booked closer to its start than the reminder's lead gets the reminder at once.
    const remindAt = new Date(
      Math.max(slot.startsAt.getTime() - bookingReminderHours * 3_600_000, Date.now()),
    );
    const reminder = change !== 'CANCELLED';
    const told = {
      kind: 'COLLOQUIO' as const,
      networkId: booking.networkId,
      subjectId: booking.id,
      ...audience,
    };
    await notifications.notify(tx, [
      {
        ...told,
        emailKind: `booking.${change.toLowerCase()}`,
        title: `${subject}: ${when}`,
        body: `${lead}.\n\nQuando: ${when}\nDove: ${where}\n\nIn allegato trovi l'invito da aggiungere al tuo calendario.`,
        calendar,
      },
      ...(reminder
        ? [
            {
              ...told,
              emailKind: 'booking.reminder',
              notBefore: remindAt,
              title: `Promemoria: colloquio ${when}`,
              body: `Ti ricordiamo il tuo colloquio.\n\nQuando: ${when}\nDove: ${where}\n\nSe non puoi venire, annullalo o spostalo dal portale: il posto servirà a un'altra persona.`,
              calendar,
            },
          ]
        : []),
    ]);
  }

  async function listSlots(where: SQL | undefined, page: Page) {
    const [rows, [total]] = await Promise.all([
      db
        .select()
        .from(appointmentSlots)
        .where(where)
        .orderBy(asc(appointmentSlots.startsAt), asc(appointmentSlots.id))
        .limit(page.limit + 1)
        .offset(page.offset),
      db.select({ n: count() }).from(appointmentSlots).where(where),
    ]);
    return { rows, total: total?.n ?? 0 };
  }

  return {
    async publishSlot(
      operator: { userId: string; networkId: string; sportelloId: string },
      input: {
        kind: Slot['kind'];
        mode: Slot['mode'];
        startsAt: Date;
        durationMinutes: number;
        confirmNonWorkingDay?: boolean | null;
      },
    ): Promise<Slot> {
      const errors: UserError[] = [];
      if (input.startsAt.getTime() <= Date.now()) {
        errors.push(userError('startsAt', 'IN_THE_PAST', "L'orario deve essere nel futuro."));
      }
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
      const closed =
        errors.length === 0 && !input.confirmNonWorkingDay ? nonWorkingDay(input.startsAt) : null;
      if (closed) {
        errors.push(
          userError(
            'startsAt',
            'NON_WORKING_DAY',
            `Quest’orario cade ${closed === 'domenica' ? 'di domenica' : `in un giorno di festa (${closed})`}: di solito lo sportello è chiuso. Se vuoi offrirlo comunque, confermalo.`,
          ),
        );
      }
      if (errors.length) throw new UserErrors(errors);
      try {
        const [slot] = await db
          .insert(appointmentSlots)
          .values({
            networkId: operator.networkId,
            sportelloId: operator.sportelloId,
            operatorId: operator.userId,
            kind: input.kind,
            mode: input.mode,
            startsAt: input.startsAt,
            endsAt: new Date(input.startsAt.getTime() + input.durationMinutes * 60_000),
          })
          .returning();
        return slot!;
      } catch (error) {
        if (violatedConstraint(error) !== 'appointment_slots_operator_no_overlap') throw error;
        throw new UserErrors([
          userError(
            'startsAt',
            'OVERLAPPING_SLOT',
            'Hai già offerto un appuntamento che si sovrappone a questo orario.',
          ),
        ]);
      }
    },

    /** Free future slots of the network, soonest first; `from` is a day in Italian time (YYYY-MM-DD). */
    listAvailableSlots(
      networkId: string,
      filter: {
        sportelloId: string | null;
        mode: Slot['mode'] | null;
        kind: Slot['kind'] | null;
        from: string | null;
      },
      page: Page,
    ) {
      const free = sql`not exists (select 1 from ${bookings} where ${bookings.slotId} = ${appointmentSlots.id} and ${bookings.status} <> 'CANCELLED')`;
      return listSlots(
        and(
          eq(appointmentSlots.networkId, networkId),
          filter.sportelloId ? eq(appointmentSlots.sportelloId, filter.sportelloId) : undefined,
          filter.mode ? eq(appointmentSlots.mode, filter.mode) : undefined,
          filter.kind ? eq(appointmentSlots.kind, filter.kind) : undefined,
          filter.from
            ? sql`${appointmentSlots.startsAt} >= (${filter.from}::date::timestamp at time zone 'Europe/Rome')`
            : undefined,
          isNull(appointmentSlots.cancelledAt),
          sql`${appointmentSlots.startsAt} > now()`,
          free,
        ),
        page,
      );
    },

    async slotsByIds(ids: readonly string[]): Promise<Slot[]> {
      const valid = ids.filter(isUuid);
      if (valid.length === 0) return [];
      return db.select().from(appointmentSlots).where(inArray(appointmentSlots.id, valid));
    },

    /** Which of the slots hold a live booking. */
    async takenSlotIds(slotIds: readonly string[]): Promise<Set<string>> {
      if (slotIds.length === 0) return new Set();
      const rows = await db
        .select({ slotId: bookings.slotId })
        .from(bookings)
        .where(and(inArray(bookings.slotId, [...slotIds]), live));
      return new Set(rows.map((r) => r.slotId));
    },

    async bookingById(id: string): Promise<{ booking: Booking; slot: Slot } | undefined> {
      if (!isUuid(id)) return undefined;
      const [row] = await db
        .select()
        .from(bookings)
        .innerJoin(appointmentSlots, eq(appointmentSlots.id, bookings.slotId))
        .where(eq(bookings.id, id));
      return row ? { booking: row.bookings, slot: row.appointment_slots } : undefined;
    },

    async listBookings(
      scope: { citizenId: string } | { companyId: string } | { sportelloId: string } | { networkId: string },
      status: Booking['status'] | null | undefined,
      page: Page,
      citizenId?: string | null,
    ) {
      const scoped =
        'citizenId' in scope
          ? eq(bookings.citizenId, scope.citizenId)
          : 'companyId' in scope
            ? eq(bookings.companyId, scope.companyId)
            : 'sportelloId' in scope
              ? eq(appointmentSlots.sportelloId, scope.sportelloId)
              : eq(bookings.networkId, scope.networkId);
      const where = and(
        scoped,
        status ? eq(bookings.status, status) : undefined,
        citizenId ? eq(bookings.citizenId, citizenId) : undefined,
      );
      const [rows, [total]] = await Promise.all([
        db
          .select({ booking: bookings })
          .from(bookings)
          .innerJoin(appointmentSlots, eq(appointmentSlots.id, bookings.slotId))
          .where(where)
          .orderBy(asc(bookings.startsAt), asc(bookings.id))
          .limit(page.limit + 1)
          .offset(page.offset),
        db
          .select({ n: count() })
          .from(bookings)
          .innerJoin(appointmentSlots, eq(appointmentSlots.id, bookings.slotId))
          .where(where),
      ]);
      return { rows: rows.map((r) => r.booking), total: total?.n ?? 0 };
    },

    async book(
      slotId: string,
      party: Party,
      bookedBy: string,
      purpose: Booking['purpose'] = null,
    ): Promise<Booking> {
      try {
        return await retryingDeadlocks(() =>
          db.transaction(async (tx) => {
            const slot = await requireBookable(tx, slotId);
            if (purpose && (slot.kind !== 'ORIENTATION' || !('citizenId' in party)))
              throw new UserErrors([
                userError(
                  'purpose',
                  'WRONG_SLOT_KIND',
                  'Colloqui di orientamento e bilanci di competenze si prenotano sugli orari di orientamento, per un cittadino.',
                ),
              ]);
            const [booking] = await tx
              .insert(bookings)
              .values({
                networkId: slot.networkId,
                slotId: slot.id,
                ...party,
                bookedBy,
                purpose,
                startsAt: slot.startsAt,
                endsAt: slot.endsAt,
                videoUrl: slot.mode === 'ONLINE' ? videoRooms.newRoomUrl() : null,
              })
              .returning();
            await notify(tx, booking!, slot, 'BOOKED');
            return booking!;
          }),
        );
      } catch (error) {
        throw bookingConflict(error) ?? error;
      }
    },

    async reschedule(booking: Booking, newSlotId: string): Promise<Booking> {
      try {
        return await retryingDeadlocks(() =>
          db.transaction(async (tx) => {
            const slot = await requireBookable(tx, newSlotId);
            if (slot.networkId !== booking.networkId) throw new UserErrors([SLOT_NOT_AVAILABLE]);
            const [updated] = await tx
              .update(bookings)
              .set({
                slotId: slot.id,
                startsAt: slot.startsAt,
                endsAt: slot.endsAt,
                videoUrl: slot.mode === 'ONLINE' ? (booking.videoUrl ?? videoRooms.newRoomUrl()) : null,
                sequence: sql`${bookings.sequence} + 1`,
              })
              .where(and(eq(bookings.id, booking.id), eq(bookings.status, 'BOOKED')))
              .returning();
            if (!updated) throw new UserErrors([NOT_BOOKED]);
            await notify(tx, updated, slot, 'RESCHEDULED');
            return updated;
          }),
        );
      } catch (error) {
        throw bookingConflict(error) ?? error;
      }
    },

    async cancel(booking: Booking, slot: Slot): Promise<Booking> {
      return db.transaction(async (tx) => {
        const [updated] = await tx
          .update(bookings)
          .set({ status: 'CANCELLED', cancelledAt: sql`now()`, sequence: sql`${bookings.sequence} + 1` })
          .where(and(eq(bookings.id, booking.id), eq(bookings.status, 'BOOKED')))
          .returning();
        if (!updated) throw new UserErrors([NOT_BOOKED]);
        await notify(tx, updated, slot, 'CANCELLED');
        return updated;
      });
    },

    async recordOutcome(
      booking: Booking,
      slot: Slot,
      outcome: 'ATTENDED' | 'NO_SHOW',
      notes: string | null | undefined,
    ) {
      const errors: UserError[] = notes ? requiredText('notes', notes, 0, 4000) : [];
      if (slot.startsAt.getTime() > Date.now()) {
        errors.push(userError('outcome', 'NOT_STARTED', "L'esito si registra dopo l'inizio del colloquio."));
      }
      if (errors.length) throw new UserErrors(errors);
      const [updated] = await db
        .update(bookings)
        .set({ status: outcome, outcomeNotes: notes?.trim() || null })
        .where(and(eq(bookings.id, booking.id), eq(bookings.status, 'BOOKED')))
        .returning();
      if (!updated) throw new UserErrors([NOT_BOOKED]);
      return updated;
    },

    /** The booking's calendar file (.ics), as its latest email attached it. */
    async calendarFile(booking: Booking, slot: Slot): Promise<string | undefined> {
      return (await invitation(db, booking, slot, booking.status === 'CANCELLED'))?.calendar.content;
    },

    /** The citizen a booking by an operator is for must belong to the operator's network. */
    async citizenInNetwork(citizenId: string, networkId: string): Promise<boolean> {
      if (!isUuid(citizenId)) return false;
      const [row] = await db
        .select({ id: citizens.userId })
        .from(citizens)
        .where(and(eq(citizens.userId, citizenId), eq(citizens.networkId, networkId)));
      return Boolean(row);
    },
  };
}

export type AppointmentService = ReturnType<typeof createAppointmentService>;
