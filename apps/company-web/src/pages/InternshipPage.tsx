import {
  InternshipDetails,
  InternshipEvaluationResult,
  InternshipHire,
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
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { client } from '../client';
import { graphql } from '../gql';

// Of the trainee, the company reads only the name.
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

const backLink = (
  <Link className="sl-back-link" to="/tirocini">
    Torna ai tirocini dell’azienda
  </Link>
);

/** A tirocinio the company hosts: the project, the people, the monitoring the company records. */
export function InternshipPage() {
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const { data, error, isPending, refetch } = useQuery({
    queryKey: ['internship', id],
    queryFn: () => client.request(InternshipQuery, { id }),
    retry: retryUnlessNotFound,
  });
  const internship = data?.internship;

  async function record(input: MonitoringEntryValues) {
    const result = await client.request(MonitoringMutation, { id, input });
    return result.addInternshipMonitoringEntry.userErrors;
  }

  async function added() {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['internship', id] }),
      queryClient.invalidateQueries({ queryKey: ['companyInternships'] }),
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
        <PageTitle>{failed ? 'Tirocinio' : 'Tirocinio non trovato'}</PageTitle>
        {failed ? (
          <LoadError error={failed} retry={refetch} />
        ) : (
          <Notice kind="warning" testId="internship-not-found">
            <p className="mb-0">Il tirocinio non esiste o non è ospitato dall’azienda.</p>
          </Notice>
        )}
        {backLink}
      </>
    );
  }
  const trainee = `${internship.trainee.givenName} ${internship.trainee.familyName}`;
  return (
    <>
      {backLink}
      <PageTitle>Tirocinio di {trainee}</PageTitle>
      <InternshipStatusLine status={internship.status} type={internship.type} />
      <InternshipDetails
        internship={internship}
        people={
          <>
            <dt>Tirocinante</dt>
            <dd>{trainee}</dd>
          </>
        }
      />
      <InternshipProject internship={internship} />
      <InternshipHistory history={internship.history} />
      <InternshipMonitoring
        internship={internship}
        intro="Il tutor aziendale e il tutor dello sportello registrano, periodo per periodo, le ore di presenza e come va il tirocinio."
        record={record}
        onAdded={added}
      />
      <InternshipEvaluationResult
        internship={internship}
        intro="Lo sportello ha concluso il tirocinio con questa valutazione; le competenze acquisite sono nel curriculum del tirocinante."
      >
        {internship.placement ? <InternshipHire internship={internship} /> : null}
      </InternshipEvaluationResult>
    </>
  );
}
