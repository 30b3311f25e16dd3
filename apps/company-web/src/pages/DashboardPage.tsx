import { DataExport, formatDate, Loading, Notice, PageTitle } from '@sportello/ui';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { client, session } from '../client';
import { graphql } from '../gql';

const MeQuery = graphql(`
  query DashboardPage_MeQuery {
    me {
      id
      email
      givenName
      familyName
      company {
        id
        legalName
        partitaIva
        codiceFiscale
        status
        rejectionReason
        reviewedAt
        createdAt
        comune {
          name
          provinceCode
        }
      }
    }
  }
`);

export function DashboardPage() {
  const { data, error, isPending, refetch } = useQuery({
    queryKey: ['me'],
    queryFn: () => client.request(MeQuery),
  });

  // A session whose user no longer exists: log out, RequireSession then shows the login page.
  useEffect(() => {
    if (data && !data.me) session.clear();
  }, [data]);

  if (isPending) {
    return (
      <>
        <PageTitle>La mia azienda</PageTitle>
        <Loading />
      </>
    );
  }
  const company = data?.me?.company;
  if (error || !company) {
    return (
      <>
        <PageTitle>La mia azienda</PageTitle>
        <Notice kind="danger" live="assertive">
          <p>
            {error?.message ?? 'Non troviamo un’azienda collegata al tuo account. Rivolgiti allo sportello.'}
          </p>
          <button type="button" className="btn btn-primary" onClick={() => refetch()}>
            Riprova
          </button>
        </Notice>
      </>
    );
  }

  return (
    <>
      <PageTitle title="La mia azienda">{company.legalName}</PageTitle>
      <h2 className="h4">Stato della verifica</h2>
      {company.status === 'PENDING' ? (
        <Notice kind="warning" testId="company-status">
          <p className="sl-status sl-status--pending">In attesa di verifica da parte dello sportello</p>
          <p className="mb-0">
            Lo sportello lavoro sta controllando i dati dell’azienda. Non devi fare niente: quando la verifica
            è conclusa lo vedrai in questa pagina. Se servono chiarimenti, lo sportello ti contatta.
          </p>
        </Notice>
      ) : company.status === 'VERIFIED' ? (
        <Notice kind="success" testId="company-status">
          <p className="sl-status sl-status--verified">Azienda verificata</p>
          <p className="mb-0">
            Lo sportello ha verificato l’azienda
            {company.reviewedAt ? ` il ${formatDate(company.reviewedAt)}` : ''}. Da{' '}
            <Link to="/offerte">Le tue offerte</Link> segui le offerte di lavoro e le candidature, da{' '}
            <Link to="/tirocini">Tirocini</Link> i tirocini che l’azienda ospita, da{' '}
            <Link to="/conferme-impiego">Conferme di impiego</Link> se le persone assunte lavorano ancora da
            voi. Per un aiuto dallo sportello (offerte, legge 68/1999, tirocini, incentivi) prenota un
            colloquio da <Link to="/colloqui">Colloqui con lo sportello</Link>; le visite e i contatti con lo
            sportello sono in <Link to="/servizi-ricevuti">Servizi ricevuti</Link>.
          </p>
        </Notice>
      ) : (
        <Notice kind="danger" testId="company-status">
          <p className="sl-status sl-status--rejected">Registrazione non accettata</p>
          <p>
            Lo sportello non ha potuto verificare l’azienda
            {company.reviewedAt ? ` (${formatDate(company.reviewedAt)})` : ''}.
          </p>
          {company.rejectionReason ? (
            <p>
              <strong>Motivo:</strong> <span data-testid="rejection-reason">{company.rejectionReason}</span>
            </p>
          ) : null}
          <p className="mb-0">Per chiarimenti o per correggere i dati rivolgiti allo sportello lavoro.</p>
        </Notice>
      )}
      <h2 className="h4 mt-4">Dati dell’azienda</h2>
      <dl className="sl-details" data-testid="company-details">
        <dt>Ragione sociale</dt>
        <dd>{company.legalName}</dd>
        <dt>Partita IVA</dt>
        <dd>{company.partitaIva}</dd>
        <dt>Codice fiscale</dt>
        <dd>{company.codiceFiscale}</dd>
        <dt>Sede legale</dt>
        <dd>
          {company.comune.name} ({company.comune.provinceCode})
        </dd>
        <dt>Registrata il</dt>
        <dd>{formatDate(company.createdAt)}</dd>
        <dt>Referente</dt>
        <dd>
          {data.me?.givenName} {data.me?.familyName} ({data.me?.email})
        </dd>
      </dl>
      <DataExport
        client={client}
        path="/api/privacy/export"
        title="Scarica i dati dell’azienda"
        fallbackName="dati-azienda"
      >
        <p>
          Una copia dei dati dell’azienda presso Sportello Lavoro: l’azienda, le persone e le sedi, le
          offerte, le candidature ricevute, i colloqui di lavoro e con lo sportello, i tirocini ospitati, il
          tuo account e le tue notifiche. Il PDF si legge; il file JSON contiene gli stessi dati per altri
          programmi.
        </p>
      </DataExport>
    </>
  );
}
