import {
  type Announcement,
  InternshipDetails,
  InternshipHistory,
  InternshipMonitoring,
  InternshipProject,
  InternshipStatusLine,
  isNotFound,
  LoadError,
  Loading,
  type MonitoringEntryValues,
  Notice,
  PageTitle,
  retryUnlessNotFound,
  useAnnouncement,
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useLocation, useParams } from 'react-router';
import { client } from '../client';
import { graphql } from '../gql';
import type { InternshipPage_InternshipQueryQuery } from '../gql/graphql';
import { InternshipActions } from './InternshipActions';
import { InternshipEvaluation } from './InternshipEvaluation';

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

const MonitoringMutation = graphql(`
  mutation InternshipPage_MonitoringMutation($id: ID!, $input: MonitoringEntryInput!) {
    addInternshipMonitoringEntry(id: $id, input: $input) {
      internship {
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
    retry: retryUnlessNotFound,
  });
  const internship = data?.internship;
  const backLink = (
    <Link className="sl-back-link" to={back}>
      Torna all’elenco dei tirocini
    </Link>
  );

  async function record(input: MonitoringEntryValues) {
    const result = await client.request(MonitoringMutation, { id, input });
    return result.addInternshipMonitoringEntry.userErrors;
  }

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
    const failed = error && !isNotFound(error) ? error : null;
    return (
      <>
        <PageTitle>Tirocinio</PageTitle>
        {failed ? (
          <LoadError error={failed} retry={refetch} />
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
      <InternshipStatusLine status={internship.status} type={internship.type} />
      {announcement}
      <InternshipDetails
        internship={internship}
        people={
          <>
            <dt>Tirocinante</dt>
            <dd>
              <Link to={`/cittadini/${internship.trainee.id}`}>{traineeName(internship)}</Link>
            </dd>
            <dt>Azienda ospitante</dt>
            <dd>{internship.company.legalName}</dd>
          </>
        }
      />
      <InternshipProject internship={internship} />
      <InternshipHistory history={internship.history} />
      <InternshipMonitoring internship={internship} record={record} onAdded={() => changed(null)} />
      <InternshipActions internship={internship} onDone={changed} />
      <InternshipEvaluation internship={internship} onDone={changed} />
    </>
  );
}
