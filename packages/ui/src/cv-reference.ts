/** Reference lists of a CV and of a vacancy: languages, CEFR levels, driving licences, employment status. */

export const cefrLevels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type CefrLevel = (typeof cefrLevels)[number];

/** `CefrLevel`, short. */
export const cefrLevelLabels: Record<CefrLevel, string> = {
  A1: 'A1 – livello base',
  A2: 'A2 – livello elementare',
  B1: 'B1 – livello intermedio',
  B2: 'B2 – livello intermedio superiore',
  C1: 'C1 – livello avanzato',
  C2: 'C2 – padronanza della lingua',
};

/** What each level means, in plain words that fit both the person and whoever helps them. */
export const cefrLevelExplanations: Record<CefrLevel, string> = {
  A1: 'capire e usare parole e frasi molto semplici, per esempio per presentarsi o chiedere un’informazione.',
  A2: 'capire frasi di tutti i giorni e parlare di cose semplici: la famiglia, la spesa, il lavoro.',
  B1: 'cavarsela nelle situazioni comuni, al lavoro o in viaggio, e raccontare un’esperienza.',
  B2: 'parlare con scioltezza con chi è di madrelingua e capire testi anche lunghi.',
  C1: 'usare la lingua con facilità per lavoro e per studio, senza cercare le parole.',
  C2: 'capire e usare la lingua quasi come chi è di madrelingua.',
};

/** The five abilities of the Europass self-assessment grid. */
export const languageAbilities = [
  'listening',
  'reading',
  'spokenInteraction',
  'spokenProduction',
  'writing',
] as const;
export type LanguageAbility = (typeof languageAbilities)[number];

export const languageAbilityLabels: Record<LanguageAbility, string> = {
  listening: 'Ascolto',
  reading: 'Lettura',
  spokenInteraction: 'Interazione orale',
  spokenProduction: 'Produzione orale',
  writing: 'Scrittura',
};

/**
 * The languages most often met in Italy (ISO 639-1), with their Italian names from the browser,
 * Italian first and the others alphabetically.
 */
const LANGUAGE_CODES =
  'it en fr de es pt ro sq ar zh ru uk pl hi ur bn pa tl nl el tr sl hr sr bg hu cs sk ja fa'.split(' ');
const languageNames = new Intl.DisplayNames(['it'], { type: 'language' });
const collator = new Intl.Collator('it');
const capitalised = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
export const languageOptions = LANGUAGE_CODES.map((code) => ({
  value: code,
  label: capitalised(languageNames.of(code) ?? code),
})).sort((a, b) => (a.value === 'it' ? -1 : b.value === 'it' ? 1 : collator.compare(a.label, b.label)));

/** Italian driving licence categories, in their order; each is named "Patente B" and so on. */
export const drivingLicences = [
  'AM',
  'A1',
  'A2',
  'A',
  'B1',
  'B',
  'BE',
  'C1',
  'C1E',
  'C',
  'CE',
  'D1',
  'D1E',
  'D',
  'DE',
] as const;
export type DrivingLicenceCode = (typeof drivingLicences)[number];

/** `EmploymentStatus`, in the words of the Italian employment services. */
export const employmentStatusLabels = {
  UNEMPLOYED: 'Disoccupato/a',
  NEVER_EMPLOYED: 'Inoccupato/a',
  EMPLOYED_SEEKING: 'Occupato/a, in cerca di altro lavoro',
} as const;
export type EmploymentStatusCode = keyof typeof employmentStatusLabels;
