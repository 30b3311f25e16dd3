import {
  ConfirmAction,
  DataTable,
  ErrorSummary,
  type FormErrors,
  failure,
  mapUserErrors,
  noErrors,
  SelectField,
  TextAreaField,
} from '@sportello/ui';
import { useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { client } from '../client';
import { graphql } from '../gql';
import type { IntegrationsPage_ApiClientsQueryQuery } from '../gql/graphql';
import { API_CLIENTS_KEY } from './IntegrationsPage';

type ApiClient = IntegrationsPage_ApiClientsQueryQuery['apiClients'][number];

const RegisterMutation = graphql(`
  mutation TrustedOperations_RegisterMutation($apiClientId: ID!, $documents: [String!]!) {
    registerApiClientOperations(apiClientId: $apiClientId, documents: $documents) {
      operations {
        hash
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const RemoveMutation = graphql(`
  mutation TrustedOperations_RemoveMutation($apiClientId: ID!, $hash: String!) {
    removeApiClientOperation(apiClientId: $apiClientId, hash: $hash) {
      userErrors {
        message
      }
    }
  }
`);

const PersistedOnlyMutation = graphql(`
  mutation TrustedOperations_PersistedOnlyMutation($apiClientId: ID!, $persistedOnly: Boolean!) {
    setApiClientPersistedOnly(apiClientId: $apiClientId, persistedOnly: $persistedOnly) {
      apiClient {
        id
        persistedOnly
      }
      userErrors {
        message
      }
    }
  }
`);

/**
 * The operations a client may send by hash (trusted documents) and whether it may send anything
 * else. A client limited to its registered operations cannot be made to read more than agreed.
 */
export function TrustedOperations({ clients }: { clients: readonly ApiClient[] }) {
  const [selected, setSelected] = useState('');
  const current = clients.find((c) => c.id === selected) ?? clients[0];
  if (!current) return null;
  return (
    <section className="sl-section" aria-labelledby="trusted-operations">
      <h2 id="trusted-operations">Operazioni registrate</h2>
      <p>
        Per un client che deve fare solo alcune letture o modifiche concordate, registra qui le sue operazioni
        GraphQL: il sistema le invia con il loro codice (hash) invece del testo. Poi puoi consentirgli{' '}
        <strong>solo</strong> le operazioni registrate: qualsiasi altra richiesta viene rifiutata.
      </p>
      {clients.length > 1 ? (
        <SelectField
          id="trusted-client"
          label="Client"
          value={current.id}
          onChange={setSelected}
          placeholder="Scegli il client"
          options={clients.map((c) => ({ value: c.id, label: c.name }))}
        />
      ) : null}
      <ClientOperations key={current.id} apiClient={current} />
    </section>
  );
}

function ClientOperations({ apiClient }: { apiClient: ApiClient }) {
  const queryClient = useQueryClient();
  const [done, setDone] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: API_CLIENTS_KEY });

  async function setPersistedOnly(persistedOnly: boolean) {
    const { setApiClientPersistedOnly: result } = await client.request(PersistedOnlyMutation, {
      apiClientId: apiClient.id,
      persistedOnly,
    });
    if (result.userErrors.length) throw new Error(result.userErrors[0]!.message);
    setDone(
      persistedOnly
        ? `Fatto: «${apiClient.name}» ora può inviare solo le operazioni registrate.`
        : `Fatto: «${apiClient.name}» può di nuovo inviare qualsiasi operazione consentita dai suoi permessi.`,
    );
    await refresh();
  }

  return (
    <div data-testid="trusted-operations">
      <p data-testid="persisted-only-status">
        {apiClient.persistedOnly
          ? `«${apiClient.name}» può inviare solo le operazioni registrate.`
          : `«${apiClient.name}» può inviare qualsiasi operazione consentita dai suoi permessi.`}
      </p>
      {done ? (
        <p role="status" data-testid="trusted-result">
          {done}
        </p>
      ) : null}
      {apiClient.operations.length === 0 ? (
        <p>Nessuna operazione registrata per questo client.</p>
      ) : (
        <DataTable
          caption={`Operazioni registrate di «${apiClient.name}»`}
          testId="registered-operations"
          rows={apiClient.operations}
          rowKey={(operation) => operation.hash}
          columns={[
            { header: 'Nome', cell: (operation) => operation.operationName ?? '—' },
            {
              header: 'Codice (hash)',
              cell: (operation) => <code className="text-break">{operation.hash}</code>,
            },
            {
              header: 'Azioni',
              cell: (operation) => (
                <ConfirmAction
                  label="Rimuovi"
                  question={`Vuoi rimuovere l’operazione «${operation.operationName ?? operation.hash}»? Il client non potrà più inviarla con il suo codice.`}
                  confirmLabel="Sì, rimuovi"
                  onConfirm={async () => {
                    const { removeApiClientOperation: result } = await client.request(RemoveMutation, {
                      apiClientId: apiClient.id,
                      hash: operation.hash,
                    });
                    if (result.userErrors.length) throw new Error(result.userErrors[0]!.message);
                    await refresh();
                  }}
                />
              ),
            },
          ]}
        />
      )}
      <RegisterOperationForm apiClient={apiClient} onRegistered={refresh} />
      {apiClient.persistedOnly ? (
        <ConfirmAction
          label="Consenti di nuovo qualsiasi operazione"
          question={`Vuoi consentire a «${apiClient.name}» qualsiasi operazione permessa dai suoi permessi?`}
          confirmLabel="Sì, consenti"
          onConfirm={() => setPersistedOnly(false)}
        />
      ) : (
        <ConfirmAction
          label="Consenti solo le operazioni registrate"
          question={`Da ora «${apiClient.name}» potrà inviare solo le ${apiClient.operations.length} operazioni registrate. Confermi?`}
          confirmLabel="Sì, solo quelle registrate"
          onConfirm={() => setPersistedOnly(true)}
        />
      )}
    </div>
  );
}

type DocumentField = 'document';

function RegisterOperationForm({
  apiClient,
  onRegistered,
}: {
  apiClient: ApiClient;
  onRegistered: () => unknown;
}) {
  const [document, setDocument] = useState('');
  const [errors, setErrors] = useState<FormErrors<DocumentField>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  const [registered, setRegistered] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    let next: FormErrors<DocumentField> = noErrors();
    setRegistered(null);
    if (!document.trim()) next.fields.document = 'Incolla il testo dell’operazione GraphQL.';
    else {
      setPending(true);
      try {
        const { registerApiClientOperations: result } = await client.request(RegisterMutation, {
          apiClientId: apiClient.id,
          documents: [document],
        });
        if (result.operations) {
          setRegistered(result.operations[0]!.hash);
          setDocument('');
          await onRegistered();
        } else next = mapUserErrors(result.userErrors, ['document'] as const, { 'documents.0': 'document' });
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
    <form noValidate onSubmit={submit} aria-labelledby="register-operation" className="mt-4 mb-4">
      <h3 id="register-operation">Registra un’operazione</h3>
      {registered ? (
        <p role="status" data-testid="operation-registered">
          Operazione registrata. Il sistema la invia con{' '}
          <code>{`{ "persisted": true, "query": "${registered}" }`}</code>.
        </p>
      ) : null}
      <ErrorSummary errors={errors} labels={{ document: 'Testo dell’operazione' }} focusKey={submits} />
      <TextAreaField
        id="document"
        label="Testo dell’operazione"
        hint="Una sola operazione con il suo nome, per esempio: query Sportelli { sportelli { name } }. Il testo va registrato esattamente come il sistema lo usa."
        value={document}
        onChange={setDocument}
        error={errors.fields.document}
      />
      <Button type="submit" color="primary" aria-disabled={pending || undefined}>
        {pending ? 'Registrazione…' : 'Registra l’operazione'}
      </Button>
    </form>
  );
}
