import {
  ErrorSummary,
  type FormErrors,
  failure,
  formatPoints,
  hasErrors,
  LoadError,
  MatchComponents,
  Notice,
  noErrors,
  SelectField,
} from '@sportello/ui';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { useCitizenOptions } from '../citizen-options';
import { client } from '../client';
import { graphql } from '../gql';
import type { CandidateStanding_StandingQueryQuery } from '../gql/graphql';

const StandingQuery = graphql(`
  query CandidateStanding_StandingQuery($vacancyId: ID!, $citizenId: ID!) {
    vacancy(id: $vacancyId) {
      id
      candidateStanding(citizenId: $citizenId) {
        score
        rank
        cutoffScore
        summary
        components {
          component
          points
          maxPoints
          reason
        }
      }
    }
  }
`);

type Standing = NonNullable<CandidateStanding_StandingQueryQuery['vacancy']>['candidateStanding'];
const labels = { citizenId: 'Persona' };

/** "Perché non compare?": one citizen of the network against the 50th suggested candidate. */
export function CandidateStanding({ vacancyId }: { vacancyId: string }) {
  const citizens = useCitizenOptions();
  const [citizenId, setCitizenId] = useState('');
  const [errors, setErrors] = useState<FormErrors<'citizenId'>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<{ name: string; standing: Standing } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    let next = noErrors<'citizenId'>();
    setResult(null);
    if (!citizenId) next.fields.citizenId = 'Scegli la persona.';
    if (!hasErrors(next)) {
      setPending(true);
      try {
        const { vacancy } = await client.request(StandingQuery, { vacancyId, citizenId });
        if (vacancy) {
          const name = citizens.options.find((o) => o.value === citizenId)?.name ?? 'La persona';
          setResult({ name, standing: vacancy.candidateStanding });
        }
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
    <section className="sl-section" aria-labelledby="standing">
      <h2 id="standing">Perché non compare?</h2>
      <p>
        Scegli una persona della rete per vedere il suo punteggio per questa offerta, voce per voce, e quanto
        manca per entrare tra i primi 50 candidati suggeriti.
      </p>
      {citizens.error ? <LoadError error={citizens.error} retry={() => citizens.refetch()} /> : null}
      <form className="sl-form-box" noValidate onSubmit={submit} data-testid="standing-form">
        <ErrorSummary errors={errors} labels={labels} focusKey={submits} />
        <SelectField
          id="standing-citizen"
          label={labels.citizenId}
          hint="Nome e codice fiscale."
          value={citizenId}
          onChange={setCitizenId}
          options={citizens.options}
          placeholder="Scegli la persona"
          error={errors.fields.citizenId}
        />
        <div className="sl-actions mt-0 mb-3">
          <Button type="submit" color="primary" aria-disabled={pending || undefined}>
            Confronta con i candidati suggeriti
          </Button>
        </div>
      </form>
      <div aria-live="polite">
        {result ? (
          <Notice kind="info" testId="standing-result">
            <h3 className="h5">{result.name}</h3>
            <p data-testid="standing-summary">{result.standing.summary}</p>
            {result.standing.score !== null && result.standing.score !== undefined ? (
              <>
                <p className="mb-1">
                  Punteggio {formatPoints(result.standing.score)} su 100
                  {result.standing.cutoffScore != null
                    ? `; il 50° candidato suggerito ha ${formatPoints(result.standing.cutoffScore)} punti.`
                    : '.'}
                </p>
                <MatchComponents components={result.standing.components} testId="standing-components" />
              </>
            ) : null}
          </Notice>
        ) : null}
      </div>
    </section>
  );
}
