import type { SlotFilter } from '@sportello/ui';
import { PAGE_SIZE } from '@sportello/ui';
import { client } from './client';
import { graphql } from './gql';

const SportelliQuery = graphql(`
  query ColloquiSlots_SportelliQuery {
    sportelli {
      id
      name
    }
  }
`);

const AvailableSlotsQuery = graphql(`
  query ColloquiSlots_AvailableSlotsQuery(
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

export const sportelliQuery = {
  queryKey: ['colloqui', 'sportelli'],
  queryFn: async () => (await client.request(SportelliQuery)).sportelli,
};

/** The free slots matching the filter, one page. */
export async function fetchSlots(filter: SlotFilter, after: string | null) {
  const { availableSlots } = await client.request(AvailableSlotsQuery, {
    ...filter,
    first: PAGE_SIZE,
    after,
  });
  return availableSlots;
}
