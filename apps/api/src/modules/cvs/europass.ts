import type { CitizenRecord } from '../citizens/service.js';
import type { Comune } from '../network/service.js';
import type { CvRecord } from './service.js';
import { languageName } from './service.js';

/**
 * The CV as a Europass document (Europass JSON v3.4, the format of the Europass CV editor and of
 * the national and EU portals that import it). Everything the Europass format has a place for goes
 * there; ESCO skills, which it has no list for, go in "JobRelated" as one line each.
 */
export function toEuropass(
  citizen: CitizenRecord,
  cv: CvRecord | undefined,
  residence: Comune | undefined,
  now: Date,
) {
  const { user } = citizen;
  const learnerInfo: Record<string, unknown> = {
    Identification: {
      PersonName: { FirstName: user.givenName, Surname: user.familyName },
      ContactInfo: {
        ...(residence
          ? { Address: { Contact: { Municipality: residence.name, Country: ITALY } } }
          : { Address: { Contact: { Country: ITALY } } }),
        ...(user.email ? { Email: { Contact: user.email } } : {}),
        ...(citizen.phone ? { Telephone: [{ Contact: citizen.phone }] } : {}),
      },
      Demographics: { Birthdate: structuredDate(citizen.birthDate) },
    },
  };
  if (cv) Object.assign(learnerInfo, cvSections(cv, citizen.drivingLicences));
  else if (citizen.drivingLicences.length) learnerInfo.Skills = drivingSkills(citizen.drivingLicences);

  return {
    SkillsPassport: {
      Locale: 'it',
      DocumentInfo: {
        DocumentType: 'ECV',
        CreationDate: now.toISOString(),
        LastUpdateDate: (cv?.updatedAt ?? now).toISOString(),
        XSDVersion: 'V3.4',
        Generator: 'Sportello Lavoro',
        Comment: 'Curriculum vitae Europass',
      },
      LearnerInfo: learnerInfo,
    },
  };
}

export type EuropassDocument = ReturnType<typeof toEuropass>;

const ITALY = { Code: 'IT', Label: 'Italia' };
/** The categories the Europass format lists; AM and A2 have no code there. */
const EUROPASS_DRIVING = new Set([
  'A',
  'B',
  'C',
  'D',
  'A1',
  'B1',
  'C1',
  'D1',
  'BE',
  'CE',
  'DE',
  'C1E',
  'D1E',
]);
const SKILL_LEVELS = { BASIC: 'base', INTERMEDIATE: 'intermedio', ADVANCED: 'avanzato' } as const;
const ATTESTED_BY = {
  DECLARED: '',
  INTERNSHIP: ', attestata da un tirocinio',
  TRAINING: ', attestata da un modulo formativo',
} as const;
const ESCO_UUID = /[a-z0-9]{8}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{12}$/;

function structuredDate(isoDate: string, precision: 'day' | 'month' = 'day') {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return precision === 'day' ? { Year: year, Month: month, Day: day } : { Year: year, Month: month };
}

function drivingSkills(licences: string[]) {
  const listed = licences.filter((l) => EUROPASS_DRIVING.has(l));
  const others = licences.filter((l) => !EUROPASS_DRIVING.has(l));
  return {
    ...(listed.length ? { Driving: { Description: listed } } : {}),
    ...(others.length ? { Other: { Description: `Patente di guida: ${others.join(', ')}` } } : {}),
  };
}

function cvSections(cv: CvRecord, drivingLicences: string[]) {
  const sought = cv.soughtOccupations.map((s) => s.occupation.labelIt ?? s.occupation.labelEn);
  const headline = cv.headline ?? (sought.length ? sought.join(', ') : null);
  const foreign = cv.languages.filter((l) => !l.motherTongue);
  const languageLabel = (code: string) => ({ Code: code, Label: languageName(code) ?? code });
  const proficiency = (l: CvRecord['languages'][number]) =>
    Object.fromEntries(
      (
        [
          ['Listening', l.listening],
          ['Reading', l.reading],
          ['SpokenInteraction', l.spokenInteraction],
          ['SpokenProduction', l.spokenProduction],
          ['Writing', l.writing],
        ] as const
      ).filter(([, level]) => level),
    );
  const jobRelated = cv.skills.map(
    (s) => `${s.skill.labelIt ?? s.skill.labelEn} (livello ${SKILL_LEVELS[s.level]}${ATTESTED_BY[s.source]})`,
  );
  const achievements = [
    ...(cv.summary ? [{ Title: { Label: 'Profilo personale' }, Description: cv.summary }] : []),
    ...(sought.length ? [{ Title: { Label: 'Lavori cercati' }, Description: sought.join(', ') }] : []),
    ...cv.certifications.map((c) => ({
      Title: { Code: 'certifications', Label: 'Certificazioni' },
      Description: [
        c.name,
        c.issuer,
        c.issuedOn ? `rilasciata il ${c.issuedOn}` : null,
        c.expiresOn ? `valida fino al ${c.expiresOn}` : null,
      ]
        .filter(Boolean)
        .join(', '),
    })),
  ];
  const driving = drivingSkills(drivingLicences);
  return {
    ...(headline
      ? {
          Headline: {
            Type: { Code: 'preferred_job', Label: 'Posizione desiderata' },
            Description: { Label: headline },
          },
        }
      : {}),
    WorkExperience: cv.experiences.map((e) => {
      const uuid = e.occupation?.uri.match(ESCO_UUID)?.[0];
      return {
        Period: {
          From: structuredDate(e.startsOn, 'month'),
          ...(e.endsOn ? { To: structuredDate(e.endsOn, 'month'), Current: false } : { Current: true }),
        },
        Position: { ...(uuid ? { Code: uuid } : {}), Label: e.jobTitle },
        ...(e.description ? { Activities: e.description } : {}),
        Employer: {
          Name: e.employer,
          ...(e.comune
            ? { ContactInfo: { Address: { Contact: { Municipality: e.comune.name, Country: ITALY } } } }
            : {}),
        },
      };
    }),
    Education: cv.education.map((e) => ({
      Period: e.yearCompleted ? { To: { Year: e.yearCompleted }, Current: false } : { Current: true },
      Title: e.title.labelIt,
      ...(e.field ? { Activities: e.field } : {}),
      ...(e.institution ? { Organisation: { Name: e.institution } } : {}),
      ...(e.title.eqfLevel
        ? { Level: { Code: String(e.title.eqfLevel), Label: `Livello EQF ${e.title.eqfLevel}` } }
        : {}),
    })),
    Skills: {
      Linguistic: {
        MotherTongue: cv.languages
          .filter((l) => l.motherTongue)
          .map((l) => ({ Description: languageLabel(l.languageCode) })),
        ForeignLanguage: foreign.map((l) => ({
          Description: languageLabel(l.languageCode),
          ProficiencyLevel: proficiency(l),
        })),
      },
      ...(jobRelated.length ? { JobRelated: { Description: jobRelated.join('\n') } } : {}),
      ...driving,
    },
    Achievement: achievements,
  };
}
