/** The open data's licence: reuse with attribution. */
export const LICENCE = {
  id: 'CC-BY-4.0',
  name: 'Creative Commons Attribuzione 4.0 Internazionale (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.it',
} as const;

/** How a suppressed figure appears in each format. */
export const SUPPRESSION_MARKER = {
  csv: '',
  json: null,
  description:
    'Un conteggio di persone sotto la soglia minima della rete (ma non zero), o uno che permetterebbe di ' +
    'ricalcolarlo dai totali, non è pubblicato: nel CSV il campo è vuoto, nel JSON vale null. Zero è un ' +
    'valore pubblicato, non un dato soppresso.',
} as const;

/** The comune code of the row of all the network's comuni, and the group code of all groups. */
export const TOTAL = 'TOTALE';

export interface FieldDefinition {
  name: string;
  description: string;
  type: 'string' | 'date' | 'integer';
  unit: string | null;
  /** Whether the field can be suppressed, and so show the suppression marker. */
  suppressible: boolean;
}

/** One record per comune of residence and target group, with the totals as records of their own. */
export const FIELDS = [
  {
    name: 'network',
    description: 'Identificativo (slug) della rete di comuni che pubblica i dati.',
    type: 'string',
    unit: null,
    suppressible: false,
  },
  {
    name: 'semester',
    description: 'Semestre dei dati: AAAA-H1 (gennaio-giugno) o AAAA-H2 (luglio-dicembre).',
    type: 'string',
    unit: null,
    suppressible: false,
  },
  {
    name: 'period_start',
    description: 'Primo giorno del semestre (AAAA-MM-GG).',
    type: 'date',
    unit: null,
    suppressible: false,
  },
  {
    name: 'period_end',
    description: 'Ultimo giorno del semestre (AAAA-MM-GG).',
    type: 'date',
    unit: null,
    suppressible: false,
  },
  {
    name: 'comune_code',
    description:
      'Codice ISTAT del comune di residenza; ALTRI per chi risiede in comuni fuori dalla rete; ' +
      'TOTALE per tutta la rete.',
    type: 'string',
    unit: null,
    suppressible: false,
  },
  {
    name: 'comune_name',
    description: 'Nome del comune di residenza (o «Comuni fuori dalla rete», «Tutta la rete»).',
    type: 'string',
    unit: null,
    suppressible: false,
  },
  {
    name: 'target_group',
    description:
      'Gruppo della persona alla fine del semestre (per gli avvii al lavoro, al primo giorno di lavoro): ' +
      'LAW_68_DISABILITY (liste della legge 68/1999), ' +
      'ECONOMIC_HARDSHIP (fragilità economica), OVER_45 (45 anni o più), YOUNG_UNEMPLOYED (15-29 anni ' +
      'senza lavoro), NONE (nessuno dei quattro), TOTALE (tutti). Ogni persona è in un solo gruppo, ' +
      'nell’ordine indicato.',
    type: 'string',
    unit: null,
    suppressible: false,
  },
  {
    name: 'target_group_label',
    description: 'Nome del gruppo in italiano.',
    type: 'string',
    unit: null,
    suppressible: false,
  },
  {
    name: 'registrations',
    description: 'Persone che si sono iscritte allo sportello lavoro nel semestre.',
    type: 'integer',
    unit: 'persone',
    suppressible: true,
  },
  {
    name: 'people_in_charge',
    description: 'Persone prese in carico da uno sportello della rete in qualche momento del semestre.',
    type: 'integer',
    unit: 'persone',
    suppressible: true,
  },
  {
    name: 'job_starts',
    description:
      'Avvii al lavoro del semestre registrati dagli sportelli: assunzioni verificate (anche dopo un ' +
      'tirocinio o un programma) e attività in proprio avviate, per comune di residenza e gruppo della ' +
      'persona al primo giorno di lavoro. Una persona può contare più volte.',
    type: 'integer',
    unit: 'avvii',
    suppressible: true,
  },
] as const satisfies readonly FieldDefinition[];

export type FieldName = (typeof FIELDS)[number]['name'];
export type OpenDataRecord = Record<FieldName, string | number | null>;

/** The data dictionary as published: each field with its suppression marker, if it has one. */
export const dictionary = () => ({
  title: 'Dizionario dei dati aperti del rapporto semestrale sul lavoro',
  licence: LICENCE,
  suppression: SUPPRESSION_MARKER,
  fields: FIELDS.map(({ suppressible, ...field }) => ({
    ...field,
    suppressionMarker: suppressible ? { csv: SUPPRESSION_MARKER.csv, json: SUPPRESSION_MARKER.json } : null,
  })),
});
