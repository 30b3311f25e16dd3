import type { SlotFilter } from '@sportello/ui';
import { PAGE_SIZE } from '@sportello/ui';
import { client } from './client';
import {
  type AppointmentKind,
  Colloqui_AvailableSlotsQueryDocument,
  Colloqui_SportelliQueryDocument,
} from './gql/graphql';

export const sportelliQuery = {
  queryKey: ['colloqui', 'sportelli'],
  queryFn: async () => (await client.request(Colloqui_SportelliQueryDocument)).sportelli,
};

/** The free slots matching the filter (and of one kind, when given), one page. */
export async function fetchSlots(
  filter: SlotFilter & { kind?: AppointmentKind | null },
  after: string | null,
) {
  const { availableSlots } = await client.request(Colloqui_AvailableSlotsQueryDocument, {
    ...filter,
    first: PAGE_SIZE,
    after,
  });
  return availableSlots;
}
