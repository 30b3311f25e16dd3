/** A semester as "2026-H1" (January to June) or "2026-H2" (July to December). */
export interface Semester {
  code: string;
  /** First day, inclusive. */
  startsOn: string;
  /** Day after the last one, exclusive. */
  endsBefore: string;
  /** Last day, inclusive. */
  endsOn: string;
}

export function parseSemester(code: string): Semester | null {
  const match = /^(\d{4})-H([12])$/.exec(code);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 2000 || year > 2100) return null;
  return match[2] === '1'
    ? { code, startsOn: `${year}-01-01`, endsBefore: `${year}-07-01`, endsOn: `${year}-06-30` }
    : { code, startsOn: `${year}-07-01`, endsBefore: `${year + 1}-01-01`, endsOn: `${year}-12-31` };
}

/** The semester a day falls in. */
export function semesterOf(day: string): string {
  return `${day.slice(0, 4)}-H${Number(day.slice(5, 7)) <= 6 ? 1 : 2}`;
}

/** "2026-H2" → "secondo semestre 2026". */
export const semesterLabel = (code: string) =>
  `${code.endsWith('H1') ? 'primo' : 'secondo'} semestre ${code.slice(0, 4)}`;

/** The semesters from the one of `firstDay` to the one of `today`, newest first. */
export function semestersBetween(firstDay: string, today: string): string[] {
  const out: string[] = [];
  const first = semesterOf(firstDay);
  let [year, half] = [Number(today.slice(0, 4)), semesterOf(today).endsWith('1') ? 1 : 2];
  for (let code = `${year}-H${half}`; code >= first; code = `${year}-H${half}`) {
    out.push(code);
    if (half === 2) half = 1;
    else [year, half] = [year - 1, 2];
  }
  return out;
}
