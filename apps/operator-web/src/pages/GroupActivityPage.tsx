import {
  type Announcement,
  attendanceStatusLabels,
  DataTable,
  DownloadButton,
  formatNoShowRate,
  formatSessionPlace,
  formatSessionWhen,
  formatShortDateTime,
  groupActivityKindLabels,
  groupActivityStatusClass,
  groupActivityStatusLabels,
  LoadError,
  Loading,
  Notice,
  PageTitle,
  SelectField,
  sessionFormTimes,
  useAnnouncement,
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useMe } from '../AppLayout';
import { client } from '../client';
import { EnrolCitizenForm, useAction } from '../enrol-citizen';
import { graphql } from '../gql';
import type { AttendanceStatus, GroupActivityPage_GroupActivityQueryQuery } from '../gql/graphql';
import { blankSession, GroupActivityForm, SessionForm } from './GroupActivityForm';

const GroupActivityQuery = graphql(`
  query GroupActivityPage_GroupActivityQuery($id: ID!) {
    groupActivity(id: $id) {
      id
      kind
      title
      description
      facilitator
      facilitatorOperatorId
      capacity
      enrolledCount
      seatsLeft
      status
      sportello {
        id
        name
      }
      attendanceFigures {
        recorded
        present
        absent
        excused
        noShowRate
      }
      sessions {
        id
        startsAt
        endsAt
        mode
        comune {
          istatCode
          name
        }
        address
        videoUrl
        topic
        attendance {
          enrolmentId
          status
          corrected
        }
      }
      enrolments {
        id
        status
        requestedByCitizen
        enrolledAt
        certificateUrl
        citizen {
          id
          givenName
          familyName
          groupAttendance {
            recorded
            noShowRate
          }
        }
      }
    }
  }
`);

const UpdateMutation = graphql(`
  mutation GroupActivityPage_UpdateMutation($id: ID!, $input: GroupActivityInput!) {
    updateGroupActivity(id: $id, input: $input) {
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

const PublishMutation = graphql(`
  mutation GroupActivityPage_PublishMutation($id: ID!) {
    publishGroupActivity(id: $id) {
      groupActivity {
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

const CancelMutation = graphql(`
  mutation GroupActivityPage_CancelMutation($id: ID!) {
    cancelGroupActivity(id: $id) {
      groupActivity {
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

const EndMutation = graphql(`
  mutation GroupActivityPage_EndMutation($id: ID!) {
    endGroupActivity(id: $id) {
      groupActivity {
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

const AddSessionMutation = graphql(`
  mutation GroupActivityPage_AddSessionMutation($id: ID!, $input: GroupSessionInput!) {
    addGroupSession(activityId: $id, input: $input) {
      session {
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

const MoveSessionMutation = graphql(`
  mutation GroupActivityPage_MoveSessionMutation($id: ID!, $input: GroupSessionInput!) {
    moveGroupSession(id: $id, input: $input) {
      session {
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

const EnrolMutation = graphql(`
  mutation GroupActivityPage_EnrolMutation($activityId: ID!, $citizenId: ID) {
    enrolInGroupActivity(activityId: $activityId, citizenId: $citizenId) {
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
  mutation GroupActivityPage_WithdrawMutation($id: ID!) {
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

const AttendanceMutation = graphql(`
  mutation GroupActivityPage_AttendanceMutation($sessionId: ID!, $entries: [AttendanceInput!]!) {
    recordGroupAttendance(sessionId: $sessionId, entries: $entries) {
      session {
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

type Activity = NonNullable<GroupActivityPage_GroupActivityQueryQuery['groupActivity']>;
type Session = Activity['sessions'][number];
type Enrolment = Activity['enrolments'][number];
type OnDone = (next: Announcement) => Promise<void>;

const personName = (e: Enrolment) => `${e.citizen.givenName} ${e.citizen.familyName}`;
const started = (s: Session) => Date.parse(s.startsAt) <= Date.now();

export function GroupActivityPage() {
  const { id = '' } = useParams();
  const created = (useLocation().state as { created?: boolean } | null)?.created ?? false;
  const queryClient = useQueryClient();
  const me = useMe().data?.me;
  const isOperator = me?.kind === 'OPERATOR';
  const [announcement, announce] = useAnnouncement();
  const { data, error, isPending, refetch } = useQuery({
    queryKey: ['groupActivity', id],
    queryFn: () => client.request(GroupActivityQuery, { id }),
  });
  const activity = data?.groupActivity;
  const backLink = (
    <Link className="sl-back-link" to="/attivita-di-gruppo">
      Torna all’elenco delle attività di gruppo
    </Link>
  );

  async function changed(next: Announcement | null) {
    announce(next);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['groupActivity', id] }),
      queryClient.invalidateQueries({ queryKey: ['groupActivities'] }),
    ]);
  }

  if (isPending) {
    return (
      <>
        <PageTitle>Attività di gruppo</PageTitle>
        <Loading />
      </>
    );
  }
  if (error || !activity) {
    return (
      <>
        <PageTitle>Attività di gruppo</PageTitle>
        {error ? (
          <LoadError error={error} retry={refetch} />
        ) : (
          <Notice kind="warning" testId="group-activity-not-found">
            <p className="mb-0">Nessuna attività trovata: forse il link non è completo.</p>
          </Notice>
        )}
        {backLink}
      </>
    );
  }
  const editable = activity.status === 'DRAFT' || activity.status === 'PUBLISHED';
  const keepsRegister =
    isOperator &&
    me?.sportello?.id === activity.sportello.id &&
    (activity.status === 'PUBLISHED' || activity.status === 'ENDED');
  return (
    <>
      {backLink}
      <PageTitle>{activity.title}</PageTitle>
      <p className="sl-status-line" data-testid="group-activity-status">
        <span className={`sl-status ${groupActivityStatusClass[activity.status]}`}>
          <span className="visually-hidden">Stato: </span>
          {groupActivityStatusLabels[activity.status]}
        </span>
      </p>
      {created && activity.status === 'DRAFT' ? (
        <Notice kind="success" testId="group-activity-created">
          <p className="mb-0">Attività creata in bozza: pubblicala quando è pronta.</p>
        </Notice>
      ) : null}
      {announcement}
      <Details activity={activity} />
      {isOperator && editable ? <Actions activity={activity} onDone={changed} /> : null}
      <Sessions activity={activity} canMove={isOperator && editable} onDone={changed} />
      {keepsRegister ? <Register activity={activity} onDone={changed} /> : null}
      <Enrolments activity={activity} canManage={isOperator} onDone={changed} />
      {isOperator && activity.status === 'PUBLISHED' ? (
        <EnrolCitizenForm
          seatsLeft={activity.seatsLeft}
          enrolledIds={
            new Set(activity.enrolments.filter((e) => e.status === 'ENROLLED').map((e) => e.citizen.id))
          }
          what="all’attività"
          placeField="activityId"
          enrol={async (citizenId) =>
            (await client.request(EnrolMutation, { activityId: activity.id, citizenId })).enrolInGroupActivity
              .userErrors
          }
          onDone={changed}
        />
      ) : null}
      {isOperator && editable ? (
        <section className="sl-section" aria-labelledby="edit-group-activity">
          <h2 id="edit-group-activity">Modifica l’attività</h2>
          <GroupActivityForm
            idPrefix="edit-group"
            withSessions={false}
            initial={{
              kind: activity.kind,
              title: activity.title,
              description: activity.description,
              facilitator: activity.facilitatorOperatorId
                ? activity.facilitatorOperatorId === me?.id
                  ? 'ME'
                  : activity.facilitatorOperatorId
                : 'EXTERNAL',
              facilitatorName: activity.facilitatorOperatorId ? '' : activity.facilitator,
              capacity: String(activity.capacity),
            }}
            submitLabel="Salva le modifiche"
            save={async (input) => {
              const { updateGroupActivity } = await client.request(UpdateMutation, {
                id: activity.id,
                input,
              });
              if (updateGroupActivity.userErrors.length === 0)
                await changed({ kind: 'success', text: 'Le modifiche sono salvate.' });
              return updateGroupActivity.userErrors;
            }}
          />
        </section>
      ) : null}
    </>
  );
}

function Details({ activity: a }: { activity: Activity }) {
  const figures = a.attendanceFigures;
  return (
    <section className="sl-section mt-0" aria-labelledby="group-activity-data">
      <h2 id="group-activity-data">Dati dell’attività</h2>
      <dl className="sl-details sl-details--compact" data-testid="group-activity-details">
        <dt>Tipo</dt>
        <dd>{groupActivityKindLabels[a.kind]}</dd>
        <dt>Sportello organizzatore</dt>
        <dd>{a.sportello.name}</dd>
        <dt>Conduce</dt>
        <dd>{a.facilitator}</dd>
        <dt>Posti</dt>
        <dd>
          {a.capacity} ({a.enrolledCount} occupati, {a.seatsLeft} liberi)
        </dd>
        {figures ? (
          <>
            <dt>Presenze segnate</dt>
            <dd data-testid="group-activity-figures">
              {figures.recorded === 0
                ? 'Nessuna'
                : `Presenti ${figures.present}, assenti ${figures.absent}, assenti giustificati ${figures.excused}. Assenze ingiustificate: ${formatNoShowRate(figures.noShowRate)}`}
            </dd>
          </>
        ) : null}
      </dl>
      <h3>Descrizione</h3>
      <p className="sl-vacancy-description">{a.description}</p>
    </section>
  );
}

function Actions({ activity: a, onDone }: { activity: Activity; onDone: OnDone }) {
  const { pending, run } = useAction(onDone);
  const button = (
    label: string,
    color: string,
    action: () => Promise<{ userErrors: readonly { message: string; code: string }[] }>,
    success: string,
    outline = false,
  ) => (
    <Button
      type="button"
      color={color}
      outline={outline}
      aria-disabled={pending || undefined}
      onClick={() => void run(async () => (await action()).userErrors, success)}
    >
      {label}
    </Button>
  );
  const lastStarted = a.sessions.length > 0 && started(a.sessions.at(-1)!);
  return (
    <section className="sl-section" aria-labelledby="group-activity-actions">
      <h2 id="group-activity-actions">Pubblicazione</h2>
      <p>
        {a.status === 'DRAFT'
          ? 'Pubblicata, l’attività è visibile ai cittadini della rete, che possono iscriversi. Serve almeno un incontro.'
          : 'L’attività è pubblicata. Annullandola, le persone iscritte ricevono un avviso.'}
      </p>
      <div className="sl-actions mt-0">
        {a.status === 'DRAFT'
          ? button(
              'Pubblica l’attività',
              'primary',
              async () => (await client.request(PublishMutation, { id: a.id })).publishGroupActivity,
              'L’attività è pubblicata.',
            )
          : null}
        {a.status === 'PUBLISHED' && lastStarted
          ? button(
              'Chiudi l’attività',
              'primary',
              async () => (await client.request(EndMutation, { id: a.id })).endGroupActivity,
              'L’attività è conclusa.',
            )
          : null}
        {button(
          'Annulla l’attività',
          'danger',
          async () => (await client.request(CancelMutation, { id: a.id })).cancelGroupActivity,
          'L’attività è annullata: le persone iscritte sono avvisate.',
          true,
        )}
      </div>
    </section>
  );
}

function Sessions({
  activity: a,
  canMove,
  onDone,
}: {
  activity: Activity;
  canMove: boolean;
  onDone: OnDone;
}) {
  const [moving, setMoving] = useState<string | null>(null);
  return (
    <section className="sl-section" aria-labelledby="group-sessions">
      <h2 id="group-sessions">Incontri</h2>
      {a.sessions.length === 0 ? (
        <p>Nessun incontro: aggiungine uno qui sotto.</p>
      ) : (
        <ol data-testid="group-sessions">
          {a.sessions.map((s) => (
            <li key={s.id} className="mb-3">
              <strong>{formatSessionWhen(s)}</strong>: {s.topic}. {formatSessionPlace(s)}
              {s.videoUrl ? (
                <>
                  {' '}
                  (<a href={s.videoUrl}>stanza video</a>)
                </>
              ) : null}
              {canMove && !started(s) ? (
                <>
                  {' '}
                  <Button
                    type="button"
                    color="link"
                    size="sm"
                    onClick={() => setMoving(moving === s.id ? null : s.id)}
                  >
                    Sposta<span className="visually-hidden"> l’incontro del {formatSessionWhen(s)}</span>
                  </Button>
                </>
              ) : null}
              {moving === s.id ? (
                <SessionForm
                  idPrefix={`move-${s.id}-`}
                  initial={{
                    ...blankSession,
                    ...sessionFormTimes(s),
                    mode: s.mode,
                    comuneCode: s.comune?.istatCode ?? '',
                    address: s.address ?? '',
                    topic: s.topic,
                  }}
                  submitLabel="Sposta l’incontro"
                  save={async (input) => {
                    const { moveGroupSession } = await client.request(MoveSessionMutation, {
                      id: s.id,
                      input,
                    });
                    if (moveGroupSession.userErrors.length === 0) {
                      setMoving(null);
                      await onDone({
                        kind: 'success',
                        text: 'Incontro spostato: le persone iscritte sono avvisate.',
                      });
                    }
                    return moveGroupSession.userErrors;
                  }}
                />
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {canMove ? (
        <>
          <h3>Aggiungi un incontro</h3>
          <SessionForm
            idPrefix="add-session-"
            initial={blankSession}
            submitLabel="Aggiungi l’incontro"
            save={async (input) => {
              const { addGroupSession } = await client.request(AddSessionMutation, { id: a.id, input });
              if (addGroupSession.userErrors.length === 0)
                await onDone({ kind: 'success', text: 'Incontro aggiunto.' });
              return addGroupSession.userErrors;
            }}
          />
        </>
      ) : null}
    </section>
  );
}

/** The attendance register of the sessions held: one choice per enrolled person, saved per session. */
function Register({ activity: a, onDone }: { activity: Activity; onDone: OnDone }) {
  const held = a.sessions.filter(started);
  const enrolled = a.enrolments.filter((e) => e.status === 'ENROLLED');
  const [sessionId, setSessionId] = useState(held.at(-1)?.id ?? '');
  const session = held.find((s) => s.id === sessionId);
  const recorded = new Map(session?.attendance.map((r) => [r.enrolmentId, r.status]) ?? []);
  const [choices, setChoices] = useState<Record<string, AttendanceStatus>>({});
  const { pending, run } = useAction(onDone);
  const choiceOf = (e: Enrolment) => choices[`${sessionId}:${e.id}`] ?? recorded.get(e.id) ?? '';

  function save(event: FormEvent) {
    event.preventDefault();
    const entries = enrolled
      .map((e) => ({ enrolmentId: e.id, status: choiceOf(e) }))
      .filter((entry): entry is { enrolmentId: string; status: AttendanceStatus } => entry.status !== '');
    void run(
      async () =>
        (await client.request(AttendanceMutation, { sessionId, entries })).recordGroupAttendance.userErrors,
      'Presenze salvate.',
    );
  }

  return (
    <section className="sl-section" aria-labelledby="attendance-register">
      <h2 id="attendance-register">Registro delle presenze</h2>
      {held.length === 0 || enrolled.length === 0 ? (
        <p>Le presenze si segnano dopo l’inizio di un incontro, per le persone iscritte.</p>
      ) : (
        <form className="sl-form-box" noValidate onSubmit={save} data-testid="attendance-form">
          <SelectField
            id="attendance-session"
            label="Incontro"
            value={sessionId}
            onChange={setSessionId}
            options={held.map((s) => ({ value: s.id, label: `${formatSessionWhen(s)}: ${s.topic}` }))}
            placeholder="Scegli l’incontro"
          />
          <table className="table" data-testid="attendance-table">
            <caption>
              Presenze all’incontro scelto. Correggere una presenza la aggiorna e tiene la precedente nello
              storico.
            </caption>
            <thead>
              <tr>
                <th scope="col">Persona</th>
                <th scope="col">Presenza</th>
              </tr>
            </thead>
            <tbody>
              {enrolled.map((e) => (
                <tr key={e.id}>
                  <th scope="row">{personName(e)}</th>
                  <td>
                    <select
                      className="form-select"
                      aria-label={`Presenza di ${personName(e)}`}
                      value={choiceOf(e)}
                      onChange={(event) =>
                        setChoices((c) => ({
                          ...c,
                          [`${sessionId}:${e.id}`]: event.target.value as AttendanceStatus,
                        }))
                      }
                    >
                      <option value="">Non segnata</option>
                      {Object.entries(attendanceStatusLabels).map(([value, label]) => (
                        <option key={value} value={value}>
                          {label}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="sl-actions mt-0 mb-3">
            <Button type="submit" color="primary" aria-disabled={pending || undefined}>
              Salva le presenze
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}

function Enrolments({
  activity: a,
  canManage,
  onDone,
}: {
  activity: Activity;
  canManage: boolean;
  onDone: OnDone;
}) {
  const { pending, run } = useAction(onDone);
  return (
    <section className="sl-section" aria-labelledby="group-enrolments">
      <h2 id="group-enrolments">Iscrizioni</h2>
      {a.enrolments.length === 0 ? (
        <p data-testid="no-group-enrolments">Nessuna iscrizione.</p>
      ) : (
        <DataTable
          caption={`Iscrizioni all’attività (${a.enrolments.length})`}
          testId="group-enrolments-table"
          rows={a.enrolments}
          rowKey={(e) => e.id}
          columns={[
            {
              header: 'Persona',
              cell: (e) => <Link to={`/cittadini/${e.citizen.id}`}>{personName(e)}</Link>,
            },
            { header: 'Iscritta il', cell: (e) => formatShortDateTime(e.enrolledAt) },
            {
              header: 'Su richiesta',
              cell: (e) => (e.requestedByCitizen ? 'Della persona' : 'Dello sportello'),
            },
            { header: 'Stato', cell: (e) => (e.status === 'ENROLLED' ? 'Iscritta/o' : 'Ritirata/o') },
            {
              header: 'Assenze ingiustificate (tutte le attività)',
              cell: (e) => formatNoShowRate(e.citizen.groupAttendance?.noShowRate),
            },
            {
              header: 'Attestato',
              cell: (e) =>
                e.certificateUrl ? (
                  <DownloadButton
                    client={client}
                    path={e.certificateUrl}
                    label={`Scarica l’attestato di ${personName(e)}`}
                    fallbackName="attestato.pdf"
                    className="btn btn-outline-primary btn-sm"
                  />
                ) : (
                  '—'
                ),
            },
            ...(canManage
              ? [
                  {
                    header: 'Azioni',
                    cell: (e: Enrolment) =>
                      e.status === 'ENROLLED' ? (
                        <Button
                          type="button"
                          color="secondary"
                          size="sm"
                          outline
                          aria-disabled={pending || undefined}
                          onClick={() =>
                            void run(
                              async () =>
                                (await client.request(WithdrawMutation, { id: e.id })).withdrawGroupEnrolment
                                  .userErrors,
                              `Iscrizione di ${personName(e)} ritirata: il posto è libero.`,
                            )
                          }
                        >
                          Ritira l’iscrizione<span className="visually-hidden"> di {personName(e)}</span>
                        </Button>
                      ) : (
                        '—'
                      ),
                  },
                ]
              : []),
          ]}
        />
      )}
    </section>
  );
}
