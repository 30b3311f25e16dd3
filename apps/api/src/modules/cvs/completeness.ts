import { cvEducation, cvExperiences, cvLanguages, cvSoughtOccupations, type cvs } from '@sportello/db';
import { type AnyColumn, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { textLiteral } from '../../lib/sql-literal.js';
import type { CvDocument } from './service.js';

export type CvSection =
  | 'HEADLINE'
  | 'SUMMARY'
  | 'SOUGHT_OCCUPATIONS'
  | 'EXPERIENCE'
  | 'EDUCATION'
  | 'LANGUAGES';

/**
 * What String.prototype.trim removes (WhiteSpace and LineTerminator): a text of only these is empty
 * to the score, in JavaScript and in SQL alike.
 */
export const TRIMMED =
  '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

const filledInSql = (text: AnyColumn) => sql`(btrim(coalesce(${text}, ''), ${textLiteral(TRIMMED)}) <> '')`;
const hasRowsInSql = (section: SQLWrapper & { citizenId: AnyColumn }, cv: typeof cvs) =>
  sql`exists (select 1 from ${section} where ${section.citizenId} = ${cv.citizenId})`;

/** What each section weighs in the score, and what to tell the person when it is missing. */
const SECTIONS: {
  section: CvSection;
  weight: number;
  message: string;
  present: (cv: CvDocument, neverEmployed: boolean) => boolean;
  /** `present` in SQL, on the CV's row. */
  presentInSql: (cv: typeof cvs, neverEmployed: SQL) => SQL;
}[] = [
  {
    section: 'HEADLINE',
    weight: 10,
    message: 'Scrivi un titolo che dica in breve chi sei e che lavoro cerchi.',
    present: (cv) => Boolean(cv.headline?.trim()),
    presentInSql: (cv) => filledInSql(cv.headline),
  },
  {
    section: 'SUMMARY',
    weight: 15,
    message: 'Aggiungi qualche riga su di te: esperienze, punti di forza, cosa cerchi.',
    present: (cv) => Boolean(cv.summary?.trim()),
    presentInSql: (cv) => filledInSql(cv.summary),
  },
  {
    section: 'SOUGHT_OCCUPATIONS',
    weight: 20,
    message: 'Indica almeno un lavoro che cerchi.',
    present: (cv) => cv.soughtOccupations.length > 0,
    presentInSql: (cv) => hasRowsInSql(cvSoughtOccupations, cv),
  },
  {
    section: 'EXPERIENCE',
    weight: 20,
    message: 'Aggiungi le tue esperienze di lavoro, anche brevi o non retribuite.',
    // Someone who never worked is not penalised for having no experience.
    present: (cv, neverEmployed) => neverEmployed || cv.experiences.length > 0,
    presentInSql: (cv, neverEmployed) => sql`(${neverEmployed} or ${hasRowsInSql(cvExperiences, cv)})`,
  },
  {
    section: 'EDUCATION',
    weight: 20,
    message: 'Indica il tuo titolo di studio, anche se non l’hai concluso.',
    present: (cv) => cv.education.length > 0,
    presentInSql: (cv) => hasRowsInSql(cvEducation, cv),
  },
  {
    section: 'LANGUAGES',
    weight: 15,
    message: 'Indica la tua lingua madre e le altre lingue che conosci.',
    present: (cv) => cv.languages.length > 0,
    presentInSql: (cv) => hasRowsInSql(cvLanguages, cv),
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

/** `cvCompleteness` in SQL, on the CV's row: a jsonb document of the same value. */
export function cvCompletenessInSql(cv: typeof cvs, neverEmployed: SQL): SQL {
  const sections = sql.identifier('completeness_sections');
  // Each section is tested once, in the inner select (`offset 0` keeps it from being pulled up into
  // its references), and read by the score and the missing list.
  const tested = SECTIONS.map(
    (section, i) => sql`${section.presentInSql(cv, neverEmployed)} as ${sql.identifier(`s${i}`)}`,
  );
  const present = (i: number) => sql`${sections}.${sql.identifier(`s${i}`)}`;
  const score = SECTIONS.map(
    ({ weight }, i) => sql`case when ${present(i)} then ${sql.raw(String(weight))} else 0 end`,
  );
  const missing = SECTIONS.map(
    ({ section, message }, i) =>
      sql`case when not ${present(i)} then jsonb_build_object('section', ${textLiteral(section)}, 'message', ${textLiteral(message)}) end`,
  );
  return sql`(select jsonb_build_object('score', ${sql.join(score, sql` + `)}, 'missing', to_jsonb(array_remove(array[${sql.join(missing, sql`, `)}], null))) from (select ${sql.join(tested, sql`, `)} offset 0) as ${sections})`;
}
