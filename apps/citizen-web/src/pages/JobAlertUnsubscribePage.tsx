import { attempt, Notice, PageTitle } from '@sportello/ui';
import { Button } from 'design-react-kit';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { client } from '../client';
import { graphql } from '../gql';

const UnsubscribeMutation = graphql(`
  mutation JobAlertUnsubscribePage_UnsubscribeMutation($token: String!) {
    unsubscribeJobAlert(token: $token) {
      ok
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** Reached from the link in a job alert email: stops the alert with one click, without signing in. */
export function JobAlertUnsubscribePage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);

  async function unsubscribe() {
    const userErrors = await attempt(
      async () => (await client.request(UnsubscribeMutation, { token })).unsubscribeJobAlert.userErrors,
    );
    setOutcome(
      userErrors.length
        ? { ok: false, text: userErrors.map((e) => e.message).join(' ') }
        : { ok: true, text: 'Fatto: non riceverai più l’avviso delle nuove offerte.' },
    );
  }

  return (
    <>
      <PageTitle>Disattiva l’avviso offerte</PageTitle>
      <div aria-live="polite">
        {outcome ? (
          <Notice kind={outcome.ok ? 'success' : 'danger'} testId="action-result">
            <p className="mb-0">{outcome.text}</p>
          </Notice>
        ) : null}
      </div>
      {outcome?.ok ? (
        <p>
          Se cambi idea, puoi riattivarlo dalla pagina <Link to="/avvisi-offerte">Avviso offerte</Link> dopo
          aver fatto l’accesso.
        </p>
      ) : (
        <>
          <p className="sl-lead">Vuoi smettere di ricevere per email le nuove offerte adatte al tuo CV?</p>
          <Button type="button" color="primary" onClick={unsubscribe}>
            Sì, non mandarmi più l’avviso
          </Button>
        </>
      )}
    </>
  );
}
