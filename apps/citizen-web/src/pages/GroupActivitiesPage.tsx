import {
  attempt,
  attendanceStatusLabels,
  ConfirmAction,
  DownloadButton,
  formatSessionPlace,
  formatSessionWhen,
  groupActivityKindLabels,
  PAGE_SIZE,
  PagedList,
  PageTitle,
  type UserErrorLike,
  useAnnouncement,
  usePagedQuery,
} from '@sportello/ui';
import { useQueryClient } from '@tanstack/react-query';
import { client } from '../client';
import { graphql } from '../gql';
import type {
  GroupActivitiesPage_MyEnrolmentsQueryQuery,
  GroupActivitiesPage_OpenActivitiesQueryQuery,
} from '../gql/graphql';

const OpenActivitiesQuery = graphql(`
  query GroupActivitiesPage_OpenActivitiesQuery($first: Int!, $after: String) {
    openGroupActivities(first: $first, after: $after) {
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
          description
          facilitator
          seatsLeft
          sportello {
            id
            name
          }
          sessions {
            id
            startsAt
            endsAt
            address
            comune {
              istatCode
              name
            }
            topic
          }
          enrolments {
            id
            status
          }
        }
      }
    }
  }
`);

const MyEnrolmentsQuery = graphql(`
  query GroupActivitiesPage_MyEnrolmentsQuery($first: Int!, $after: String) {
    myGroupEnrolments(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          certificateUrl
          attendance {
            sessionId
            status
          }
          activity {
            id
            kind
            title
            status
            sportello {
              id
              name
              phone
            }
            sessions {
              id
              startsAt
              endsAt
              address
              comune {
                istatCode
                name
              }
              videoUrl
              topic
            }
          }
        }
      }
    }
  }
`);

const EnrolMutation = graphql(`
  mutation GroupActivitiesPage_EnrolMutation($activityId: ID!) {
    enrolInGroupActivity(activityId: $activityId) {
      enrolment {
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

const WithdrawMutation = graphql(`
  mutation GroupActivitiesPage_WithdrawMutation($id: ID!) {
    withdrawGroupEnrolment(id: $id) {
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

type OpenActivity =
  GroupActivitiesPage_OpenActivitiesQueryQuery['openGroupActivities']['edges'][number]['node'];
type MyEnrolment = GroupActivitiesPage_MyEnrolmentsQueryQuery['myGroupEnrolments']['edges'][number]['node'];

/** What happened, said to the citizen, and what to do next. */
const placeErrorMessages: Record<string, string> = {
  FULL: 'I posti sono finiti: non è più possibile iscriversi. Lo sportello lavoro del tuo comune può dirti se ci saranno altre attività.',
  ALREADY_ENROLLED: 'Sei già iscritta/o: la trovi qui sopra, in «Le mie attività».',
  NOT_OPEN: 'Questa attività non accetta più iscrizioni.',
  ENDED: 'Questa attività è già finita.',
  STARTED: 'Questa attività è già cominciata: non è più possibile iscriversi da qui. Chiedi allo sportello.',
  INVALID_TRANSITION: 'Questa iscrizione non è più attiva: forse ti eri già ritirata/o.',
};
const placeErrorText = (errors: readonly UserErrorLike[]) =>
  errors.map((e) => placeErrorMessages[e.code] ?? e.message).join(' ');

const nextSession = <S extends { endsAt: string }>(sessions: readonly S[]) =>
  sessions.find((s) => Date.parse(s.endsAt) > Date.now());

/** "Attività di gruppo": my activities (next session, attendance, certificate) and the open ones of my network. */
export function GroupActivitiesPage() {
  const queryClient = useQueryClient();
  const [announcement, announce] = useAnnouncement();
  const mine = usePagedQuery(['myGroupEnrolments'], async (after) => {
    const data = await client.request(MyEnrolmentsQuery, { first: PAGE_SIZE, after });
    return data.myGroupEnrolments;
  });
  const open = usePagedQuery(['openGroupActivities'], async (after) => {
    const data = await client.request(OpenActivitiesQuery, { first: PAGE_SIZE, after });
    return data.openGroupActivities;
  });

  async function refresh() {
    await Promise.all(
      [['myGroupEnrolments'], ['openGroupActivities']].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
  }

  /** Asks for a place or withdraws: the outcome is announced in plain words, and the lists reloaded. */
  async function act(action: () => Promise<readonly UserErrorLike[]>, success: string) {
    announce(null);
    const userErrors = await attempt(action);
    announce(
      userErrors.length
        ? { kind: 'danger', text: placeErrorText(userErrors) }
        : { kind: 'success', text: success },
    );
    await refresh();
  }

  const enrol = (a: OpenActivity) =>
    act(
      async () => (await client.request(EnrolMutation, { activityId: a.id })).enrolInGroupActivity.userErrors,
      `Sei iscritta/o a «${a.title}». Ti abbiamo mandato un’email con le date degli incontri, da aggiungere al tuo calendario, e un promemoria arriverà prima di ogni incontro.`,
    );

  const withdraw = (e: MyEnrolment) =>
    act(
      async () => (await client.request(WithdrawMutation, { id: e.id })).withdrawGroupEnrolment.userErrors,
      `Ti sei ritirata/o da «${e.activity.title}». Il tuo posto ora è libero per un’altra persona.`,
    );

  return (
    <>
      <PageTitle>Attività di gruppo</PageTitle>
      <p className="sl-lead">
        Incontri in gruppo organizzati dagli sportelli lavoro: il Job Club, per cercare lavoro insieme ad
        altre persone, e i laboratori per scrivere il CV, provare un colloquio o usare il computer e lo SPID.
        Sono gratuiti. Alla fine puoi scaricare l’attestato di partecipazione.
      </p>
      {announcement}
      <section className="sl-section mt-0" aria-labelledby="my-group-activities">
        <h2 id="my-group-activities">Le mie attività</h2>
        <PagedList query={mine} empty="Non sei iscritta/o a nessuna attività. Trovi quelle aperte qui sotto.">
          {(enrolments) => (
            <ul className="list-unstyled" data-testid="my-group-activities">
              {enrolments.map((e) => (
                <MyActivity key={e.id} enrolment={e} onWithdraw={() => withdraw(e)} />
              ))}
            </ul>
          )}
        </PagedList>
      </section>
      <section className="sl-section" aria-labelledby="open-group-activities">
        <h2 id="open-group-activities">Attività aperte</h2>
        <PagedList
          query={open}
          empty="In questo momento non ci sono attività aperte. Torna a guardare più avanti, oppure chiedi allo sportello lavoro del tuo comune."
        >
          {(activities) => (
            <ul className="list-unstyled" data-testid="open-group-activities">
              {activities.map((a) => (
                <li key={a.id} className="sl-match-card" data-testid="open-group-activity">
                  <h3 className="h5">{a.title}</h3>
                  <p className="mb-2">
                    <strong>{groupActivityKindLabels[a.kind]}</strong>, con {a.facilitator}. Organizza:{' '}
                    {a.sportello.name}.
                  </p>
                  <p className="sl-vacancy-description">{a.description}</p>
                  <p className="mb-1">
                    {a.sessions.length === 1 ? 'L’incontro:' : `Gli incontri (${a.sessions.length}):`}
                  </p>
                  <ul>
                    {a.sessions.map((s) => (
                      <li key={s.id}>
                        {formatSessionWhen(s)}: {s.topic}. {formatSessionPlace(s)}.
                      </li>
                    ))}
                  </ul>
                  <p data-testid="seats-left">
                    {a.seatsLeft === 0
                      ? 'I posti sono finiti.'
                      : a.seatsLeft === 1
                        ? 'Resta 1 posto.'
                        : `Restano ${a.seatsLeft} posti.`}
                  </p>
                  {a.enrolments.some((x) => x.status === 'ENROLLED') ? (
                    <p className="sl-status-line">
                      <span className="sl-status sl-status--info">Sei iscritta/o</span>
                    </p>
                  ) : a.sessions[0] && Date.parse(a.sessions[0].startsAt) <= Date.now() ? (
                    <p data-testid="already-started">
                      È già cominciata: per partecipare agli incontri che restano, chiedi allo sportello.
                    </p>
                  ) : a.seatsLeft > 0 ? (
                    <ConfirmAction
                      label="Iscrivimi"
                      question={`Vuoi iscriverti a «${a.title}»? Ti impegni a partecipare agli incontri; se poi non puoi, potrai ritirarti da questa pagina.`}
                      confirmLabel="Sì, iscrivimi"
                      onConfirm={() => enrol(a)}
                      testId="enrol"
                    />
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </PagedList>
      </section>
    </>
  );
}

function MyActivity({
  enrolment: e,
  onWithdraw,
}: {
  enrolment: MyEnrolment;
  onWithdraw: () => Promise<void>;
}) {
  const a = e.activity;
  const next = nextSession(a.sessions);
  const attendance = new Map(e.attendance.map((r) => [r.sessionId, r.status]));
  const held = a.sessions.filter((s) => attendance.has(s.id));
  return (
    <li className="sl-match-card" data-testid="my-group-activity">
      <h3 className="h5">{a.title}</h3>
      <p className="sl-status-line mb-2">
        <span className={`sl-status ${e.status === 'ENROLLED' ? 'sl-status--info' : 'sl-status--neutral'}`}>
          <span className="visually-hidden">Stato: </span>
          {e.status === 'WITHDRAWN'
            ? 'Ritirata/o'
            : a.status === 'CANCELLED'
              ? 'Annullata dallo sportello'
              : 'Iscritta/o'}
        </span>{' '}
        {groupActivityKindLabels[a.kind]}, {a.sportello.name}
        {a.sportello.phone ? ` (telefono ${a.sportello.phone})` : ''}.
      </p>
      {e.status === 'ENROLLED' && a.status !== 'CANCELLED' ? (
        next ? (
          <p data-testid="next-session">
            <strong>Prossimo incontro:</strong> {formatSessionWhen(next)}. {next.topic}.{' '}
            {formatSessionPlace(next)}
            {next.videoUrl ? (
              <>
                : <a href={next.videoUrl}>entra nella videochiamata</a>
              </>
            ) : null}
            .
          </p>
        ) : (
          <p>Gli incontri sono finiti.</p>
        )
      ) : null}
      {held.length ? (
        <>
          <p className="mb-1">Le tue presenze:</p>
          <ul data-testid="my-attendance">
            {held.map((s) => (
              <li key={s.id}>
                {formatSessionWhen(s)}: {attendanceStatusLabels[attendance.get(s.id)!]}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="sl-card-actions">
        {e.certificateUrl ? (
          <DownloadButton
            client={client}
            path={e.certificateUrl}
            label="Scarica l’attestato di partecipazione"
            fallbackName="attestato.pdf"
          />
        ) : null}
        {e.status === 'ENROLLED' && a.status === 'PUBLISHED' ? (
          <ConfirmAction
            label="Ritirati"
            question={`Vuoi davvero ritirarti da «${a.title}»? Il tuo posto passa a un’altra persona.`}
            confirmLabel="Sì, mi ritiro"
            onConfirm={onWithdraw}
            buttonClassName="btn btn-outline-primary"
            testId="withdraw"
          />
        ) : null}
      </div>
    </li>
  );
}
