import {
  attempt,
  ConfirmAction,
  formatDateTime,
  formatShortDateTime,
  PageTitle,
  SlotFinder,
  slotSummary,
  useAnnouncement,
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { client } from '../client';
import { fetchSlots, sportelliQuery } from '../colloqui/slots';
import { graphql } from '../gql';

const BookMutation = graphql(`
  mutation BookColloquioPage_BookMutation($slotId: ID!) {
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

/** "Prenota un colloquio": the free slots of the sportelli, filtered, and a confirmation per slot. */
export function BookColloquioPage() {
  const queryClient = useQueryClient();
  const [announcement, announce] = useAnnouncement();
  const sportelli = useQuery(sportelliQuery);

  async function book(slot: { id: string; startsAt: string; sportello: { name: string } }) {
    announce(null);
    const userErrors = await attempt(async () => {
      const { bookSlot } = await client.request(BookMutation, { slotId: slot.id });
      return bookSlot.userErrors;
    });
    announce(
      userErrors.length
        ? { kind: 'danger', text: userErrors.map((e) => e.message).join(' ') }
        : {
            kind: 'success',
            text: `Fatto: hai un colloquio con ${slot.sportello.name} ${formatDateTime(slot.startsAt)}. Ti abbiamo mandato un’email di conferma. Lo trovi in «I miei colloqui».`,
          },
    );
    await Promise.all(
      [['colloqui', 'slots'], ['myBookings']].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    );
  }

  return (
    <>
      <PageTitle>Prenota un colloquio</PageTitle>
      <p className="sl-lead">
        Un operatore dello sportello lavoro ti aiuta a orientarti, a scrivere il CV e la lettera di
        presentazione, a prepararti ai colloqui di lavoro. Il colloquio è gratuito. Puoi farlo allo sportello
        oppure online, in videochiamata. Gli orari sono quelli italiani.
      </p>
      <p>
        <Link to="/colloqui">Vedi i tuoi colloqui</Link>
      </p>
      {announcement}
      <SlotFinder
        id="book"
        sportelli={sportelli.data ?? []}
        queryKey={['colloqui', 'slots', 'book']}
        fetchSlots={fetchSlots}
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
