import {
  DataExport,
  DownloadButton,
  employmentStatusLabels,
  formatDate,
  Loading,
  Notice,
  PageTitle,
  ProfileForm,
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { client, session } from '../client';
import { CvSharing } from '../cv/CvSharing';
import { graphql } from '../gql';
import { cvEuropassPath, cvPdfPath } from '../letters/shared';

const MeQuery = graphql(`
  query ProfilePage_MeQuery {
    me {
      id
      email
      emailVerified
      givenName
      familyName
      linkedIdentity {
        linkedAt
      }
      network {
        name
      }
      citizen {
        id
        codiceFiscale
        birthDate
        residenceComune {
          name
          provinceCode
        }
        phone
        employmentStatus
        consents {
          id
          purpose
          grantedAt
          withdrawnAt
        }
        cv {
          updatedAt
          completeness {
            score
            missing {
              section
              message
            }
          }
        }
      }
    }
  }
`);

const UpdateProfileMutation = graphql(`
  mutation ProfilePage_UpdateProfileMutation($input: UpdateCitizenProfileInput!) {
    updateCitizenProfile(input: $input) {
      citizen {
        id
        givenName
        familyName
        phone
        employmentStatus
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export function ProfilePage() {
  const queryClient = useQueryClient();
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
  const cv = citizen?.cv;
  const locked = me.linkedIdentity !== null;
  /** Beside what SPID or CIE gave: it cannot be changed. */
  const fromSpidCie = locked ? <span className="sl-locked"> (da SPID o CIE, non modificabile)</span> : null;
  return (
    <>
      <PageTitle>Il mio profilo</PageTitle>
      <p className="sl-lead">
        Ciao {me.givenName}! Questi sono i dati che lo sportello lavoro conosce di te
        {me.network ? ` (${me.network.name})` : ''}.
      </p>
      {citizen ? (
        <section className="sl-section" aria-labelledby="cv-title" data-testid="cv-summary">
          <h2 id="cv-title">Il tuo curriculum</h2>
          {cv ? (
            <>
              <p className="mb-1">
                Il tuo curriculum è completo al <strong>{cv.completeness.score}%</strong> (aggiornato il{' '}
                {formatDate(cv.updatedAt)}).
              </p>
              <div className="progress sl-progress" aria-hidden="true">
                <div className="progress-bar" style={{ width: `${cv.completeness.score}%` }} />
              </div>
              {cv.completeness.missing[0] ? (
                <p>Ti consigliamo: {cv.completeness.missing[0].message}</p>
              ) : null}
            </>
          ) : (
            <p>
              Non hai ancora scritto il curriculum. Ti servono pochi minuti: lo compili un passo alla volta e
              ogni passo si salva. Con il curriculum ti mostriamo le offerte adatte a te.
            </p>
          )}
          <div className="sl-card-actions">
            <Link className="btn btn-primary" to="/curriculum">
              {cv ? 'Modifica il curriculum' : 'Scrivi il tuo curriculum'}
            </Link>
            {cv ? (
              <DownloadButton
                client={client}
                path={cvPdfPath(me.id)}
                label="Scarica il CV in PDF"
                fallbackName="curriculum.pdf"
              />
            ) : null}
            {cv ? (
              <DownloadButton
                client={client}
                path={cvEuropassPath(me.id)}
                label="Scarica il CV in formato Europass"
                fallbackName="curriculum.europass.json"
              />
            ) : null}
            <Link className="btn btn-outline-primary" to="/offerte-adatte">
              Offerte adatte a te
            </Link>
          </div>
          {cv ? (
            <p className="sl-hint">
              Il formato Europass è il curriculum europeo: con questo file puoi caricare il tuo curriculum sul
              portale Europass e sui portali del lavoro che lo accettano, senza riscriverlo.
            </p>
          ) : null}
        </section>
      ) : null}
      {citizen ? <CvSharing consents={citizen.consents} /> : null}
      <section className="sl-section" aria-labelledby="data-title">
        <h2 id="data-title">I tuoi dati</h2>
        <dl className="sl-details" data-testid="profile">
          <dt>Nome e cognome</dt>
          <dd data-testid="profile-name">
            {me.givenName} {me.familyName}
            {fromSpidCie}
          </dd>
          <dt>Indirizzo email</dt>
          <dd className="text-break">{me.email}</dd>
          {citizen ? (
            <>
              <dt>Codice fiscale</dt>
              <dd className="text-break" data-testid="profile-codice-fiscale">
                {citizen.codiceFiscale}
                {fromSpidCie}
              </dd>
              <dt>Data di nascita</dt>
              <dd>
                {formatDate(citizen.birthDate)}
                {fromSpidCie}
              </dd>
              <dt>Comune di residenza</dt>
              <dd>
                {citizen.residenceComune.name} ({citizen.residenceComune.provinceCode})
              </dd>
              <dt>Telefono</dt>
              <dd>{citizen.phone ?? 'Non indicato'}</dd>
              <dt>Condizione lavorativa</dt>
              <dd>
                {citizen.employmentStatus ? employmentStatusLabels[citizen.employmentStatus] : 'Non indicata'}
              </dd>
            </>
          ) : null}
        </dl>
        {locked ? (
          <Notice kind="info" testId="identity-locked">
            <p className="mb-0">
              Hai collegato il tuo account a SPID o CIE il {formatDate(me.linkedIdentity!.linkedAt)}: nome,
              cognome, codice fiscale e data di nascita vengono dalla tua identità digitale e non si possono
              cambiare. Se sono sbagliati, rivolgiti al gestore della tua identità digitale.
            </p>
          </Notice>
        ) : null}
        <p>
          Per correggere email{locked ? '' : ', codice fiscale, data di nascita'} o comune di residenza
          rivolgiti allo sportello lavoro del tuo comune.
        </p>
        <h3 className="h4">
          {locked
            ? 'Cambia telefono o condizione lavorativa'
            : 'Cambia nome, telefono o condizione lavorativa'}
        </h3>
        {citizen ? (
          <ProfileForm
            initial={{
              givenName: me.givenName,
              familyName: me.familyName,
              phone: citizen.phone ?? '',
              employmentStatus: citizen.employmentStatus ?? '',
            }}
            phoneHint="Lo usa lo sportello per contattarti. Per esempio 333 1234567."
            namesLocked={locked}
            onSave={async (values) => {
              const { updateCitizenProfile } = await client.request(UpdateProfileMutation, {
                input: {
                  givenName: values.givenName.trim(),
                  familyName: values.familyName.trim(),
                  phone: values.phone.trim() || null,
                  employmentStatus: values.employmentStatus || null,
                },
              });
              if (updateCitizenProfile.userErrors.length === 0)
                await queryClient.invalidateQueries({ queryKey: ['me'] });
              return updateCitizenProfile.userErrors;
            }}
          />
        ) : null}
      </section>
      <DataExport
        client={client}
        path="/api/privacy/export"
        title="Scarica i tuoi dati"
        fallbackName="i-miei-dati"
      >
        <p>
          Una copia di tutto quello che Sportello Lavoro sa di te: profilo, consensi e loro storia,
          curriculum, lettere, candidature, colloqui, orientamento, tirocini, corsi, attività di gruppo, il
          percorso con lo sportello e le note condivise con te, le notifiche e chi ha letto i tuoi dati più
          delicati. Il PDF si legge; il file JSON contiene gli stessi dati per usarli con altri programmi o
          servizi.
        </p>
      </DataExport>
      <section className="sl-section" aria-labelledby="more-title">
        <h2 id="more-title">Le altre cose che puoi fare</h2>
        <ul>
          <li>
            <Link to="/lettere">Le mie lettere di presentazione</Link>
          </li>
          <li>
            <Link to="/tirocini">I miei tirocini</Link>
          </li>
          <li>
            <Link to="/corsi">Corsi di formazione</Link>
          </li>
          <li>
            <Link to="/iscrizioni">Le mie iscrizioni</Link>
          </li>
          <li>
            <Link to="/cancella-account">Cancella il tuo account e i tuoi dati</Link>
          </li>
        </ul>
      </section>
    </>
  );
}
