import {
  ErrorSummary,
  type FormErrors,
  failure,
  LoadError,
  Loading,
  mapUserErrors,
  TextField,
  useAnnouncement,
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { client } from '../client';
import { graphql } from '../gql';

const DaysQuery = graphql(`
  query NetworkCompanyAnswers_Query {
    me {
      id
      network {
        id
        companyResponseDays
      }
    }
  }
`);

const SetDaysMutation = graphql(`
  mutation NetworkCompanyAnswers_SetMutation($days: Int!) {
    setCompanyResponseDays(days: $days) {
      companyResponseDays
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const QUERY_KEY = ['network', 'company-answers'];

/** Network admins: how long a candidature may wait for the company's answer. */
export function NetworkCompanyAnswers() {
  const query = useQuery({ queryKey: QUERY_KEY, queryFn: () => client.request(DaysQuery) });
  const days = query.data?.me?.network?.companyResponseDays;
  return (
    <section className="sl-section" aria-labelledby="network-company-answers">
      <h2 id="network-company-answers">Tempi di risposta delle aziende</h2>
      <p>
        Se un’azienda non risponde a una candidatura entro questi giorni, riceve un promemoria. Se non
        risponde entro il doppio dei giorni, la candidatura si chiude e la persona riceve l’avviso che
        l’azienda non ha risposto, così non resta in attesa senza sapere nulla.
      </p>
      {query.isPending ? <Loading /> : null}
      {query.error ? <LoadError error={query.error} retry={query.refetch} /> : null}
      {days !== undefined ? <DaysForm initial={days} /> : null}
    </section>
  );
}

function DaysForm({ initial }: { initial: number }) {
  const queryClient = useQueryClient();
  const [announcement, announce] = useAnnouncement();
  const [days, setDays] = useState(String(initial));
  const [errors, setErrors] = useState<FormErrors<'days'>>({ fields: {}, form: [] });
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    let next: FormErrors<'days'> = { fields: {}, form: [] };
    const value = Number(days.trim());
    if (!/^\d+$/.test(days.trim()) || value < 1 || value > 60) {
      next = { fields: { days: 'Indica un numero di giorni tra 1 e 60.' }, form: [] };
    } else {
      setPending(true);
      try {
        const { setCompanyResponseDays: result } = await client.request(SetDaysMutation, { days: value });
        if (result.userErrors.length === 0) {
          announce({
            kind: 'success',
            text: `Salvato: promemoria dopo ${result.companyResponseDays} giorni, chiusura dopo ${2 * (result.companyResponseDays ?? 0)}.`,
          });
          await queryClient.invalidateQueries({ queryKey: QUERY_KEY });
        } else next = mapUserErrors(result.userErrors, ['days'] as const);
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
    <form noValidate onSubmit={save} aria-labelledby="network-company-answers">
      {announcement}
      <ErrorSummary errors={errors} labels={{ days: 'Giorni per rispondere' }} focusKey={submits} />
      <TextField
        id="days"
        label="Giorni per rispondere"
        hint="Da 1 a 60. Di solito 10."
        inputMode="numeric"
        value={days}
        onChange={setDays}
        error={errors.fields.days}
        className="sl-input-short"
      />
      <Button type="submit" color="primary" aria-disabled={pending || undefined}>
        {pending ? 'Salvataggio…' : 'Salva i giorni'}
      </Button>
    </form>
  );
}
