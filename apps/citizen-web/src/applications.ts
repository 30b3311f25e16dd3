import type { UserErrorLike } from '@sportello/ui';
import type { ApplicationStatus } from './gql/graphql';

/** Where a candidature stands, in the citizen's words. */
export const applicationStatusLabels: Record<ApplicationStatus, string> = {
  PROPOSED: 'Proposta dello sportello',
  APPLIED: 'Candidatura inviata',
  SHORTLISTED: 'Sei in preselezione',
  INTERVIEW: 'Fase dei colloqui',
  OFFER: 'Hai ricevuto un’offerta',
  HIRED: 'Assunta/o',
  REJECTED: 'Non selezionata',
  WITHDRAWN: 'Ritirata',
  NO_ANSWER: 'Chiusa senza risposta',
};

/** What each status means for the citizen, and what happens next. */
export const applicationStatusHelp: Record<ApplicationStatus, string> = {
  PROPOSED:
    'Lo sportello ti ha proposto per questa offerta. L’azienda non sa chi sei finché non accetti: rispondi dalla pagina «Proposte dello sportello».',
  APPLIED: 'L’azienda ha ricevuto la tua candidatura e la sta valutando.',
  SHORTLISTED: 'L’azienda ti ha scelto tra i candidati: potrebbe proporti un colloquio.',
  INTERVIEW: 'L’azienda vuole conoscerti con un colloquio di lavoro.',
  OFFER: 'L’azienda ti ha fatto un’offerta di lavoro: ti contatterà per i dettagli.',
  HIRED: 'Sei stata/o assunta/o. Complimenti!',
  REJECTED:
    'L’azienda non prosegue con la tua candidatura. Lo sportello può aiutarti a cercare altre offerte.',
  WITHDRAWN: 'La candidatura è chiusa: l’hai ritirata tu oppure hai rifiutato la proposta.',
  NO_ANSWER:
    'L’azienda non ha risposto nel tempo previsto, quindi la candidatura è chiusa. Lo sportello può aiutarti a cercare altre offerte.',
};

/** Candidatures the citizen may still withdraw, as the API allows. */
export const withdrawable: readonly ApplicationStatus[] = ['APPLIED', 'SHORTLISTED', 'INTERVIEW', 'OFFER'];

/**
 * The API's messages name the field; the citizen reads what happened and what to do next.
 */
const answerErrorMessages: Record<string, string> = {
  STALE: 'La candidatura è appena cambiata: ricarica la pagina e controlla.',
  CLOSED: 'La candidatura è già conclusa.',
  NOT_PROPOSED: 'Hai già risposto a questa proposta.',
  ALREADY_ANSWERED: 'Hai già risposto a questa proposta di colloquio.',
  PERSON_BUSY: 'Hai già accettato un altro colloquio alla stessa ora: chiedi un’altra data.',
};

export const answerErrorText = (errors: readonly UserErrorLike[]) =>
  errors.map((e) => answerErrorMessages[e.code] ?? e.message).join(' ');
