import { attempt, ErrorSummary, formatDate, it, noErrors, useAnnouncement } from '@sportello/ui';
import { useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { useState } from 'react';
import { client } from '../client';
import { graphql } from '../gql';

const GiveConsentMutation = graphql(`
  mutation CvSharing_GiveConsentMutation {
    giveConsent(purpose: CV_SHARING) {
      consent {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const WithdrawConsentMutation = graphql(`
  mutation CvSharing_WithdrawConsentMutation {
    withdrawConsent(purpose: CV_SHARING) {
      consent {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

interface ConsentRecord {
  purpose: string;
  grantedAt: string;
  withdrawnAt?: string | null;
}

/** The CV-sharing consent: what it means, in plain words, and the button to give or withdraw it. */
export function CvSharing({ consents }: { consents: readonly ConsentRecord[] }) {
  const queryClient = useQueryClient();
  const [announcement, announce] = useAnnouncement();
  const [errors, setErrors] = useState(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  const inForce = consents.find((c) => c.purpose === 'CV_SHARING' && !c.withdrawnAt);

  async function toggle() {
    if (pending) return;
    setPending(true);
    const userErrors = await attempt(async () => {
      if (inForce) return (await client.request(WithdrawConsentMutation)).withdrawConsent.userErrors;
      return (await client.request(GiveConsentMutation)).giveConsent.userErrors;
    });
    setPending(false);
    if (userErrors.length) {
      setErrors({ fields: {}, form: userErrors.map((e) => e.message) });
      setSubmits((n) => n + 1);
      return;
    }
    setErrors(noErrors());
    announce({
      kind: 'success',
      text: inForce
        ? 'Hai ritirato il consenso: le aziende non vedono più il tuo curriculum tra i candidati suggeriti.'
        : 'Grazie: ora il tuo curriculum è condiviso con le aziende della rete.',
    });
    await queryClient.invalidateQueries({ queryKey: ['me'] });
  }

  return (
    <section className="sl-section" aria-labelledby="sharing-title" data-testid="cv-sharing">
      <h2 id="sharing-title">Condivisione del curriculum con le aziende</h2>
      {announcement}
      <p>Se condividi il curriculum:</p>
      <ul>
        <li>
          gli operatori dello sportello possono proporti alle aziende della rete che cercano persone come te;
        </li>
        <li>
          le aziende ti vedono tra i candidati suggeriti <strong>senza nome</strong>: solo fascia di età,
          provincia, esperienze e competenze;
        </li>
        <li>
          nome, contatti e curriculum completo li vede solo l’azienda a cui ti candidi tu, o di cui accetti
          una proposta.
        </li>
      </ul>
      <p>
        Puoi ritirare il consenso quando vuoi, da questa pagina: da quel momento non compari più tra i
        candidati suggeriti. Le candidature che hai già inviato restano.
      </p>
      <p data-testid="cv-sharing-state">
        {inForce ? (
          <strong>Stai condividendo il tuo curriculum dal {formatDate(inForce.grantedAt)}.</strong>
        ) : (
          <strong>Non stai condividendo il tuo curriculum.</strong>
        )}
      </p>
      <ErrorSummary errors={errors} labels={{}} focusKey={submits} title="Operazione non riuscita" />
      <Button
        type="button"
        color="primary"
        outline={Boolean(inForce)}
        onClick={toggle}
        aria-disabled={pending || undefined}
      >
        {pending ? it.common.sending : inForce ? 'Ritira il consenso' : 'Condividi il mio curriculum'}
      </Button>
    </section>
  );
}
