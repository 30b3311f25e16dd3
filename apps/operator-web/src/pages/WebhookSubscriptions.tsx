import {
  CheckboxField,
  ConfirmAction,
  DataTable,
  ErrorSummary,
  type FormErrors,
  failure,
  formatDateTime,
  LoadError,
  Loading,
  mapUserErrors,
  noErrors,
  SelectField,
  TextField,
  useAnnouncement,
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { client } from '../client';
import { graphql } from '../gql';
import type { ApiScope, WebhookEventKind } from '../gql/graphql';
import { allEvents, eventLabels, eventScope } from '../integrations';
import { SecretOnce } from '../secret-once';

const SubscriptionsQuery = graphql(`
  query WebhookSubscriptions_Query {
    webhookSubscriptions {
      id
      apiClientName
      url
      events
      active
      createdAt
      disabledAt
    }
  }
`);

const CreateSubscriptionMutation = graphql(`
  mutation WebhookSubscriptions_CreateMutation($input: CreateWebhookSubscriptionInput!) {
    createWebhookSubscription(input: $input) {
      subscription {
        id
      }
      secret
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const DisableSubscriptionMutation = graphql(`
  mutation WebhookSubscriptions_DisableMutation($id: ID!) {
    disableWebhookSubscription(id: $id) {
      subscription {
        id
        active
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const SUBSCRIPTIONS_KEY = ['integrations', 'webhooks'];

interface ClientOption {
  id: string;
  name: string;
  scopes: readonly ApiScope[];
}

/** The network's webhooks: list, disable, the delivery log of each, and a new one. */
export function WebhookSubscriptions({ clients }: { clients: readonly ClientOption[] }) {
  const queryClient = useQueryClient();
  const [announcement, announce] = useAnnouncement();
  const subscriptions = useQuery({
    queryKey: SUBSCRIPTIONS_KEY,
    queryFn: () => client.request(SubscriptionsQuery),
  });

  async function disable(id: string) {
    const { disableWebhookSubscription: result } = await client.request(DisableSubscriptionMutation, { id });
    announce(
      result.userErrors.length
        ? { kind: 'danger', text: result.userErrors.map((e) => e.message).join(' ') }
        : { kind: 'success', text: 'Webhook disattivato: non riceverà più avvisi.' },
    );
    await queryClient.invalidateQueries({ queryKey: SUBSCRIPTIONS_KEY });
  }

  return (
    <section className="sl-section" aria-labelledby="webhooks">
      <h2 id="webhooks">Webhook</h2>
      {announcement}
      {subscriptions.isPending ? <Loading /> : null}
      {subscriptions.error ? <LoadError error={subscriptions.error} retry={subscriptions.refetch} /> : null}
      {subscriptions.data?.webhookSubscriptions.length === 0 ? <p>Nessun webhook finora.</p> : null}
      {subscriptions.data?.webhookSubscriptions.length ? (
        <DataTable
          caption="Webhook della rete"
          testId="webhooks-table"
          rows={subscriptions.data.webhookSubscriptions}
          rowKey={(s) => s.id}
          columns={[
            { header: 'Sistema', cell: (s) => s.apiClientName },
            { header: 'Indirizzo', cell: (s) => <span className="text-break">{s.url}</span> },
            {
              header: 'Avvisi',
              cell: (s) => (
                <ul className="mb-0">
                  {s.events.map((kind) => (
                    <li key={kind}>{eventLabels[kind]}</li>
                  ))}
                </ul>
              ),
            },
            {
              header: 'Stato',
              cell: (s) => (s.active ? 'Attivo' : `Disattivato il ${formatDateTime(s.disabledAt!)}`),
            },
            {
              header: 'Azioni',
              cell: (s) => (
                <>
                  <Link to={`/integrazioni/webhook/${s.id}`}>
                    Registro degli invii<span className="visually-hidden"> a {s.url}</span>
                  </Link>
                  {s.active ? (
                    <ConfirmAction
                      label="Disattiva"
                      question={`Disattivare il webhook verso ${s.url}? Non riceverà più avvisi.`}
                      confirmLabel="Sì, disattiva"
                      buttonClassName="btn btn-outline-danger btn-sm d-block mt-2"
                      onConfirm={() => disable(s.id)}
                    />
                  ) : null}
                </>
              ),
            },
          ]}
        />
      ) : null}
      {clients.length ? (
        <NewSubscriptionForm clients={clients} />
      ) : (
        <p>Per aggiungere un webhook, prima collega un sistema qui sopra.</p>
      )}
    </section>
  );
}

type SubscriptionField = 'apiClientId' | 'url' | 'events';

function NewSubscriptionForm({ clients }: { clients: readonly ClientOption[] }) {
  const queryClient = useQueryClient();
  const [apiClientId, setApiClientId] = useState('');
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<WebhookEventKind[]>([]);
  const [errors, setErrors] = useState<FormErrors<SubscriptionField>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const chosen = clients.find((c) => c.id === apiClientId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    let next: FormErrors<SubscriptionField> = noErrors();
    if (!chosen) next.fields.apiClientId = 'Scegli il sistema che riceverà gli avvisi.';
    if (!/^https?:\/\/\S+$/.test(url.trim())) {
      next.fields.url = 'Scrivi un indirizzo web completo, per esempio https://esempio.it/webhook.';
    }
    if (events.length === 0) next.fields.events = 'Scegli almeno un avviso da ricevere.';
    if (!next.fields.apiClientId && !next.fields.url && !next.fields.events) {
      setPending(true);
      try {
        const { createWebhookSubscription: result } = await client.request(CreateSubscriptionMutation, {
          input: { apiClientId, url: url.trim(), events },
        });
        if (result.secret) {
          setSecret(result.secret);
          setUrl('');
          setEvents([]);
          await queryClient.invalidateQueries({ queryKey: SUBSCRIPTIONS_KEY });
        } else next = mapUserErrors(result.userErrors, ['apiClientId', 'url', 'events'] as const);
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
    <form noValidate onSubmit={submit} aria-labelledby="new-webhook" className="mt-4">
      <h3 id="new-webhook">Aggiungi un webhook</h3>
      {secret ? (
        <SecretOnce
          title="Webhook creato: copia ora la chiave di firma"
          secret={secret}
          testId="webhook-secret"
        >
          <p>
            Ogni avviso arriva firmato con questa chiave: il sistema che lo riceve la usa per controllare che
            l’avviso venga davvero da Sportello Lavoro e non sia stato modificato. Dalla al responsabile
            tecnico del sistema. La chiave si vede <strong>solo adesso</strong>: se va persa, disattiva il
            webhook e creane uno nuovo.
          </p>
        </SecretOnce>
      ) : null}
      <ErrorSummary
        errors={errors}
        labels={{
          apiClientId: 'Sistema',
          url: 'Indirizzo che riceve gli avvisi',
          events: 'Avvisi da inviare',
        }}
        focusKey={submits}
      />
      <SelectField
        id="apiClientId"
        label="Sistema"
        value={apiClientId}
        onChange={(value) => {
          setApiClientId(value);
          setEvents([]);
        }}
        placeholder="Scegli il sistema"
        options={clients.map((c) => ({ value: c.id, label: c.name }))}
        error={errors.fields.apiClientId}
      />
      <TextField
        id="url"
        label="Indirizzo che riceve gli avvisi"
        hint="L’indirizzo internet del sistema, di solito inizia con https://"
        type="url"
        inputMode="url"
        value={url}
        onChange={setUrl}
        maxLength={2000}
        error={errors.fields.url}
      />
      <fieldset id="events" className="sl-fieldset">
        <legend>Avvisi da inviare</legend>
        {errors.fields.events ? <p className="sl-error">{errors.fields.events}</p> : null}
        {chosen ? null : (
          <p className="sl-hint">Scegli prima il sistema: gli avvisi dipendono dai suoi permessi.</p>
        )}
        {allEvents
          .filter((kind) => chosen?.scopes.includes(eventScope[kind]))
          .map((kind) => (
            <CheckboxField
              key={kind}
              id={`event-${kind}`}
              label={eventLabels[kind]}
              checked={events.includes(kind)}
              onChange={(on) => setEvents((e) => (on ? [...e, kind] : e.filter((x) => x !== kind)))}
            />
          ))}
        {chosen && !allEvents.some((kind) => chosen.scopes.includes(eventScope[kind])) ? (
          <p>
            Questo sistema non ha il permesso di ricevere avvisi. Collega un nuovo sistema e scegli tra i
            permessi quelli che iniziano con «Ricevere».
          </p>
        ) : null}
      </fieldset>
      <Button type="submit" color="primary" aria-disabled={pending || undefined}>
        {pending ? 'Creazione…' : 'Aggiungi il webhook'}
      </Button>
    </form>
  );
}
