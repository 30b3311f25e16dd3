import {
  CheckboxField,
  drivingLicences,
  ErrorSummary,
  type FormErrors,
  failure,
  it,
  languageOptions,
  mapUserErrors,
  noErrors,
  type Occupation,
  OccupationPicker,
  SearchSelect,
  SelectField,
  type SelectOption,
  SkillPicker,
  TextAreaField,
  TextField,
  type UserErrorLike,
} from '@sportello/ui';
import { useQuery } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { client } from '../client';
import { searchOccupations, searchSkills, suggestSkills } from '../esco-search';
import { labels, options } from '../format';
import { graphql } from '../gql';
import type { CefrLevel, DrivingLicence, VacancyInput } from '../gql/graphql';
import {
  errorAliases,
  fieldIds,
  fieldLabels,
  importance,
  type LanguageRow,
  toVacancyInput,
  type VacancyField,
  type VacancyFormValues,
  vacancyFields,
} from './vacancy-form-values';

const CompanyComuniQuery = graphql(`
  query VacancyForm_CompanyComuniQuery {
    me {
      id
      company {
        id
        comune {
          istatCode
          name
          provinceCode
        }
        sites {
          id
          comune {
            istatCode
            name
            provinceCode
          }
        }
      }
    }
  }
`);

const ComuniQuery = graphql(`
  query VacancyForm_ComuniQuery($search: String!) {
    comuni(search: $search, first: 20) {
      istatCode
      name
      provinceCode
    }
  }
`);

const PayRuleQuery = graphql(`
  query VacancyForm_PayRuleQuery {
    me {
      id
      network {
        id
        vacancyPayRequired
      }
    }
  }
`);

type ComuneRef = { istatCode: string; name: string; provinceCode: string };
const comuneOption = (c: ComuneRef) => ({ value: c.istatCode, label: `${c.name} (${c.provinceCode})` });

const searchComuni = async (search: string) =>
  (await client.request(ComuniQuery, { search })).comuni.map(comuneOption);

/** The comuni of the company's registered office and sites, offered first as the workplace. */
function useCompanyComuni(current: ComuneRef | null): SelectOption[] {
  const { data } = useQuery({
    queryKey: ['companyComuni'],
    queryFn: () => client.request(CompanyComuniQuery),
  });
  const company = data?.me?.company;
  const all = [
    ...(current ? [current] : []),
    ...(company ? [company.comune, ...company.sites.map((s) => s.comune)] : []),
  ].map(comuneOption);
  return all.filter((o, i) => all.findIndex((other) => other.value === o.value) === i);
}

export interface VacancyFormProps {
  initial: VacancyFormValues;
  /** The occupation and the workplace of a saved vacancy, offered in their pickers. */
  saved?: { occupation: Occupation; comune: ComuneRef | null };
  submitLabel: string;
  /** Sends the input; resolves to the API's userErrors, empty when it was saved. */
  onSave: (input: VacancyInput) => Promise<readonly UserErrorLike[]>;
}

/** Every field of a vacancy, to write a new one or correct a draft. */
export function VacancyForm({ initial, saved, submitLabel, onSave }: VacancyFormProps) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FormErrors<VacancyField>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  const comuni = useCompanyComuni(saved?.comune ?? null);
  const payRule = useQuery({ queryKey: ['vacancyPayRule'], queryFn: () => client.request(PayRuleQuery) });
  const payRequired = payRule.data?.me?.network?.vacancyPayRequired;
  const set =
    <K extends keyof VacancyFormValues>(field: K) =>
    (value: VacancyFormValues[K]) =>
      setValues((v) => ({ ...v, [field]: value }));
  const e = errors.fields;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const checked = toVacancyInput(values);
    let next = checked.errors;
    if (checked.input) {
      setPending(true);
      try {
        const userErrors = await onSave(checked.input);
        next = mapUserErrors(userErrors, vacancyFields, errorAliases);
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
    <form onSubmit={submit} noValidate className="sl-form" data-testid="vacancy-form">
      <ErrorSummary errors={errors} labels={fieldLabels} ids={fieldIds} focusKey={submits} />

      <h2 className="h4">La posizione</h2>
      <TextField
        id="title"
        label={fieldLabels.title}
        hint="Da 3 a 150 caratteri, per esempio «Saldatore a filo continuo»."
        value={values.title}
        onChange={set('title')}
        error={e.title}
        maxLength={150}
      />
      <OccupationPicker
        id="occupationUri"
        label={fieldLabels.occupationUri}
        suggested={saved ? [saved.occupation] : []}
        value={values.occupationUri}
        onChange={set('occupationUri')}
        search={searchOccupations}
        hint="Serve allo sportello per proporti le persone adatte."
        error={e.occupationUri}
      />
      <TextAreaField
        id="description"
        label={fieldLabels.description}
        hint="Almeno 30 caratteri: che cosa farà la persona, in quale reparto, con quali strumenti."
        value={values.description}
        onChange={set('description')}
        error={e.description}
        maxLength={8000}
        rows={8}
      />

      <h2 className="h4">Requisiti</h2>
      <SkillPicker
        id="skills"
        legend={fieldLabels.skills}
        grades={importance}
        picked={values.skills}
        onChange={set('skills')}
        search={searchSkills}
        error={e.skills}
        occupationUris={values.occupationUri ? [values.occupationUri] : []}
        suggest={suggestSkills}
        suggestedGrade={(essential) => (essential ? 'ESSENTIAL' : 'OPTIONAL')}
      />
      <Languages rows={values.languages} onChange={set('languages')} error={e.languages} />
      <SelectField
        id="minEqfLevel"
        label={fieldLabels.minEqfLevel}
        value={values.minEqfLevel}
        onChange={set('minEqfLevel')}
        options={options(labels.eqfLevel)}
        placeholder="Nessun titolo richiesto"
        error={e.minEqfLevel}
        optional
      />
      <TextField
        id="minExperienceMonths"
        label={fieldLabels.minExperienceMonths}
        hint="0 se non serve esperienza."
        inputMode="numeric"
        value={values.minExperienceMonths}
        onChange={set('minExperienceMonths')}
        error={e.minExperienceMonths}
        className="sl-input-short"
      />
      <DrivingLicences
        picked={values.drivingLicences}
        onChange={set('drivingLicences')}
        error={e.drivingLicences}
      />

      <h2 className="h4">Contratto e orario</h2>
      <SelectField
        id="contractType"
        label={fieldLabels.contractType}
        value={values.contractType}
        onChange={(value) => set('contractType')(value as VacancyFormValues['contractType'])}
        options={options(labels.contractType)}
        placeholder="Scegli il contratto"
        error={e.contractType}
      />
      <SelectField
        id="hours"
        label={fieldLabels.hours}
        value={values.hours}
        onChange={(value) => set('hours')(value as VacancyFormValues['hours'])}
        options={options(labels.workingHours)}
        placeholder="Scegli l’orario"
        error={e.hours}
      />
      <TextField
        id="weeklyHours"
        label={fieldLabels.weeklyHours}
        hint="Da 1 a 48."
        inputMode="numeric"
        value={values.weeklyHours}
        onChange={set('weeklyHours')}
        error={e.weeklyHours}
        className="sl-input-short"
        optional
      />
      <CheckboxField id="shifts" label="Lavoro su turni" checked={values.shifts} onChange={set('shifts')} />

      <h2 className="h4">Luogo di lavoro</h2>
      <SearchSelect
        id="workplaceComuneCode"
        label={fieldLabels.workplaceComuneCode}
        placeholder="Nessuno: solo da remoto"
        searchLabel="Cerca un altro comune"
        searchHint="All’inizio trovi i comuni delle sedi dell’azienda. Per un altro comune scrivi almeno due lettere del nome."
        noneFound="Nessun altro comune trovato."
        suggested={comuni}
        value={values.workplaceComuneCode}
        onChange={set('workplaceComuneCode')}
        search={searchComuni}
        cacheKey="comuni"
        error={e.workplaceComuneCode}
        optional
      />
      <CheckboxField
        id="remote"
        label="Si può lavorare da remoto"
        hint="Senza comune, l’offerta è solo da remoto."
        checked={values.remote}
        onChange={set('remote')}
      />

      <h2 className="h4">Retribuzione e posti</h2>
      {payRequired === undefined ? null : (
        <p className="sl-hint" data-testid="pay-rule">
          {payRequired
            ? 'Per pubblicare l’offerta indica la retribuzione, da un minimo a un massimo, oppure il contratto collettivo (CCNL) e il livello di inquadramento. Puoi indicarli anche tutti e due.'
            : 'Retribuzione e contratto collettivo non sono obbligatori, ma aiutano le persone a scegliere.'}
        </p>
      )}
      <TextField
        id="salaryMin"
        label={fieldLabels.salaryMin}
        hint="Per esempio 1500 o 1500,50."
        inputMode="decimal"
        value={values.salaryMin}
        onChange={set('salaryMin')}
        error={e.salaryMin}
        className="sl-input-short"
        optional
      />
      <TextField
        id="salaryMax"
        label={fieldLabels.salaryMax}
        inputMode="decimal"
        value={values.salaryMax}
        onChange={set('salaryMax')}
        error={e.salaryMax}
        className="sl-input-short"
        optional
      />
      <TextField
        id="collectiveAgreement"
        label={fieldLabels.collectiveAgreement}
        hint="Il nome del contratto, per esempio «CCNL Commercio – Terziario»."
        value={values.collectiveAgreement}
        onChange={set('collectiveAgreement')}
        error={e.collectiveAgreement}
        maxLength={200}
        optional
      />
      <TextField
        id="agreementLevel"
        label={fieldLabels.agreementLevel}
        hint="Il livello previsto dal contratto, per esempio «4° livello»."
        value={values.agreementLevel}
        onChange={set('agreementLevel')}
        error={e.agreementLevel}
        className="sl-input-short"
        maxLength={100}
        optional
      />
      <TextField
        id="positions"
        label={fieldLabels.positions}
        inputMode="numeric"
        value={values.positions}
        onChange={set('positions')}
        error={e.positions}
        className="sl-input-short"
      />
      <CheckboxField
        id="law68Reserved"
        label="Riservata al collocamento mirato (legge 68/1999)"
        hint="L’offerta è per le persone iscritte alle liste del collocamento mirato, per esempio per coprire la quota d’obbligo."
        checked={values.law68Reserved}
        onChange={set('law68Reserved')}
      />
      <TextField
        id="expiresOn"
        type="date"
        label={fieldLabels.expiresOn}
        hint="Al massimo 180 giorni da oggi. Dopo questa data l’offerta non riceve più candidature."
        value={values.expiresOn}
        onChange={set('expiresOn')}
        error={e.expiresOn}
        className="sl-input-short"
      />

      <div className="sl-actions">
        <Button type="submit" color="primary" aria-disabled={pending || undefined}>
          {pending ? it.common.sending : submitLabel}
        </Button>
      </div>
    </form>
  );
}

/** The languages asked for, each with its minimum CEFR level. */
function Languages({
  rows,
  onChange,
  error,
}: {
  rows: readonly LanguageRow[];
  onChange: (rows: LanguageRow[]) => void;
  error?: string | undefined;
}) {
  const change = (index: number, row: Partial<LanguageRow>) =>
    onChange(rows.map((current, i) => (i === index ? { ...current, ...row } : current)));
  return (
    <fieldset
      className="sl-fieldset"
      data-testid="languages"
      aria-describedby={error ? 'languages-error' : undefined}
    >
      <legend>{fieldLabels.languages}</legend>
      {error ? (
        <p className="sl-error" id="languages-error">
          <span className="visually-hidden">Errore: </span>
          {error}
        </p>
      ) : null}
      {rows.length === 0 ? <p>Nessuna lingua richiesta.</p> : null}
      {rows.map((row, i) => {
        const taken = rows.filter((_, j) => j !== i).map((r) => r.languageCode);
        const name = languageOptions.find((o) => o.value === row.languageCode)?.label ?? `numero ${i + 1}`;
        return (
          // Rows are only added at the end and removed by position: the index identifies them.
          <div key={i} className="sl-language-row" data-testid="language-row">
            <SelectField
              id={`languages-${i}-code`}
              label="Lingua"
              value={row.languageCode}
              onChange={(languageCode) => change(i, { languageCode })}
              options={languageOptions.filter((o) => !taken.includes(o.value))}
              placeholder="Scegli la lingua"
            />
            <SelectField
              id={`languages-${i}-level`}
              label="Livello minimo"
              value={row.minLevel}
              onChange={(minLevel) => change(i, { minLevel: minLevel as CefrLevel })}
              options={options(labels.cefrLevel)}
              placeholder="Scegli il livello"
            />
            <button
              type="button"
              className="btn btn-link p-0"
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
            >
              Togli<span className="visually-hidden"> la lingua {name}</span>
            </button>
          </div>
        );
      })}
      <Button
        id="languages-add"
        type="button"
        color="secondary"
        size="sm"
        onClick={() => onChange([...rows, { languageCode: '', minLevel: '' }])}
      >
        Aggiungi una lingua
      </Button>
    </fieldset>
  );
}

function DrivingLicences({
  picked,
  onChange,
  error,
}: {
  picked: readonly DrivingLicence[];
  onChange: (next: DrivingLicence[]) => void;
  error?: string | undefined;
}) {
  return (
    <fieldset
      className="sl-fieldset"
      aria-describedby={error ? 'drivingLicences-error' : undefined}
      data-testid="driving-licences"
    >
      <legend>{fieldLabels.drivingLicences}</legend>
      {error ? (
        <p className="sl-error" id="drivingLicences-error">
          <span className="visually-hidden">Errore: </span>
          {error}
        </p>
      ) : null}
      <div className="sl-checkbox-grid">
        {drivingLicences.map((licence) => (
          <CheckboxField
            key={licence}
            id={`drivingLicence-${licence}`}
            label={`Patente ${licence}`}
            checked={picked.includes(licence)}
            onChange={(checked) =>
              onChange(
                checked
                  ? drivingLicences.filter((l) => l === licence || picked.includes(l))
                  : picked.filter((l) => l !== licence),
              )
            }
          />
        ))}
      </div>
    </fieldset>
  );
}
