export type EmploymentStatus = 'UNEMPLOYED' | 'NEVER_EMPLOYED' | 'EMPLOYED_SEEKING';

export type TargetGroup = 'OVER_45' | 'UNDER_30' | 'NEET';

// Building a formatter costs far more than formatting with it: one serves every call.
const italianDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' });
const MINUTE_MS = 60_000;
// Italy's days begin on a whole minute (its offsets are whole hours): the day is formatted once a minute.
let lastDay = { minute: Number.NaN, day: '' };

/** Today's calendar date in Italy (YYYY-MM-DD), whatever the server's time zone. */
export function todayInItaly(now: Date = new Date()): string {
  const minute = Math.floor(now.getTime() / MINUTE_MS);
  if (minute !== lastDay.minute) lastDay = { minute, day: italianDay.format(now) };
  return lastDay.day;
}

/** The calendar date in Italy (YYYY-MM-DD) that many days from today; negative goes back. */
export function dayInItaly(daysFromToday: number, now: Date = new Date()): string {
  const day = new Date(`${todayInItaly(now)}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + daysFromToday);
  return day.toISOString().slice(0, 10);
}

/** Completed years between a birth date and a date, both YYYY-MM-DD. */
export function ageOn(birthDate: string, on: string): number {
  // Read by position: this runs for every CV when the matching index is built.
  const year = (date: string) => Number(date.slice(0, 4));
  const monthDay = (date: string) => Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10));
  return year(on) - year(birthDate) - (monthDay(on) < monthDay(birthDate) ? 1 : 0);
}

/**
 * Target groups derived from the profile, never declared. NEET here means 15-29 and not in
 * employment; enrolment in education is not yet known to the platform.
 */
export function targetGroups(
  profile: { birthDate: string; employmentStatus: EmploymentStatus | null },
  on: string,
): TargetGroup[] {
  const age = ageOn(profile.birthDate, on);
  const groups: TargetGroup[] = [];
  if (age >= 45) groups.push('OVER_45');
  if (age < 30) groups.push('UNDER_30');
  const notEmployed =
    profile.employmentStatus === 'UNEMPLOYED' || profile.employmentStatus === 'NEVER_EMPLOYED';
  if (age >= 15 && age <= 29 && notEmployed) groups.push('NEET');
  return groups;
}
