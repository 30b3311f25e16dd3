import { Notice, PageTitle } from '@sportello/ui';
import { Link, useLocation } from 'react-router';

export function CheckEmailPage() {
  const location = useLocation();
  const email = (location.state as { email?: unknown } | null)?.email;
  return (
    <>
      <PageTitle>Controlla la tua email</PageTitle>
      <Notice kind="success" live="polite" testId="registration-done">
        <p className="mb-0">
          La registrazione è quasi completa.{' '}
          {typeof email === 'string' ? (
            <>
              Ti abbiamo inviato un messaggio all’indirizzo <strong>{email}</strong>.
            </>
          ) : (
            'Ti abbiamo inviato un messaggio email.'
          )}
        </p>
      </Notice>
      <ol className="sl-prose sl-steps">
        <li>Apri il messaggio “Conferma il tuo indirizzo email” di Sportello Lavoro.</li>
        <li>Apri il link che trovi nel messaggio: vale 72 ore.</li>
        <li>
          Poi potrai <Link to="/accedi">accedere</Link> con la tua email e la tua password.
        </li>
      </ol>
      <p>
        Non trovi il messaggio? Guarda anche nella cartella della posta indesiderata (spam). Se non arriva,
        rivolgiti allo sportello lavoro del tuo comune.
      </p>
    </>
  );
}
