import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
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
import type { DocumentVariables, GraphQLClient, NoVariables } from './graphql-client';
import { PageTitle } from './layout';
import { type Connection, PAGE_SIZE } from './paged-list';
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

type Errors = { userErrors: readonly UserErrorLike[] };

/** The documents each portal generates from colloqui.graphql, typed as every portal has them. */
export interface ColloquiDocuments<S extends SlotLike, B extends BookingLike, Mode extends string> {
  sportelli: TypedDocumentNode<{ sportelli: readonly { id: string; name: string }[] }, NoVariables>;
  slots: TypedDocumentNode<
    { availableSlots: Connection<S> },
    DocumentVariables<{
      sportelloId?: string | null;
      mode?: Mode | null;
      from?: string | null;
      first: number;
      after?: string | null;
    }>
  >;
  bookings: TypedDocumentNode<
    { bookings: Connection<B> },
    DocumentVariables<{ first: number; after?: string | null }>
  >;
  book: TypedDocumentNode<{ bookSlot: Errors }, DocumentVariables<{ slotId: string }>>;
  reschedule: TypedDocumentNode<
    { rescheduleBooking: Errors },
    DocumentVariables<{ id: string; slotId: string }>
  >;
  cancel: TypedDocumentNode<{ cancelBooking: Errors }, DocumentVariables<{ id: string }>>;
}

/** The person's own colloqui (a citizen's, or a company's) over a portal's client and documents. */
export function createColloquiApi<S extends SlotLike, B extends BookingLike, Mode extends string>(
  client: GraphQLClient,
  documents: ColloquiDocuments<S, B, Mode>,
): ColloquiApi<S, B> {
  return {
    client,
    loadSportelli: async () => (await client.request(documents.sportelli, {})).sportelli,
    fetchSlots: async (filter, after) =>
      (
        await client.request(documents.slots, {
          ...filter,
          mode: filter.mode as Mode | null,
          first: PAGE_SIZE,
          after,
        })
      ).availableSlots,
    fetchBookings: async (after) =>
      (await client.request(documents.bookings, { first: PAGE_SIZE, after })).bookings,
    book: async (slotId) => (await client.request(documents.book, { slotId })).bookSlot.userErrors,
    reschedule: async (id, slotId) =>
      (await client.request(documents.reschedule, { id, slotId })).rescheduleBooking.userErrors,
    cancel: async (id) => (await client.request(documents.cancel, { id })).cancelBooking.userErrors,
  };
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
