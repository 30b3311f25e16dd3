const romeTime = new Intl.DateTimeFormat('it-IT', {
  timeZone: 'Europe/Rome',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const romeDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' });
const MINUTE = 60_000;
const DAY_MINUTES = 24 * 60;

const minutesIntoRomeDay = (at: Date) => {
  const [hours, minutes] = romeTime.format(at).split(':').map(Number);
  return hours! * 60 + minutes!;
};

/**
 * A group session that starts in a few minutes, so that a test can keep its register (attendance
 * is marked once a session has started). A session lies within one day in Rome: it ends by 23:59,
 * and late in the evening it starts just after midnight instead.
 */
export function sessionStartingSoon(leadMs: number, minutes: number) {
  const soon = new Date(Math.ceil((Date.now() + leadMs) / MINUTE) * MINUTE);
  const start =
    minutesIntoRomeDay(soon) > DAY_MINUTES - 10
      ? new Date(soon.getTime() + (DAY_MINUTES - minutesIntoRomeDay(soon) + 1) * MINUTE)
      : soon;
  const end = new Date(
    start.getTime() + Math.min(minutes, DAY_MINUTES - 1 - minutesIntoRomeDay(start)) * MINUTE,
  );
  return {
    start,
    /** The day and the times as the session form takes them. */
    day: romeDay.format(start),
    startTime: romeTime.format(start),
    endTime: romeTime.format(end),
  };
}
