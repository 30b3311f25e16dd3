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

const RetentionQuery = graphql(`
  query NetworkRetention_Query {
    retentionPolicy {
      months
      noticeDays
    }
  }
`);

const SetRetentionMutation = graphql(`
  mutation NetworkRetention_SetMutation($months: Int!) {
    setRetentionMonths(months: $months) {
      retentionPolicy {
        months
        noticeDays
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const QUERY_KEY = ['network', 'retention'];
const MONTHS = { min: 6, max: 120 };

/** Network admins: after how many months of inactivity a citizen's account is anonymised. */
export function NetworkRetention() {
  const query = useQuery({ queryKey: QUERY_KEY, queryFn: () => client.request(RetentionQuery) });
  const policy = query.data?.retentionPolicy;
  return (
    <section className="sl-section" aria-labelledby="network-retention">
      <h2 id="network-retention">Conservazione degli account non usati</h2>
      <p>
        Un cittadino che non accede e non ha attività con lo sportello per questo numero di mesi riceve
        un’email di avviso{policy ? `; dopo ${policy.noticeDays} giorni` : ' e, dopo un mese'}, se non è
        tornato, il suo account viene cancellato come per una richiesta di cancellazione. Inserimenti,
        tirocini e registro delle operazioni restano senza nome.
      </p>
      {query.isPending ? <Loading /> : null}
      {query.error ? <LoadError error={query.error} retry={query.refetch} /> : null}
      {policy ? <RetentionForm initial={policy.months} /> : null}
    </section>
  );
}

function RetentionForm({ initial }: { initial: number }) {
  const queryClient = useQueryClient();
  const [announcement, announce] = useAnnouncement();
  const [months, setMonths] = useState(String(initial));
  const [errors, setErrors] = useState<FormErrors<'months'>>({ fields: {}, form: [] });
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    let next: FormErrors<'months'> = { fields: {}, form: [] };
    const value = Number(months.trim());
    if (!/^\d+$/.test(months.trim()) || value < MONTHS.min || value > MONTHS.max) {
      next = {
        fields: { months: `Scrivi un numero intero di mesi da ${MONTHS.min} a ${MONTHS.max}.` },
        form: [],
      };
    } else {
      setPending(true);
      try {
        const { setRetentionMonths: result } = await client.request(SetRetentionMutation, { months: value });
        if (result.userErrors.length === 0) {
          announce({
            kind: 'success',
            text: `Salvato: gli account non usati da ${value} mesi ricevono l’avviso.`,
          });
          await queryClient.invalidateQueries({ queryKey: QUERY_KEY });
        } else next = mapUserErrors(result.userErrors, ['months'] as const);
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
    <form noValidate onSubmit={save} aria-labelledby="network-retention">
      {announcement}
      <ErrorSummary errors={errors} labels={{ months: 'Mesi senza attività' }} focusKey={submits} />
      <TextField
        id="months"
        label="Mesi senza attività"
        inputMode="numeric"
        value={months}
        onChange={setMonths}
        hint={`Da ${MONTHS.min} a ${MONTHS.max}. Di solito 24 (due anni).`}
        error={errors.fields.months}
      />
      <Button type="submit" color="primary" aria-disabled={pending || undefined}>
        {pending ? 'Salvataggio…' : 'Salva i mesi'}
      </Button>
    </form>
  );
}
