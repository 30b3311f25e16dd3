import { LoadError, Loading } from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { client } from '../client';
import { graphql } from '../gql';
import { NumberSettingForm } from './NumberSettingForm';

const MinCountQuery = graphql(`
  query NetworkReportMinCount_Query {
    me {
      id
      network {
        id
        reportMinCount
      }
    }
  }
`);

const SetMinCountMutation = graphql(`
  mutation NetworkReportMinCount_SetMutation($minCount: Int!) {
    setReportMinCount(minCount: $minCount) {
      reportMinCount
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const QUERY_KEY = ['network', 'report-min-count'];
const K = { min: 3, max: 50 };

/** Network admins: the k of k-anonymity of the labour report and of the open data. */
export function NetworkReportMinCount() {
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: QUERY_KEY, queryFn: () => client.request(MinCountQuery) });
  const minCount = query.data?.me?.network?.reportMinCount;
  return (
    <section className="sl-section" aria-labelledby="network-report-min-count">
      <h2 id="network-report-min-count">Numero minimo di persone nei dati pubblicati</h2>
      <p>
        Il rapporto sul lavoro e i dati aperti mostrano solo conteggi di almeno questo numero di persone. Un
        numero più piccolo (ma non zero) non compare, e con lui non compaiono gli altri numeri che
        permetterebbero di ricalcolarlo dai totali: così nessuno può riconoscere una persona da un conteggio.
        Un numero più alto protegge di più ma nasconde più dati.
      </p>
      {query.isPending ? <Loading /> : null}
      {query.error ? <LoadError error={query.error} retry={query.refetch} /> : null}
      {minCount !== undefined ? (
        <NumberSettingForm
          labelledBy="network-report-min-count"
          id="minCount"
          label="Numero minimo di persone"
          hint={`Da ${K.min} a ${K.max}. Di solito 5.`}
          submitLabel="Salva il numero minimo"
          initial={minCount}
          min={K.min}
          max={K.max}
          outOfRange={`Scrivi un numero intero da ${K.min} a ${K.max}.`}
          save={async (value) => {
            const { setReportMinCount: result } = await client.request(SetMinCountMutation, {
              minCount: value,
            });
            if (result.userErrors.length === 0) {
              await queryClient.invalidateQueries({ queryKey: ['network'] });
              // The reports already read were protected with the old k.
              await queryClient.invalidateQueries({ queryKey: ['labourMarketReport'] });
            }
            return {
              userErrors: result.userErrors,
              saved: `Salvato: i conteggi sotto ${value} persone non vengono mostrati.`,
            };
          }}
        />
      ) : null}
    </section>
  );
}
