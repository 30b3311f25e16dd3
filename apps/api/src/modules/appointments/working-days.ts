import Holidays from 'date-holidays';

const italianHolidays = new Holidays('IT', { timezone: 'Europe/Rome', types: ['public'] });
const romeWeekday = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'Europe/Rome' });

/**
 * Why the sportelli are usually closed on the day of `date` in Italy: "domenica" or the name of the
 * national public holiday (Easter Monday included); null on a working day.
 */
export function nonWorkingDay(date: Date): string | null {
  const holiday = italianHolidays.isHoliday(date);
  if (holiday && holiday.length > 0) return holiday[0]!.name;
  return romeWeekday.format(date) === 'Sunday' ? 'domenica' : null;
}
