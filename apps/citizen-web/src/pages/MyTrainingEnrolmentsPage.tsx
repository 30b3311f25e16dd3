import {
  attempt,
  ConfirmAction,
  formatDate,
  formatTrainingPlace,
  PAGE_SIZE,
  PagedList,
  PageTitle,
  trainingEnrolmentStatusClass,
  trainingEnrolmentStatusLabels,
  useAnnouncement,
  usePagedQuery,
} from '@sportello/ui';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { client } from '../client';
import { graphql } from '../gql';
import type { MyTrainingEnrolmentsPage_EnrolmentsQueryQuery } from '../gql/graphql';
import { placeErrorText, trainingWhen } from '../training';

const EnrolmentsQuery = graphql(`
  query MyTrainingEnrolmentsPage_EnrolmentsQuery($first: Int!, $after: String) {
    myTrainingEnrolments(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          enrolledAt
          withdrawnAt
          completedAt
          module {
            id
            title
            provider
            hours
            startsOn
            endsOn
            mode
            comune {
              istatCode
              name
            }
          }
        }
      }
    }
  }
`);

const WithdrawMutation = graphql(`
  mutation MyTrainingEnrolmentsPage_WithdrawMutation($id: ID!) {
    withdrawTrainingEnrolment(id: $id) {
      enrolment {
        id
        status
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

type Enrolment =
  MyTrainingEnrolmentsPage_EnrolmentsQueryQuery['myTrainingEnrolments']['edges'][number]['node'];

/** When the enrolment last changed, e.g. "Ti sei ritirata/o il 3 marzo 2026". */
function statusDate(e: Enrolment) {
  if (e.status === 'WITHDRAWN' && e.withdrawnAt) return `Ti sei ritirata/o il ${formatDate(e.withdrawnAt)}.`;
  if (e.status === 'COMPLETED' && e.completedAt)
    return `Hai completato il corso il ${formatDate(e.completedAt)}.`;
  return `Iscrizione del ${formatDate(e.enrolledAt)}.`;
}

/** "Le mie iscrizioni": the citizen's places in training modules, the latest first, and "Ritirati". */
export function MyTrainingEnrolmentsPage() {
  const queryClient = useQueryClient();
  const [announcement, announce] = useAnnouncement();
  const query = usePagedQuery(['myTrainingEnrolments'], async (after) => {
    const data = await client.request(EnrolmentsQuery, { first: PAGE_SIZE, after });
    return data.myTrainingEnrolments;
  });

  async function withdraw(e: Enrolment) {
    announce(null);
    const userErrors = await attempt(async () => {
      const { withdrawTrainingEnrolment } = await client.request(WithdrawMutation, { id: e.id });
      return withdrawTrainingEnrolment.userErrors;
    });
    announce(
      userErrors.length
        ? { kind: 'danger', text: placeErrorText(userErrors) }
        : {
            kind: 'success',
            text: `Ti sei ritirata/o dal corso «${e.module.title}». Il tuo posto ora è libero per un’altra persona.`,
          },
    );
    await Promise.all(
      [['myTrainingEnrolments'], ['openTrainingModules'], ['trainingModule', e.module.id]].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
  }

  return (
    <>
      <PageTitle>Le mie iscrizioni</PageTitle>
      <p className="sl-lead">
        Qui trovi i corsi di formazione a cui sei iscritta/o. Se non puoi più partecipare, ritirati: il posto
        passa a un’altra persona.
      </p>
      <p>
        <Link to="/corsi">Vedi i corsi di formazione aperti</Link>
      </p>
      {announcement}
      <PagedList
        query={query}
        empty="Non sei iscritta/o a nessun corso. Puoi chiedere un posto dalla pagina «Corsi di formazione»."
      >
        {(enrolments) => (
          <ul className="list-unstyled" data-testid="training-enrolment-list">
            {enrolments.map((e) => (
              <li key={e.id} className="sl-match-card" data-testid="training-enrolment-row">
                <h2 className="h5">
                  {e.status === 'WITHDRAWN' ? (
                    e.module.title
                  ) : (
                    <Link to={`/corsi/${e.module.id}`}>{e.module.title}</Link>
                  )}
                </h2>
                <p className="sl-status-line mb-2">
                  <span className={`sl-status ${trainingEnrolmentStatusClass[e.status]}`}>
                    <span className="visually-hidden">Stato: </span>
                    {trainingEnrolmentStatusLabels[e.status]}
                  </span>{' '}
                  {statusDate(e)}
                </p>
                <p>
                  {e.module.provider}: {trainingWhen(e.module)}. {formatTrainingPlace(e.module)}.
                </p>
                {e.status === 'ENROLLED' ? (
                  <ConfirmAction
                    label={`Ritirati dal corso «${e.module.title}»`}
                    question={`Vuoi davvero ritirarti dal corso «${e.module.title}»? Il tuo posto passa a un’altra persona.`}
                    confirmLabel="Sì, mi ritiro"
                    onConfirm={() => withdraw(e)}
                    testId="withdraw"
                  />
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </PagedList>
    </>
  );
}
