import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { type EmploymentStatusCode, employmentStatusLabels } from './cv-reference';
import { ErrorSummary, SelectField, TextField } from './fields';
import { it } from './strings';
import { type FormErrors, hasErrors, mapUserErrors, noErrors, type UserErrorLike } from './user-errors';

export interface ProfileValues {
  givenName: string;
  familyName: string;
  phone: string;
  employmentStatus: EmploymentStatusCode | '';
}

const fields = ['givenName', 'familyName', 'phone', 'employmentStatus'] as const;
type ProfileField = (typeof fields)[number];

const labels: Record<ProfileField, string> = {
  givenName: 'Nome',
  familyName: 'Cognome',
  phone: 'Numero di telefono',
  employmentStatus: 'Condizione lavorativa',
};

const PHONE_PATTERN = /^\+?[0-9 ./-]{6,20}$/;

/** The API's checks, made before sending; the API stays the authority. */
export function validateProfile(values: ProfileValues): FormErrors<ProfileField> {
  const errors = noErrors<ProfileField>();
  if (!values.givenName.trim()) errors.fields.givenName = it.errors.required;
  if (!values.familyName.trim()) errors.fields.familyName = it.errors.required;
  if (values.phone.trim() && !PHONE_PATTERN.test(values.phone.trim()))
    errors.fields.phone = 'Numero di telefono non valido: usa solo cifre, spazi e il prefisso +.';
  return errors;
}

/**
 * Name, phone and employment status of a citizen, edited by the citizen or by an operator on their
 * behalf; `onSave` answers the userErrors.
 */
export function ProfileForm({
  initial,
  onSave,
  phoneHint,
  namesLocked = false,
}: {
  initial: ProfileValues;
  /** The names came from SPID or CIE: shown elsewhere, never edited. */
  namesLocked?: boolean;
  onSave: (values: ProfileValues) => Promise<readonly UserErrorLike[]>;
  phoneHint: string;
}) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FormErrors<ProfileField>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  const [saved, setSaved] = useState(false);
  const set =
    <K extends keyof ProfileValues>(key: K) =>
    (value: ProfileValues[K]) => {
      setSaved(false);
      setValues((v) => ({ ...v, [key]: value }));
    };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    let next = validateProfile(values);
    if (!hasErrors(next)) {
      setPending(true);
      try {
        next = mapUserErrors(await onSave(values), fields);
      } catch (error) {
        next = { fields: {}, form: [error instanceof Error ? error.message : it.errors.server] };
      } finally {
        setPending(false);
      }
    }
    setErrors(next);
    setSaved(!hasErrors(next));
    setSubmits((n) => n + 1);
  }

  const e = errors.fields;
  return (
    <form
      className="sl-form"
      noValidate
      onSubmit={submit}
      aria-label="Dati personali"
      data-testid="profile-form"
    >
      <ErrorSummary errors={errors} labels={labels} focusKey={submits} />
      {namesLocked ? null : (
        <>
          <TextField
            id="givenName"
            label={labels.givenName}
            autoComplete="given-name"
            value={values.givenName}
            onChange={set('givenName')}
            error={e.givenName}
          />
          <TextField
            id="familyName"
            label={labels.familyName}
            autoComplete="family-name"
            value={values.familyName}
            onChange={set('familyName')}
            error={e.familyName}
          />
        </>
      )}
      <TextField
        id="phone"
        label={labels.phone}
        optional
        hint={phoneHint}
        type="tel"
        autoComplete="tel"
        inputMode="tel"
        value={values.phone}
        onChange={set('phone')}
        error={e.phone}
      />
      <SelectField
        id="employmentStatus"
        label={labels.employmentStatus}
        optional
        hint="Disoccupato/a: senza lavoro dopo averne avuto uno. Inoccupato/a: in cerca del primo lavoro."
        placeholder="Non indicata"
        options={Object.entries<string>(employmentStatusLabels).map(([value, label]) => ({ value, label }))}
        value={values.employmentStatus}
        onChange={(value) => set('employmentStatus')(value as ProfileValues['employmentStatus'])}
        error={e.employmentStatus}
      />
      <div role="status" className="sl-cv-status">
        {saved ? <p>Salvato: dati personali.</p> : null}
      </div>
      <div className="sl-actions">
        <Button type="submit" color="primary" aria-disabled={pending || undefined}>
          {pending ? it.common.sending : 'Salva i dati'}
        </Button>
      </div>
    </form>
  );
}
