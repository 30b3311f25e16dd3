/** How an actor of a candidature's history is named to its readers. */
export const ROLE_LABEL: Record<string, string> = {
  CITIZEN: 'Cittadino',
  COMPANY_MEMBER: 'Azienda',
  OPERATOR: 'Operatore',
  NETWORK_ADMIN: 'Amministratore della rete',
  PLATFORM_ADMIN: 'Amministratore',
  /** A change the system made, e.g. closing a candidature the company left unanswered. */
  SYSTEM: 'Sportello Lavoro',
};
