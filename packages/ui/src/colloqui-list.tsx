import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { attempt, useAnnouncement } from './announcement';
import {
  bookingStatusClass,
  bookingStatusLabels,
  SlotFinder,
  type SlotLike,
  slotSummary,
} from './appointments';
import {
  type BookingLike,
  type ColloquiApi,
  colloquiPaths,
  colloquiQueryKeys,
  outcomeOf,
  useRefreshColloqui,
  useSportelli,
} from './colloqui';
import { ConfirmAction } from './confirm-action';
import { formatDateTime } from './date-time';
import { DownloadButton } from './download';
import { PageTitle } from './layout';
import { PagedList, usePagedQuery } from './paged-list';
import { formatShortDateTime } from './strings';

export interface ColloquiViewProps<S extends SlotLike, B extends BookingLike> {
  api: ColloquiApi<S, B>;
  title: string;
  lead: string;
  /** The empty state: what a colloquio is for, and how to book one. */
  empty: ReactNode;
  /** Announces a booking moved, e.g. "Fatto: il colloquio ora è…", from the new time. */
  movedMessage: (when: string) => string;
  /** What happened at a past colloquio, in words; none by default (the status says it). */
  outcome?: (booking: B) => string | null;
}

/** The colloqui with the sportello, soonest first: where and how, the calendar file, move, cancel. */
export function ColloquiView<S extends SlotLike, B extends BookingLike>({
  api,
  title,
  lead,
  empty,
  movedMessage,
  outcome,
}: ColloquiViewProps<S, B>) {
  const [announcement, announce] = useAnnouncement();
  const [moving, setMoving] = useState<string | null>(null);
  const refresh = useRefreshColloqui();
  const query = usePagedQuery(colloquiQueryKeys.bookings, api.fetchBookings);

  async function cancel(b: B) {
    announce(null);
    const userErrors = await attempt(() => api.cancel(b.id));
    announce(
      outcomeOf(
        userErrors,
        `Hai annullato il colloquio di ${formatDateTime(b.startsAt)}. L’orario ora è libero per un’altra persona.`,
      ),
    );
    await refresh();
  }

  async function move(b: B, slot: S) {
    announce(null);
    const userErrors = await attempt(() => api.reschedule(b.id, slot.id));
    if (userErrors.length === 0) setMoving(null);
    announce(outcomeOf(userErrors, movedMessage(formatDateTime(slot.startsAt))));
    await refresh();
  }

  return (
    <>
      <PageTitle>{title}</PageTitle>
      <p className="sl-lead">{lead}</p>
      <p>
        <Link to={colloquiPaths.book} className="btn btn-primary">
          Prenota un colloquio
        </Link>
      </p>
      {announcement}
      <PagedList query={query} empty={empty}>
        {(bookings) => (
          <ul className="list-unstyled" data-testid="booking-list">
            {bookings.map((b) => (
              <li key={b.id} className="sl-match-card" data-testid="booking-row">
                <BookingDetails booking={b} outcome={outcome?.(b) ?? null} />
                {b.status === 'BOOKED' ? (
                  <BookingActions
                    client={api.client}
                    booking={b}
                    moving={moving === b.id}
                    onMove={() => setMoving(moving === b.id ? null : b.id)}
                    onCancel={() => cancel(b)}
                  />
                ) : null}
                {moving === b.id ? (
                  <MoveBooking api={api} booking={b} onChoose={(slot) => move(b, slot)} />
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </PagedList>
    </>
  );
}

function BookingDetails({ booking: b, outcome }: { booking: BookingLike; outcome: string | null }) {
  return (
    <>
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
      {outcome ? <p data-testid="booking-outcome">{outcome}</p> : null}
    </>
  );
}

function BookingActions({
  client,
  booking: b,
  moving,
  onMove,
  onCancel,
}: {
  client: ColloquiApi<SlotLike, BookingLike>['client'];
  booking: BookingLike;
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
function MoveBooking<S extends SlotLike>({
  api,
  booking: b,
  onChoose,
}: {
  api: Pick<ColloquiApi<S, BookingLike>, 'loadSportelli' | 'fetchSlots'>;
  booking: BookingLike;
  onChoose: (slot: S) => Promise<void>;
}) {
  const sportelli = useSportelli(api.loadSportelli);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="sl-section" aria-labelledby={`move-${b.id}`} data-testid="move-section">
      <h3 id={`move-${b.id}`} ref={heading} tabIndex={-1} className="h6">
        Scegli il nuovo orario
      </h3>
      <SlotFinder
        id={`move-${b.id}`}
        sportelli={sportelli}
        queryKey={[...colloquiQueryKeys.slots, 'move', b.id]}
        fetchSlots={api.fetchSlots}
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
