import { type BookingLike, ColloquiView, colloquiPaths } from '@sportello/ui';
import { Link } from 'react-router';
import { colloquiApi } from '../colloqui/api';

/** What happened at a past colloquio; the status alone ("Persona assente") is terse for a company. */
function outcome(booking: BookingLike): string | null {
  if (booking.status === 'ATTENDED') return 'Com’è andato: il colloquio si è svolto.';
  if (booking.status === 'NO_SHOW') {
    return 'Com’è andato: lo sportello ha segnato che nessuno dell’azienda è venuto al colloquio.';
  }
  if (booking.status === 'BOOKED' && Date.parse(booking.endsAt) < Date.now()) {
    return 'Il colloquio è passato: lo sportello non ha ancora segnato com’è andato.';
  }
  return null;
}

/** "Colloqui con lo sportello": the company's colloqui, which every member of the company sees. */
export function ColloquiPage() {
  return (
    <ColloquiView
      api={colloquiApi}
      title="Colloqui con lo sportello"
      lead="I colloqui dell’azienda con lo sportello lavoro, dal più vicino. Li vedono tutte le persone dell’azienda iscritte al portale. Se non puoi venire, spostalo o annullalo: l’orario servirà a qualcun altro. Gli orari sono quelli italiani."
      empty={
        <>
          <p>L’azienda non ha colloqui prenotati con lo sportello lavoro.</p>
          <p>Il colloquio è gratuito. Un operatore dello sportello ti aiuta, per esempio, a:</p>
          <ul>
            <li>scrivere un’offerta di lavoro chiara e trovare le persone adatte;</li>
            <li>capire gli obblighi della legge 68/1999 sull’assunzione di persone con disabilità;</li>
            <li>ospitare una persona in tirocinio;</li>
            <li>conoscere gli incentivi per chi assume.</li>
          </ul>
          <p className="mb-0">
            <Link to={colloquiPaths.book}>Scegli il giorno e l’ora del colloquio</Link>
          </p>
        </>
      }
      movedMessage={(when) =>
        `Fatto: il colloquio ora è ${when}. Abbiamo mandato un’email con il nuovo orario alle persone dell’azienda iscritte al portale.`
      }
      outcome={outcome}
    />
  );
}
