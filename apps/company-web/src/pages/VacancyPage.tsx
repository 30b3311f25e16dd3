import {
  formatDate,
  LoadError,
  Loading,
  Notice,
  PAGE_SIZE,
  PagedList,
  PageTitle,
  usePagedQuery,
} from '@sportello/ui';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { client } from '../client';
import { formatSalary, labels, statusClass } from '../format';
import { graphql } from '../gql';
import { ApplicationCard } from './ApplicationCard';
import { SuggestedCandidates } from './SuggestedCandidates';
import { VacancyActions } from './VacancyActions';
import { isEditable } from './vacancy-form-values';

const VacancyQuery = graphql(`
  query VacancyPage_VacancyQuery($id: ID!) {
    vacancy(id: $id) {
      id
      title
      status
      draftedFromNeed
      rejectionReason
      description
      occupation {
        uri
        label
      }
      contractType
      hours
      weeklyHours
      shifts
      remote
      workplaceComune {
        istatCode
        name
        provinceCode
      }
      salaryMinCents
      salaryMaxCents
      collectiveAgreement
      agreementLevel
      positions
      law68Reserved
      minEqfLevel
      minExperienceMonths
      drivingLicences
      languages {
        languageCode
        languageName
        minLevel
      }
      skills {
        essential
        skill {
          uri
          label
        }
      }
      publishedAt
      expiresOn
      createdAt
      publicUrl
    }
  }
`);

const ApplicationsQuery = graphql(`
  query VacancyPage_ApplicationsQuery($id: ID!, $first: Int!, $after: String) {
    vacancy(id: $id) {
      id
      applications(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...ApplicationCardFields
          }
        }
      }
    }
  }
`);

export function VacancyPage() {
  const { id = '' } = useParams();
  const query = useQuery({
    queryKey: ['vacancy', id],
    queryFn: () => client.request(VacancyQuery, { id }),
  });
  const vacancy = query.data?.vacancy;

  if (query.isPending) return <Loading />;
  if (query.error) return <LoadError error={query.error} retry={() => query.refetch()} />;
  if (!vacancy) {
    return (
      <>
        <PageTitle>Offerta non trovata</PageTitle>
        <Notice kind="warning">
          <p className="mb-0">
            L’offerta non esiste o non è dell’azienda. <Link to="/offerte">Torna alle tue offerte</Link>
          </p>
        </Notice>
      </>
    );
  }

  const salary = formatSalary(vacancy.salaryMinCents, vacancy.salaryMaxCents);
  const place = vacancy.workplaceComune
    ? `${vacancy.workplaceComune.name} (${vacancy.workplaceComune.provinceCode})${vacancy.remote ? ', anche da remoto' : ''}`
    : 'Da remoto';

  return (
    <>
      <p>
        <Link to="/offerte">Le tue offerte</Link>
      </p>
      <PageTitle title={vacancy.title}>{vacancy.title}</PageTitle>
      <p className="sl-status-line">
        <span className={`sl-status ${statusClass.vacancy[vacancy.status]}`} data-testid="vacancy-status">
          {labels.vacancyStatus[vacancy.status]}
        </span>
      </p>
      {vacancy.status === 'DRAFT' && vacancy.draftedFromNeed ? (
        <Notice kind="info" testId="drafted-from-need">
          <p className="mb-0">
            <strong>Bozza preparata dallo sportello</strong> dal fabbisogno emerso durante un contatto con la
            tua azienda. Professione, competenze e numero di posti vengono dal fabbisogno; contratto, orario,
            sede e scadenza sono proposte da controllare. Con «Modifica l’offerta» aggiungi le mansioni e la
            retribuzione, poi invia l’offerta allo sportello: finché non la invii, nessuno la vede.
          </p>
        </Notice>
      ) : null}
      {vacancy.status === 'REJECTED' && vacancy.rejectionReason ? (
        <Notice kind="danger">
          <p className="mb-0">
            <strong>Lo sportello non ha pubblicato l’offerta. Motivo:</strong> {vacancy.rejectionReason}
          </p>
        </Notice>
      ) : null}
      <section className="sl-section" aria-labelledby="vacancy-data">
        <h2 id="vacancy-data">Dati dell’offerta</h2>
        <dl className="sl-details" data-testid="vacancy-details">
          <dt>Professione</dt>
          <dd>{vacancy.occupation.label}</dd>
          <dt>Contratto</dt>
          <dd>
            {labels.contractType[vacancy.contractType]}, {labels.workingHours[vacancy.hours].toLowerCase()}
            {vacancy.weeklyHours ? `, ${vacancy.weeklyHours} ore a settimana` : ''}
            {vacancy.shifts ? ', su turni' : ''}
          </dd>
          <dt>Luogo di lavoro</dt>
          <dd>{place}</dd>
          <dt>Retribuzione lorda mensile</dt>
          <dd>{salary ?? 'Non indicata'}</dd>
          <dt>Contratto collettivo</dt>
          <dd>
            {vacancy.collectiveAgreement
              ? `${vacancy.collectiveAgreement}, ${vacancy.agreementLevel}`
              : 'Non indicato'}
          </dd>
          <dt>Posti</dt>
          <dd>{vacancy.positions}</dd>
          <dt>Esperienza minima</dt>
          <dd>{vacancy.minExperienceMonths ? `${vacancy.minExperienceMonths} mesi` : 'Nessuna'}</dd>
          <dt>Titolo di studio minimo</dt>
          <dd>{vacancy.minEqfLevel ? labels.eqfLevel[vacancy.minEqfLevel] : 'Nessuno'}</dd>
          <dt>Competenze</dt>
          <dd data-testid="vacancy-skills">
            {vacancy.skills.length
              ? vacancy.skills
                  .map((s) => `${s.skill.label} (${s.essential ? 'essenziale' : 'utile'})`)
                  .join('; ')
              : 'Nessuna indicata'}
          </dd>
          <dt>Lingue</dt>
          <dd data-testid="vacancy-languages">
            {vacancy.languages.length
              ? vacancy.languages.map((l) => `${l.languageName}, almeno ${l.minLevel}`).join('; ')
              : 'Nessuna richiesta'}
          </dd>
          {vacancy.drivingLicences.length ? (
            <>
              <dt>Patenti di guida</dt>
              <dd>{vacancy.drivingLicences.join(', ')}</dd>
            </>
          ) : null}
          {vacancy.law68Reserved ? (
            <>
              <dt>Collocamento mirato</dt>
              <dd>Riservata alle persone iscritte alle liste della legge 68/1999</dd>
            </>
          ) : null}
          <dt>Creata il</dt>
          <dd>{formatDate(vacancy.createdAt)}</dd>
          {vacancy.publishedAt ? (
            <>
              <dt>Pubblicata il</dt>
              <dd>{formatDate(vacancy.publishedAt)}</dd>
            </>
          ) : null}
          <dt>Scade il</dt>
          <dd>{formatDate(vacancy.expiresOn)}</dd>
        </dl>
        <h3 className="h5">Descrizione</h3>
        <p className="sl-pre-line">{vacancy.description}</p>
        {isEditable(vacancy.status) ? (
          <p>
            <Link to={`/offerte/${vacancy.id}/modifica`} className="btn btn-outline-primary">
              Modifica l’offerta
            </Link>
          </p>
        ) : null}
      </section>
      <VacancyActions vacancy={vacancy} />
      <Applications vacancyId={vacancy.id} />
      <SuggestedCandidates vacancyId={vacancy.id} law68Reserved={vacancy.law68Reserved} />
    </>
  );
}

function Applications({ vacancyId }: { vacancyId: string }) {
  const query = usePagedQuery(['vacancy', vacancyId, 'applications'], async (after) => {
    const data = await client.request(ApplicationsQuery, { id: vacancyId, first: PAGE_SIZE, after });
    if (!data.vacancy) throw new Error('L’offerta non è più disponibile.');
    return data.vacancy.applications;
  });
  return (
    <section className="sl-section" aria-labelledby="applications">
      <h2 id="applications">Candidature</h2>
      <p>
        Le persone che si sono candidate o che lo sportello ti ha proposto. Finché una persona proposta non
        accetta, vedi solo un profilo senza dati che la identificano.
      </p>
      <PagedList query={query} empty="Nessuna candidatura per questa offerta.">
        {(applications) => (
          <ul className="list-unstyled" data-testid="application-list">
            {applications.map((application) => (
              <ApplicationCard key={application.id} application={application} />
            ))}
          </ul>
        )}
      </PagedList>
    </section>
  );
}
