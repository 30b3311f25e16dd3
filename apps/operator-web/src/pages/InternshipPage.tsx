import { formatDate, LoadError, Loading, Notice, PageTitle } from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useLocation, useParams } from 'react-router';
import { client } from '../client';
import { type Announcement, useAnnouncement } from '../components';
import { formatCents, formatShortDateTime, labels, statusClass } from '../format';
import { graphql } from '../gql';
import type { InternshipPage_InternshipQueryQuery } from '../gql/graphql';
import { InternshipActions } from './InternshipActions';
import { InternshipEvaluation } from './InternshipEvaluation';
import { InternshipMonitoring } from './InternshipMonitoring';

const InternshipQuery = graphql(`
  query InternshipPage_InternshipQuery($id: ID!) {
    internship(id: $id) {
      id
      status
      type
      objectives
      activities
      targetSkills {
        uri
        label
      }
      acquiredSkills {
        skill {
          uri
          label
        }
        level
      }
      startsOn
      endsOn
      hoursPerWeek
      monthlyIndemnityCents
      agreementSignedAt
      statusReason
      company {
        id
        legalName
      }
      companySite {
        id
        address
        comune {
          name
        }
      }
      trainee {
        id
        givenName
        familyName
      }
      sportello {
        id
        name
      }
      promotingTutor {
        id
        givenName
        familyName
      }
      companyTutor {
        name
        role
        email
        phone
      }
      history {
        toStatus
        actorRole
        reason
        at
      }
      monitoringEntries {
        id
        periodStartsOn
        periodEndsOn
        hoursAttended
        note
        authorSide
        authorName
      }
      evaluation {
        outcome
        judgement
        evaluatedAt
      }
      placement {
        id
        contractType
        startsOn
        durationMonths
      }
    }
  }
`);

export type Internship = NonNullable<InternshipPage_InternshipQueryQuery['internship']>;

const traineeName = (i: Internship) => `${i.trainee.givenName} ${i.trainee.familyName}`;

export function InternshipPage() {
  const { id = '' } = useParams();
  const back = (useLocation().state as { back?: string } | null)?.back ?? '/tirocini';
  const queryClient = useQueryClient();
  const [announcement, announce] = useAnnouncement();
  const { data, error, isPending, refetch } = useQuery({
    queryKey: ['internship', id],
    queryFn: () => client.request(InternshipQuery, { id }),
  });
  const internship = data?.internship;
  const backLink = (
    <Link className="sl-back-link" to={back}>
      Torna all’elenco dei tirocini
    </Link>
  );

  async function changed(next: Announcement | null) {
    announce(next);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['internship', id] }),
      queryClient.invalidateQueries({ queryKey: ['internships'] }),
    ]);
  }

  if (isPending) {
    return (
      <>
        <PageTitle>Tirocinio</PageTitle>
        <Loading />
      </>
    );
  }
  if (error || !internship) {
    return (
      <>
        <PageTitle>Tirocinio</PageTitle>
        {error ? (
          <LoadError error={error} retry={refetch} />
        ) : (
          <Notice kind="warning" testId="internship-not-found">
            <p className="mb-0">Nessun tirocinio trovato: forse il link non è completo.</p>
          </Notice>
        )}
        {backLink}
      </>
    );
  }
  return (
    <>
      {backLink}
      <PageTitle>Tirocinio di {traineeName(internship)}</PageTitle>
      <p className="sl-status-line" data-testid="internship-status">
        <span className={`sl-status ${statusClass.internship[internship.status]}`}>
          <span className="visually-hidden">Stato: </span>
          {labels.internshipStatus[internship.status]}
        </span>
        <span className="sl-tag">Tirocinio {labels.internshipType[internship.type].toLowerCase()}</span>
      </p>
      {announcement}
      <Details internship={internship} />
      <Project internship={internship} />
      <History internship={internship} />
      <InternshipMonitoring internship={internship} onAdded={() => changed(null)} />
      <InternshipActions internship={internship} onDone={changed} />
      <InternshipEvaluation internship={internship} onDone={changed} />
    </>
  );
}

function Details({ internship: i }: { internship: Internship }) {
  const tutor = i.companyTutor;
  return (
    <section className="sl-section mt-0" aria-labelledby="internship-data">
      <h2 id="internship-data">Dati del tirocinio</h2>
      <dl className="sl-details sl-details--compact" data-testid="internship-details">
        <dt>Tirocinante</dt>
        <dd>
          <Link to={`/cittadini/${i.trainee.id}`}>{traineeName(i)}</Link>
        </dd>
        <dt>Azienda ospitante</dt>
        <dd>{i.company.legalName}</dd>
        <dt>Sede</dt>
        <dd>{i.companySite ? `${i.companySite.address}, ${i.companySite.comune.name}` : 'Non indicata'}</dd>
        <dt>Sportello promotore</dt>
        <dd>{i.sportello.name}</dd>
        <dt>Tutor del soggetto promotore</dt>
        <dd>
          {i.promotingTutor.givenName} {i.promotingTutor.familyName}
        </dd>
        <dt>Tutor aziendale</dt>
        <dd>
          {tutor.name}
          {tutor.role ? `, ${tutor.role}` : ''}
          {tutor.email || tutor.phone ? <br /> : null}
          {[tutor.email, tutor.phone].filter(Boolean).join(' · ')}
        </dd>
        <dt>Periodo</dt>
        <dd>
          dal {formatDate(i.startsOn)} al {formatDate(i.endsOn)}
        </dd>
        <dt>Impegno</dt>
        <dd>{i.hoursPerWeek} ore a settimana</dd>
        <dt>Indennità mensile</dt>
        <dd>{i.monthlyIndemnityCents > 0 ? `${formatCents(i.monthlyIndemnityCents)} lordi` : 'Nessuna'}</dd>
        <dt>Convenzione firmata</dt>
        <dd>{i.agreementSignedAt ? `il ${formatDate(i.agreementSignedAt)}` : 'Non ancora'}</dd>
        {i.statusReason ? (
          <>
            <dt>{i.status === 'SUSPENDED' ? 'Motivo della sospensione' : 'Motivo dell’interruzione'}</dt>
            <dd>{i.statusReason}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}

function Project({ internship: i }: { internship: Internship }) {
  return (
    <section className="sl-section" aria-labelledby="project">
      <h2 id="project">Progetto formativo</h2>
      <h3>Obiettivi</h3>
      <p className="sl-vacancy-description" data-testid="internship-objectives">
        {i.objectives}
      </p>
      <h3>Attività</h3>
      <p className="sl-vacancy-description">{i.activities}</p>
      <h3>Competenze da acquisire</h3>
      {i.targetSkills.length ? (
        <ul data-testid="internship-target-skills">
          {i.targetSkills.map((skill) => (
            <li key={skill.uri}>{skill.label}</li>
          ))}
        </ul>
      ) : (
        <p>Nessuna competenza ESCO indicata.</p>
      )}
    </section>
  );
}

function History({ internship: i }: { internship: Internship }) {
  return (
    <section className="sl-section" aria-labelledby="history">
      <h2 id="history">Storia</h2>
      <ol className="sl-history" data-testid="internship-history">
        {i.history.map((event) => (
          <li key={`${event.at}-${event.toStatus}`}>
            <span className="sl-history-when">{formatShortDateTime(event.at)}</span>:{' '}
            <strong>{labels.internshipStatus[event.toStatus]}</strong> ({event.actorRole})
            {event.reason ? ` – ${event.reason}` : ''}
          </li>
        ))}
      </ol>
    </section>
  );
}
