import type { UserKind } from '../../context.js';

export type NotificationKind =
  | 'APPLICATION_RECEIVED'
  | 'APPLICATION_STATUS_CHANGED'
  | 'APPLICATION_AWAITING_ANSWER'
  | 'CANDIDATE_PROPOSED'
  | 'PROPOSAL_ANSWERED'
  | 'INTERVIEW_PROPOSED'
  | 'INTERVIEW_ANSWERED'
  | 'COLLOQUIO'
  | 'COMPANY_REVIEWED'
  | 'VACANCY_REVIEWED'
  | 'VACANCY_DRAFT_PREPARED'
  | 'INTERNSHIP'
  | 'TRAINING'
  | 'GROUP_ACTIVITY'
  | 'PATTO'
  | 'MICROCREDIT'
  | 'DATA_EXPORT'
  | 'RETENTION_NOTICE';

interface KindInfo {
  /** Who may receive it: the preferences page lists a person's kinds only. */
  audience: readonly UserKind[];
  /** In Italian, for the preferences page. */
  label: string;
  /** Why the email was sent, at its foot: "Ricevi questa email perché ...". */
  because: string;
  /**
   * A service message about the person's own case that they must receive: its email cannot be
   * turned off. The text says why, in the preferences page.
   */
  mandatory?: string;
}

const STAFF: UserKind[] = ['OPERATOR', 'NETWORK_ADMIN'];

export const KINDS: Record<NotificationKind, KindInfo> = {
  APPLICATION_RECEIVED: {
    audience: ['COMPANY_MEMBER'],
    label: 'Nuove candidature alle offerte della tua azienda',
    because: 'fai parte di un’azienda che ha pubblicato l’offerta',
  },
  APPLICATION_AWAITING_ANSWER: {
    audience: ['COMPANY_MEMBER'],
    label: 'Candidature che aspettano la tua risposta',
    because: 'fai parte di un’azienda che ha ricevuto candidature ancora senza risposta',
  },
  APPLICATION_STATUS_CHANGED: {
    audience: ['CITIZEN'],
    label: 'Novità sulle tue candidature',
    because: 'ti sei candidato a questa offerta',
  },
  CANDIDATE_PROPOSED: {
    audience: ['CITIZEN'],
    label: 'Offerte per cui lo sportello ti propone',
    because: 'lo sportello lavoro ha pensato a te per questa offerta',
  },
  PROPOSAL_ANSWERED: {
    audience: ['COMPANY_MEMBER', ...STAFF],
    label: 'Risposte alle proposte di candidatura dello sportello',
    because: 'la proposta riguarda un’offerta della tua azienda o l’hai fatta tu',
  },
  INTERVIEW_PROPOSED: {
    audience: ['CITIZEN'],
    label: 'Proposte di colloquio di lavoro',
    because: 'un’azienda ti propone un colloquio per una tua candidatura',
  },
  INTERVIEW_ANSWERED: {
    audience: ['COMPANY_MEMBER'],
    label: 'Risposte alle tue proposte di colloquio di lavoro',
    because: 'la tua azienda ha proposto il colloquio',
  },
  COLLOQUIO: {
    audience: ['CITIZEN', 'COMPANY_MEMBER'],
    label: 'Colloqui allo sportello: prenotazione, cambi, promemoria',
    because: 'hai un colloquio prenotato allo sportello lavoro',
    mandatory:
      'È un messaggio di servizio su un tuo appuntamento: lo ricevi sempre, così non perdi un cambio di orario.',
  },
  COMPANY_REVIEWED: {
    audience: ['COMPANY_MEMBER'],
    label: 'Verifica dell’azienda da parte dello sportello',
    because: 'fai parte dell’azienda registrata',
    mandatory: 'Riguarda l’accesso della tua azienda al servizio: lo ricevi sempre.',
  },
  VACANCY_REVIEWED: {
    audience: ['COMPANY_MEMBER'],
    label: 'Pubblicazione o rifiuto delle offerte della tua azienda',
    because: 'fai parte dell’azienda che ha inviato l’offerta',
  },
  VACANCY_DRAFT_PREPARED: {
    audience: ['COMPANY_MEMBER'],
    label: 'Bozze di offerta preparate dallo sportello per la tua azienda',
    because: 'fai parte dell’azienda per cui lo sportello ha preparato la bozza',
  },
  INTERNSHIP: {
    audience: ['CITIZEN', 'COMPANY_MEMBER'],
    label: 'Tirocini: proposta e cambi di stato',
    because: 'sei il tirocinante o fai parte dell’azienda ospitante',
    mandatory:
      'Il tirocinio è regolato da una convenzione che ti riguarda: le comunicazioni le ricevi sempre.',
  },
  TRAINING: {
    audience: ['CITIZEN'],
    label: 'Corsi di formazione: posto confermato, corso annullato',
    because: 'sei iscritto al corso',
  },
  GROUP_ACTIVITY: {
    audience: ['CITIZEN'],
    label: 'Attività di gruppo: iscrizione, promemoria degli incontri, cambi',
    because: 'sei iscritto a un’attività di gruppo dello sportello lavoro',
  },
  PATTO: {
    audience: ['CITIZEN'],
    label: 'Il tuo patto di servizio da accettare',
    because: 'lo sportello lavoro ti ha preso in carico',
    mandatory: 'Il patto di servizio è l’accordo sul tuo percorso: le sue modifiche le ricevi sempre.',
  },
  MICROCREDIT: {
    audience: ['CITIZEN'],
    label: 'Idea d’impresa e microcredito: segnalazione, risposta del partner, avvio',
    because: 'lo sportello lavoro segue la tua idea d’impresa',
  },
  DATA_EXPORT: {
    audience: ['CITIZEN', 'COMPANY_MEMBER'],
    label: 'Copie dei tuoi dati scaricate dallo sportello',
    because: 'lo sportello ha scaricato una copia dei dati che ha su di te o sulla tua azienda',
    mandatory: 'Ti diciamo sempre chi scarica una copia dei tuoi dati: così sai chi li ha letti.',
  },
  RETENTION_NOTICE: {
    audience: STAFF,
    label: 'Persone senza email da avvisare prima della cancellazione per inattività',
    because: 'la persona non ha un’email e il tuo sportello è l’ultimo che l’ha seguita',
  },
};

export const NOTIFICATION_KINDS = Object.keys(KINDS) as NotificationKind[];
