import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

export interface CalendarEntry {
  bookingId: string;
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

/** An iCalendar invitation for a colloquio; the same UID across changes so calendars update it. */
export function calendarInvitation(entry: CalendarEntry, uidDomain: string): string {
  const calendar = ical({
    prodId: { company: 'Sportello Lavoro', product: 'colloqui', language: 'IT' },
    method: entry.cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
    timezone: 'Europe/Rome',
  });
  calendar.createEvent({
    id: `${entry.bookingId}@${uidDomain}`,
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
  return calendar.toString();
}
