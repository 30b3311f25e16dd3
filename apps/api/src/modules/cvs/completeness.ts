import type { CvDocument } from './service.js';

export type CvSection =
  | 'HEADLINE'
  | 'SUMMARY'
  | 'SOUGHT_OCCUPATIONS'
  | 'EXPERIENCE'
  | 'EDUCATION'
  | 'LANGUAGES';

/** What each section weighs in the score, and what to tell the person when it is missing. */
const SECTIONS: {
  section: CvSection;
  weight: number;
  message: string;
  present: (cv: CvDocument, neverEmployed: boolean) => boolean;
}[] = [
  {
    section: 'HEADLINE',
    weight: 10,
    message: 'Scrivi un titolo che dica in breve chi sei e che lavoro cerchi.',
    present: (cv) => Boolean(cv.headline?.trim()),
  },
  {
    section: 'SUMMARY',
    weight: 15,
    message: 'Aggiungi qualche riga su di te: esperienze, punti di forza, cosa cerchi.',
    present: (cv) => Boolean(cv.summary?.trim()),
  },
  {
    section: 'SOUGHT_OCCUPATIONS',
    weight: 20,
    message: 'Indica almeno un lavoro che cerchi.',
    present: (cv) => cv.soughtOccupations.length > 0,
  },
  {
    section: 'EXPERIENCE',
    weight: 20,
    message: 'Aggiungi le tue esperienze di lavoro, anche brevi o non retribuite.',
    // Someone who never worked is not penalised for having no experience.
    present: (cv, neverEmployed) => neverEmployed || cv.experiences.length > 0,
  },
  {
    section: 'EDUCATION',
    weight: 20,
    message: 'Indica il tuo titolo di studio, anche se non l’hai concluso.',
    present: (cv) => cv.education.length > 0,
  },
  {
    section: 'LANGUAGES',
    weight: 15,
    message: 'Indica la tua lingua madre e le altre lingue che conosci.',
    present: (cv) => cv.languages.length > 0,
  },
];

export function cvCompleteness(cv: CvDocument, neverEmployed: boolean) {
  let score = 0;
  const missing: { section: CvSection; message: string }[] = [];
  for (const { section, weight, message, present } of SECTIONS) {
    if (present(cv, neverEmployed)) score += weight;
    else missing.push({ section, message });
  }
  return { score, missing };
}
