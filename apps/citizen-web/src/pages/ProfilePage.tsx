import { DownloadButton, formatDate, Loading, Notice, PageTitle } from '@sportello/ui';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { client, session } from '../client';
import { graphql } from '../gql';
import { cvPdfPath } from '../letters/shared';

const MeQuery = graphql(`
  query ProfilePage_MeQuery {
    me {
      id
      email
      emailVerified
      givenName
      familyName
      network {
        name
      }
      citizen {
        codiceFiscale
        birthDate
        residenceComune {
          name
          provinceCode
        }
        phone
      }
    }
  }
`);

export function ProfilePage() {
  const { data, error, isPending, refetch } = useQuery({
    queryKey: ['me'],
    queryFn: () => client.request(MeQuery),
  });
  const me = data?.me;

  // A session whose user no longer exists: log out, RequireSession then shows the login page.
  useEffect(() => {
    if (data && !data.me) session.clear();
  }, [data]);

  if (isPending) {
    return (
      <>
        <PageTitle>Il mio profilo</PageTitle>
        <Loading />
      </>
    );
  }
  if (error || !me) {
    return (
      <>
        <PageTitle>Il mio profilo</PageTitle>
        <Notice kind="danger" live="assertive">
          <p>{error?.message ?? 'Non siamo riusciti a caricare il tuo profilo.'}</p>
          <button type="button" className="btn btn-primary" onClick={() => refetch()}>
            Riprova
          </button>
        </Notice>
      </>
    );
  }

  const citizen = me.citizen;
  return (
    <>
      <PageTitle>Il mio profilo</PageTitle>
      <p className="sl-lead">
        Ciao {me.givenName}! Questi sono i dati che lo sportello lavoro conosce di te
        {me.network ? ` (${me.network.name})` : ''}.
      </p>
      <h2 className="h4">I tuoi dati</h2>
      <dl className="sl-details" data-testid="profile">
        <dt>Nome e cognome</dt>
        <dd>
          {me.givenName} {me.familyName}
        </dd>
        <dt>Indirizzo email</dt>
        <dd>{me.email}</dd>
        {citizen ? (
          <>
            <dt>Codice fiscale</dt>
            <dd className="text-break">{citizen.codiceFiscale}</dd>
            <dt>Data di nascita</dt>
            <dd>{formatDate(citizen.birthDate)}</dd>
            <dt>Comune di residenza</dt>
            <dd>
              {citizen.residenceComune.name} ({citizen.residenceComune.provinceCode})
            </dd>
            <dt>Telefono</dt>
            <dd>{citizen.phone ?? 'Non indicato'}</dd>
          </>
        ) : null}
      </dl>
      {citizen ? (
        <section className="sl-section" aria-labelledby="documents">
          <h2 id="documents" className="h4">
            Curriculum e lettere
          </h2>
          <div className="sl-card-actions">
            <DownloadButton
              client={client}
              path={cvPdfPath(me.id)}
              label="Scarica il CV in PDF"
              fallbackName="curriculum.pdf"
            />
            <Link className="btn btn-outline-primary" to="/lettere">
              Le mie lettere di presentazione
            </Link>
            <Link className="btn btn-outline-primary" to="/offerte-adatte">
              Offerte adatte a te
            </Link>
            <Link className="btn btn-outline-primary" to="/tirocini">
              I miei tirocini
            </Link>
            <Link className="btn btn-outline-primary" to="/corsi">
              Corsi di formazione
            </Link>
            <Link className="btn btn-outline-primary" to="/iscrizioni">
              Le mie iscrizioni
            </Link>
          </div>
        </section>
      ) : null}
      <Notice kind="info">
        <p className="mb-0">
          Per correggere i tuoi dati rivolgiti allo sportello lavoro del tuo comune. Presto da qui potrai
          anche preparare il tuo curriculum e vedere le offerte di lavoro.
        </p>
      </Notice>
    </>
  );
}
