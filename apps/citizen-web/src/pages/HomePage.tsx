import { PageTitle, useSession } from '@sportello/ui';
import { Link, Navigate } from 'react-router';
import { session } from '../client';

export function HomePage() {
  const current = useSession(session);
  if (current) return <Navigate to="/profilo" replace />;
  return (
    <>
      <PageTitle title="Area cittadini">Trova lavoro con lo sportello del tuo comune</PageTitle>
      <p className="sl-lead">
        Sportello Lavoro è il servizio gratuito dei comuni della rete per chi cerca lavoro. Registrati per
        preparare il tuo curriculum e farti aiutare dagli operatori dello sportello.
      </p>
      <div className="sl-choices">
        <Link to="/registrati" className="btn btn-primary btn-lg">
          Registrati
        </Link>
        <Link to="/accedi" className="btn btn-outline-primary btn-lg">
          Accedi
        </Link>
      </div>
      <p>
        Preferisci farti aiutare? Vai allo sportello lavoro del tuo comune: un operatore può registrarti e ti
        manderà un’email per scegliere la password.
      </p>
    </>
  );
}
