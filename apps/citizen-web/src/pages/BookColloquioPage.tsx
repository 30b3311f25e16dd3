import { BookColloquioView, formatDateTime } from '@sportello/ui';
import { colloquiApi } from '../colloqui/api';

/** "Prenota un colloquio": the citizen books a colloquio for themself. */
export function BookColloquioPage() {
  return (
    <BookColloquioView
      api={colloquiApi}
      lead="Un operatore dello sportello lavoro ti aiuta a orientarti, a scrivere il CV e la lettera di presentazione, a prepararti ai colloqui di lavoro. Il colloquio è gratuito. Puoi farlo allo sportello oppure online, in videochiamata. Gli orari sono quelli italiani."
      listLinkLabel="Vedi i tuoi colloqui"
      bookedMessage={(slot) =>
        `Fatto: hai un colloquio con ${slot.sportello.name} ${formatDateTime(slot.startsAt)}. Ti abbiamo mandato un’email di conferma. Lo trovi in «I miei colloqui».`
      }
    />
  );
}
