import { ColloquiView } from '@sportello/ui';
import { colloquiApi } from '../colloqui/api';

/** "I miei colloqui": the citizen's colloqui with the sportello. */
export function MyColloquiPage() {
  return (
    <ColloquiView
      api={colloquiApi}
      title="I miei colloqui"
      lead="I tuoi colloqui con lo sportello lavoro, dal più vicino. Se non puoi venire, spostalo o annullalo: il posto servirà a un’altra persona. Gli orari sono quelli italiani."
      empty="Non hai colloqui prenotati. Puoi prenotarne uno con lo sportello lavoro."
      movedMessage={(when) =>
        `Fatto: il colloquio ora è ${when}. Ti abbiamo mandato un’email con il nuovo orario.`
      }
    />
  );
}
