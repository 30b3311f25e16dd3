import {
  type Announcement,
  attempt,
  ErrorSummary,
  type FormErrors,
  it,
  LoadError,
  mapUserErrors,
  noErrors,
  SelectField,
  type UserErrorLike,
} from '@sportello/ui';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { useCitizenOptions } from './citizen-options';

/** Runs an action; its userErrors, if any, are announced as a failure. */
export function useAction(onDone: (next: Announcement) => Promise<void>) {
  const [pending, setPending] = useState(false);
  async function run(action: () => Promise<readonly UserErrorLike[]>, success: string) {
    if (pending) return;
    setPending(true);
    const userErrors = await attempt(action);
    setPending(false);
    await onDone(
      userErrors.length === 0
        ? { kind: 'success', text: success }
        : { kind: 'danger', text: userErrors.map((e) => e.message).join(' ') },
    );
  }
  return { pending, run };
}

/**
 * "Iscrivi una persona": the choice of a citizen of the network not yet enrolled, for a place in a
 * module or an activity (`what`, e.g. "al modulo"); errors about the place itself (`placeField`:
 * no seats left, not open) are shown on the choice of the person.
 */
export function EnrolCitizenForm({
  seatsLeft,
  enrolledIds,
  what,
  placeField,
  enrol,
  onDone,
}: {
  seatsLeft: number;
  enrolledIds: ReadonlySet<string>;
  what: string;
  placeField: string;
  enrol: (citizenId: string) => Promise<readonly UserErrorLike[]>;
  onDone: (next: Announcement) => Promise<void>;
}) {
  const citizens = useCitizenOptions();
  const [citizenId, setCitizenId] = useState('');
  const [errors, setErrors] = useState<FormErrors<'citizenId'>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    let next = noErrors<'citizenId'>();
    if (!citizenId) next.fields.citizenId = 'Scegli la persona da iscrivere.';
    else {
      setPending(true);
      const userErrors = await attempt(() => enrol(citizenId));
      setPending(false);
      if (userErrors.length === 0) {
        const name = citizens.options.find((o) => o.value === citizenId)?.name ?? 'La persona';
        setCitizenId('');
        setErrors(noErrors());
        await onDone({ kind: 'success', text: `${name} è iscritta/o ${what}.` });
        return;
      }
      next = mapUserErrors(userErrors, ['citizenId'] as const, { [placeField]: 'citizenId' });
    }
    setErrors(next);
    setSubmits((n) => n + 1);
  }

  return (
    <section className="sl-section" aria-labelledby="enrol-citizen">
      <h2 id="enrol-citizen">Iscrivi una persona</h2>
      <p>
        {seatsLeft > 0
          ? `Posti liberi: ${seatsLeft}.`
          : 'Non ci sono posti liberi: si libera un posto quando un’iscrizione è ritirata.'}
      </p>
      {citizens.error ? <LoadError error={citizens.error} retry={() => citizens.refetch()} /> : null}
      <form className="sl-form-box" noValidate onSubmit={submit} data-testid="enrol-form">
        <ErrorSummary
          errors={errors}
          labels={{ citizenId: 'Persona' }}
          ids={{ citizenId: 'enrol-citizenId' }}
          focusKey={submits}
        />
        <SelectField
          id="enrol-citizenId"
          label="Persona"
          hint="Nome e codice fiscale."
          value={citizenId}
          onChange={setCitizenId}
          options={citizens.options.filter((o) => !enrolledIds.has(o.value))}
          placeholder={citizens.isPending ? it.common.loading : 'Scegli la persona'}
          error={errors.fields.citizenId}
        />
        <div className="sl-actions mt-0 mb-3">
          <Button type="submit" color="primary" aria-disabled={pending || undefined}>
            {pending ? it.common.sending : `Iscrivi ${what}`}
          </Button>
        </div>
      </form>
    </section>
  );
}
