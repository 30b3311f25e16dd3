import {
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
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { client, session } from '../client';
import { graphql } from '../gql';

const MyErasureQuery = graphql(`
  query ErasurePage_Query {
    myErasure {
      request {
        id
        requestedAt
      }
      obligations
    }
  }
`);

const RequestErasureMutation = graphql(`
  mutation ErasurePage_RequestMutation($confirm: Boolean!) {
    requestErasure(confirm: $confirm) {
      request {
        id
        status
      }
      erased
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const QUERY_KEY = ['my-erasure'];
const ERASED_NOTICE =
  'Abbiamo cancellato il tuo account e i tuoi dati. Ti abbiamo mandato un’email di conferma. Se vuoi usare di nuovo il servizio puoi registrarti da capo.';

/** Right to erasure (art. 17 GDPR): what goes, what the law keeps and why, then the request. */
export function ErasurePage() {
  const query = useQuery({ queryKey: QUERY_KEY, queryFn: () => client.request(MyErasureQuery) });
  const mine = query.data?.myErasure;
  return (
    <>
      <PageTitle>Cancella il tuo account e i tuoi dati</PageTitle>
      <section className="sl-section" aria-labelledby="erased-title">
        <h2 id="erased-title">Cosa cancelliamo</h2>
        <ul>
          <li>il tuo nome, l’email, il telefono e il codice fiscale;</li>
          <li>il curriculum, le lettere di presentazione e i consensi;</li>
          <li>
            le schede di orientamento, le note dello sportello e i dati sulla disabilità o sulle difficoltà
            economiche;
          </li>
          <li>le notifiche, l’avviso offerte e gli accessi: non potrai più entrare con questo account.</li>
        </ul>
        <p>
          Le aziende a cui ti sei candidato non vedranno più il tuo nome, i tuoi contatti e il tuo curriculum.
        </p>
      </section>
      <section className="sl-section" aria-labelledby="kept-title">
        <h2 id="kept-title">Cosa teniamo, senza il tuo nome, e perché</h2>
        <ul>
          <li>
            <strong>I lavori trovati con lo sportello e i tirocini</strong>: la legge e i conti dei programmi
            pubblici che li pagano chiedono di conservarli.
          </li>
          <li>
            <strong>Il registro delle operazioni</strong>: dice chi ha fatto cosa e quando, per controllo.
          </li>
          <li>
            <strong>Le presenze ai corsi e agli incontri di gruppo e i colloqui</strong>, per i conteggi del
            servizio.
          </li>
        </ul>
        <p>
          Al posto del tuo nome ci sarà un codice scelto a caso: nessuno potrà risalire a te, nemmeno lo
          sportello.
        </p>
      </section>
      <section className="sl-section" aria-labelledby="ask-title">
        <h2 id="ask-title">Chiedi la cancellazione</h2>
        <p>
          Prima di cancellare puoi <Link to="/profilo">scaricare una copia dei tuoi dati</Link> dal tuo
          profilo.
        </p>
        {query.isPending ? <Loading /> : null}
        {query.error ? <LoadError error={query.error} retry={query.refetch} /> : null}
        {mine?.request ? (
          <Notice kind="info" title="Richiesta inviata">
            <p>
              Hai chiesto la cancellazione il {formatDate(mine.request.requestedAt)}. Lo sportello la farà
              appena ha chiuso quello che è ancora in corso; ti manderemo un’email quando è fatta.
            </p>
          </Notice>
        ) : mine ? (
          <RequestForm obligations={mine.obligations} />
        ) : null}
      </section>
    </>
  );
}

function RequestForm({ obligations }: { obligations: string[] }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [confirm, setConfirm] = useState(false);
  const [errors, setErrors] = useState<FormErrors<'confirm'>>({ fields: {}, form: [] });
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    let next: FormErrors<'confirm'> = { fields: {}, form: [] };
    if (!confirm) {
      next = {
        fields: { confirm: 'Per continuare spunta la casella: conferma di aver letto cosa cancelliamo.' },
        form: [],
      };
    } else {
      setPending(true);
      try {
        const { requestErasure: result } = await client.request(RequestErasureMutation, { confirm });
        if (result.erased) {
          session.end(ERASED_NOTICE);
          queryClient.clear();
          navigate('/accedi', { replace: true });
          return;
        }
        if (result.userErrors.length === 0) await queryClient.invalidateQueries({ queryKey: QUERY_KEY });
        else next = mapUserErrors(result.userErrors, ['confirm'] as const);
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
    <form noValidate onSubmit={submit} aria-labelledby="ask-title">
      <ErrorSummary errors={errors} labels={{ confirm: 'Conferma' }} focusKey={submits} />
      {obligations.length > 0 ? (
        <Notice kind="warning" title="La cancellazione la fa lo sportello">
          <p>Puoi chiederla ora, ma prima lo sportello deve chiudere quello che è in corso:</p>
          <ul>
            {obligations.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
          <p>Un operatore controllerà che la richiesta venga da te e poi cancellerà i dati.</p>
        </Notice>
      ) : (
        <p>La cancellazione avviene subito e uscirai dal sito. Non si può annullare.</p>
      )}
      <CheckboxField
        id="confirm"
        label="Ho letto cosa viene cancellato e cosa resta senza il mio nome"
        checked={confirm}
        onChange={setConfirm}
        error={errors.fields.confirm}
      />
      <Button type="submit" color="danger" aria-disabled={pending || undefined}>
        {pending
          ? 'Invio in corso…'
          : obligations.length > 0
            ? 'Chiedi la cancellazione allo sportello'
            : 'Cancella il mio account e i miei dati'}
      </Button>
    </form>
  );
}
