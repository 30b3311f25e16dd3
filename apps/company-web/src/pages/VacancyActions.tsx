import {
  ErrorSummary,
  type FormErrors,
  failure,
  it,
  mapUserErrors,
  noErrors,
  type UserErrorLike,
} from '@sportello/ui';
import { useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { client } from '../client';
import { labels } from '../format';
import { graphql } from '../gql';
import type { VacancyStatus } from '../gql/graphql';

const SubmitVacancyMutation = graphql(`
  mutation VacancyActions_SubmitVacancyMutation($id: ID!) {
    submitVacancy(id: $id) {
      vacancy {
        id
        status
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const CloseVacancyMutation = graphql(`
  mutation VacancyActions_CloseVacancyMutation($id: ID!, $filled: Boolean!) {
    closeVacancy(id: $id, filled: $filled) {
      vacancy {
        id
        status
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

interface ActionPayload {
  vacancy?: { status: VacancyStatus } | null;
  userErrors: readonly UserErrorLike[];
}

type ActionField = 'filled';
const actionLabels: Record<ActionField, string> = { filled: 'Com’è andata' };

/** What the company does with the vacancy itself: send a draft to the sportello, close a published one. */
export function VacancyActions({ vacancy }: { vacancy: { id: string; status: VacancyStatus } }) {
  const queryClient = useQueryClient();
  const [filled, setFilled] = useState<'' | 'yes' | 'no'>('');
  const [errors, setErrors] = useState<FormErrors<ActionField>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  async function run(send: () => Promise<ActionPayload>) {
    if (pending) return;
    setPending(true);
    setDone(null);
    setSubmits((n) => n + 1);
    try {
      const payload = await send();
      if (payload.userErrors.length > 0 || !payload.vacancy) {
        setErrors(mapUserErrors(payload.userErrors, ['filled'] as const));
        return;
      }
      setErrors(noErrors());
      setDone(`Fatto: ora l’offerta è «${labels.vacancyStatus[payload.vacancy.status].toLowerCase()}».`);
      await queryClient.invalidateQueries({ queryKey: ['vacancy', vacancy.id] });
      await queryClient.invalidateQueries({ queryKey: ['companyVacancies'] });
    } catch (error) {
      setErrors(failure(error));
    } finally {
      setPending(false);
    }
  }

  function close(event: FormEvent) {
    event.preventDefault();
    if (!filled) {
      setSubmits((n) => n + 1);
      setErrors({ fields: { filled: 'Indica se hai coperto i posti.' }, form: [] });
      return;
    }
    void run(
      async () =>
        (await client.request(CloseVacancyMutation, { id: vacancy.id, filled: filled === 'yes' }))
          .closeVacancy,
    );
  }

  const result = (
    <div aria-live="polite" aria-atomic="true">
      {done ? (
        <p className="alert alert-success sl-notice" data-testid="vacancy-action-result">
          {done}
        </p>
      ) : null}
    </div>
  );

  if (vacancy.status === 'DRAFT') {
    return (
      <section className="sl-section" aria-labelledby="vacancy-actions">
        <h2 id="vacancy-actions">Pubblicazione</h2>
        <p>L’offerta è una bozza: inviala allo sportello, che la controlla e la pubblica.</p>
        <ErrorSummary errors={errors} labels={actionLabels} focusKey={submits} />
        {result}
        <Button
          type="button"
          color="primary"
          aria-disabled={pending || undefined}
          onClick={() =>
            void run(
              async () => (await client.request(SubmitVacancyMutation, { id: vacancy.id })).submitVacancy,
            )
          }
        >
          {pending ? it.common.sending : 'Invia allo sportello'}
        </Button>
      </section>
    );
  }
  if (vacancy.status !== 'PUBLISHED') return done ? result : null;
  return (
    <section className="sl-section" aria-labelledby="vacancy-actions">
      <h2 id="vacancy-actions">Chiudi l’offerta</h2>
      <form noValidate onSubmit={close} className="p-3 border rounded" data-testid="close-vacancy">
        <ErrorSummary
          errors={errors}
          labels={actionLabels}
          ids={{ filled: 'close-filled-yes' }}
          focusKey={submits}
        />
        {result}
        <fieldset aria-describedby={errors.fields.filled ? 'close-filled-error' : undefined}>
          <legend className="h6">{actionLabels.filled}</legend>
          {errors.fields.filled ? (
            <p id="close-filled-error" className="sl-error">
              {errors.fields.filled}
            </p>
          ) : null}
          <div className="form-check">
            <input
              className="form-check-input"
              type="radio"
              name="close-filled"
              id="close-filled-yes"
              checked={filled === 'yes'}
              onChange={() => setFilled('yes')}
            />
            <label className="form-check-label" htmlFor="close-filled-yes">
              Ho coperto i posti
            </label>
          </div>
          <div className="form-check">
            <input
              className="form-check-input"
              type="radio"
              name="close-filled"
              id="close-filled-no"
              checked={filled === 'no'}
              onChange={() => setFilled('no')}
            />
            <label className="form-check-label" htmlFor="close-filled-no">
              Chiudo senza aver coperto i posti
            </label>
          </div>
        </fieldset>
        <p className="sl-hint">Un’offerta chiusa non riceve più candidature e non si riapre.</p>
        <Button type="submit" color="primary" aria-disabled={pending || undefined}>
          {pending ? it.common.sending : 'Chiudi l’offerta'}
        </Button>
      </form>
    </section>
  );
}
