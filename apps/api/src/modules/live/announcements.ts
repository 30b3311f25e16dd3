import { cases, type Db, type Tx, vacancies } from '@sportello/db';
import { and, eq, isNull } from 'drizzle-orm';
import { formatItalianDateTime } from '../../lib/format.js';
import { announce } from './events.js';

/**
 * A new candidature: the operator who published the vacancy hears it, and the sportello that has
 * the candidate in charge.
 */
export async function announceApplicationReceived(
  tx: Db | Tx,
  application: { id: string; networkId: string; vacancyId: string; citizenId: string },
): Promise<void> {
  const [[vacancy], openCases] = await Promise.all([
    tx
      .select({ title: vacancies.title, moderatedBy: vacancies.moderatedBy })
      .from(vacancies)
      .where(eq(vacancies.id, application.vacancyId)),
    tx
      .select({ sportelloId: cases.sportelloId })
      .from(cases)
      .where(and(eq(cases.citizenId, application.citizenId), isNull(cases.closedAt))),
  ]);
  await announce(tx, {
    kind: 'APPLICATION_RECEIVED',
    networkId: application.networkId,
    sportelloIds: openCases.map((row) => row.sportelloId),
    userIds: vacancy?.moderatedBy ? [vacancy.moderatedBy] : [],
    subjectId: application.id,
    title: `Nuova candidatura per «${vacancy?.title ?? ''}»`,
    path: `/offerte/${application.vacancyId}`,
  });
}

const BOOKING_TITLES = {
  BOOKED: 'Colloquio prenotato',
  RESCHEDULED: 'Colloquio spostato',
  CANCELLED: 'Colloquio annullato',
} as const;

/** A colloquio booked, moved or cancelled: the sportello and the operator of the slot hear it. */
export async function announceBookingChanged(
  tx: Db | Tx,
  booking: { id: string; networkId: string },
  slot: { sportelloId: string; operatorId: string | null; startsAt: Date },
  change: keyof typeof BOOKING_TITLES,
): Promise<void> {
  await announce(tx, {
    kind: 'BOOKING_CHANGED',
    networkId: booking.networkId,
    sportelloIds: [slot.sportelloId],
    userIds: slot.operatorId ? [slot.operatorId] : [],
    subjectId: booking.id,
    title: `${BOOKING_TITLES[change]}: ${formatItalianDateTime(slot.startsAt)}`,
    path: '/colloqui',
  });
}
