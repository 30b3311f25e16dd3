import {
  CheckboxField,
  ErrorSummary,
  type FormErrors,
  failure,
  LoadError,
  Loading,
  mapUserErrors,
  useAnnouncement,
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { client } from '../client';
import { graphql } from '../gql';

const RuleQuery = graphql(`
  query NetworkVacancyPay_Query {
    me {
      id
      network {
        id
        vacancyPayRequired
      }
    }
  }
`);

const SetRuleMutation = graphql(`
  mutation NetworkVacancyPay_SetMutation($required: Boolean!) {
    setVacancyPayRequired(required: $required) {
      vacancyPayRequired
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const QUERY_KEY = ['network', 'vacancy-pay'];
const LABEL = 'Pubblica solo offerte con retribuzione o contratto collettivo';

/** Network admins: whether a vacancy must state its pay (a range, or a CCNL and level) to be published. */
export function NetworkVacancyPay() {
  const query = useQuery({ queryKey: QUERY_KEY, queryFn: () => client.request(RuleQuery) });
  const required = query.data?.me?.network?.vacancyPayRequired;
  return (
    <section className="sl-section" aria-labelledby="network-vacancy-pay">
      <h2 id="network-vacancy-pay">Retribuzione nelle offerte</h2>
      <p>
        Se è attiva, un’azienda può inviare un’offerta, e lo sportello pubblicarla, solo se indica la
        retribuzione (da un minimo a un massimo) oppure il contratto collettivo (CCNL) e il livello. Le
        offerte già pubblicate restano pubblicate.
      </p>
      {query.isPending ? <Loading /> : null}
      {query.error ? <LoadError error={query.error} retry={query.refetch} /> : null}
      {required !== undefined ? <RuleForm initial={required} /> : null}
    </section>
  );
}

function RuleForm({ initial }: { initial: boolean }) {
  const queryClient = useQueryClient();
  const [announcement, announce] = useAnnouncement();
  const [required, setRequired] = useState(initial);
  const [errors, setErrors] = useState<FormErrors<'vacancyPayRequired'>>({ fields: {}, form: [] });
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    let next: FormErrors<'vacancyPayRequired'> = { fields: {}, form: [] };
    try {
      const { setVacancyPayRequired: result } = await client.request(SetRuleMutation, { required });
      if (result.userErrors.length === 0) {
        announce({
          kind: 'success',
          text: result.vacancyPayRequired
            ? 'Salvato: le offerte devono indicare la retribuzione o il contratto collettivo.'
            : 'Salvato: retribuzione e contratto collettivo sono facoltativi.',
        });
        await queryClient.invalidateQueries({ queryKey: QUERY_KEY });
      } else next = mapUserErrors(result.userErrors, ['vacancyPayRequired'] as const);
    } catch (error) {
      next = failure(error);
    } finally {
      setPending(false);
    }
    setErrors(next);
    setSubmits((n) => n + 1);
  }

  return (
    <form noValidate onSubmit={save} aria-labelledby="network-vacancy-pay">
      {announcement}
      <ErrorSummary errors={errors} labels={{ vacancyPayRequired: LABEL }} focusKey={submits} />
      <CheckboxField
        id="vacancyPayRequired"
        label={LABEL}
        checked={required}
        onChange={setRequired}
        error={errors.fields.vacancyPayRequired}
      />
      <Button type="submit" color="primary" aria-disabled={pending || undefined}>
        {pending ? 'Salvataggio…' : 'Salva la regola'}
      </Button>
    </form>
  );
}
