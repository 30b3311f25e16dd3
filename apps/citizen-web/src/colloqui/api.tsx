import { createColloquiApi } from '@sportello/ui';
import { client } from '../client';
import {
  Colloqui_AvailableSlotsQueryDocument,
  Colloqui_BookingsQueryDocument,
  Colloqui_BookMutationDocument,
  Colloqui_CancelMutationDocument,
  Colloqui_RescheduleMutationDocument,
  Colloqui_SportelliQueryDocument,
} from '../gql/graphql';

/** The citizen's own colloqui with the sportello: the requests behind the shared colloqui pages. */
export const colloquiApi = createColloquiApi(client, {
  sportelli: Colloqui_SportelliQueryDocument,
  slots: Colloqui_AvailableSlotsQueryDocument,
  bookings: Colloqui_BookingsQueryDocument,
  book: Colloqui_BookMutationDocument,
  reschedule: Colloqui_RescheduleMutationDocument,
  cancel: Colloqui_CancelMutationDocument,
});
