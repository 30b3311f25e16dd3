/** `GroupActivityKind`, as people at the sportello call them. */
export const groupActivityKindLabels = {
  JOB_CLUB: 'Job Club',
  CV_WORKSHOP: 'Laboratorio: scrivere il CV',
  INTERVIEW_SIMULATION: 'Laboratorio: prova di colloquio',
  DIGITAL_SKILLS: 'Laboratorio: competenze digitali',
  GROUP_ORIENTATION: 'Orientamento di gruppo',
} as const;

/** `GroupActivityStatus`. */
export const groupActivityStatusLabels = {
  DRAFT: 'Bozza',
  PUBLISHED: 'Pubblicata',
  CANCELLED: 'Annullata',
  ENDED: 'Conclusa',
} as const;

export const groupActivityStatusClass: Record<keyof typeof groupActivityStatusLabels, string> = {
  DRAFT: 'sl-status--pending',
  PUBLISHED: 'sl-status--verified',
  CANCELLED: 'sl-status--rejected',
  ENDED: 'sl-status--neutral',
};

/** `AttendanceStatus`. */
export const attendanceStatusLabels = {
  PRESENT: 'Presente',
  ABSENT: 'Assente',
  EXCUSED: 'Assente giustificata/o',
} as const;

const ROME = 'Europe/Rome';
const day = new Intl.DateTimeFormat('it-IT', {
  timeZone: ROME,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const time = new Intl.DateTimeFormat('it-IT', { timeZone: ROME, hour: '2-digit', minute: '2-digit' });

/** "martedì 12 maggio 2026, dalle 09:00 alle 11:00". */
export const formatSessionWhen = (s: { startsAt: string; endsAt: string }) =>
  `${day.format(new Date(s.startsAt))}, dalle ${time.format(new Date(s.startsAt))} alle ${time.format(new Date(s.endsAt))}`;

/** "Piazza San Magno 9, Legnano" or "Online, in videochiamata". */
export const formatSessionPlace = (s: { address?: string | null; comune?: { name: string } | null }) =>
  s.address && s.comune ? `${s.address}, ${s.comune.name}` : 'Online, in videochiamata';

const romeParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: ROME,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The date and times of a session as the form's fields hold them, in Italian time. */
export function sessionFormTimes(s: { startsAt: string; endsAt: string }) {
  const parts = (value: string) =>
    Object.fromEntries(romeParts.formatToParts(new Date(value)).map((p) => [p.type, p.value]));
  const start = parts(s.startsAt);
  const end = parts(s.endsAt);
  return {
    date: `${start.year}-${start.month}-${start.day}`,
    startTime: `${start.hour}:${start.minute}`,
    endTime: `${end.hour}:${end.minute}`,
  };
}

/** "20%", or a dash when nothing is recorded. */
export const formatNoShowRate = (rate: number | null | undefined) =>
  rate == null ? '—' : `${Math.round(rate * 100)}%`;
