import { todayInItaly } from '@sportello/domain';
import {
  type CefrLevel,
  type DrivingLicenceCode,
  type LanguageAbility,
  languageAbilities,
  languageAbilityLabels,
  languageOptions,
} from './cv-reference';
import type { Occupation } from './occupation-picker';
import type { PickedSkill } from './skill-picker';
import type { UserErrorLike } from './user-errors';

export type SkillLevelCode = 'BASIC' | 'INTERMEDIATE' | 'ADVANCED';

/** The CV as the portals read it (the fields the editor needs). */
export interface CvEditorCv {
  headline?: string | null;
  summary?: string | null;
  soughtOccupations: readonly Occupation[];
  experiences: readonly {
    employer: string;
    jobTitle: string;
    startsOn: string;
    endsOn?: string | null;
    description?: string | null;
    occupation?: { uri: string } | null;
    comune?: { istatCode: string } | null;
  }[];
  education: readonly {
    title: { code: string };
    field?: string | null;
    institution?: string | null;
    yearCompleted?: number | null;
  }[];
  languages: readonly ({ languageCode: string; motherTongue: boolean } & Partial<
    Record<LanguageAbility, CefrLevel | null>
  >)[];
  certifications: readonly {
    name: string;
    issuer?: string | null;
    issuedOn?: string | null;
    expiresOn?: string | null;
  }[];
  skills: readonly { skill: { uri: string; label: string }; level: SkillLevelCode; source: string }[];
  completeness: { score: number; missing: readonly { section: string; message: string }[] };
}

export interface CvEditorAvailability {
  fullTime: boolean;
  partTime: boolean;
  shifts: boolean;
  mobilityRadiusKm: number;
  hasOwnVehicle: boolean;
  drivingLicences: readonly DrivingLicenceCode[];
}

/** What `saveCv` takes (the API's `CvInput`). */
export interface CvEditorInput {
  headline: string | null;
  summary: string | null;
  soughtOccupationUris: string[];
  experiences: {
    employer: string;
    jobTitle: string;
    occupationUri: string | null;
    comuneCode: string | null;
    startsOn: string;
    endsOn: string | null;
    description: string | null;
  }[];
  education: {
    titleCode: string;
    field: string | null;
    institution: string | null;
    yearCompleted: number | null;
  }[];
  languages: ({ languageCode: string; motherTongue: boolean } & Record<LanguageAbility, CefrLevel | null>)[];
  certifications: {
    name: string;
    issuer: string | null;
    issuedOn: string | null;
    expiresOn: string | null;
  }[];
  skills: { skillUri: string; level: SkillLevelCode }[];
}

export interface ExperienceDraft {
  employer: string;
  jobTitle: string;
  startsOn: string;
  endsOn: string;
  description: string;
  /** Kept as they are: the editor does not ask for them. */
  occupationUri: string | null;
  comuneCode: string | null;
}

export interface EducationDraft {
  titleCode: string;
  field: string;
  institution: string;
  yearCompleted: string;
}

export interface LanguageDraft {
  languageCode: string;
  motherTongue: boolean;
  levels: Record<LanguageAbility, CefrLevel | ''>;
}

export interface CertificationDraft {
  name: string;
  issuer: string;
  issuedOn: string;
  expiresOn: string;
}

export interface CvDraft {
  headline: string;
  summary: string;
  occupations: Occupation[];
  experiences: ExperienceDraft[];
  education: EducationDraft[];
  languages: LanguageDraft[];
  skills: PickedSkill<SkillLevelCode>[];
  certifications: CertificationDraft[];
}

export const noLevels = (): Record<LanguageAbility, CefrLevel | ''> => ({
  listening: '',
  reading: '',
  spokenInteraction: '',
  spokenProduction: '',
  writing: '',
});

export const emptyExperience = (): ExperienceDraft => ({
  employer: '',
  jobTitle: '',
  startsOn: '',
  endsOn: '',
  description: '',
  occupationUri: null,
  comuneCode: null,
});
export const emptyEducation = (): EducationDraft => ({
  titleCode: '',
  field: '',
  institution: '',
  yearCompleted: '',
});
export const emptyLanguage = (): LanguageDraft => ({
  languageCode: '',
  motherTongue: false,
  levels: noLevels(),
});
export const emptyCertification = (): CertificationDraft => ({
  name: '',
  issuer: '',
  issuedOn: '',
  expiresOn: '',
});

export function draftOf(cv: CvEditorCv | null | undefined): CvDraft {
  return {
    headline: cv?.headline ?? '',
    summary: cv?.summary ?? '',
    occupations: (cv?.soughtOccupations ?? []).map((o) => ({ uri: o.uri, label: o.label })),
    experiences: (cv?.experiences ?? []).map((e) => ({
      employer: e.employer,
      jobTitle: e.jobTitle,
      startsOn: e.startsOn,
      endsOn: e.endsOn ?? '',
      description: e.description ?? '',
      occupationUri: e.occupation?.uri ?? null,
      comuneCode: e.comune?.istatCode ?? null,
    })),
    education: (cv?.education ?? []).map((e) => ({
      titleCode: e.title.code,
      field: e.field ?? '',
      institution: e.institution ?? '',
      yearCompleted: e.yearCompleted == null ? '' : String(e.yearCompleted),
    })),
    languages: (cv?.languages ?? []).map((l) => ({
      languageCode: l.languageCode,
      motherTongue: l.motherTongue,
      levels: Object.fromEntries(languageAbilities.map((a) => [a, l[a] ?? ''])) as LanguageDraft['levels'],
    })),
    // Attested skills are the tirocinio's or the module's: the API keeps them whatever is sent.
    skills: (cv?.skills ?? [])
      .filter((s) => s.source === 'DECLARED')
      .map((s) => ({ uri: s.skill.uri, label: s.skill.label, grade: s.level })),
    certifications: (cv?.certifications ?? []).map((c) => ({
      name: c.name,
      issuer: c.issuer ?? '',
      issuedOn: c.issuedOn ?? '',
      expiresOn: c.expiresOn ?? '',
    })),
  };
}

const orNull = (value: string) => value.trim() || null;

export function inputOf(draft: CvDraft): CvEditorInput {
  return {
    headline: orNull(draft.headline),
    summary: orNull(draft.summary),
    soughtOccupationUris: draft.occupations.map((o) => o.uri),
    experiences: draft.experiences.map((e) => ({
      employer: e.employer.trim(),
      jobTitle: e.jobTitle.trim(),
      occupationUri: e.occupationUri,
      comuneCode: e.comuneCode,
      startsOn: e.startsOn,
      endsOn: e.endsOn || null,
      description: orNull(e.description),
    })),
    education: draft.education.map((e) => ({
      titleCode: e.titleCode,
      field: orNull(e.field),
      institution: orNull(e.institution),
      yearCompleted: e.yearCompleted.trim() ? Number(e.yearCompleted) : null,
    })),
    languages: draft.languages.map((l) => ({
      languageCode: l.languageCode,
      motherTongue: l.motherTongue,
      ...(Object.fromEntries(
        languageAbilities.map((a) => [a, l.motherTongue ? null : l.levels[a] || null]),
      ) as Record<LanguageAbility, CefrLevel | null>),
    })),
    certifications: draft.certifications.map((c) => ({
      name: c.name.trim(),
      issuer: orNull(c.issuer),
      issuedOn: c.issuedOn || null,
      expiresOn: c.expiresOn || null,
    })),
    skills: draft.skills.map((s) => ({ skillUri: s.uri, level: s.grade ?? 'BASIC' })),
  };
}

/**
 * The id of the control an API field path names: `experiences[0].employer` is `experiences-0-employer`;
 * the list of sought occupations has one control, and availability's fields are named by their last part.
 */
export function controlId(path: string): string {
  if (path.startsWith('soughtOccupationUris')) return 'soughtOccupationUris';
  if (path.startsWith('availability.')) return path.slice('availability.'.length);
  return path
    .replace(/^input\./, '')
    .replace(/\[(\d+)\]/g, '-$1')
    .replace(/\./g, '-');
}

export type FieldErrors = Record<string, string>;

/** The errors of a failed save, by control id (the first per control); those with no field stay whole. */
export function errorsByControl(userErrors: readonly UserErrorLike[]): {
  fields: FieldErrors;
  form: string[];
} {
  const fields: FieldErrors = {};
  const form: string[] = [];
  for (const error of userErrors) {
    if (error.field) fields[controlId(error.field)] ??= error.message;
    else if (!form.includes(error.message)) form.push(error.message);
  }
  return { fields, form };
}

const PART_LABELS: Record<string, string> = {
  employer: 'datore di lavoro',
  jobTitle: 'mansione',
  startsOn: 'inizio',
  endsOn: 'fine',
  description: 'descrizione',
  titleCode: 'titolo di studio',
  field: 'indirizzo',
  institution: 'scuola o ente',
  yearCompleted: 'anno',
  languageCode: 'lingua',
  name: 'nome',
  issuer: 'ente che lo rilascia',
  issuedOn: 'data di rilascio',
  expiresOn: 'scadenza',
};
const LIST_LABELS: Record<string, string> = {
  experiences: 'Esperienza',
  education: 'Titolo di studio',
  languages: 'Lingua',
  certifications: 'Attestato',
};
const SINGLE_LABELS: Record<string, string> = {
  headline: 'Titolo del profilo',
  summary: 'Presentazione',
  soughtOccupationUris: 'Lavori cercati',
  skills: 'Competenze',
  mobilityRadiusKm: 'Distanza massima',
  drivingLicences: 'Patenti di guida',
};

/** How the error summary names a control, e.g. "Esperienza 2, mansione". */
export function controlLabel(id: string): string {
  const single = SINGLE_LABELS[id];
  if (single) return single;
  const [list = '', index, part] = id.split('-');
  const name = LIST_LABELS[list];
  if (!name || index === undefined) return '';
  return part ? `${name} ${Number(index) + 1}, ${PART_LABELS[part] ?? part}` : `${name} ${Number(index) + 1}`;
}

const today = () => todayInItaly();

/** The API's checks that can be made before sending; the API stays the authority. */
export function validateDraft(draft: CvDraft): FieldErrors {
  const errors: FieldErrors = {};
  const required = 'Questo campo è obbligatorio.';
  draft.experiences.forEach((e, i) => {
    if (!e.employer.trim()) errors[`experiences-${i}-employer`] = required;
    if (!e.jobTitle.trim()) errors[`experiences-${i}-jobTitle`] = required;
    if (!e.startsOn) errors[`experiences-${i}-startsOn`] = 'Indica quando è iniziato.';
    else if (e.startsOn > today())
      errors[`experiences-${i}-startsOn`] = 'La data di inizio non può essere futura.';
    if (e.endsOn && e.startsOn && e.endsOn < e.startsOn)
      errors[`experiences-${i}-endsOn`] = 'La fine deve seguire l’inizio.';
  });
  draft.education.forEach((e, i) => {
    if (!e.titleCode) errors[`education-${i}-titleCode`] = 'Scegli il titolo di studio dalla lista.';
    if (e.yearCompleted.trim() && !/^\d{4}$/.test(e.yearCompleted.trim()))
      errors[`education-${i}-yearCompleted`] = 'Scrivi l’anno con 4 cifre, per esempio 2015.';
  });
  const seen = new Set<string>();
  draft.languages.forEach((l, i) => {
    if (!l.languageCode) errors[`languages-${i}-languageCode`] = 'Scegli la lingua dalla lista.';
    else if (seen.has(l.languageCode)) errors[`languages-${i}-languageCode`] = 'Lingua già indicata.';
    seen.add(l.languageCode);
    if (!l.motherTongue && languageAbilities.some((a) => !l.levels[a]))
      errors[`languages-${i}`] = `Indica il livello per ${languageAbilities
        .map((a) => languageAbilityLabels[a].toLowerCase())
        .join(', ')}.`;
  });
  draft.certifications.forEach((c, i) => {
    if (!c.name.trim()) errors[`certifications-${i}-name`] = required;
    if (c.issuedOn && c.expiresOn && c.expiresOn < c.issuedOn)
      errors[`certifications-${i}-expiresOn`] = 'La scadenza deve seguire il rilascio.';
  });
  return errors;
}

export const languageLabel = (code: string) => languageOptions.find((o) => o.value === code)?.label ?? code;

export interface AvailabilityDraft {
  fullTime: boolean;
  partTime: boolean;
  shifts: boolean;
  mobilityRadiusKm: string;
  hasOwnVehicle: boolean;
  drivingLicences: DrivingLicenceCode[];
}

export const availabilityDraftOf = (a: CvEditorAvailability): AvailabilityDraft => ({
  ...a,
  mobilityRadiusKm: String(a.mobilityRadiusKm),
  drivingLicences: [...a.drivingLicences],
});

export function validateAvailability(a: AvailabilityDraft): FieldErrors {
  const radius = a.mobilityRadiusKm.trim();
  if (!/^\d{1,3}$/.test(radius) || Number(radius) > 500)
    return { mobilityRadiusKm: 'Scrivi un numero di chilometri tra 0 e 500.' };
  return {};
}
