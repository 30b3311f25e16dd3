import { PageTitle, useSession } from '@sportello/ui';
import { Link, Navigate } from 'react-router';
import { session } from '../client';

export function HomePage() {
  const current = useSession(session);
  if (current) return <Navigate to="/area-riservata" replace />;
  return (
    <>
      <PageTitle title="Area aziende">Cerchi personale? Registra la tua azienda</PageTitle>
      <p className="sl-lead">
        La registrazione è gratuita ed è aperta alle aziende con sede in uno dei comuni della rete. Dopo la
        verifica da parte dello sportello potrai pubblicare offerte di lavoro e incontrare candidati.
      </p>
      <div className="sl-choices">
        <Link to="/registrati" className="btn btn-primary btn-lg">
          Registra l’azienda
        </Link>
        <Link to="/accedi" className="btn btn-outline-primary btn-lg">
          Accedi
        </Link>
      </div>
    </>
  );
}
