import {
  ErrorSummary,
  type FormErrors,
  failure,
  hasErrors,
  it,
  LoadError,
  mapUserErrors,
  noErrors,
  type PickedSkill,
  SelectField,
  SkillPicker,
  TextAreaField,
  TextField,
  type UserErrorLike,
} from '@sportello/ui';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { searchSkills } from '../esco-search';
import { labels, options, skillLevelGrades } from '../format';
import type { SkillLevel, TrainingMode, TrainingModuleInput } from '../gql/graphql';
import { useMemberComuni } from '../member-comuni';

type Field =
  | 'title'
  | 'provider'
  | 'description'
  | 'skills'
  | 'hours'
  | 'startsOn'
  | 'endsOn'
  | 'mode'
  | 'comuneCode'
  | 'seats';
const fieldLabels: Record<Field, string> = {
  title: 'Titolo',
  provider: 'Ente di formazione',
  description: 'Descrizione',
  skills: 'Competenze formate',
  hours: 'Durata in ore',
  startsOn: 'Data di inizio',
  endsOn: 'Data di fine',
  mode: 'Modalità',
  comuneCode: 'Comune in cui si svolge',
  seats: 'Posti',
};

/** What the form starts from: empty for a new module, the module's data to edit one. */
export interface TrainingModuleValues {
  title: string;
  provider: string;
  description: string;
  hours: string;
  startsOn: string;
  endsOn: string;
  mode: TrainingMode | '';
  comuneCode: string;
  seats: string;
  skills: PickedSkill<SkillLevel>[];
}

export const blankTrainingModule: TrainingModuleValues = {
  title: '',
  provider: '',
  description: '',
  hours: '',
  startsOn: '',
  endsOn: '',
  mode: '',
  comuneCode: '',
  seats: '',
  skills: [],
};

/**
 * The data of a modulo formativo, to create or edit: `save` sends it and answers the userErrors;
 * none means saved.
 */
export function TrainingModuleForm({
  idPrefix,
  initial,
  submitLabel,
  save,
}: {
  idPrefix: string;
  initial: TrainingModuleValues;
  submitLabel: string;
  save: (input: TrainingModuleInput) => Promise<readonly UserErrorLike[]>;
}) {
  const comuni = useMemberComuni();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FormErrors<Field>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  const ids = Object.fromEntries(
    Object.keys(fieldLabels).map((field) => [field, `${idPrefix}-${field}`]),
  ) as Record<Field, string>;
  ids.skills = `${idPrefix}-skills-search`;
  const set = (field: Exclude<keyof TrainingModuleValues, 'skills'>) => (value: string) =>
    setValues((v) => ({ ...v, [field]: value }));
  const memberComuni = comuni.comuni;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    let next = noErrors<Field>();
    const required: [Field, string][] = [
      ['title', 'Scrivi il titolo del modulo.'],
      ['provider', 'Scrivi l’ente di formazione.'],
      ['description', 'Scrivi la descrizione del modulo.'],
      ['hours', 'Scrivi la durata in ore.'],
      ['startsOn', 'Scrivi la data di inizio.'],
      ['endsOn', 'Scrivi la data di fine.'],
      ['mode', 'Scegli la modalità.'],
      ['seats', 'Scrivi il numero di posti.'],
    ];
    for (const [field, message] of required) {
      if (!String(values[field as keyof TrainingModuleValues]).trim()) next.fields[field] = message;
    }
    if (values.mode === 'IN_PERSON' && !values.comuneCode)
      next.fields.comuneCode = 'Scegli il comune in cui si svolge il modulo.';
    for (const field of ['hours', 'seats'] as const) {
      if (values[field] && !/^\d+$/.test(values[field].trim()))
        next.fields[field] = 'Scrivi un numero intero.';
    }
    if (values.startsOn && values.endsOn && values.endsOn < values.startsOn)
      next.fields.endsOn = 'La fine non può precedere l’inizio.';
    if (!hasErrors(next) && values.mode) {
      setPending(true);
      try {
        const userErrors = await save({
          title: values.title,
          provider: values.provider,
          description: values.description,
          skills: values.skills.map((skill) => ({ skillUri: skill.uri, level: skill.grade ?? 'BASIC' })),
          hours: Number(values.hours),
          startsOn: values.startsOn,
          endsOn: values.endsOn,
          mode: values.mode,
          comuneCode: values.mode === 'IN_PERSON' ? values.comuneCode : null,
          seats: Number(values.seats),
        });
        if (userErrors.length === 0) {
          setErrors(noErrors());
          return;
        }
        // Errors on one skill of the list (`skills[2].skillUri`) belong to the skill picker.
        next = mapUserErrors(
          userErrors.map((e) => (e.field?.startsWith('skills[') ? { ...e, field: 'skills' } : e)),
          Object.keys(fieldLabels) as Field[],
        );
      } catch (error) {
        next = failure(error);
      } finally {
        setPending(false);
      }
    }
    setErrors(next);
    setSubmits((n) => n + 1);
  }

  return (
    <form className="sl-form-box" noValidate onSubmit={submit} data-testid={`${idPrefix}-form`}>
      {comuni.error ? <LoadError error={comuni.error} retry={() => comuni.refetch()} /> : null}
      <ErrorSummary errors={errors} labels={fieldLabels} ids={ids} focusKey={submits} />
      <TextField
        id={ids.title}
        label={fieldLabels.title}
        hint="Da 3 a 200 caratteri, per esempio «Excel di base»."
        value={values.title}
        onChange={set('title')}
        maxLength={200}
        error={errors.fields.title}
      />
      <TextField
        id={ids.provider}
        label={fieldLabels.provider}
        value={values.provider}
        onChange={set('provider')}
        maxLength={200}
        error={errors.fields.provider}
      />
      <TextAreaField
        id={ids.description}
        label={fieldLabels.description}
        hint="Contenuti, destinatari e attestato: da 10 a 5000 caratteri."
        value={values.description}
        onChange={set('description')}
        maxLength={5000}
        error={errors.fields.description}
      />
      <SkillPicker
        id={`${idPrefix}-skills`}
        legend="Competenze formate (ESCO), con il livello attestato al completamento"
        grades={skillLevelGrades}
        picked={values.skills}
        search={searchSkills}
        onChange={(skills) => setValues((v) => ({ ...v, skills }))}
        error={errors.fields.skills}
      />
      <TextField
        id={ids.hours}
        type="number"
        inputMode="numeric"
        min={1}
        max={2000}
        step={1}
        label={fieldLabels.hours}
        hint="Ore totali del modulo."
        value={values.hours}
        onChange={set('hours')}
        error={errors.fields.hours}
      />
      <TextField
        id={ids.startsOn}
        type="date"
        label={fieldLabels.startsOn}
        value={values.startsOn}
        onChange={set('startsOn')}
        error={errors.fields.startsOn}
      />
      <TextField
        id={ids.endsOn}
        type="date"
        label={fieldLabels.endsOn}
        hint="Lo stesso giorno dell’inizio o dopo."
        value={values.endsOn}
        onChange={set('endsOn')}
        error={errors.fields.endsOn}
      />
      <SelectField
        id={ids.mode}
        label={fieldLabels.mode}
        value={values.mode}
        onChange={set('mode')}
        options={options(labels.trainingMode)}
        placeholder="Scegli la modalità"
        error={errors.fields.mode}
      />
      {values.mode === 'IN_PERSON' ? (
        <SelectField
          id={ids.comuneCode}
          label={fieldLabels.comuneCode}
          hint="Un comune della rete."
          value={values.comuneCode}
          onChange={set('comuneCode')}
          options={memberComuni.map((c) => ({ value: c.istatCode, label: c.name }))}
          placeholder={comuni.isPending ? it.common.loading : 'Scegli il comune'}
          error={errors.fields.comuneCode}
        />
      ) : null}
      <TextField
        id={ids.seats}
        type="number"
        inputMode="numeric"
        min={1}
        max={1000}
        step={1}
        label={fieldLabels.seats}
        hint="Almeno 1, e non meno degli iscritti."
        value={values.seats}
        onChange={set('seats')}
        error={errors.fields.seats}
      />
      <div className="sl-actions mt-0 mb-3">
        <Button type="submit" color="primary" aria-disabled={pending || undefined}>
          {pending ? it.common.sending : submitLabel}
        </Button>
      </div>
    </form>
  );
}
