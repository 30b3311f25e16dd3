import { LoadError, Loading } from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { client } from '../client';
import { graphql } from '../gql';
import { NumberSettingForm } from './NumberSettingForm';

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
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: QUERY_KEY, queryFn: () => client.request(RetentionQuery) });
  const policy = query.data?.retentionPolicy;
  return (
    <section className="sl-section" aria-labelledby="network-retention">
      <h2 id="network-retention">Conservazione degli account non usati</h2>
      <p>
        Un cittadino che non accede e non ha attività con lo sportello per questo numero di mesi riceve
        un’email di avviso{policy ? `; dopo ${policy.noticeDays} giorni` : ' e, dopo un mese'}, se non è
        tornato, il suo account viene cancellato come per una richiesta di cancellazione. Inserimenti,
        tirocini e registro delle operazioni restano senza nome. Per chi non ha un’email l’avviso arriva, nel
        portale, agli operatori dello sportello che l’ha seguito per ultimo: avvisano la persona, e un
        contatto registrato in Accoglienza le tiene l’account.
      </p>
      {query.isPending ? <Loading /> : null}
      {query.error ? <LoadError error={query.error} retry={query.refetch} /> : null}
      {policy ? (
        <NumberSettingForm
          labelledBy="network-retention"
          id="months"
          label="Mesi senza attività"
          hint={`Da ${MONTHS.min} a ${MONTHS.max}. Di solito 24 (due anni).`}
          submitLabel="Salva i mesi"
          initial={policy.months}
          min={MONTHS.min}
          max={MONTHS.max}
          outOfRange={`Scrivi un numero intero di mesi da ${MONTHS.min} a ${MONTHS.max}.`}
          save={async (value) => {
            const { setRetentionMonths: result } = await client.request(SetRetentionMutation, {
              months: value,
            });
            if (result.userErrors.length === 0) await queryClient.invalidateQueries({ queryKey: QUERY_KEY });
            return {
              userErrors: result.userErrors,
              saved: `Salvato: gli account non usati da ${value} mesi ricevono l’avviso.`,
            };
          }}
        />
      ) : null}
    </section>
  );
}
