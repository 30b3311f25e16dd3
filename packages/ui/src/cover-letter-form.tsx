import { type FormEvent, useState } from 'react';
import { ErrorSummary, SelectField, type SelectOption, TextAreaField, TextField } from './fields';
import { it } from './strings';
import { type FormErrors, hasErrors, noErrors } from './user-errors';

export type CoverLetterField = 'title' | 'body';
export interface CoverLetterValues {
  title: string;
  body: string;
}

/** The API's limits, checked before sending (the API stays the authority). */
export const COVER_LETTER_LIMITS = { title: 120, bodyMin: 50, body: 5000 };

export function validateCoverLetter(values: CoverLetterValues): FormErrors<CoverLetterField> {
  const errors = noErrors<CoverLetterField>();
  const title = values.title.trim().length;
  const body = values.body.trim().length;
  if (title === 0) errors.fields.title = it.errors.required;
  else if (title > COVER_LETTER_LIMITS.title)
    errors.fields.title = `Al massimo ${COVER_LETTER_LIMITS.title} caratteri.`;
  if (body < COVER_LETTER_LIMITS.bodyMin)
    errors.fields.body = `Scrivi almeno ${COVER_LETTER_LIMITS.bodyMin} caratteri.`;
  else if (body > COVER_LETTER_LIMITS.body)
    errors.fields.body = `Al massimo ${COVER_LETTER_LIMITS.body} caratteri.`;
  return errors;
}

const LABELS: Record<CoverLetterField, string> = { title: 'Oggetto', body: 'Testo della lettera' };

export interface CoverLetterFormProps {
  initial: CoverLetterValues;
  /** Saves the letter; resolves to the errors to show, empty when it was saved. */
  onSave: (values: CoverLetterValues) => Promise<FormErrors<CoverLetterField>>;
}

/** Edits the subject and the text of a cover letter, with the error summary pattern of every form. */
export function CoverLetterForm({ initial, onSave }: CoverLetterFormProps) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FormErrors<CoverLetterField>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    let next = validateCoverLetter(values);
    if (!hasErrors(next)) {
      setPending(true);
      try {
        next = await onSave(values);
      } finally {
        setPending(false);
      }
    }
    setErrors(next);
    setSubmits((n) => n + 1);
  }

  const length = values.body.trim().length;
  return (
    <form onSubmit={submit} noValidate data-testid="cover-letter-form">
      <ErrorSummary errors={errors} labels={LABELS} focusKey={submits} />
      <TextField
        id="title"
        label={LABELS.title}
        value={values.title}
        onChange={(title) => setValues((v) => ({ ...v, title }))}
        error={errors.fields.title}
        maxLength={COVER_LETTER_LIMITS.title}
      />
      <TextAreaField
        id="body"
        label={LABELS.body}
        hint={`Da ${COVER_LETTER_LIMITS.bodyMin} a ${COVER_LETTER_LIMITS.body} caratteri; ora sono ${length}. Lascia una riga vuota tra un paragrafo e l’altro.`}
        value={values.body}
        onChange={(body) => setValues((v) => ({ ...v, body }))}
        error={errors.fields.body}
        rows={18}
      />
      <button type="submit" className="btn btn-primary" aria-disabled={pending || undefined}>
        {pending ? it.common.sending : 'Salva la lettera'}
      </button>
    </form>
  );
}

export type DraftLetterField = 'templateKey' | 'vacancyId';
export interface DraftLetterValues {
  templateKey: string;
  vacancyId: string;
}
export interface LetterTemplateOption {
  key: string;
  name: string;
  description: string;
  requiresVacancy: boolean;
}

const DRAFT_LABELS: Record<DraftLetterField, string> = {
  templateKey: 'Modello',
  vacancyId: 'Offerta di lavoro',
};

export interface DraftLetterFormProps {
  templates: readonly LetterTemplateOption[];
  /** Published vacancies the letter may answer. */
  vacancies: readonly SelectOption[];
  initialVacancyId?: string;
  /** Drafts the letter; resolves to the errors to show, empty when it was drafted. */
  onDraft: (values: DraftLetterValues) => Promise<FormErrors<DraftLetterField>>;
}

/** Chooses a model letter and, where it needs one, the vacancy it answers. */
export function DraftLetterForm({
  templates,
  vacancies,
  initialVacancyId = '',
  onDraft,
}: DraftLetterFormProps) {
  const [values, setValues] = useState<DraftLetterValues>({
    templateKey: initialVacancyId ? (templates.find((t) => t.requiresVacancy)?.key ?? '') : '',
    vacancyId: initialVacancyId,
  });
  const [errors, setErrors] = useState<FormErrors<DraftLetterField>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  const chosen = templates.find((t) => t.key === values.templateKey);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    let next = noErrors<DraftLetterField>();
    if (!chosen) next.fields.templateKey = 'Scegli un modello.';
    if (chosen?.requiresVacancy && !values.vacancyId)
      next.fields.vacancyId = 'Per questo modello scegli l’offerta a cui rispondere.';
    if (!hasErrors(next)) {
      setPending(true);
      try {
        next = await onDraft(values);
      } finally {
        setPending(false);
      }
    }
    setErrors(next);
    setSubmits((n) => n + 1);
  }

  return (
    <form onSubmit={submit} noValidate data-testid="draft-letter-form">
      <ErrorSummary
        errors={errors}
        labels={DRAFT_LABELS}
        ids={{ templateKey: `template-${templates[0]?.key ?? ''}` }}
        focusKey={submits}
      />
      <fieldset
        className="sl-fieldset"
        aria-describedby={errors.fields.templateKey ? 'template-error' : undefined}
      >
        <legend className="h5">Modello</legend>
        {errors.fields.templateKey ? (
          <p id="template-error" className="sl-error">
            <span className="visually-hidden">Errore: </span>
            {errors.fields.templateKey}
          </p>
        ) : null}
        {templates.map((template) => (
          <div className="form-check" key={template.key}>
            <input
              type="radio"
              id={`template-${template.key}`}
              name="templateKey"
              value={template.key}
              checked={values.templateKey === template.key}
              onChange={() => setValues((v) => ({ ...v, templateKey: template.key }))}
              aria-describedby={`template-${template.key}-hint`}
            />
            <label htmlFor={`template-${template.key}`}>{template.name}</label>
            <p id={`template-${template.key}-hint`} className="sl-hint">
              {template.description}
            </p>
          </div>
        ))}
      </fieldset>
      <SelectField
        id="vacancyId"
        label={DRAFT_LABELS.vacancyId}
        placeholder="Nessuna offerta in particolare"
        options={vacancies}
        value={values.vacancyId}
        onChange={(vacancyId) => setValues((v) => ({ ...v, vacancyId }))}
        error={errors.fields.vacancyId}
        optional={!chosen?.requiresVacancy}
        hint="La lettera cita il titolo dell’offerta, l’azienda e il comune di lavoro."
      />
      <button type="submit" className="btn btn-primary" aria-disabled={pending || undefined}>
        {pending ? it.common.sending : 'Scrivi la lettera dal modello'}
      </button>
    </form>
  );
}
