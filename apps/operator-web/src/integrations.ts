import type { ApiScope, WebhookDeliveryStatus, WebhookEventKind } from './gql/graphql';

/** The permissions of an API client, as an admin reads them. */
export const scopeLabels = {
  NETWORK_READ: 'Leggere i dati della rete (sportelli, comuni)',
  COMPANIES_READ: 'Leggere le aziende della rete',
  VACANCY_EVENTS: 'Ricevere le offerte pubblicate e chiuse',
  APPLICATION_EVENTS: 'Ricevere le candidature nuove e i loro cambi di stato',
  PLACEMENT_EVENTS: 'Ricevere gli inserimenti lavorativi verificati e gli esiti che diventano pagabili',
  CASE_EVENTS: 'Ricevere le prese in carico, i cambi dei colloqui e le azioni del patto scadute',
} satisfies Record<ApiScope, string>;

export const eventLabels = {
  VACANCY_PUBLISHED: 'Offerta pubblicata',
  VACANCY_CLOSED: 'Offerta chiusa',
  APPLICATION_STATUS_CHANGED: 'Candidatura cambiata di stato',
  PLACEMENT_VERIFIED: 'Inserimento verificato',
  OUTCOME_ELIGIBLE: 'Esito diventato pagabile in un contratto',
  CASE_OPENED: 'Caso aperto (presa in carico)',
  CASE_CLOSED: 'Caso chiuso',
} satisfies Record<WebhookEventKind, string>;

/** The permission a client needs to receive each event, as the API checks it. */
export const eventScope = {
  VACANCY_PUBLISHED: 'VACANCY_EVENTS',
  VACANCY_CLOSED: 'VACANCY_EVENTS',
  APPLICATION_STATUS_CHANGED: 'APPLICATION_EVENTS',
  PLACEMENT_VERIFIED: 'PLACEMENT_EVENTS',
  OUTCOME_ELIGIBLE: 'PLACEMENT_EVENTS',
  CASE_OPENED: 'CASE_EVENTS',
  CASE_CLOSED: 'CASE_EVENTS',
} satisfies Record<WebhookEventKind, ApiScope>;

export const deliveryStatusLabels = {
  PENDING: 'In attesa di invio',
  DELIVERED: 'Consegnato',
  DEAD: 'Non consegnato: tentativi finiti',
} satisfies Record<WebhookDeliveryStatus, string>;

export const allScopes = Object.keys(scopeLabels) as ApiScope[];
export const allEvents = Object.keys(eventLabels) as WebhookEventKind[];
