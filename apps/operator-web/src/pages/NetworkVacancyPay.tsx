import { LoadError, Loading } from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { client } from '../client';
import { graphql } from '../gql';
import { BooleanSettingForm } from './BooleanSettingForm';

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

/** Network admins: whether a vacancy must state its pay (a range, or a CCNL and level) to be published. */
export function NetworkVacancyPay() {
  const queryClient = useQueryClient();
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
      {required !== undefined ? (
        <BooleanSettingForm
          labelledBy="network-vacancy-pay"
          id="vacancyPayRequired"
          label="Pubblica solo offerte con retribuzione o contratto collettivo"
          submitLabel="Salva la regola"
          initial={required}
          save={async (value) => {
            const { setVacancyPayRequired: result } = await client.request(SetRuleMutation, {
              required: value,
            });
            if (result.userErrors.length === 0) await queryClient.invalidateQueries({ queryKey: QUERY_KEY });
            return {
              userErrors: result.userErrors,
              saved: result.vacancyPayRequired
                ? 'Salvato: le offerte devono indicare la retribuzione o il contratto collettivo.'
                : 'Salvato: retribuzione e contratto collettivo sono facoltativi.',
            };
          }}
        />
      ) : null}
    </section>
  );
}
