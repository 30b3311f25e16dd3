import { LoadError, Loading } from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { client } from '../client';
import { graphql } from '../gql';
import { NumberSettingForm } from './NumberSettingForm';

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
  const queryClient = useQueryClient();
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
      {days !== undefined ? (
        <NumberSettingForm
          labelledBy="network-company-answers"
          id="days"
          label="Giorni per rispondere"
          hint="Da 1 a 60. Di solito 10."
          submitLabel="Salva i giorni"
          initial={days}
          min={1}
          max={60}
          outOfRange="Indica un numero di giorni tra 1 e 60."
          save={async (value) => {
            const { setCompanyResponseDays: result } = await client.request(SetDaysMutation, { days: value });
            if (result.userErrors.length === 0) await queryClient.invalidateQueries({ queryKey: QUERY_KEY });
            return {
              userErrors: result.userErrors,
              saved: `Salvato: promemoria dopo ${value} giorni, chiusura dopo ${2 * value}.`,
            };
          }}
        />
      ) : null}
    </section>
  );
}
