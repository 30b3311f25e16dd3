import {
  attempt,
  bookingStatusClass,
  ConfirmAction,
  DataTable,
  formatShortDateTime,
  PAGE_SIZE,
  PagedList,
  PageTitle,
  SlotFinder,
  useAnnouncement,
  usePagedQuery,
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useMe } from '../AppLayout';
import { client } from '../client';
import { fetchSlots, sportelliQuery } from '../colloqui-slots';
import { formatDateTime, labels, minutesBetween } from '../format';
import { graphql } from '../gql';
import type { BookingsPage_BookingsQueryQuery } from '../gql/graphql';

const BookingsQuery = graphql(`
  query BookingsPage_BookingsQuery($first: Int!, $after: String) {
    bookings(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          startsAt
          endsAt
          purpose
          slot {
            id
            kind
            mode
            sportello {
              id
              name
            }
          }
          citizen {
            id
            givenName
            familyName
          }
          company {
            id
            legalName
          }
        }
      }
    }
  }
`);

const RescheduleMutation = graphql(`
  mutation BookingsPage_RescheduleMutation($id: ID!, $slotId: ID!) {
    rescheduleBooking(id: $id, slotId: $slotId) {
      booking {
        id
        startsAt
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
  mutation BookingsPage_CancelMutation($id: ID!) {
    cancelBooking(id: $id) {
      booking {
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

type Booking = BookingsPage_BookingsQueryQuery['bookings']['edges'][number]['node'];

const personOf = (b: Booking) =>
  b.citizen ? `${b.citizen.givenName} ${b.citizen.familyName}` : (b.company?.legalName ?? '—');

export function BookingsPage() {
  const me = useMe().data?.me;
  const queryClient = useQueryClient();
  const [announcement, announce] = useAnnouncement();
  const [moving, setMoving] = useState<Booking | null>(null);
  const query = usePagedQuery(['bookings'], async (after) => {
    const { bookings } = await client.request(BookingsQuery, { first: PAGE_SIZE, after });
    return bookings;
  });
  const where = me?.sportello ? `presso ${me.sportello.name}` : 'negli sportelli della rete';
  // Only the desk that holds a colloquio moves or cancels it.
  const canChange = (b: Booking) =>
    me?.kind === 'OPERATOR' && b.status === 'BOOKED' && b.slot.sportello.id === me.sportello?.id;

  // The desk that held an orientation colloquio writes its record.
  const canRecordOrientation = (b: Booking) =>
    me?.kind === 'OPERATOR' &&
    b.purpose != null &&
    b.citizen != null &&
    b.status !== 'CANCELLED' &&
    b.slot.sportello.id === me.sportello?.id;

  const refresh = () =>
    Promise.all(
      [['bookings'], ['slots'], ['colloqui', 'slots']].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );

  async function cancel(b: Booking) {
    announce(null);
    const userErrors = await attempt(async () => {
      const { cancelBooking } = await client.request(CancelMutation, { id: b.id });
      return cancelBooking.userErrors;
    });
    announce(
      userErrors.length
        ? { kind: 'danger', text: userErrors.map((e) => e.message).join(' ') }
        : {
            kind: 'success',
            text: `Colloquio di ${personOf(b)} del ${formatDateTime(b.startsAt)} annullato. La persona riceve un’email.`,
          },
    );
    await refresh();
  }

  async function move(b: Booking, slot: { id: string; startsAt: string }) {
    announce(null);
    const userErrors = await attempt(async () => {
      const { rescheduleBooking } = await client.request(RescheduleMutation, { id: b.id, slotId: slot.id });
      return rescheduleBooking.userErrors;
    });
    if (userErrors.length === 0) setMoving(null);
    announce(
      userErrors.length
        ? { kind: 'danger', text: userErrors.map((e) => e.message).join(' ') }
        : {
            kind: 'success',
            text: `Colloquio di ${personOf(b)} spostato a ${formatDateTime(slot.startsAt)}. La persona riceve un’email.`,
          },
    );
    await refresh();
  }

  return (
    <>
      <PageTitle>Colloqui</PageTitle>
      <p className="sl-lead">
        I colloqui prenotati {where}, dal più vicino. Gli orari sono quelli italiani. Per offrire nuovi orari
        vai a <Link to="/orari">Orari disponibili</Link>.
      </p>
      {me?.kind === 'OPERATOR' ? (
        <p>
          <Link to="/colloqui/nuovo" className="btn btn-primary">
            Prenota un colloquio per un cittadino
          </Link>
        </p>
      ) : null}
      {announcement}
      <PagedList query={query} empty="Nessun colloquio prenotato.">
        {(bookings) => (
          <DataTable
            caption={`Colloqui ${where}`}
            testId="bookings-table"
            rows={bookings}
            rowKey={(booking) => booking.id}
            columns={[
              { header: 'Data e ora', cell: (b) => formatDateTime(b.startsAt) },
              { header: 'Durata', cell: (b) => `${minutesBetween(b.startsAt, b.endsAt)} minuti` },
              {
                header: 'Tipo',
                cell: (b) =>
                  b.purpose ? labels.orientationPurpose[b.purpose] : labels.appointmentKind[b.slot.kind],
              },
              { header: 'Modalità', cell: (b) => labels.appointmentMode[b.slot.mode] },
              {
                header: 'Con chi',
                cell: (b) =>
                  b.citizen ? (
                    <Link to={`/cittadini/${b.citizen.id}`}>
                      {b.citizen.givenName} {b.citizen.familyName}
                    </Link>
                  ) : (
                    (b.company?.legalName ?? '—')
                  ),
              },
              { header: 'Sportello', cell: (b) => b.slot.sportello.name },
              {
                header: 'Stato',
                cell: (b) => (
                  <span className={`sl-status ${bookingStatusClass[b.status]}`}>
                    {labels.bookingStatus[b.status]}
                  </span>
                ),
              },
              {
                header: 'Azioni',
                cell: (b) =>
                  canChange(b) || canRecordOrientation(b) ? (
                    <div className="sl-card-actions">
                      {canRecordOrientation(b) ? (
                        <Link
                          className="btn btn-primary btn-sm"
                          to={`/cittadini/${b.citizen!.id}/orientamento/nuovo?prenotazione=${b.id}&tipo=${b.purpose}`}
                        >
                          Scrivi la scheda
                          <span className="visually-hidden"> del colloquio di {personOf(b)}</span>
                        </Link>
                      ) : null}
                      {canChange(b) ? (
                        <>
                          <button
                            type="button"
                            className="btn btn-outline-primary btn-sm"
                            aria-expanded={moving?.id === b.id}
                            onClick={() => setMoving(moving?.id === b.id ? null : b)}
                          >
                            Sposta<span className="visually-hidden"> il colloquio di {personOf(b)}</span>
                          </button>
                          <ConfirmAction
                            label="Annulla"
                            question={`Annulli il colloquio di ${personOf(b)} del ${formatDateTime(b.startsAt)}?`}
                            confirmLabel="Sì, annulla"
                            onConfirm={() => cancel(b)}
                            testId="cancel-booking"
                            buttonClassName="btn btn-outline-danger btn-sm"
                            dismissLabel="No, non annullare"
                          />
                        </>
                      ) : null}
                    </div>
                  ) : (
                    '—'
                  ),
              },
            ]}
          />
        )}
      </PagedList>
      {moving ? (
        <MoveBooking key={moving.id} booking={moving} onChoose={(slot) => move(moving, slot)} />
      ) : null}
    </>
  );
}

function MoveBooking({
  booking: b,
  onChoose,
}: {
  booking: Booking;
  onChoose: (slot: { id: string; startsAt: string }) => Promise<void>;
}) {
  const sportelli = useQuery(sportelliQuery);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="sl-section" aria-labelledby="move-booking" data-testid="move-section">
      <h2 id="move-booking" ref={heading} tabIndex={-1}>
        Sposta il colloquio di {personOf(b)} del {formatDateTime(b.startsAt)}
      </h2>
      <SlotFinder
        id="move"
        sportelli={sportelli.data ?? []}
        queryKey={['colloqui', 'slots', 'move', b.id]}
        fetchSlots={fetchSlots}
        action={(slot) => (
          <ConfirmAction
            label={`Sposta a: ${formatShortDateTime(slot.startsAt)}`}
            question={`Sposti il colloquio di ${personOf(b)} a ${formatDateTime(slot.startsAt)} (${slot.sportello.name})?`}
            confirmLabel="Sì, sposta"
            onConfirm={() => onChoose(slot)}
            testId="move-to-slot"
          />
        )}
      />
    </section>
  );
}
