import {
  appointmentKindLabels,
  colloquiPaths,
  colloquiQueryKeys,
  contactChannelLabels,
  DataTable,
  formatDate,
  formatDateTime,
  LoadError,
  Loading,
  mapUserErrors,
  Notice,
  PageTitle,
  pattoActionAssigneeLabels,
  pattoActionKindLabels,
  pattoActionStatusLabels,
  useAnnouncement,
} from '@sportello/ui';
import { useQuery } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { useState } from 'react';
import { Link } from 'react-router';
import { client } from '../client';
import { colloquiApi } from '../colloqui/api';
import { graphql } from '../gql';
import type { MyPathPage_MyCaseQueryQuery } from '../gql/graphql';

const MyCaseQuery = graphql(`
  query MyPathPage_MyCaseQuery {
    myCase {
      id
      closedAt
      sportello {
        id
        name
        address
        email
        phone
      }
      takenBy {
        id
        givenName
        familyName
        email
      }
      patto {
        ...MyPathPage_Patto
      }
      pattoVersions {
        ...MyPathPage_Patto
      }
      diary {
        id
        occurredOn
        body
        contactChannel
        supersededBy {
          id
        }
      }
    }
  }
  fragment MyPathPage_Patto on PattoVersion {
    id
    version
    current
    objectives
    createdAt
    acceptedAt
    acceptedOn
    actions {
      id
      kind
      description
      dueOn
      assignee
      status
    }
  }
`);

const AcceptMutation = graphql(`
  mutation MyPathPage_AcceptMutation($versionId: ID!) {
    acceptPatto(versionId: $versionId) {
      patto {
        id
        acceptedAt
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

type Patto = NonNullable<NonNullable<MyPathPage_MyCaseQueryQuery['myCase']>['patto']>;

function PattoActions({ patto }: { patto: Patto }) {
  return (
    <>
      <h3 className="h5">Che cosa ci siamo detti</h3>
      <p className="sl-pre-line">{patto.objectives}</p>
      <DataTable
        caption="Le azioni del patto"
        testId={`my-patto-actions-${patto.version}`}
        rows={patto.actions}
        rowKey={(a) => a.id}
        columns={[
          { header: 'Che cosa', cell: (a) => `${pattoActionKindLabels[a.kind]}: ${a.description}` },
          {
            header: 'Chi la fa',
            cell: (a) => (a.assignee === 'CITIZEN' ? 'Tu' : pattoActionAssigneeLabels.OPERATOR),
          },
          { header: 'Entro il', cell: (a) => (a.dueOn ? formatDate(a.dueOn) : '—') },
          { header: 'A che punto è', cell: (a) => pattoActionStatusLabels[a.status] },
        ]}
      />
    </>
  );
}

/** "Il mio percorso": the citizen's patto, next colloqui, notes from the sportello and how to reach it. */
export function MyPathPage() {
  const { data, error, isPending, refetch } = useQuery({
    queryKey: ['my-case'],
    queryFn: () => client.request(MyCaseQuery),
  });
  if (isPending)
    return (
      <>
        <PageTitle>Il mio percorso</PageTitle>
        <Loading />
      </>
    );
  if (error)
    return (
      <>
        <PageTitle>Il mio percorso</PageTitle>
        <LoadError error={error} retry={refetch} />
      </>
    );
  const found = data.myCase;
  return (
    <>
      <PageTitle>Il mio percorso</PageTitle>
      {!found ? (
        <p>
          Non sei ancora seguito da uno sportello lavoro. Prenota un colloquio: allo sportello ti aiutano a
          scrivere il tuo percorso. <Link to={colloquiPaths.book}>Prenota un colloquio</Link>
        </p>
      ) : (
        <>
          {found.closedAt ? (
            <Notice kind="info">
              <p className="mb-0">
                Il tuo percorso con lo sportello si è chiuso il {formatDate(found.closedAt)}.
              </p>
            </Notice>
          ) : null}
          <MyPatto found={found} onAccepted={refetch} />
          <NextAppointments />
          <section className="sl-section" aria-labelledby="my-orientation" data-testid="my-orientation">
            <h2 id="my-orientation">Il mio orientamento</h2>
            <p>
              Le schede dei colloqui di orientamento con lo sportello: i tuoi interessi, i punti di forza e i
              lavori a cui puntare. <Link to="/orientamento">Vedi il mio orientamento</Link>
            </p>
          </section>
          <section className="sl-section" aria-labelledby="group-activities" data-testid="group-activities">
            <h2 id="group-activities">Le mie attività di gruppo</h2>
            <p>
              Job Club, laboratori e incontri di gruppo a cui sei iscritto.{' '}
              <Link to="/attivita">Vedi le mie attività di gruppo</Link>
            </p>
          </section>
          <section className="sl-section" aria-labelledby="notes" data-testid="shared-notes">
            <h2 id="notes">Le note dello sportello per te</h2>
            {found.diary.length === 0 ? (
              <p>Nessuna nota per ora.</p>
            ) : (
              <ul className="sl-diary">
                {found.diary.map((entry) => (
                  <li
                    key={entry.id}
                    className={`sl-diary__entry${entry.supersededBy ? ' sl-diary__superseded' : ''}`}
                  >
                    <p className="mb-1">
                      <strong>{formatDate(entry.occurredOn)}</strong>
                      {entry.contactChannel ? ` · ${contactChannelLabels[entry.contactChannel]}` : ''}
                    </p>
                    <p className="sl-pre-line mb-1">{entry.body}</p>
                    {entry.supersededBy ? (
                      <p className="small mb-1">Questa nota è stata corretta: vedi sopra.</p>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="sl-section" aria-labelledby="contacts" data-testid="my-sportello">
            <h2 id="contacts">Come contattare lo sportello</h2>
            <dl className="sl-details sl-details--compact">
              <dt>Sportello</dt>
              <dd>{found.sportello.name}</dd>
              <dt>Indirizzo</dt>
              <dd>{found.sportello.address}</dd>
              {found.sportello.phone ? (
                <>
                  <dt>Telefono</dt>
                  <dd>
                    <a href={`tel:${found.sportello.phone.replace(/\s+/g, '')}`}>{found.sportello.phone}</a>
                  </dd>
                </>
              ) : null}
              {found.sportello.email ? (
                <>
                  <dt>Email dello sportello</dt>
                  <dd>
                    <a href={`mailto:${found.sportello.email}`}>{found.sportello.email}</a>
                  </dd>
                </>
              ) : null}
              <dt>Chi ti segue</dt>
              <dd>
                {`${found.takenBy.givenName} ${found.takenBy.familyName}`} (
                <a href={`mailto:${found.takenBy.email}`}>{found.takenBy.email}</a>)
              </dd>
            </dl>
          </section>
        </>
      )}
    </>
  );
}

function MyPatto({
  found,
  onAccepted,
}: {
  found: NonNullable<MyPathPage_MyCaseQueryQuery['myCase']>;
  onAccepted: () => Promise<unknown>;
}) {
  const [announcement, announce] = useAnnouncement();
  const [pending, setPending] = useState(false);
  const patto = found.patto;
  async function accept(versionId: string) {
    setPending(true);
    try {
      const { userErrors } = (await client.request(AcceptMutation, { versionId })).acceptPatto;
      // The page shows the acceptance (or who changed the patto meanwhile) before saying so.
      await onAccepted();
      announce(
        userErrors.length
          ? { kind: 'danger', text: mapUserErrors(userErrors, []).form.join(' ') }
          : { kind: 'success', text: 'Grazie: hai accettato il patto. Lo sportello lo vede subito.' },
      );
    } catch {
      announce({ kind: 'danger', text: 'Non è stato possibile accettare il patto: riprova tra poco.' });
    } finally {
      setPending(false);
    }
  }
  return (
    <section className="sl-section" aria-labelledby="my-patto" data-testid="my-patto">
      <h2 id="my-patto">Il mio patto di servizio</h2>
      {announcement}
      {!patto ? (
        <p>Lo sportello non ha ancora scritto il tuo patto. Lo scrivete insieme al prossimo incontro.</p>
      ) : (
        <>
          <p data-testid="my-patto-state">
            {patto.acceptedAt
              ? `Hai accettato questo patto il ${formatDate(patto.acceptedOn ?? patto.acceptedAt)}.`
              : patto.version > 1
                ? 'Lo sportello ha cambiato il tuo patto: leggilo e, se sei d’accordo, accettalo.'
                : 'Leggi il tuo patto e, se sei d’accordo, accettalo.'}
          </p>
          <PattoActions patto={patto} />
          {!patto.acceptedAt && !found.closedAt ? (
            <>
              <p>Se qualcosa non ti è chiaro o non va bene, parlane con lo sportello prima di accettare.</p>
              <Button color="primary" disabled={pending} onClick={() => accept(patto.id)}>
                Accetto il patto
              </Button>
            </>
          ) : null}
          {found.pattoVersions.length > 1 ? (
            <details className="mt-3" data-testid="my-patto-versions">
              <summary>Le versioni precedenti del patto ({found.pattoVersions.length - 1})</summary>
              {found.pattoVersions
                .filter((v) => !v.current)
                .map((v) => (
                  <div key={v.id} className="mt-2">
                    <h3 className="h6">
                      Versione {v.version} del {formatDate(v.createdAt)}
                      {v.acceptedAt
                        ? `, accettata il ${formatDate(v.acceptedOn ?? v.acceptedAt)}`
                        : ', non accettata'}
                    </h3>
                    <PattoActions patto={v} />
                  </div>
                ))}
            </details>
          ) : null}
        </>
      )}
    </section>
  );
}

/** The next colloqui, from the same bookings the "I miei colloqui" page lists. */
function NextAppointments() {
  const { data } = useQuery({
    queryKey: [...colloquiQueryKeys.bookings, 'first-page'],
    queryFn: () => colloquiApi.fetchBookings(null),
  });
  const now = new Date().toISOString();
  const next = (data?.edges ?? [])
    .map((e) => e.node)
    .filter((b) => b.status === 'BOOKED' && b.startsAt >= now)
    .slice(0, 3);
  return (
    <section className="sl-section" aria-labelledby="next-appointments" data-testid="next-appointments">
      <h2 id="next-appointments">I miei prossimi appuntamenti</h2>
      {next.length === 0 ? (
        <p>Nessun appuntamento in programma.</p>
      ) : (
        <ul>
          {next.map((b) => (
            <li key={b.id}>
              {formatDateTime(b.startsAt)}: {appointmentKindLabels[b.slot.kind].toLowerCase()} presso{' '}
              {b.slot.sportello.name}, {b.slot.sportello.address}
            </li>
          ))}
        </ul>
      )}
      <Link to={colloquiPaths.list}>Tutti i miei colloqui</Link>
    </section>
  );
}
