import Handlebars from 'handlebars';

/** What a template may use: the citizen's profile and CV, and the vacancy when there is one. */
export interface LetterContext {
  citizen: { givenName: string; familyName: string; comune: string | null };
  headline: string | null;
  summary: string | null;
  /** Italian labels of the occupations sought, where the reference data has them. */
  soughtOccupations: string[];
  vacancy: { title: string; companyName: string; comune: string | null } | null;
  /** The most relevant first: same occupation as the vacancy, then the most recent. */
  experiences: { jobTitle: string; employer: string; period: string }[];
  /** The highest qualification. */
  education: { title: string; detail: string | null } | null;
  languages: string[];
}

export interface CoverLetterTemplate {
  key: string;
  name: string;
  description: string;
  requiresVacancy: boolean;
  title: string;
  body: string;
}

// An instance of its own, so the helper below is not registered globally. Letters are plain
// text: nothing is HTML-escaped.
const handlebars = Handlebars.create();
handlebars.registerHelper('list', (items: string[]) =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} e ${items.at(-1)}`,
);

const EXPERIENCES =
  '{{#each experiences}}{{jobTitle}} presso {{employer}}, {{period}}{{#unless @last}}; {{/unless}}{{/each}}';
const EDUCATION = '{{education.title}}{{#if education.detail}} – {{education.detail}}{{/if}}';
const SIGNATURE = '{{citizen.givenName}} {{citizen.familyName}}';

export const COVER_LETTER_TEMPLATES: CoverLetterTemplate[] = [
  {
    key: 'VACANCY_RESPONSE',
    name: 'Risposta a un’offerta di lavoro',
    description: 'Per candidarti a un’offerta pubblicata: cita la posizione e le tue esperienze più vicine.',
    requiresVacancy: true,
    title: 'Candidatura per la posizione di {{vacancy.title}}',
    body: `Gentile Responsabile della selezione di {{vacancy.companyName}},

con questa lettera desidero candidarmi per la posizione di {{vacancy.title}}{{#if vacancy.comune}} a {{vacancy.comune}}{{/if}}, pubblicata sul portale dello sportello lavoro.

{{#if headline}}In breve, il mio profilo: {{headline}}.{{/if}}

{{#if experiences.length}}Nel mio percorso ho lavorato come ${EXPERIENCES}. Queste esperienze mi hanno dato competenze che ritengo utili per il ruolo che offrite.{{/if}}

{{#if education}}Ho conseguito il seguente titolo di studio: ${EDUCATION}.{{/if}}

{{#if languages.length}}Conosco queste lingue: {{list languages}}.{{/if}}

Mi considero una persona affidabile e motivata e sono disponibile per un colloquio nei giorni e negli orari che preferite. Allego il mio curriculum vitae.

Ringraziando per l'attenzione, porgo cordiali saluti.

${SIGNATURE}`,
  },
  {
    key: 'SPONTANEOUS',
    name: 'Candidatura spontanea',
    description:
      'Per proporti a un’azienda anche senza un’offerta aperta: presenta chi sei e che lavoro cerchi.',
    requiresVacancy: false,
    title: 'Candidatura spontanea{{#if vacancy}} – {{vacancy.companyName}}{{/if}}',
    body: `Gentile Responsabile delle risorse umane{{#if vacancy}} di {{vacancy.companyName}}{{/if}},

vi invio la mia candidatura spontanea, nel caso in cui la vostra azienda cerchi nuovo personale{{#if soughtOccupations.length}}, in particolare come {{list soughtOccupations}}{{/if}}.

{{#if summary}}{{summary}}{{/if}}

{{#if experiences.length}}Le mie esperienze di lavoro più significative: ${EXPERIENCES}.{{/if}}

{{#if education}}Ho conseguito il seguente titolo di studio: ${EDUCATION}.{{/if}}

{{#if languages.length}}Conosco queste lingue: {{list languages}}.{{/if}}

Sono disponibile a incontrarvi per un colloquio conoscitivo. Allego il mio curriculum vitae.

Distinti saluti,

${SIGNATURE}`,
  },
  {
    key: 'INTERNSHIP',
    name: 'Richiesta di tirocinio',
    description:
      'Per chiedere un tirocinio, anche con l’accompagnamento dello sportello lavoro del tuo comune.',
    requiresVacancy: false,
    title: 'Richiesta di tirocinio{{#if vacancy}} – {{vacancy.title}}{{/if}}',
    body: `Gentile Responsabile{{#if vacancy}} di {{vacancy.companyName}}{{/if}},

mi chiamo {{citizen.givenName}} {{citizen.familyName}}{{#if citizen.comune}} e vivo a {{citizen.comune}}{{/if}}. Vi scrivo per propormi per un tirocinio{{#if vacancy}} come {{vacancy.title}}{{/if}}.

{{#if education}}Ho conseguito il seguente titolo di studio: ${EDUCATION}.{{/if}}

{{#if experiences.length}}Ho già avuto queste esperienze di lavoro: ${EXPERIENCES}.{{/if}}

{{#if languages.length}}Conosco queste lingue: {{list languages}}.{{/if}}

Il tirocinio sarebbe per me l'occasione di imparare un mestiere sul campo. Lo sportello lavoro del mio comune può seguire l'attivazione del tirocinio e gli adempimenti che comporta.

Resto a disposizione per un colloquio conoscitivo e allego il mio curriculum vitae.

Cordiali saluti,

${SIGNATURE}`,
  },
];

const compiled = new Map(
  COVER_LETTER_TEMPLATES.map((template) => [
    template.key,
    {
      title: handlebars.compile(template.title, { noEscape: true }),
      body: handlebars.compile(template.body, { noEscape: true }),
    },
  ]),
);

export const templateByKey = (key: string) => COVER_LETTER_TEMPLATES.find((t) => t.key === key);

/** Sections a context leaves empty disappear without leaving gaps of blank lines. */
const tidy = (text: string) =>
  text
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

export function renderTemplate(key: string, context: LetterContext): { title: string; body: string } {
  const template = compiled.get(key);
  if (!template) throw new Error(`unknown cover letter template ${key}`);
  return { title: tidy(template.title(context)), body: tidy(template.body(context)) };
}
