import type { CitizenRecord } from '../citizens/service.js';
import type { CvRecord } from '../cvs/service.js';
import { languageName } from '../cvs/service.js';
import type { Vacancy } from '../vacancies/service.js';
import type { LetterContext } from './templates.js';

const MAX_EXPERIENCES = 3;
const ABILITIES = ['listening', 'reading', 'spokenInteraction', 'spokenProduction', 'writing'] as const;

const year = (isoDate: string) => isoDate.slice(0, 4);

function period(startsOn: string, endsOn: string | null): string {
  if (!endsOn) return `dal ${year(startsOn)} a oggi`;
  return year(startsOn) === year(endsOn)
    ? `nel ${year(startsOn)}`
    : `dal ${year(startsOn)} al ${year(endsOn)}`;
}

/** The level a letter can honestly claim: the weakest of the five abilities. */
function overallLevel(language: CvRecord['languages'][number]): string | null {
  const levels = ABILITIES.map((a) => language[a]).filter((l): l is NonNullable<typeof l> => l != null);
  return levels.length ? [...levels].sort()[0]! : null;
}

/** Builds what the templates see from the citizen's profile, CV and the vacancy. */
export function letterContext(
  citizen: CitizenRecord,
  cv: CvRecord | undefined,
  residence: string | null,
  vacancy: { record: Vacancy; companyName: string; comune: string | null } | null,
): LetterContext {
  const experiences = [...(cv?.experiences ?? [])]
    .sort((a, b) => {
      const relevant = (e: typeof a) => (vacancy && e.occupationUri === vacancy.record.occupationUri ? 0 : 1);
      return relevant(a) - relevant(b) || b.startsOn.localeCompare(a.startsOn);
    })
    .slice(0, MAX_EXPERIENCES);
  const highest = [...(cv?.education ?? [])].sort(
    (a, b) => (b.title.eqfLevel ?? 0) - (a.title.eqfLevel ?? 0),
  )[0];
  const languages = (cv?.languages ?? []).map((l) => {
    const name = languageName(l.languageCode) ?? l.languageCode;
    if (l.motherTongue) return `${name} (madrelingua)`;
    const level = overallLevel(l);
    return level ? `${name} (livello ${level})` : name;
  });
  return {
    citizen: { givenName: citizen.user.givenName, familyName: citizen.user.familyName, comune: residence },
    headline: cv?.headline?.replace(/[.\s]+$/, '') || null,
    summary: cv?.summary ?? null,
    soughtOccupations: (cv?.soughtOccupations ?? [])
      .map((s) => s.occupation.labelIt)
      .filter((label): label is string => Boolean(label)),
    vacancy: vacancy
      ? { title: vacancy.record.title, companyName: vacancy.companyName, comune: vacancy.comune }
      : null,
    experiences: experiences.map((e) => ({
      jobTitle: e.jobTitle,
      employer: e.employer,
      period: period(e.startsOn, e.endsOn),
    })),
    education: highest
      ? {
          title: highest.title.labelIt,
          detail: [highest.field, highest.institution].filter(Boolean).join(', ') || null,
        }
      : null,
    languages,
  };
}
