import {
  DataTable,
  formatDateTime,
  isNotFound,
  LoadError,
  Loading,
  NotFoundView,
  PageTitle,
  retryUnlessNotFound,
  useAnnouncement,
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { client } from '../client';
import { graphql } from '../gql';
import { deliveryStatusLabels, eventLabels } from '../integrations';

const DeliveriesQuery = graphql(`
  query WebhookDeliveriesPage_Query($subscriptionId: ID!) {
    webhookDeliveries(subscriptionId: $subscriptionId, first: 50) {
      totalCount
      edges {
        node {
          id
          eventId
          event
          occurredAt
          status
          nextAttemptAt
          deliveredAt
          attempts {
            attemptedAt
            statusCode
            error
            durationMs
          }
        }
      }
    }
  }
`);

const ReplayMutation = graphql(`
  mutation WebhookDeliveriesPage_ReplayMutation($id: ID!) {
    replayWebhookDelivery(id: $id) {
      delivery {
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

/** The delivery log of one webhook: each event, every attempt, and sending one again. */
export function WebhookDeliveriesPage() {
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const [announcement, announce] = useAnnouncement();
  const queryKey = ['integrations', 'webhooks', id, 'deliveries'];
  const deliveries = useQuery({
    queryKey,
    queryFn: () => client.request(DeliveriesQuery, { subscriptionId: id }),
    retry: retryUnlessNotFound,
  });
  if (deliveries.error && isNotFound(deliveries.error)) return <NotFoundView />;

  async function replay(deliveryId: string) {
    const { replayWebhookDelivery: result } = await client.request(ReplayMutation, { id: deliveryId });
    announce(
      result.userErrors.length
        ? { kind: 'danger', text: result.userErrors.map((e) => e.message).join(' ') }
        : { kind: 'success', text: 'L’avviso verrà inviato di nuovo tra pochi secondi.' },
    );
    await queryClient.invalidateQueries({ queryKey });
  }

  const rows = deliveries.data?.webhookDeliveries.edges.map((edge) => edge.node) ?? [];
  return (
    <>
      <PageTitle>Registro degli invii</PageTitle>
      <p>
        <Link to="/integrazioni">Torna alle integrazioni</Link>
      </p>
      <p>
        Ogni avviso viene inviato finché il sistema che lo riceve risponde che l’ha ricevuto; se non risponde,
        Sportello Lavoro riprova più volte, aspettando sempre di più. Dopo l’ultimo tentativo l’avviso resta
        qui come non consegnato: quando il sistema funziona di nuovo, usa «Invia di nuovo». Un avviso inviato
        più volte ha sempre lo stesso codice, così il sistema che lo riceve lo conta una volta sola.
      </p>
      {announcement}
      <button
        type="button"
        className="btn btn-outline-primary btn-sm mb-3"
        onClick={() => deliveries.refetch()}
      >
        Aggiorna il registro
      </button>
      {deliveries.isPending ? <Loading /> : null}
      {deliveries.error ? <LoadError error={deliveries.error} retry={deliveries.refetch} /> : null}
      {deliveries.data && rows.length === 0 ? <p>Nessun avviso inviato finora.</p> : null}
      {rows.length ? (
        <DataTable
          caption={`Avvisi inviati (${deliveries.data?.webhookDeliveries.totalCount}, i più recenti per primi)`}
          testId="deliveries-table"
          rows={rows}
          rowKey={(d) => d.id}
          columns={[
            {
              header: 'Avviso',
              cell: (d) => (
                <>
                  {eventLabels[d.event]}
                  <br />
                  <small>
                    del {formatDateTime(d.occurredAt)}, codice <code>{d.eventId}</code>
                  </small>
                </>
              ),
            },
            {
              header: 'Stato',
              cell: (d) => (
                <>
                  {deliveryStatusLabels[d.status]}
                  {d.deliveredAt ? ` il ${formatDateTime(d.deliveredAt)}` : ''}
                  {d.nextAttemptAt ? (
                    <>
                      <br />
                      <small>prossimo tentativo: {formatDateTime(d.nextAttemptAt)}</small>
                    </>
                  ) : null}
                </>
              ),
            },
            {
              header: 'Tentativi',
              cell: (d) =>
                d.attempts.length === 0 ? (
                  'Nessuno ancora'
                ) : (
                  <ol className="mb-0">
                    {d.attempts.map((a) => (
                      <li key={a.attemptedAt}>
                        {formatDateTime(a.attemptedAt)}: {a.error ?? `ricevuto (risposta ${a.statusCode})`}
                      </li>
                    ))}
                  </ol>
                ),
            },
            {
              header: 'Azioni',
              cell: (d) => (
                <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => replay(d.id)}>
                  Invia di nuovo<span className="visually-hidden"> l’avviso {d.eventId}</span>
                </button>
              ),
            },
          ]}
        />
      ) : null}
    </>
  );
}
