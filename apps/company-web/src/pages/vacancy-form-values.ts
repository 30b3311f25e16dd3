import {
  centsToEuro,
  euroToCents,
  type FormErrors,
  hasErrors,
  it,
  noErrors,
  type PickedSkill,
} from '@sportello/ui';
import type { CefrLevel, ContractType, DrivingLicence, VacancyInput, WorkingHours } from '../gql/graphql';

export type Importance = 'ESSENTIAL' | 'OPTIONAL';

export const importance = {
  label: 'Importanza',
  placeholder: 'Scegli l’importanza',
  names: { ESSENTIAL: 'Essenziale', OPTIONAL: 'Utile, non essenziale' } satisfies Record<Importance, string>,
};

/** The form's fields: the API's input fields, except the salary, typed in euro rather than cents. */
export const vacancyFields = [
  'title',
  'occupationUri',
  'description',
  'skills',
  'languages',
  'minEqfLevel',
  'minExperienceMonths',
  'drivingLicences',
  'contractType',
  'hours',
  'weeklyHours',
  'workplaceComuneCode',
  'salaryMin',
  'salaryMax',
  'collectiveAgreement',
  'agreementLevel',
  'positions',
  'expiresOn',
] as const;
export type VacancyField = (typeof vacancyFields)[number];

export const fieldLabels: Record<VacancyField, string> = {
  title: 'Titolo dell’offerta',
  occupationUri: 'Professione (classificazione ESCO)',
  description: 'Descrizione',
  skills: 'Competenze richieste',
  languages: 'Lingue richieste',
  minEqfLevel: 'Titolo di studio minimo',
  minExperienceMonths: 'Esperienza minima, in mesi',
  drivingLicences: 'Patenti di guida richieste',
  contractType: 'Tipo di contratto',
  hours: 'Orario',
  weeklyHours: 'Ore settimanali',
  workplaceComuneCode: 'Comune della sede di lavoro',
  salaryMin: 'Retribuzione minima, in euro lordi al mese',
  salaryMax: 'Retribuzione massima, in euro lordi al mese',
  collectiveAgreement: 'Contratto collettivo (CCNL)',
  agreementLevel: 'Livello di inquadramento',
  positions: 'Numero di posti',
  expiresOn: 'Scadenza dell’offerta',
};

/** Where the error summary sends the focus, for fields whose control has another id. */
export const fieldIds: Partial<Record<VacancyField, string>> = {
  skills: 'skills-search',
  languages: 'languages-add',
  drivingLicences: 'drivingLicence-B',
};

/** The API names some fields by their path (`languages[0].languageCode`) or in cents. */
export const errorAliases: Partial<Record<string, VacancyField>> = {
  languageCode: 'languages',
  minLevel: 'languages',
  skillUri: 'skills',
  salaryMinCents: 'salaryMin',
  salaryMaxCents: 'salaryMax',
};

export interface LanguageRow {
  languageCode: string;
  minLevel: CefrLevel | '';
}

export interface VacancyFormValues {
  title: string;
  occupationUri: string;
  description: string;
  skills: PickedSkill<Importance>[];
  languages: LanguageRow[];
  minEqfLevel: string;
  minExperienceMonths: string;
  drivingLicences: DrivingLicence[];
  contractType: ContractType | '';
  hours: WorkingHours | '';
  weeklyHours: string;
  shifts: boolean;
  workplaceComuneCode: string;
  remote: boolean;
  salaryMin: string;
  salaryMax: string;
  collectiveAgreement: string;
  agreementLevel: string;
  positions: string;
  law68Reserved: boolean;
  expiresOn: string;
}

/** How long a new vacancy stays open unless the company says otherwise. */
const DEFAULT_OPEN_DAYS = 60;

export function blankVacancy(today: Date): VacancyFormValues {
  const expiry = new Date(today);
  expiry.setDate(expiry.getDate() + DEFAULT_OPEN_DAYS);
  return {
    title: '',
    occupationUri: '',
    description: '',
    skills: [],
    languages: [],
    minEqfLevel: '',
    minExperienceMonths: '0',
    drivingLicences: [],
    contractType: '',
    hours: '',
    weeklyHours: '',
    shifts: false,
    workplaceComuneCode: '',
    remote: false,
    salaryMin: '',
    salaryMax: '',
    collectiveAgreement: '',
    agreementLevel: '',
    positions: '1',
    law68Reserved: false,
    expiresOn: localDay(expiry),
  };
}

/** A day as YYYY-MM-DD in the browser's time zone, as date inputs want it. */
const localDay = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** A saved vacancy as the API returns it, to edit. */
export interface SavedVacancy {
  title: string;
  occupation: { uri: string };
  description: string;
  skills: readonly { essential: boolean; skill: { uri: string; label: string } }[];
  languages: readonly { languageCode: string; minLevel: CefrLevel }[];
  minEqfLevel?: number | null;
  minExperienceMonths: number;
  drivingLicences: readonly DrivingLicence[];
  contractType: ContractType;
  hours: WorkingHours;
  weeklyHours?: number | null;
  shifts: boolean;
  workplaceComune?: { istatCode: string } | null;
  remote: boolean;
  salaryMinCents?: number | null;
  salaryMaxCents?: number | null;
  collectiveAgreement?: string | null;
  agreementLevel?: string | null;
  positions: number;
  law68Reserved: boolean;
  expiresOn: string;
}

export function valuesOf(vacancy: SavedVacancy): VacancyFormValues {
  return {
    title: vacancy.title,
    occupationUri: vacancy.occupation.uri,
    description: vacancy.description,
    skills: vacancy.skills.map((s) => ({
      uri: s.skill.uri,
      label: s.skill.label,
      grade: s.essential ? 'ESSENTIAL' : 'OPTIONAL',
    })),
    languages: vacancy.languages.map((l) => ({ languageCode: l.languageCode, minLevel: l.minLevel })),
    minEqfLevel: vacancy.minEqfLevel ? String(vacancy.minEqfLevel) : '',
    minExperienceMonths: String(vacancy.minExperienceMonths),
    drivingLicences: [...vacancy.drivingLicences],
    contractType: vacancy.contractType,
    hours: vacancy.hours,
    weeklyHours: vacancy.weeklyHours ? String(vacancy.weeklyHours) : '',
    shifts: vacancy.shifts,
    workplaceComuneCode: vacancy.workplaceComune?.istatCode ?? '',
    remote: vacancy.remote,
    salaryMin: vacancy.salaryMinCents == null ? '' : centsToEuro(vacancy.salaryMinCents),
    salaryMax: vacancy.salaryMaxCents == null ? '' : centsToEuro(vacancy.salaryMaxCents),
    collectiveAgreement: vacancy.collectiveAgreement ?? '',
    agreementLevel: vacancy.agreementLevel ?? '',
    positions: String(vacancy.positions),
    law68Reserved: vacancy.law68Reserved,
    expiresOn: vacancy.expiresOn,
  };
}

const WHOLE_NUMBER = /^\d{1,6}$/;
const wholeNumber = (value: string) => (WHOLE_NUMBER.test(value.trim()) ? Number(value.trim()) : null);

/**
 * What can be told before sending (required fields, numbers that are not numbers), and the input
 * only when there is nothing to fix. Ranges and the rest are the API's to check.
 */
export function toVacancyInput(values: VacancyFormValues): {
  errors: FormErrors<VacancyField>;
  input: VacancyInput | null;
} {
  const errors = noErrors<VacancyField>();
  for (const field of [
    'title',
    'occupationUri',
    'description',
    'contractType',
    'hours',
    'expiresOn',
  ] as const) {
    if (!values[field].trim()) errors.fields[field] = it.errors.required;
  }
  const positions = wholeNumber(values.positions);
  if (positions === null) errors.fields.positions = 'Scrivi il numero di posti, per esempio 1.';
  const experience = wholeNumber(values.minExperienceMonths || '0');
  if (experience === null)
    errors.fields.minExperienceMonths = 'Scrivi i mesi in numero intero, per esempio 12.';
  const weeklyHours = values.weeklyHours.trim() ? wholeNumber(values.weeklyHours) : undefined;
  if (weeklyHours === null) errors.fields.weeklyHours = 'Scrivi le ore in numero intero, per esempio 40.';
  const salary = (field: 'salaryMin' | 'salaryMax') => {
    if (!values[field].trim()) return undefined;
    const cents = euroToCents(values[field]);
    if (cents === null) errors.fields[field] = 'Scrivi l’importo in euro, per esempio 1500 o 1500,50.';
    return cents;
  };
  const salaryMinCents = salary('salaryMin');
  const salaryMaxCents = salary('salaryMax');
  const agreement = values.collectiveAgreement.trim();
  const level = values.agreementLevel.trim();
  if (agreement && !level) errors.fields.agreementLevel = 'Indica anche il livello del contratto collettivo.';
  if (level && !agreement) errors.fields.collectiveAgreement = 'Indica anche il contratto collettivo.';
  if (values.languages.some((l) => !l.languageCode || !l.minLevel)) {
    errors.fields.languages = 'Per ogni lingua scegli la lingua e il livello, oppure togli la riga.';
  }
  if (hasErrors(errors) || !values.contractType || !values.hours) {
    return { errors, input: null };
  }
  return {
    errors,
    input: {
      title: values.title,
      occupationUri: values.occupationUri,
      description: values.description,
      skills: values.skills.map((s) => ({ skillUri: s.uri, essential: s.grade === 'ESSENTIAL' })),
      languages: values.languages.map((l) => ({
        languageCode: l.languageCode,
        minLevel: l.minLevel as CefrLevel,
      })),
      minEqfLevel: values.minEqfLevel ? Number(values.minEqfLevel) : null,
      minExperienceMonths: experience ?? 0,
      drivingLicences: values.drivingLicences,
      contractType: values.contractType,
      hours: values.hours,
      weeklyHours: weeklyHours ?? null,
      shifts: values.shifts,
      workplaceComuneCode: values.workplaceComuneCode || null,
      remote: values.remote,
      salaryMinCents: salaryMinCents ?? null,
      salaryMaxCents: salaryMaxCents ?? null,
      collectiveAgreement: agreement || null,
      agreementLevel: level || null,
      positions: positions ?? 1,
      law68Reserved: values.law68Reserved,
      expiresOn: values.expiresOn,
    },
  };
}

/** The API lets the company change a draft, or a vacancy the sportello did not accept. */
export const isEditable = (status: string) => status === 'DRAFT' || status === 'REJECTED';
