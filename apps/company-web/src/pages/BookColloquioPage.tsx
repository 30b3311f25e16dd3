import { BookColloquioView, formatDateTime } from '@sportello/ui';
import { colloquiApi } from '../colloqui/api';

/** "Prenota un colloquio": a member books a colloquio with the sportello for the company. */
export function BookColloquioPage() {
  return (
    <BookColloquioView
      api={colloquiApi}
      lead="Un operatore dello sportello lavoro aiuta l’azienda a scrivere un’offerta di lavoro, a capire gli obblighi della legge 68/1999 sull’assunzione di persone con disabilità, a ospitare un tirocinio e a conoscere gli incentivi per chi assume. Il colloquio è gratuito. Puoi farlo allo sportello oppure online, in videochiamata. Gli orari sono quelli italiani."
      listLinkLabel="Vedi i colloqui dell’azienda"
      bookedMessage={(slot) =>
        `Fatto: l’azienda ha un colloquio con ${slot.sportello.name} ${formatDateTime(slot.startsAt)}. Abbiamo mandato un’email di conferma alle persone dell’azienda iscritte al portale. Lo trovi in «Colloqui con lo sportello».`
      }
    />
  );
}
