import {
  attempt,
  bookingStatusClass,
  bookingStatusLabels,
  ConfirmAction,
  DownloadButton,
  formatDateTime,
  formatShortDateTime,
  PAGE_SIZE,
  PagedList,
  PageTitle,
  SlotFinder,
  slotSummary,
  useAnnouncement,
  usePagedQuery,
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { client } from '../client';
import { fetchSlots, sportelliQuery } from '../colloqui/slots';
import { graphql } from '../gql';
import type { MyColloquiPage_BookingsQueryQuery } from '../gql/graphql';

const BookingsQuery = graphql(`
  query MyColloquiPage_BookingsQuery($first: Int!, $after: String) {
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
          videoUrl
          slot {
            id
            kind
            mode
            sportello {
              id
              name
              address
            }
          }
        }
      }
    }
  }
`);

const RescheduleMutation = graphql(`
  mutation MyColloquiPage_RescheduleMutation($id: ID!, $slotId: ID!) {
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
  mutation MyColloquiPage_CancelMutation($id: ID!) {
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

type Booking = MyColloquiPage_BookingsQueryQuery['bookings']['edges'][number]['node'];

/** "I miei colloqui": the citizen's colloqui with the sportello, soonest first; move, cancel, calendar. */
export function MyColloquiPage() {
  const queryClient = useQueryClient();
  const [announcement, announce] = useAnnouncement();
  const [moving, setMoving] = useState<Booking | null>(null);
  const query = usePagedQuery(['myBookings'], async (after) => {
    const { bookings } = await client.request(BookingsQuery, { first: PAGE_SIZE, after });
    return bookings;
  });

  const refresh = () =>
    Promise.all(
      [['myBookings'], ['colloqui', 'slots']].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
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
            text: `Hai annullato il colloquio di ${formatDateTime(b.startsAt)}. L’orario ora è libero per un’altra persona.`,
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
            text: `Fatto: il colloquio ora è ${formatDateTime(slot.startsAt)}. Ti abbiamo mandato un’email con il nuovo orario.`,
          },
    );
    await refresh();
  }

  return (
    <>
      <PageTitle>I miei colloqui</PageTitle>
      <p className="sl-lead">
        I tuoi colloqui con lo sportello lavoro, dal più vicino. Se non puoi venire, spostalo o annullalo: il
        posto servirà a un’altra persona. Gli orari sono quelli italiani.
      </p>
      <p>
        <Link to="/colloqui/prenota" className="btn btn-primary">
          Prenota un colloquio
        </Link>
      </p>
      {announcement}
      <PagedList
        query={query}
        empty="Non hai colloqui prenotati. Puoi prenotarne uno con lo sportello lavoro."
      >
        {(bookings) => (
          <ul className="list-unstyled" data-testid="booking-list">
            {bookings.map((b) => (
              <li key={b.id} className="sl-match-card" data-testid="booking-row">
                <h2 className="h5">{formatDateTime(b.startsAt)}</h2>
                <p className="sl-status-line mb-2">
                  <span className={`sl-status ${bookingStatusClass[b.status]}`}>
                    <span className="visually-hidden">Stato: </span>
                    {bookingStatusLabels[b.status]}
                  </span>{' '}
                  {slotSummary({ ...b.slot, startsAt: b.startsAt, endsAt: b.endsAt })}.
                </p>
                <p>
                  {b.slot.mode === 'ONLINE'
                    ? `Online, con ${b.slot.sportello.name}.`
                    : `${b.slot.sportello.name}, ${b.slot.sportello.address}.`}
                </p>
                {b.status === 'BOOKED' ? (
                  <BookingActions
                    booking={b}
                    moving={moving?.id === b.id}
                    onMove={() => setMoving(moving?.id === b.id ? null : b)}
                    onCancel={() => cancel(b)}
                  />
                ) : null}
                {moving?.id === b.id ? <MoveBooking booking={b} onChoose={(slot) => move(b, slot)} /> : null}
              </li>
            ))}
          </ul>
        )}
      </PagedList>
    </>
  );
}

function BookingActions({
  booking: b,
  moving,
  onMove,
  onCancel,
}: {
  booking: Booking;
  moving: boolean;
  onMove: () => void;
  onCancel: () => Promise<void>;
}) {
  return (
    <>
      {b.videoUrl ? (
        <p>
          Il giorno del colloquio entra nella videochiamata da questo link:{' '}
          <a href={b.videoUrl} target="_blank" rel="noreferrer" data-testid="video-link">
            entra nella videochiamata (si apre in una nuova finestra)
          </a>
          .
        </p>
      ) : null}
      <div className="sl-card-actions">
        <DownloadButton
          client={client}
          path={`/api/bookings/${b.id}.ics`}
          label="Aggiungi al calendario"
          fallbackName="colloquio.ics"
        />
        <button
          type="button"
          className="btn btn-outline-primary"
          aria-expanded={moving}
          onClick={onMove}
          data-testid="move-booking"
        >
          Sposta il colloquio
        </button>
        <ConfirmAction
          label="Annulla il colloquio"
          question={`Vuoi davvero annullare il colloquio di ${formatDateTime(b.startsAt)}?`}
          confirmLabel="Sì, annulla il colloquio"
          onConfirm={onCancel}
          testId="cancel-booking"
          buttonClassName="btn btn-outline-danger"
          dismissLabel="No, tengo il colloquio"
        />
      </div>
    </>
  );
}

/** The free slots to move a booking to, each with its confirmation. */
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
    <section className="sl-section" aria-labelledby={`move-${b.id}`} data-testid="move-section">
      <h3 id={`move-${b.id}`} ref={heading} tabIndex={-1} className="h6">
        Scegli il nuovo orario
      </h3>
      <SlotFinder
        id={`move-${b.id}`}
        sportelli={sportelli.data ?? []}
        queryKey={['colloqui', 'slots', 'move', b.id]}
        fetchSlots={fetchSlots}
        action={(slot) => (
          <ConfirmAction
            label={`Sposta a: ${formatShortDateTime(slot.startsAt)}`}
            question={`Vuoi spostare il colloquio da ${formatDateTime(b.startsAt)} a ${formatDateTime(slot.startsAt)} (${slot.sportello.name})?`}
            confirmLabel="Sì, sposta il colloquio"
            onConfirm={() => onChoose(slot)}
            testId="move-to-slot"
          />
        )}
      />
    </section>
  );
}
