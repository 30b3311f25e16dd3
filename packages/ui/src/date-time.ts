const ROME = 'Europe/Rome';

const dateTimeFormat = new Intl.DateTimeFormat('it-IT', {
  timeZone: ROME,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** A moment in Italian time, e.g. "martedì 12 maggio 2026 alle ore 09:00". */
export function formatDateTime(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateTimeFormat.format(date);
}

/** Minutes between two moments. */
export function minutesBetween(start: string, end: string): number {
  return Math.round((Date.parse(end) - Date.parse(start)) / 60_000);
}

const romeParts = new Intl.DateTimeFormat('en-US', {
  timeZone: ROME,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
});

/** How far Italian time is ahead of UTC at that moment, in minutes. */
function romeOffsetMinutes(instant: number): number {
  const parts = Object.fromEntries(romeParts.formatToParts(instant).map((p) => [p.type, Number(p.value)]));
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!);
  return Math.round((wall - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/**
 * The moment of a wall-clock time in Italy, from a `datetime-local` value ("2026-05-12T14:30"), whatever
 * the browser's time zone; null when the value is not a valid date and time.
 */
export function romeLocalToIso(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  let instant = wall - romeOffsetMinutes(wall) * 60_000;
  instant = wall - romeOffsetMinutes(instant) * 60_000;
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
