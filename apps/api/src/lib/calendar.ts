import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

export interface CalendarEntry {
  /** What the event is (a booking, a session): the same across changes, so calendars update it. */
  uid: string;
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  description: string;
  location: string;
  url: string | null;
  organizerEmail: string;
  cancelled: boolean;
}

/**
 * An iCalendar invitation with one event per entry (a colloquio, the sessions of an activity); a
 * cancellation when every entry is cancelled.
 */
export function calendarInvitation(
  entries: CalendarEntry | readonly CalendarEntry[],
  uidDomain: string,
): string {
  const events = 'uid' in entries ? [entries] : entries;
  const cancelled = events.every((entry) => entry.cancelled);
  const calendar = ical({
    prodId: { company: 'Sportello Lavoro', product: 'colloqui', language: 'IT' },
    method: cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
    timezone: 'Europe/Rome',
  });
  for (const entry of events) {
    calendar.createEvent({
      id: `${entry.uid}@${uidDomain}`,
      sequence: entry.sequence,
      start: entry.startsAt,
      end: entry.endsAt,
      timezone: 'Europe/Rome',
      summary: entry.summary,
      description: entry.description,
      location: entry.location,
      url: entry.url,
      organizer: { name: 'Sportello Lavoro', email: entry.organizerEmail },
      status: entry.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
