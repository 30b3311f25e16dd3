import {
  type Announcement,
  CheckboxField,
  ErrorSummary,
  type FormErrors,
  failure,
  formatDate,
  LoadError,
  Loading,
  mapUserErrors,
  Notice,
  PageTitle,
  useAnnouncement,
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { client } from '../client';
import { graphql } from '../gql';
import type { ErasureRequestsPage_QueryQuery } from '../gql/graphql';

const ErasureRequestsQuery = graphql(`
  query ErasureRequestsPage_Query {
    erasureRequests {
      id
      citizenName
      origin
      status
      requestedAt
      completedAt
    }
  }
`);

const ExecuteErasureMutation = graphql(`
  mutation ErasureRequestsPage_ExecuteMutation($id: ID!, $identityConfirmed: Boolean!) {
    executeErasure(id: $id, identityConfirmed: $identityConfirmed) {
      request {
        id
        status
        citizenName
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

type ErasureRequest = ErasureRequestsPage_QueryQuery['erasureRequests'][number];

const QUERY_KEY = ['erasure-requests'];

const ORIGINS: Record<ErasureRequest['origin'], string> = {
  CITIZEN: 'Chiesta dal cittadino nel portale',
  DESK: 'Chiesta di persona allo sportello',
  RETENTION: 'Account non usato da troppo tempo',
};

/** The network's erasure requests (art. 17 GDPR): those waiting, executed here, and those done. */
export function ErasureRequestsPage() {
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: QUERY_KEY, queryFn: () => client.request(ErasureRequestsQuery) });
  const [announcement, announce] = useAnnouncement();
  const requests = query.data?.erasureRequests ?? [];
  const pending = requests.filter((r) => r.status === 'PENDING');
  const done = requests.filter((r) => r.status === 'COMPLETED');

  async function executed(next: Announcement) {
    announce(next);
    await queryClient.invalidateQueries();
  }

  return (
    <>
      <PageTitle>Richieste di cancellazione dei dati</PageTitle>
      <p className="sl-lead">
        I cittadini chiedono dal loro profilo di cancellare account e dati, oppure di persona allo sportello:
        in quel caso registri la richiesta dalla pagina della persona. Chi chiede dal profilo e non ha niente
        in corso viene cancellato subito; le richieste di chi ha un percorso aperto, un tirocinio o un lavoro
        da verificare aspettano qui. Chiudi prima quello che è in corso, verifica che la richiesta venga dalla
        persona e poi esegui la cancellazione: nome, contatti, codice fiscale, curriculum e note spariscono;
        inserimenti, tirocini e registro delle operazioni restano con un codice al posto del nome.
      </p>
      {announcement}
      {query.isPending ? <Loading /> : null}
      {query.error ? <LoadError error={query.error} retry={query.refetch} /> : null}
      {query.data ? (
        <>
          <section className="sl-section" aria-labelledby="pending-title">
            <h2 id="pending-title">Da eseguire</h2>
            {pending.length === 0 ? (
              <Notice kind="info" testId="no-erasure-requests">
                <p className="mb-0">Non ci sono richieste da eseguire.</p>
              </Notice>
            ) : (
              <ul className="list-unstyled" aria-label="Richieste da eseguire">
                {pending.map((request) => (
                  <li key={request.id}>
                    <PendingRequest request={request} onDone={executed} />
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="sl-section" aria-labelledby="done-title">
            <h2 id="done-title">Eseguite</h2>
            {done.length === 0 ? (
              <p>Nessuna cancellazione eseguita finora.</p>
            ) : (
              <table className="table">
                <caption className="visually-hidden">Cancellazioni eseguite</caption>
                <thead>
                  <tr>
                    <th scope="col">Codice al posto del nome</th>
                    <th scope="col">Motivo</th>
                    <th scope="col">Eseguita il</th>
                  </tr>
                </thead>
                <tbody>
                  {done.map((request) => (
                    <tr key={request.id}>
                      <td>{request.citizenName}</td>
                      <td>{ORIGINS[request.origin]}</td>
                      <td>{request.completedAt ? formatDate(request.completedAt) : ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </>
      ) : null}
    </>
  );
}

function PendingRequest({
  request,
  onDone,
}: {
  request: ErasureRequest;
  onDone: (a: Announcement) => Promise<void>;
}) {
  const [confirmed, setConfirmed] = useState(false);
  const [errors, setErrors] = useState<FormErrors<'identityConfirmed'>>({ fields: {}, form: [] });
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  const headingId = `erasure-${request.id}`;
  const fieldId = `identity-${request.id}`;

  async function execute(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    let next: FormErrors<'identityConfirmed'> = { fields: {}, form: [] };
    if (!confirmed) {
      next = {
        fields: {
          identityConfirmed: 'Spunta la casella dopo aver verificato che la richiesta viene dalla persona.',
        },
        form: [],
      };
    } else {
      setPending(true);
      try {
        const { executeErasure: result } = await client.request(ExecuteErasureMutation, {
          id: request.id,
          identityConfirmed: confirmed,
        });
        if (result.userErrors.length === 0) {
          await onDone({
            kind: 'success',
            text: `Cancellazione eseguita: al posto di ${request.citizenName} ora c’è «${result.request?.citizenName ?? ''}».`,
          });
          return;
        }
        next = mapUserErrors(result.userErrors, ['identityConfirmed'] as const);
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
    <article className="card mb-3" aria-labelledby={headingId} data-testid="erasure-request">
      <div className="card-body">
        <h3 id={headingId} className="h4">
          {request.citizenName}
        </h3>
        <p>
          {request.origin === 'DESK' ? 'Ha chiesto allo sportello' : 'Ha chiesto dal portale'} la
          cancellazione il {formatDate(request.requestedAt)}.
        </p>
        <form noValidate onSubmit={execute} aria-labelledby={headingId}>
          <ErrorSummary
            errors={errors}
            labels={{ identityConfirmed: 'Verifica della persona' }}
            ids={{ identityConfirmed: fieldId }}
            focusKey={submits}
          />
          <CheckboxField
            id={fieldId}
            label="Ho verificato che la richiesta viene da questa persona (allo sportello con un documento, o a un telefono o un’email già noti)"
            checked={confirmed}
            onChange={setConfirmed}
            error={errors.fields.identityConfirmed}
          />
          <Button type="submit" color="danger" aria-disabled={pending || undefined}>
            {pending ? 'Cancellazione in corso…' : `Cancella i dati di ${request.citizenName}`}
          </Button>
        </form>
      </div>
    </article>
  );
}
