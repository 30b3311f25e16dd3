import { formatPeriod, type UserErrorLike } from '@sportello/ui';

/**
 * The API's messages speak to operators ("La persona è già iscritta"): the citizen reads what
 * happened to them, and what to do next.
 */
const placeErrorMessages: Record<string, string> = {
  FULL: 'I posti sono esauriti: non è più possibile iscriversi a questo corso. Lo sportello lavoro del tuo comune può dirti se ci saranno altri corsi.',
  ALREADY_ENROLLED: 'Hai già un posto in questo corso: lo trovi in «Le mie iscrizioni».',
  NOT_OPEN: 'Questo corso non accetta più iscrizioni.',
  ENDED: 'Questo corso è già finito: non è più possibile iscriversi.',
  STARTED: 'Questo corso è già iniziato: non è più possibile chiedere un posto.',
  INVALID_TRANSITION: 'Questa iscrizione non è più attiva: forse ti eri già ritirata/o.',
};

/** One sentence for the citizen from the userErrors of asking for a place or withdrawing. */
export const placeErrorText = (errors: readonly UserErrorLike[]) =>
  errors.map((e) => placeErrorMessages[e.code] ?? e.message).join(' ');

/** "dal 7 dicembre 2026 al 4 gennaio 2027, 20 ore in tutto". */
export const trainingWhen = (m: { hours: number; startsOn: string; endsOn: string }) =>
  `${formatPeriod(m.startsOn, m.endsOn)}, ${m.hours} ${m.hours === 1 ? 'ora' : 'ore'} in tutto`;
