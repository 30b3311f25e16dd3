import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { attempt, useAnnouncement } from './announcement';
import type {
  AppointmentKindValue,
  AppointmentModeValue,
  BookingStatusValue,
  SlotFilter,
  SlotLike,
} from './appointments';
import { SlotFinder, slotSummary } from './appointments';
import { ConfirmAction } from './confirm-action';
import { formatDateTime } from './date-time';
import type { GraphQLClient } from './graphql-client';
import { PageTitle } from './layout';
import type { Connection } from './paged-list';
import { formatShortDateTime } from './strings';
import type { UserErrorLike } from './user-errors';

/** Where a portal serves its colloqui pages (the citizens' and the companies' portals alike). */
export const colloquiPaths = { list: '/colloqui', book: '/colloqui/prenota' } as const;

export interface BookingLike {
  id: string;
  status: BookingStatusValue;
  startsAt: string;
  endsAt: string;
  videoUrl: string | null;
  slot: {
    id: string;
    kind: AppointmentKindValue;
    mode: AppointmentModeValue;
    sportello: { id: string; name: string; address: string };
  };
}

/** The requests behind the colloqui pages, each portal with its own GraphQL documents. */
export interface ColloquiApi<S extends SlotLike, B extends BookingLike> {
  /** Downloads the calendar file, which wants the bearer token. */
  client: GraphQLClient;
  loadSportelli: () => Promise<readonly { id: string; name: string }[]>;
  fetchSlots: (filter: SlotFilter, after: string | null) => Promise<Connection<S>>;
  fetchBookings: (after: string | null) => Promise<Connection<B>>;
  book: (slotId: string) => Promise<readonly UserErrorLike[]>;
  reschedule: (bookingId: string, slotId: string) => Promise<readonly UserErrorLike[]>;
  cancel: (bookingId: string) => Promise<readonly UserErrorLike[]>;
}

export const colloquiQueryKeys = {
  sportelli: ['colloqui', 'sportelli'],
  slots: ['colloqui', 'slots'],
  bookings: ['colloqui', 'bookings'],
} as const;

export function useSportelli(loadSportelli: ColloquiApi<SlotLike, BookingLike>['loadSportelli']) {
  return useQuery({ queryKey: colloquiQueryKeys.sportelli, queryFn: loadSportelli }).data ?? [];
}

/** After a change, the bookings and the free slots are both stale. */
export function useRefreshColloqui() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [colloquiQueryKeys.bookings, colloquiQueryKeys.slots].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
}

/** The announcement text of a mutation's errors, or of its success. */
export const outcomeOf = (userErrors: readonly UserErrorLike[], success: string) =>
  userErrors.length
    ? { kind: 'danger' as const, text: userErrors.map((e) => e.message).join(' ') }
    : { kind: 'success' as const, text: success };

export interface BookColloquioViewProps<S extends SlotLike> {
  api: Pick<ColloquiApi<S, BookingLike>, 'loadSportelli' | 'fetchSlots' | 'book'>;
  /** What a colloquio is for, who it is with, and that times are Italian. */
  lead: ReactNode;
  /** The link to the list of colloqui, e.g. "Vedi i tuoi colloqui". */
  listLinkLabel: string;
  /** Announces the booking made, e.g. "Fatto: hai un colloquio con…". */
  bookedMessage: (slot: S) => string;
}

/** "Prenota un colloquio": the free slots of the sportelli, filtered, and a confirmation per slot. */
export function BookColloquioView<S extends SlotLike>({
  api,
  lead,
  listLinkLabel,
  bookedMessage,
}: BookColloquioViewProps<S>) {
  const [announcement, announce] = useAnnouncement();
  const sportelli = useSportelli(api.loadSportelli);
  const refresh = useRefreshColloqui();

  async function book(slot: S) {
    announce(null);
    const userErrors = await attempt(() => api.book(slot.id));
    announce(outcomeOf(userErrors, bookedMessage(slot)));
    await refresh();
  }

  return (
    <>
      <PageTitle>Prenota un colloquio</PageTitle>
      <p className="sl-lead">{lead}</p>
      <p>
        <Link to={colloquiPaths.list}>{listLinkLabel}</Link>
      </p>
      {announcement}
      <SlotFinder
        id="book"
        sportelli={sportelli}
        queryKey={[...colloquiQueryKeys.slots, 'book']}
        fetchSlots={api.fetchSlots}
        action={(slot) => (
          <ConfirmAction
            label={`Prenota: ${formatShortDateTime(slot.startsAt)}`}
            question={`Vuoi prenotare il colloquio di ${formatDateTime(slot.startsAt)} (${slotSummary(slot).toLowerCase()}) con ${slot.sportello.name}?`}
            confirmLabel="Sì, prenota"
            onConfirm={() => book(slot)}
            testId="book-slot"
          />
        )}
      />
    </>
  );
}
