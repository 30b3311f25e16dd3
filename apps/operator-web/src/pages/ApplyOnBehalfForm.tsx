import {
  EligibilityChecks,
  ErrorSummary,
  euroToCents,
  type FormErrors,
  failure,
  formatCents,
  it,
  Notice,
  noErrors,
  SelectField,
  TextField,
} from '@sportello/ui';
import { useQuery } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { useCitizenOptions } from '../citizen-options';
import { client } from '../client';
import { graphql } from '../gql';

const EligibilityQuery = graphql(`
  query ApplyOnBehalfForm_EligibilityQuery($callId: ID!, $citizenId: ID!) {
    programCall(id: $callId) {
      id
      eligibilityFor(citizenId: $citizenId) {
        rule
        outcome
        reason
      }
    }
  }
`);

const ApplyMutation = graphql(`
  mutation ApplyOnBehalfForm_ApplyMutation(
    $callId: ID!
    $citizenId: ID!
    $declaration: ProgramDeclarationInput!
    $idempotencyKey: String
  ) {
    applyToProgramCall(
      callId: $callId
      citizenId: $citizenId
      declaration: $declaration
      idempotencyKey: $idempotencyKey
    ) {
      application {
        id
        checks {
          rule
          outcome
          reason
        }
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

type Field = 'citizenId' | 'isee' | 'unemployedSince';
const labels: Record<Field, string> = {
  citizenId: 'Persona',
  isee: 'Valore ISEE in euro',
  unemployedSince: 'Senza lavoro dal giorno',
};
const ids: Record<Field, string> = {
  citizenId: 'behalf-citizen',
  isee: 'behalf-isee',
  unemployedSince: 'behalf-unemployed-since',
};

type Checks = readonly { rule: string; outcome: 'PASS' | 'FAIL' | 'TO_DECLARE'; reason: string }[];

/**
 * "Presenta la domanda per un cittadino": the person, the requirements applied to them, what the
 * bando asks to declare (as in the citizen's own form), then the answer with the reasons.
 */
export function ApplyOnBehalfForm({
  call,
  appliedIds,
  onApplied,
}: {
  call: { id: string; rules: { minMonthsUnemployed?: number | null; iseeCeilingCents?: number | null } };
  appliedIds: ReadonlySet<string>;
  onApplied: () => Promise<unknown>;
}) {
  const citizens = useCitizenOptions();
  const [citizenId, setCitizenId] = useState('');
  const [isee, setIsee] = useState('');
  const [since, setSince] = useState('');
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [errors, setErrors] = useState<FormErrors<Field>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  const [applied, setApplied] = useState<{ name: string; checks: Checks } | null>(null);
  const eligibility = useQuery({
    queryKey: ['programCall', call.id, 'eligibilityFor', citizenId],
    queryFn: () => client.request(EligibilityQuery, { callId: call.id, citizenId }),
    enabled: citizenId !== '',
  });
  const asksIsee = call.rules.iseeCeilingCents != null;
  const asksSince = call.rules.minMonthsUnemployed != null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const next = noErrors<Field>();
    const cents = isee.trim() ? euroToCents(isee) : null;
    if (!citizenId) next.fields.citizenId = 'Scegli la persona per cui presenti la domanda.';
    if (asksIsee && !isee.trim()) next.fields.isee = 'Scrivi il valore ISEE, come sull’attestazione.';
    else if (isee.trim() && cents === null)
      next.fields.isee = 'Scrivi un importo in euro, per esempio 8500 o 8500,50.';
    if (asksSince && !since)
      next.fields.unemployedSince = 'Scrivi da quale giorno la persona è senza lavoro.';
    if (Object.keys(next.fields).length === 0) {
      setPending(true);
      try {
        const { applyToProgramCall } = await client.request(ApplyMutation, {
          callId: call.id,
          citizenId,
          declaration: { iseeCents: cents, unemployedSince: since || null },
          idempotencyKey,
        });
        for (const error of applyToProgramCall.userErrors) {
          if (error.field === 'declaration.iseeCents') next.fields.isee = error.message;
          else if (error.field === 'declaration.unemployedSince') next.fields.unemployedSince = error.message;
          else if (error.field === 'citizenId') next.fields.citizenId = error.message;
          else next.form.push(error.message);
        }
        if (applyToProgramCall.application && applyToProgramCall.userErrors.length === 0) {
          const name = citizens.options.find((o) => o.value === citizenId)?.name ?? 'La persona';
          setApplied({ name, checks: applyToProgramCall.application.checks });
          setCitizenId('');
          setIsee('');
          setSince('');
          setIdempotencyKey(crypto.randomUUID());
          setErrors(noErrors());
          await onApplied();
          return;
        }
      } catch (error) {
        Object.assign(next, failure(error));
      } finally {
        setPending(false);
      }
    }
    setApplied(null);
    setErrors(next);
    setSubmits((n) => n + 1);
  }

  return (
    <section className="sl-section" aria-labelledby="apply-on-behalf">
      <h2 id="apply-on-behalf">Presenta la domanda per un cittadino</h2>
      <p>
        Per chi viene allo sportello: scegli la persona, controlla i requisiti e scrivi quello che dichiara.
      </p>
      {applied ? (
        <Notice
          kind="success"
          title={`Domanda presentata per ${applied.name}`}
          live="polite"
          testId="behalf-applied"
        >
          <EligibilityChecks checks={applied.checks} />
        </Notice>
      ) : null}
      <form className="sl-form-box" noValidate onSubmit={submit} data-testid="apply-on-behalf-form">
        {/* A refusal has a notice of its own, with the reasons: the summary keeps to the fields. */}
        <ErrorSummary errors={{ ...errors, form: [] }} labels={labels} ids={ids} focusKey={submits} />
        {errors.form.length ? (
          <Notice
            kind="danger"
            title="La persona non può partecipare a questo bando"
            live="assertive"
            testId="behalf-refused"
          >
            <ul>
              {errors.form.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          </Notice>
        ) : null}
        <SelectField
          id={ids.citizenId}
          label={labels.citizenId}
          hint="Nome e codice fiscale."
          value={citizenId}
          onChange={(value) => {
            setCitizenId(value);
            setApplied(null);
          }}
          options={citizens.options.filter((o) => !appliedIds.has(o.value))}
          placeholder={citizens.isPending ? it.common.loading : 'Scegli la persona'}
          error={errors.fields.citizenId}
        />
        {citizenId ? (
          <div data-testid="behalf-eligibility">
            <h3 className="h5">I requisiti del bando per questa persona</h3>
            {eligibility.isPending ? <p>{it.common.loading}</p> : null}
            {eligibility.data ? (
              <EligibilityChecks checks={eligibility.data.programCall?.eligibilityFor ?? []} />
            ) : null}
          </div>
        ) : null}
        {asksIsee ? (
          <TextField
            id={ids.isee}
            label={labels.isee}
            hint={`Il valore scritto sull’attestazione ISEE. Il bando chiede un ISEE fino a ${formatCents(call.rules.iseeCeilingCents ?? 0)}.`}
            inputMode="decimal"
            value={isee}
            onChange={setIsee}
            error={errors.fields.isee}
          />
        ) : null}
        {asksSince ? (
          <TextField
            id={ids.unemployedSince}
            type="date"
            label={labels.unemployedSince}
            hint="Il giorno da cui la persona non ha un lavoro (quello della dichiarazione di disponibilità)."
            value={since}
            onChange={setSince}
            error={errors.fields.unemployedSince}
          />
        ) : null}
        <p>Quello che la persona dichiara vale come autocertificazione: lo sportello può controllarlo.</p>
        <div className="sl-actions mt-0 mb-3">
          <Button type="submit" color="primary" aria-disabled={pending || undefined}>
            {pending ? it.common.sending : 'Presenta la domanda'}
          </Button>
        </div>
      </form>
    </section>
  );
}
