import {
  CheckboxField,
  DataTable,
  ErrorSummary,
  type FormErrors,
  failure,
  formatDateTime,
  LoadError,
  Loading,
  mapUserErrors,
  Notice,
  noErrors,
  PageTitle,
  TextField,
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { useMe } from '../AppLayout';
import { client } from '../client';
import { graphql } from '../gql';
import type { ApiScope } from '../gql/graphql';
import { allScopes, scopeLabels } from '../integrations';
import { SecretOnce } from '../secret-once';
import { TrustedOperations } from './TrustedOperations';
import { WebhookSubscriptions } from './WebhookSubscriptions';

const ApiClientsQuery = graphql(`
  query IntegrationsPage_ApiClientsQuery {
    apiClients {
      id
      name
      clientId
      scopes
      createdAt
      revokedAt
      persistedOnly
      operations {
        hash
        operationName
      }
    }
  }
`);

const CreateApiClientMutation = graphql(`
  mutation IntegrationsPage_CreateApiClientMutation($input: CreateApiClientInput!) {
    createApiClient(input: $input) {
      apiClient {
        id
        clientId
      }
      clientSecret
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const API_CLIENTS_KEY = ['integrations', 'api-clients'];

/** Network admins: the external systems connected to the network and what they receive. */
export function IntegrationsPage() {
  const me = useMe().data?.me;
  const clients = useQuery({
    queryKey: API_CLIENTS_KEY,
    queryFn: () => client.request(ApiClientsQuery),
    enabled: me?.kind === 'NETWORK_ADMIN',
  });
  if (me && me.kind !== 'NETWORK_ADMIN') {
    return (
      <>
        <PageTitle>Integrazioni</PageTitle>
        <Notice>Solo gli amministratori della rete collegano altri sistemi a Sportello Lavoro.</Notice>
      </>
    );
  }
  return (
    <>
      <PageTitle>Integrazioni</PageTitle>
      <p>
        Qui colleghi a Sportello Lavoro altri sistemi, per esempio quello della Regione o di un’agenzia. Ogni
        sistema ha un <strong>client</strong> con i suoi permessi; con un <strong>webhook</strong> riceve un
        avviso automatico a un suo indirizzo internet quando succede qualcosa nella rete (per esempio quando
        un’offerta viene pubblicata). Gli avvisi contengono solo codici e stati, mai dati personali.
      </p>
      {clients.isPending ? <Loading /> : null}
      {clients.error ? <LoadError error={clients.error} retry={clients.refetch} /> : null}
      {clients.data ? (
        <>
          <section className="sl-section" aria-labelledby="api-clients">
            <h2 id="api-clients">Client dei sistemi collegati</h2>
            {clients.data.apiClients.length === 0 ? (
              <p>Nessun sistema collegato finora.</p>
            ) : (
              <DataTable
                caption="Client della rete"
                testId="api-clients-table"
                rows={clients.data.apiClients}
                rowKey={(c) => c.id}
                columns={[
                  { header: 'Nome', cell: (c) => c.name },
                  { header: 'Codice client', cell: (c) => <code>{c.clientId}</code> },
                  {
                    header: 'Permessi',
                    cell: (c) => (
                      <ul className="mb-0">
                        {c.scopes.map((scope) => (
                          <li key={scope}>{scopeLabels[scope]}</li>
                        ))}
                      </ul>
                    ),
                  },
                  {
                    header: 'Stato',
                    cell: (c) => (c.revokedAt ? `Revocato il ${formatDateTime(c.revokedAt)}` : 'Attivo'),
                  },
                ]}
              />
            )}
            <NewApiClientForm />
          </section>
          <WebhookSubscriptions clients={clients.data.apiClients.filter((c) => !c.revokedAt)} />
          <TrustedOperations clients={clients.data.apiClients.filter((c) => !c.revokedAt)} />
        </>
      ) : null}
    </>
  );
}

type ClientField = 'name' | 'scopes';

function NewApiClientForm() {
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiScope[]>([]);
  const [errors, setErrors] = useState<FormErrors<ClientField>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  const [created, setCreated] = useState<{ clientId: string; secret: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    let next: FormErrors<ClientField> = noErrors();
    if (name.trim().length < 2) next.fields.name = 'Scrivi il nome del sistema (almeno 2 caratteri).';
    if (scopes.length === 0) next.fields.scopes = 'Scegli almeno un permesso.';
    if (!next.fields.name && !next.fields.scopes) {
      setPending(true);
      try {
        const { createApiClient: result } = await client.request(CreateApiClientMutation, {
          input: { name: name.trim(), scopes },
        });
        if (result.apiClient && result.clientSecret) {
          setCreated({ clientId: result.apiClient.clientId, secret: result.clientSecret });
          setName('');
          setScopes([]);
          await queryClient.invalidateQueries({ queryKey: API_CLIENTS_KEY });
        } else next = mapUserErrors(result.userErrors, ['name', 'scopes'] as const);
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
    <form noValidate onSubmit={submit} aria-labelledby="new-api-client" className="mt-4">
      <h3 id="new-api-client">Collega un nuovo sistema</h3>
      {created ? (
        <SecretOnce
          title="Client creato: copia ora la chiave segreta"
          secret={created.secret}
          testId="client-secret"
        >
          <p>
            Dai al responsabile tecnico del sistema il codice client <code>{created.clientId}</code> e questa
            chiave segreta. La chiave si vede <strong>solo adesso</strong>: Sportello Lavoro non la conserva
            in chiaro e non potrà mostrarla di nuovo. Se va persa, crea un nuovo client.
          </p>
        </SecretOnce>
      ) : null}
      <ErrorSummary
        errors={errors}
        labels={{ name: 'Nome del sistema', scopes: 'Permessi' }}
        focusKey={submits}
      />
      <TextField
        id="name"
        label="Nome del sistema"
        hint="Per esempio: Sistema informativo regionale."
        value={name}
        onChange={setName}
        maxLength={100}
        error={errors.fields.name}
      />
      <fieldset id="scopes" className="sl-fieldset">
        <legend>Permessi</legend>
        {errors.fields.scopes ? <p className="sl-error">{errors.fields.scopes}</p> : null}
        {allScopes.map((scope) => (
          <CheckboxField
            key={scope}
            id={`scope-${scope}`}
            label={scopeLabels[scope]}
            checked={scopes.includes(scope)}
            onChange={(on) => setScopes((s) => (on ? [...s, scope] : s.filter((x) => x !== scope)))}
          />
        ))}
      </fieldset>
      <Button type="submit" color="primary" aria-disabled={pending || undefined}>
        {pending ? 'Creazione…' : 'Crea il client'}
      </Button>
    </form>
  );
}
