import type { ColloquiApi, SlotFilter } from '@sportello/ui';
import { PAGE_SIZE } from '@sportello/ui';
import { client } from '../client';
import { graphql } from '../gql';
import type { Colloqui_AvailableSlotsQueryQuery, Colloqui_BookingsQueryQuery } from '../gql/graphql';

const SportelliQuery = graphql(`
  query Colloqui_SportelliQuery {
    sportelli {
      id
      name
    }
  }
`);

const AvailableSlotsQuery = graphql(`
  query Colloqui_AvailableSlotsQuery(
    $sportelloId: ID
    $mode: AppointmentMode
    $from: Date
    $first: Int!
    $after: String
  ) {
    availableSlots(sportelloId: $sportelloId, mode: $mode, from: $from, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          mode
          startsAt
          endsAt
          sportello {
            id
            name
            address
          }
        }
      }
    }
  }
`);

const BookingsQuery = graphql(`
  query Colloqui_BookingsQuery($first: Int!, $after: String) {
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

const BookMutation = graphql(`
  mutation Colloqui_BookMutation($slotId: ID!) {
    bookSlot(slotId: $slotId) {
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

const RescheduleMutation = graphql(`
  mutation Colloqui_RescheduleMutation($id: ID!, $slotId: ID!) {
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
  mutation Colloqui_CancelMutation($id: ID!) {
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

type Slot = Colloqui_AvailableSlotsQueryQuery['availableSlots']['edges'][number]['node'];
type Booking = Colloqui_BookingsQueryQuery['bookings']['edges'][number]['node'];

/** The citizen's own colloqui with the sportello: the requests behind the shared colloqui pages. */
export const colloquiApi: ColloquiApi<Slot, Booking> = {
  client,
  loadSportelli: async () => (await client.request(SportelliQuery)).sportelli,
  fetchSlots: async (filter: SlotFilter, after) =>
    (await client.request(AvailableSlotsQuery, { ...filter, first: PAGE_SIZE, after })).availableSlots,
  fetchBookings: async (after) => (await client.request(BookingsQuery, { first: PAGE_SIZE, after })).bookings,
  book: async (slotId) => (await client.request(BookMutation, { slotId })).bookSlot.userErrors,
  reschedule: async (id, slotId) =>
    (await client.request(RescheduleMutation, { id, slotId })).rescheduleBooking.userErrors,
  cancel: async (id) => (await client.request(CancelMutation, { id })).cancelBooking.userErrors,
};
