import { Notice, PageTitle } from '@sportello/ui';
import { Link, useLocation } from 'react-router';

export function RegistrationSentPage() {
  const location = useLocation();
  const state = location.state as { email?: unknown; legalName?: unknown } | null;
  const email = typeof state?.email === 'string' ? state.email : null;
  const legalName = typeof state?.legalName === 'string' ? state.legalName : null;
  return (
    <>
      <PageTitle>Registrazione inviata</PageTitle>
      <Notice kind="success" live="polite" testId="registration-done">
        <p className="mb-0">
          Abbiamo ricevuto la registrazione
          {legalName ? (
            <>
              {' '}
              di <strong>{legalName}</strong>
            </>
          ) : null}
          . L’azienda è in attesa di verifica da parte dello sportello.
        </p>
      </Notice>
      <h2 className="h4">Cosa succede adesso</h2>
      <ol className="sl-prose sl-steps">
        <li>
          Conferma il tuo indirizzo email: ti abbiamo inviato un messaggio
          {email ? (
            <>
              {' '}
              a <strong>{email}</strong>
            </>
          ) : null}{' '}
          con un link. Il link vale 72 ore.
        </li>
        <li>
          Lo sportello lavoro controlla i dati dell’azienda (ragione sociale, partita IVA, sede). Se servono
          chiarimenti, ti contatta.
        </li>
        <li>
          Quando l’azienda è verificata puoi usare tutti i servizi. Puoi vedere lo stato della verifica quando{' '}
          <Link to="/accedi">accedi</Link>.
        </li>
      </ol>
      <p>Non trovi il messaggio? Guarda anche nella cartella della posta indesiderata (spam).</p>
    </>
  );
}
