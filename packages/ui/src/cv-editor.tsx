import { Button } from 'design-react-kit';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import {
  type AvailabilityDraft,
  availabilityDraftOf,
  type CertificationDraft,
  type CvDraft,
  type CvEditorAvailability,
  type CvEditorCv,
  type CvEditorInput,
  controlLabel,
  draftOf,
  type EducationDraft,
  type ExperienceDraft,
  emptyCertification,
  emptyEducation,
  emptyExperience,
  emptyLanguage,
  errorsByControl,
  type FieldErrors,
  inputOf,
  type LanguageDraft,
  languageLabel,
  type SkillLevelCode,
  validateAvailability,
  validateDraft,
} from './cv-draft';
import {
  type CefrLevel,
  cefrLevelExplanations,
  cefrLevelLabels,
  cefrLevels,
  type DrivingLicenceCode,
  drivingLicences,
  languageAbilities,
  languageAbilityLabels,
  languageOptions,
} from './cv-reference';
import { CheckboxField, ErrorSummary, SelectField, TextAreaField, TextField } from './fields';
import { skillLevelLabels } from './internships';
import { OccupationPicker, type OccupationSearch } from './occupation-picker';
import { SkillPicker, type SkillSearch, type SkillSuggest } from './skill-picker';
import { it } from './strings';
import type { UserErrorLike } from './user-errors';

export * from './cv-draft';

/** Who the editor speaks to: the citizen ("il tuo curriculum"), or an operator about the citizen. */
export type CvEditorVoice = 'citizen' | 'operator';

export interface CvEditorProps {
  cv: CvEditorCv | null;
  availability: CvEditorAvailability;
  educationTitles: readonly { code: string; label: string; eqfLevel?: number | null }[];
  searchOccupations: OccupationSearch;
  searchSkills: SkillSearch;
  /** The ESCO skills of the sought occupations, offered in one click on the skills step. */
  suggestSkills: SkillSuggest;
  /** Saves the whole CV; answers the saved CV, or the userErrors. */
  saveCv: (input: CvEditorInput) => Promise<{ cv: CvEditorCv | null; userErrors: readonly UserErrorLike[] }>;
  /** Saves the availability (the citizen's profile); answers the userErrors. */
  saveAvailability: (input: CvEditorAvailability) => Promise<readonly UserErrorLike[]>;
  voice: CvEditorVoice;
}

const STEPS = [
  { key: 'occupations', title: 'Lavoro cercato' },
  { key: 'experience', title: 'Esperienze di lavoro' },
  { key: 'education', title: 'Studi' },
  { key: 'languages', title: 'Lingue' },
  { key: 'skills', title: 'Competenze' },
  { key: 'certifications', title: 'Attestati e certificazioni' },
  { key: 'availability', title: 'Patenti e disponibilità' },
] as const;
type StepKey = (typeof STEPS)[number]['key'];

/** The step where each section of the completeness score is filled in. */
const STEP_OF_SECTION: Record<string, StepKey> = {
  HEADLINE: 'occupations',
  SUMMARY: 'occupations',
  SOUGHT_OCCUPATIONS: 'occupations',
  EXPERIENCE: 'experience',
  EDUCATION: 'education',
  LANGUAGES: 'languages',
};

/** What is missing, named about the citizen (the operators' words). */
const MISSING_ABOUT_CITIZEN: Record<string, string> = {
  HEADLINE: 'titolo del profilo',
  SUMMARY: 'presentazione',
  SOUGHT_OCCUPATIONS: 'lavoro cercato',
  EXPERIENCE: 'esperienze di lavoro',
  EDUCATION: 'titolo di studio',
  LANGUAGES: 'lingue',
};

export function missingAboutCitizen(missing: readonly { section: string; message: string }[]): string {
  return missing.map((m) => MISSING_ABOUT_CITIZEN[m.section] ?? m.message).join(', ');
}

const words = {
  citizen: {
    intro:
      'Compila il curriculum un passo alla volta: ogni passo si salva quando premi “Salva e continua”. Puoi fermarti quando vuoi e riprendere più tardi.',
    occupationsHint: 'I lavori che cerchi: le offerte adatte a te partono da qui.',
    headlineHint: 'Per esempio “Magazziniere con patentino del muletto”.',
    summaryHint: 'Qualche riga su di te: esperienze, punti di forza, cosa cerchi.',
    motherTongue: 'È la mia lingua madre',
    levelsIntro: 'Scegli il livello che ti descrive meglio. Cosa vogliono dire i livelli:',
    skillsIntro: 'Cerca le competenze che hai, scrivendo una parte del nome, e scegli il livello.',
    attested: 'Competenze attestate da un tirocinio o da un corso (restano nel curriculum):',
    availabilityIntro:
      'Come e dove puoi lavorare. Le offerte lontane più della distanza che indichi non ti vengono proposte.',
    noExperience: 'Nessuna esperienza indicata. Conta anche un lavoro breve, stagionale o non pagato.',
    completeHeading: 'Il tuo curriculum',
    nextStep: 'Cosa aggiungere adesso',
  },
  operator: {
    intro:
      'Compila il curriculum insieme alla persona, un passo alla volta: ogni passo si salva con “Salva e continua”. Le modifiche sono registrate a tuo nome.',
    occupationsHint: 'I lavori che la persona cerca: l’abbinamento con le offerte parte da qui.',
    headlineHint: 'Per esempio “Magazziniere con patentino del muletto”.',
    summaryHint: 'Qualche riga sulla persona: esperienze, punti di forza, cosa cerca.',
    motherTongue: 'È la sua lingua madre',
    levelsIntro: 'Scegli il livello che descrive meglio la persona. Cosa vogliono dire i livelli:',
    skillsIntro: 'Cerca le competenze della persona, scrivendo una parte del nome, e scegli il livello.',
    attested: 'Competenze attestate da un tirocinio o da un corso (restano nel curriculum):',
    availabilityIntro:
      'Come e dove la persona può lavorare: oltre la distanza indicata le offerte non sono abbinate.',
    noExperience: 'Nessuna esperienza indicata. Conta anche un lavoro breve, stagionale o non pagato.',
    completeHeading: 'Il curriculum',
    nextStep: 'Cosa manca',
  },
} as const;

/**
 * The CV editor, step by step; each step saves the whole CV (or the availability) before the next.
 * The same component serves the citizen and, on the citizen's behalf, an operator.
 */
export function CvEditor(props: CvEditorProps) {
  const { voice } = props;
  const text = words[voice];
  const [step, setStep] = useState<StepKey>('occupations');
  const [draft, setDraft] = useState<CvDraft>(() => draftOf(props.cv));
  const [saved, setSaved] = useState(() => JSON.stringify(draftOf(props.cv)));
  const [availability, setAvailability] = useState<AvailabilityDraft>(() =>
    availabilityDraftOf(props.availability),
  );
  const [savedAvailability, setSavedAvailability] = useState(() =>
    JSON.stringify(availabilityDraftOf(props.availability)),
  );
  const [completeness, setCompleteness] = useState(props.cv?.completeness ?? null);
  const [errors, setErrors] = useState<{ fields: FieldErrors; form: string[] }>({ fields: {}, form: [] });
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const dirty = JSON.stringify(draft) !== saved || JSON.stringify(availability) !== savedAvailability;
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [step]);

  // "Salvato" stays only until the next change.
  useEffect(() => setStatus(''), [draft, availability]);

  const index = STEPS.findIndex((s) => s.key === step);
  const current = STEPS[index]!;

  async function save(): Promise<boolean> {
    if (step === 'availability') {
      if (JSON.stringify(availability) === savedAvailability) return true;
      const fields = validateAvailability(availability);
      if (Object.keys(fields).length) return fail({ fields, form: [] });
      const input = { ...availability, mobilityRadiusKm: Number(availability.mobilityRadiusKm) };
      const userErrors = await props.saveAvailability(input);
      if (userErrors.length) return fail(errorsByControl(userErrors));
      setSavedAvailability(JSON.stringify(availability));
      return true;
    }
    if (JSON.stringify(draft) === saved) return true;
    const fields = validateDraft(draft);
    if (Object.keys(fields).length) return fail({ fields, form: [] });
    const result = await props.saveCv(inputOf(draft));
    if (result.userErrors.length || !result.cv) return fail(errorsByControl(result.userErrors));
    setSaved(JSON.stringify(draft));
    setCompleteness(result.cv.completeness);
    return true;
  }

  function fail(next: { fields: FieldErrors; form: string[] }) {
    setErrors(next);
    setSubmits((n) => n + 1);
    setStatus('');
    return false;
  }

  async function saveAndGo(next: StepKey | null) {
    if (pending) return;
    setPending(true);
    let ok = false;
    try {
      ok = await save();
    } catch (error) {
      ok = fail({ fields: {}, form: [error instanceof Error ? error.message : it.errors.server] });
    } finally {
      setPending(false);
    }
    if (!ok) return;
    setErrors({ fields: {}, form: [] });
    setStatus(`Salvato: ${current.title.toLowerCase()}.`);
    if (next && next !== step) {
      moved.current = true;
      setStep(next);
    }
  }

  const e = errors.fields;
  const labels = Object.fromEntries(Object.keys(e).map((id) => [id, controlLabel(id)]));
  const nextMissing = completeness?.missing[0];
  const isLast = index === STEPS.length - 1;

  return (
    <div className="sl-cv-editor" data-testid="cv-editor">
      <p>{text.intro}</p>
      <section className="sl-cv-score" aria-labelledby="cv-score-title" data-testid="cv-completeness">
        <h2 id="cv-score-title" className="h5">
          {text.completeHeading}: completo al {completeness?.score ?? 0}%
        </h2>
        <div className="progress sl-progress" aria-hidden="true">
          <div className="progress-bar" style={{ width: `${completeness?.score ?? 0}%` }} />
        </div>
        {completeness && completeness.missing.length === 0 ? (
          <p className="mb-0">Tutte le parti principali sono compilate.</p>
        ) : (
          <p className="mb-0" data-testid="cv-next">
            <strong>{text.nextStep}:</strong>{' '}
            {voice === 'operator'
              ? missingAboutCitizen(completeness?.missing ?? [{ section: 'SOUGHT_OCCUPATIONS', message: '' }])
              : (nextMissing?.message ?? 'Indica almeno un lavoro che cerchi.')}{' '}
            {nextMissing && STEP_OF_SECTION[nextMissing.section] !== step ? (
              <button
                type="button"
                className="btn btn-link p-0 align-baseline"
                onClick={() => saveAndGo(STEP_OF_SECTION[nextMissing.section] ?? step)}
              >
                Vai al passo
              </button>
            ) : null}
          </p>
        )}
      </section>
      <nav aria-label="Passi del curriculum" className="sl-cv-steps">
        <ol>
          {STEPS.map((s, i) => (
            <li key={s.key}>
              <button
                type="button"
                className="btn btn-link"
                aria-current={s.key === step ? 'step' : undefined}
                onClick={() => saveAndGo(s.key)}
              >
                {i + 1}. {s.title}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <div role="status" className="sl-cv-status" data-testid="cv-status">
        {status ? <p className="mb-0">{status}</p> : null}
      </div>
      <form
        noValidate
        aria-labelledby="cv-step-title"
        onSubmit={(event) => {
          event.preventDefault();
          void saveAndGo(isLast ? null : STEPS[index + 1]!.key);
        }}
      >
        <h2 id="cv-step-title" ref={headingRef} tabIndex={-1} className="h3">
          Passo {index + 1} di {STEPS.length}: {current.title}
        </h2>
        <ErrorSummary errors={{ fields: e, form: errors.form }} labels={labels} focusKey={submits} />
        {step === 'occupations' ? (
          <OccupationsStep
            draft={draft}
            setDraft={setDraft}
            errors={e}
            search={props.searchOccupations}
            voice={voice}
          />
        ) : null}
        {step === 'experience' ? (
          <ListStep
            id="experiences"
            rows={draft.experiences}
            onChange={(experiences) => setDraft((d) => ({ ...d, experiences }))}
            empty={emptyExperience}
            emptyText={text.noExperience}
            addLabel="Aggiungi un’esperienza"
            rowTitle={(row, i) => row.jobTitle.trim() || `Esperienza ${i + 1}`}
            render={(row, i, change) => <ExperienceFields row={row} i={i} change={change} errors={e} />}
          />
        ) : null}
        {step === 'education' ? (
          <ListStep
            id="education"
            rows={draft.education}
            onChange={(education) => setDraft((d) => ({ ...d, education }))}
            empty={emptyEducation}
            emptyText="Nessun titolo di studio indicato. Indica anche quello non concluso."
            addLabel="Aggiungi un titolo di studio"
            rowTitle={(row, i) =>
              props.educationTitles.find((t) => t.code === row.titleCode)?.label ??
              `Titolo di studio ${i + 1}`
            }
            render={(row, i, change) => (
              <EducationFields row={row} i={i} change={change} errors={e} titles={props.educationTitles} />
            )}
          />
        ) : null}
        {step === 'languages' ? (
          <>
            <CefrExplanation intro={text.levelsIntro} />
            <ListStep
              id="languages"
              rows={draft.languages}
              onChange={(languages) => setDraft((d) => ({ ...d, languages }))}
              empty={emptyLanguage}
              emptyText="Nessuna lingua indicata. Indica anche la lingua madre."
              addLabel="Aggiungi una lingua"
              rowTitle={(row, i) => (row.languageCode ? languageLabel(row.languageCode) : `Lingua ${i + 1}`)}
              render={(row, i, change) => (
                <LanguageFields
                  row={row}
                  i={i}
                  change={change}
                  errors={e}
                  taken={draft.languages.filter((_, j) => j !== i).map((l) => l.languageCode)}
                  motherTongueLabel={text.motherTongue}
                />
              )}
            />
          </>
        ) : null}
        {step === 'skills' ? (
          <SkillsStep
            draft={draft}
            setDraft={setDraft}
            cv={props.cv}
            search={props.searchSkills}
            suggest={props.suggestSkills}
            intro={text.skillsIntro}
            attestedIntro={text.attested}
            error={e.skills}
          />
        ) : null}
        {step === 'certifications' ? (
          <ListStep
            id="certifications"
            rows={draft.certifications}
            onChange={(certifications) => setDraft((d) => ({ ...d, certifications }))}
            empty={emptyCertification}
            emptyText="Nessun attestato indicato: per esempio il patentino del muletto, HACCP, la sicurezza sul lavoro."
            addLabel="Aggiungi un attestato"
            rowTitle={(row, i) => row.name.trim() || `Attestato ${i + 1}`}
            render={(row, i, change) => <CertificationFields row={row} i={i} change={change} errors={e} />}
          />
        ) : null}
        {step === 'availability' ? (
          <AvailabilityFields
            value={availability}
            onChange={setAvailability}
            errors={e}
            intro={text.availabilityIntro}
          />
        ) : null}
        <div className="sl-actions">
          <Button type="submit" color="primary" aria-disabled={pending || undefined} data-testid="cv-save">
            {pending ? it.common.sending : isLast ? 'Salva' : 'Salva e continua'}
          </Button>
          {index > 0 ? (
            <Button type="button" color="secondary" outline onClick={() => saveAndGo(STEPS[index - 1]!.key)}>
              Salva e torna indietro
            </Button>
          ) : null}
        </div>
      </form>
    </div>
  );
}

type SetDraft = (update: (draft: CvDraft) => CvDraft) => void;

function OccupationsStep({
  draft,
  setDraft,
  errors,
  search,
  voice,
}: {
  draft: CvDraft;
  setDraft: SetDraft;
  errors: FieldErrors;
  search: OccupationSearch;
  voice: CvEditorVoice;
}) {
  // The picker answers a URI; the labels of what it found are kept to list the choice.
  const found = useRef(new Map<string, string>());
  const text = words[voice];
  return (
    <>
      <fieldset className="sl-fieldset" data-testid="sought-occupations">
        <legend>Lavori cercati</legend>
        <p className="sl-hint">{text.occupationsHint}</p>
        {draft.occupations.length ? (
          <ul className="list-unstyled" data-testid="sought-occupations-picked">
            {draft.occupations.map((o) => (
              <li key={o.uri}>
                {o.label}{' '}
                <button
                  type="button"
                  className="btn btn-link p-0"
                  onClick={() =>
                    setDraft((d) => ({ ...d, occupations: d.occupations.filter((x) => x.uri !== o.uri) }))
                  }
                >
                  Togli<span className="visually-hidden"> {o.label}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p>Nessun lavoro indicato.</p>
        )}
        <OccupationPicker
          id="soughtOccupationUris"
          label="Aggiungi un lavoro cercato"
          suggested={[]}
          value=""
          optional
          error={errors.soughtOccupationUris}
          search={async (term) => {
            const result = await search(term);
            for (const o of result) found.current.set(o.uri, o.label);
            return result;
          }}
          onChange={(uri) => {
            const label = found.current.get(uri);
            if (!uri || !label) return;
            setDraft((d) =>
              d.occupations.some((o) => o.uri === uri)
                ? d
                : { ...d, occupations: [...d.occupations, { uri, label }] },
            );
          }}
        />
      </fieldset>
      <TextField
        id="headline"
        label="Titolo del profilo"
        optional
        hint={text.headlineHint}
        value={draft.headline}
        onChange={(headline) => setDraft((d) => ({ ...d, headline }))}
        error={errors.headline}
        maxLength={200}
      />
      <TextAreaField
        id="summary"
        label="Presentazione"
        optional
        hint={text.summaryHint}
        value={draft.summary}
        onChange={(summary) => setDraft((d) => ({ ...d, summary }))}
        error={errors.summary}
      />
    </>
  );
}

/** A list of entries, each in its own fieldset with a "Togli" button, and a button that adds one. */
function ListStep<T>({
  id,
  rows,
  onChange,
  empty,
  emptyText,
  addLabel,
  rowTitle,
  render,
}: {
  id: string;
  rows: readonly T[];
  onChange: (rows: T[]) => void;
  empty: () => T;
  emptyText: string;
  addLabel: string;
  rowTitle: (row: T, i: number) => string;
  render: (row: T, i: number, change: (patch: Partial<T>) => void) => ReactNode;
}) {
  const focusNew = useRef(false);
  useEffect(() => {
    if (!focusNew.current) return;
    focusNew.current = false;
    document
      .querySelector<HTMLElement>(`#${id}-${rows.length - 1} input, #${id}-${rows.length - 1} select`)
      ?.focus();
  }, [rows.length, id]);
  return (
    <div data-testid={id}>
      {rows.length === 0 ? <p>{emptyText}</p> : null}
      {rows.map((row, i) => (
        // Entries are added at the end and removed by position: the index identifies them.
        <fieldset key={i} id={`${id}-${i}`} className="sl-fieldset sl-cv-entry" tabIndex={-1}>
          <legend className="h5">{rowTitle(row, i)}</legend>
          {render(row, i, (patch) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r))))}
          <button
            type="button"
            className="btn btn-link p-0"
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
          >
            Togli<span className="visually-hidden"> {rowTitle(row, i)}</span>
          </button>
        </fieldset>
      ))}
      <Button
        type="button"
        color="secondary"
        size="sm"
        onClick={() => {
          focusNew.current = true;
          onChange([...rows, empty()]);
        }}
      >
        {addLabel}
      </Button>
    </div>
  );
}

type Change<T> = (patch: Partial<T>) => void;

function ExperienceFields({
  row,
  i,
  change,
  errors,
}: {
  row: ExperienceDraft;
  i: number;
  change: Change<ExperienceDraft>;
  errors: FieldErrors;
}) {
  const id = (part: string) => `experiences-${i}-${part}`;
  return (
    <>
      <TextField
        id={id('jobTitle')}
        label="Mansione"
        hint="Cosa facevi, per esempio “Addetta alle pulizie”."
        value={row.jobTitle}
        onChange={(jobTitle) => change({ jobTitle })}
        error={errors[id('jobTitle')]}
        maxLength={200}
      />
      <TextField
        id={id('employer')}
        label="Datore di lavoro"
        hint="L’azienda, l’ente o la famiglia per cui hai lavorato."
        value={row.employer}
        onChange={(employer) => change({ employer })}
        error={errors[id('employer')]}
        maxLength={200}
      />
      <div className="sl-cv-dates">
        <TextField
          id={id('startsOn')}
          type="date"
          label="Dal"
          value={row.startsOn}
          onChange={(startsOn) => change({ startsOn })}
          error={errors[id('startsOn')]}
        />
        <TextField
          id={id('endsOn')}
          type="date"
          label="Al"
          optional
          hint="Vuoto se il lavoro continua."
          value={row.endsOn}
          onChange={(endsOn) => change({ endsOn })}
          error={errors[id('endsOn')]}
        />
      </div>
      <TextAreaField
        id={id('description')}
        label="Cosa facevi"
        optional
        value={row.description}
        onChange={(description) => change({ description })}
        error={errors[id('description')]}
        rows={3}
      />
    </>
  );
}

function EducationFields({
  row,
  i,
  change,
  errors,
  titles,
}: {
  row: EducationDraft;
  i: number;
  change: Change<EducationDraft>;
  errors: FieldErrors;
  titles: CvEditorProps['educationTitles'];
}) {
  const id = (part: string) => `education-${i}-${part}`;
  return (
    <>
      <SelectField
        id={id('titleCode')}
        label="Titolo di studio"
        hint="Il livello EQF (da 1 a 8) serve a confrontare i titoli in Europa; lo aggiungiamo noi."
        placeholder="Scegli il titolo"
        options={titles.map((t) => ({
          value: t.code,
          label: t.eqfLevel ? `${t.label} (livello EQF ${t.eqfLevel})` : t.label,
        }))}
        value={row.titleCode}
        onChange={(titleCode) => change({ titleCode })}
        error={errors[id('titleCode')]}
      />
      <TextField
        id={id('field')}
        label="Indirizzo o materia"
        optional
        hint="Per esempio “Ragioneria” o “Elettrotecnica”."
        value={row.field}
        onChange={(field) => change({ field })}
        error={errors[id('field')]}
        maxLength={200}
      />
      <TextField
        id={id('institution')}
        label="Scuola o ente"
        optional
        value={row.institution}
        onChange={(institution) => change({ institution })}
        error={errors[id('institution')]}
        maxLength={200}
      />
      <TextField
        id={id('yearCompleted')}
        label="Anno in cui l’hai concluso"
        optional
        hint="Vuoto se non è ancora concluso."
        inputMode="numeric"
        className="sl-input-short"
        value={row.yearCompleted}
        onChange={(yearCompleted) => change({ yearCompleted })}
        error={errors[id('yearCompleted')]}
        maxLength={4}
      />
    </>
  );
}

function CefrExplanation({ intro }: { intro: string }) {
  return (
    <div className="sl-cv-cefr">
      <p>{intro}</p>
      <ul data-testid="cefr-levels">
        {cefrLevels.map((level) => (
          <li key={level}>
            <strong>{level}</strong>: {cefrLevelExplanations[level]}
          </li>
        ))}
      </ul>
    </div>
  );
}

function LanguageFields({
  row,
  i,
  change,
  errors,
  taken,
  motherTongueLabel,
}: {
  row: LanguageDraft;
  i: number;
  change: Change<LanguageDraft>;
  errors: FieldErrors;
  taken: readonly string[];
  motherTongueLabel: string;
}) {
  const id = (part: string) => `languages-${i}-${part}`;
  const values = languageAbilities.map((a) => row.levels[a]);
  const same = values.every((v) => v === values[0]) ? (values[0] ?? '') : '';
  const levelOptions = cefrLevels.map((level) => ({ value: level, label: cefrLevelLabels[level] }));
  return (
    <>
      {errors[`languages-${i}`] ? (
        <p className="sl-error">
          <span className="visually-hidden">Errore: </span>
          {errors[`languages-${i}`]}
        </p>
      ) : null}
      <SelectField
        id={id('languageCode')}
        label="Lingua"
        placeholder="Scegli la lingua"
        options={languageOptions.filter((o) => !taken.includes(o.value))}
        value={row.languageCode}
        onChange={(languageCode) => change({ languageCode })}
        error={errors[id('languageCode')]}
      />
      <CheckboxField
        id={id('motherTongue')}
        label={motherTongueLabel}
        checked={row.motherTongue}
        onChange={(motherTongue) => change({ motherTongue })}
      />
      {row.motherTongue ? null : (
        <>
          <SelectField
            id={id('level')}
            label="Livello"
            hint="Vale per ascolto, lettura, conversazione e scrittura; se sono diversi, indicali uno per uno qui sotto."
            placeholder={values.some(Boolean) && !same ? 'Livelli diversi' : 'Scegli il livello'}
            options={levelOptions}
            value={same}
            onChange={(level) =>
              change({
                levels: Object.fromEntries(
                  languageAbilities.map((a) => [a, level]),
                ) as LanguageDraft['levels'],
              })
            }
          />
          <details className="sl-cv-levels">
            <summary>Un livello diverso per ogni abilità</summary>
            {languageAbilities.map((a) => (
              <SelectField
                key={a}
                id={id(a)}
                label={languageAbilityLabels[a]}
                placeholder="Scegli il livello"
                options={levelOptions}
                value={row.levels[a]}
                onChange={(level) => change({ levels: { ...row.levels, [a]: level as CefrLevel | '' } })}
              />
            ))}
          </details>
        </>
      )}
    </>
  );
}

function SkillsStep({
  draft,
  setDraft,
  cv,
  search,
  suggest,
  intro,
  attestedIntro,
  error,
}: {
  draft: CvDraft;
  setDraft: SetDraft;
  cv: CvEditorCv | null;
  search: SkillSearch;
  suggest: SkillSuggest;
  intro: string;
  attestedIntro: string;
  error?: string | undefined;
}) {
  const attested = (cv?.skills ?? []).filter((s) => s.source !== 'DECLARED');
  return (
    <>
      <p>{intro}</p>
      <SkillPicker<SkillLevelCode>
        id="skills"
        legend="Competenze"
        grades={{ label: 'Livello', placeholder: 'Scegli il livello', names: skillLevelLabels }}
        picked={draft.skills}
        onChange={(skills) => setDraft((d) => ({ ...d, skills }))}
        search={search}
        occupationUris={draft.occupations.map((o) => o.uri)}
        suggest={suggest}
        error={error}
      />
      {attested.length ? (
        <>
          <p>{attestedIntro}</p>
          <ul data-testid="attested-skills">
            {attested.map((s) => (
              <li key={s.skill.uri}>
                {s.skill.label}: {skillLevelLabels[s.level].toLowerCase()}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

function CertificationFields({
  row,
  i,
  change,
  errors,
}: {
  row: CertificationDraft;
  i: number;
  change: Change<CertificationDraft>;
  errors: FieldErrors;
}) {
  const id = (part: string) => `certifications-${i}-${part}`;
  return (
    <>
      <TextField
        id={id('name')}
        label="Nome dell’attestato"
        value={row.name}
        onChange={(name) => change({ name })}
        error={errors[id('name')]}
        maxLength={200}
      />
      <TextField
        id={id('issuer')}
        label="Chi lo ha rilasciato"
        optional
        value={row.issuer}
        onChange={(issuer) => change({ issuer })}
        error={errors[id('issuer')]}
        maxLength={200}
      />
      <div className="sl-cv-dates">
        <TextField
          id={id('issuedOn')}
          type="date"
          label="Data di rilascio"
          optional
          value={row.issuedOn}
          onChange={(issuedOn) => change({ issuedOn })}
          error={errors[id('issuedOn')]}
        />
        <TextField
          id={id('expiresOn')}
          type="date"
          label="Scadenza"
          optional
          value={row.expiresOn}
          onChange={(expiresOn) => change({ expiresOn })}
          error={errors[id('expiresOn')]}
        />
      </div>
    </>
  );
}

function AvailabilityFields({
  value,
  onChange,
  errors,
  intro,
}: {
  value: AvailabilityDraft;
  onChange: (next: AvailabilityDraft) => void;
  errors: FieldErrors;
  intro: string;
}) {
  const set =
    <K extends keyof AvailabilityDraft>(key: K) =>
    (next: AvailabilityDraft[K]) =>
      onChange({ ...value, [key]: next });
  return (
    <>
      <p>{intro}</p>
      <fieldset className="sl-fieldset">
        <legend>Orario</legend>
        <CheckboxField
          id="fullTime"
          label="Tempo pieno"
          checked={value.fullTime}
          onChange={set('fullTime')}
        />
        <CheckboxField id="partTime" label="Part-time" checked={value.partTime} onChange={set('partTime')} />
        <CheckboxField
          id="shifts"
          label="Lavoro su turni (anche di notte o nei giorni festivi)"
          checked={value.shifts}
          onChange={set('shifts')}
        />
      </fieldset>
      <fieldset className="sl-fieldset">
        <legend>Spostamenti</legend>
        <TextField
          id="mobilityRadiusKm"
          label="Distanza massima dal domicilio, in chilometri"
          hint="Da 0 a 500. Per esempio 15 per i comuni vicini."
          inputMode="numeric"
          className="sl-input-short"
          value={value.mobilityRadiusKm}
          onChange={set('mobilityRadiusKm')}
          error={errors.mobilityRadiusKm}
          maxLength={3}
        />
        <CheckboxField
          id="hasOwnVehicle"
          label="Mezzo proprio (auto, moto o scooter)"
          checked={value.hasOwnVehicle}
          onChange={set('hasOwnVehicle')}
        />
      </fieldset>
      <fieldset className="sl-fieldset" data-testid="driving-licences">
        <legend>Patenti di guida</legend>
        {errors.drivingLicences ? (
          <p className="sl-error">
            <span className="visually-hidden">Errore: </span>
            {errors.drivingLicences}
          </p>
        ) : null}
        <div className="sl-checkbox-grid">
          {drivingLicences.map((licence: DrivingLicenceCode) => (
            <CheckboxField
              key={licence}
              id={`drivingLicence-${licence}`}
              label={`Patente ${licence}`}
              checked={value.drivingLicences.includes(licence)}
              onChange={(checked) =>
                set('drivingLicences')(
                  checked
                    ? drivingLicences.filter((l) => l === licence || value.drivingLicences.includes(l))
                    : value.drivingLicences.filter((l) => l !== licence),
                )
              }
            />
          ))}
        </div>
      </fieldset>
    </>
  );
}
