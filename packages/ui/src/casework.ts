/** Italian labels of the case file (patto di servizio and diary), the same in every portal. */
export const pattoActionKindLabels = {
  ORIENTATION_INTERVIEW: 'Colloquio di orientamento',
  SKILLS_ASSESSMENT: 'Bilancio di competenze',
  JOB_CLUB: 'Job Club',
  TRAINING_MODULE: 'Corso di formazione',
  INTERNSHIP: 'Tirocinio',
  JOB_SEARCH: 'Ricerca attiva di lavoro',
  SELF_EMPLOYMENT: 'Avvio di un’attività in proprio',
  OTHER: 'Altro',
} as const;

export const pattoActionAssigneeLabels = {
  CITIZEN: 'La persona',
  OPERATOR: 'Lo sportello',
} as const;

export const pattoActionStatusLabels = {
  TODO: 'Da fare',
  DONE: 'Fatta',
  CANCELLED: 'Annullata',
} as const;

export const caseCloseReasonLabels = {
  HIRED: 'Ha trovato lavoro',
  MOVED_AWAY: 'Si è trasferita altrove',
  NO_LONGER_INTERESTED: 'Non è più interessata',
  NO_CONTACT: 'Nessun contatto da mesi',
  OTHER: 'Altro motivo',
} as const;

export const diaryVisibilityLabels = {
  INTERNAL: 'Solo per lo sportello',
  SHARED: 'Visibile anche alla persona',
} as const;

export const contactChannelLabels = {
  PHONE_CALL: 'Telefonata',
  EMAIL: 'Email',
  MEETING: 'Incontro',
  MESSAGE: 'Messaggio',
} as const;

export const contactOutcomeLabels = {
  REACHED: 'Raggiunta',
  NOT_REACHED: 'Non raggiunta',
  LEFT_MESSAGE: 'Lasciato un messaggio',
  NO_SHOW: 'Non si è presentata',
} as const;

/** The options of a select over one of the label maps above. */
export const optionsOf = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));
