import {
  EligibilityChecks,
  ErrorSummary,
  euroToCents,
  type FormErrors,
  failure,
  formatCents,
  formatDate,
  it,
  LoadError,
  Notice,
  noErrors,
  PageTitle,
  TextField,
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { client } from '../client';
import { graphql } from '../gql';

const CallQuery = graphql(`
  query ProgramApplyPage_CallQuery($id: ID!) {
    programCall(id: $id) {
      id
      title
      closesOn
      open
      program {
        id
        kind
        title
      }
      rules {
        minMonthsUnemployed
        iseeCeilingCents
      }
      myEligibility {
        rule
        outcome
        reason
      }
      myApplication {
        id
        checks {
          rule
          outcome
          reason
        }
      }
    }
  }
`);

const ApplyMutation = graphql(`
  mutation ProgramApplyPage_ApplyMutation(
    $callId: ID!
    $declaration: ProgramDeclarationInput!
    $idempotencyKey: String
  ) {
    applyToProgramCall(callId: $callId, declaration: $declaration, idempotencyKey: $idempotencyKey) {
      application {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

type Field = 'isee' | 'unemployedSince';
const fieldLabels: Record<Field, string> = {
  isee: 'Valore ISEE in euro',
  unemployedSince: 'Senza lavoro dal giorno',
};

/** La domanda: what the bando asks to declare, then the answer with the reasons. */
export function ProgramApplyPage() {
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [isee, setIsee] = useState('');
  const [since, setSince] = useState('');
  const [errors, setErrors] = useState<FormErrors<Field>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  const query = useQuery({ queryKey: ['programCall', id], queryFn: () => client.request(CallQuery, { id }) });
  if (query.error) return <LoadError error={query.error} retry={() => query.refetch()} />;
  const call = query.data?.programCall;
  if (!call) return <p>{it.common.loading}</p>;
  const asksIsee = call.rules.iseeCeilingCents != null;
  const asksSince = call.rules.minMonthsUnemployed != null;
  const ids = { isee: 'program-isee', unemployedSince: 'program-unemployed-since' };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending || !call) return;
    const next = noErrors<Field>();
    const cents = isee.trim() ? euroToCents(isee) : null;
    if (asksIsee && !isee.trim()) next.fields.isee = 'Scrivi il valore del tuo ISEE, come sull’attestazione.';
    else if (isee.trim() && cents === null)
      next.fields.isee = 'Scrivi un importo in euro, per esempio 8500 o 8500,50.';
    if (asksSince && !since) next.fields.unemployedSince = 'Scrivi da quale giorno sei senza lavoro.';
    if (!next.fields.isee && !next.fields.unemployedSince) {
      setPending(true);
      try {
        const { applyToProgramCall } = await client.request(ApplyMutation, {
          callId: call.id,
          declaration: { iseeCents: cents, unemployedSince: since || null },
          idempotencyKey,
        });
        for (const error of applyToProgramCall.userErrors) {
          if (error.field === 'declaration.iseeCents') next.fields.isee = error.message;
          else if (error.field === 'declaration.unemployedSince') next.fields.unemployedSince = error.message;
          else next.form.push(error.message);
        }
        if (applyToProgramCall.userErrors.length === 0) {
          await queryClient.invalidateQueries({ queryKey: ['programCall', id] });
          await queryClient.invalidateQueries({ queryKey: ['openProgramCalls'] });
          await queryClient.invalidateQueries({ queryKey: ['myProgramApplications'] });
        }
      } catch (error) {
        Object.assign(next, failure(error));
      } finally {
        setPending(false);
      }
    }
    setErrors(next);
    setSubmits((n) => n + 1);
  }

  return (
    <>
      <PageTitle>
        Domanda: {call.program.kind}, {call.program.title}
      </PageTitle>
      <p className="sl-lead">
        {call.title}. Domande fino al {formatDate(call.closesOn)}.
      </p>
      {call.myApplication ? (
        <Notice kind="success" title="Domanda presentata" live="polite" testId="program-applied">
          <p>La tua domanda è registrata. Hai tutti i requisiti:</p>
          <EligibilityChecks checks={call.myApplication.checks} />
          <p>
            Dopo la chiusura lo sportello pubblica la graduatoria: la vedi in{' '}
            <Link to="/le-mie-domande">Le mie domande</Link>.
          </p>
        </Notice>
      ) : (
        <>
          <h2 className="h4">I requisiti del bando</h2>
          <EligibilityChecks checks={call.myEligibility ?? []} />
          <form className="sl-form-box" noValidate onSubmit={submit}>
            {/* A refusal has a notice of its own, with the reasons: the summary keeps to the fields. */}
            <ErrorSummary
              errors={{ ...errors, form: [] }}
              labels={fieldLabels}
              ids={ids}
              focusKey={submits}
            />
            {errors.form.length ? (
              <Notice
                kind="danger"
                title="Non puoi partecipare a questo bando"
                live="assertive"
                testId="program-refused"
              >
                <ul>
                  {errors.form.map((message) => (
                    <li key={message}>{message}</li>
                  ))}
                </ul>
              </Notice>
            ) : null}
            {asksIsee ? (
              <TextField
                id={ids.isee}
                label={fieldLabels.isee}
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
                label={fieldLabels.unemployedSince}
                hint="Il giorno da cui non hai un lavoro (quello della dichiarazione di disponibilità al centro per l’impiego)."
                value={since}
                onChange={setSince}
                error={errors.fields.unemployedSince}
              />
            ) : null}
            <p>Quello che dichiari vale come autocertificazione: lo sportello può controllarlo.</p>
            <div className="sl-actions mt-0 mb-3">
              <Button type="submit" color="primary" aria-disabled={pending || undefined}>
                {pending ? it.common.sending : 'Invia la domanda'}
              </Button>
            </div>
          </form>
        </>
      )}
    </>
  );
}
