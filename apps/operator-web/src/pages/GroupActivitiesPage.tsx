import {
  DataTable,
  formatNoShowRate,
  formatSessionWhen,
  groupActivityKindLabels,
  groupActivityStatusClass,
  groupActivityStatusLabels,
  PAGE_SIZE,
  PagedList,
  PageTitle,
  usePagedQuery,
} from '@sportello/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMe } from '../AppLayout';
import { client } from '../client';
import { graphql } from '../gql';
import { blankGroupActivity, GroupActivityForm } from './GroupActivityForm';

const GroupActivitiesQuery = graphql(`
  query GroupActivitiesPage_GroupActivitiesQuery($first: Int!, $after: String) {
    groupActivities(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          title
          status
          capacity
          enrolledCount
          sportello {
            id
            name
          }
          sessions {
            id
            startsAt
            endsAt
          }
          attendanceFigures {
            recorded
            noShowRate
          }
        }
      }
    }
  }
`);

const CreateGroupActivityMutation = graphql(`
  mutation GroupActivitiesPage_CreateMutation(
    $input: GroupActivityInput!
    $sessions: [GroupSessionInput!]
    $idempotencyKey: String
  ) {
    createGroupActivity(input: $input, sessions: $sessions, idempotencyKey: $idempotencyKey) {
      groupActivity {
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

/** The next session to come, or the last one held. */
const nextOrLast = (sessions: { startsAt: string; endsAt: string }[]) =>
  sessions.find((s) => Date.parse(s.endsAt) > Date.now()) ?? sessions.at(-1);

/** "Attività di gruppo": the network's Job Club cycles, laboratori and group orientation, and a new one. */
export function GroupActivitiesPage() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const isOperator = useMe().data?.me?.kind === 'OPERATOR';
  // One key per new activity: a repeated submit of the same form creates one activity.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const query = usePagedQuery(['groupActivities'], async (after) => {
    const { groupActivities } = await client.request(GroupActivitiesQuery, { first: PAGE_SIZE, after });
    return groupActivities;
  });

  return (
    <>
      <PageTitle>Attività di gruppo</PageTitle>
      <p className="sl-lead">
        Job Club, laboratori (CV, prova di colloquio, competenze digitali) e orientamento di gruppo della
        rete, dalla più recente. Apri un’attività per pubblicarla, iscrivere le persone e segnare le presenze
        a ogni incontro.
      </p>
      <PagedList query={query} empty="Nessuna attività di gruppo nella rete.">
        {(activities) => (
          <DataTable
            caption="Attività di gruppo della rete"
            testId="group-activities-table"
            rows={activities}
            rowKey={(a) => a.id}
            columns={[
              { header: 'Attività', cell: (a) => <Link to={`/attivita-di-gruppo/${a.id}`}>{a.title}</Link> },
              { header: 'Tipo', cell: (a) => groupActivityKindLabels[a.kind] },
              { header: 'Sportello', cell: (a) => a.sportello.name },
              {
                header: 'Prossimo incontro',
                cell: (a) => {
                  const session = nextOrLast(a.sessions);
                  return session ? formatSessionWhen(session) : 'Nessun incontro';
                },
              },
              { header: 'Iscritti / posti', cell: (a) => `${a.enrolledCount} / ${a.capacity}` },
              {
                header: 'Assenze ingiustificate',
                cell: (a) => formatNoShowRate(a.attendanceFigures?.noShowRate),
              },
              {
                header: 'Stato',
                cell: (a) => (
                  <span className={`sl-status ${groupActivityStatusClass[a.status]}`}>
                    {groupActivityStatusLabels[a.status]}
                  </span>
                ),
              },
            ]}
          />
        )}
      </PagedList>
      {isOperator ? (
        <section className="sl-section" aria-labelledby="new-group-activity">
          <h2 id="new-group-activity">Nuova attività di gruppo</h2>
          <p>
            L’attività nasce in bozza, organizzata dal tuo sportello, con i suoi incontri: la pubblichi dalla
            sua pagina, dove puoi anche aggiungere o spostare incontri.
          </p>
          <GroupActivityForm
            idPrefix="new-group"
            initial={blankGroupActivity}
            withSessions
            submitLabel="Crea l’attività"
            save={async (input, sessions) => {
              const { createGroupActivity } = await client.request(CreateGroupActivityMutation, {
                input,
                sessions,
                idempotencyKey,
              });
              const created = createGroupActivity.groupActivity;
              if (created && createGroupActivity.userErrors.length === 0) {
                await queryClient.invalidateQueries({ queryKey: ['groupActivities'] });
                navigate(`/attivita-di-gruppo/${created.id}`, { state: { created: true } });
              }
              return createGroupActivity.userErrors;
            }}
          />
        </section>
      ) : null}
    </>
  );
}
