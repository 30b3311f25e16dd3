import type { OutplacementReason, OutplacementWorkerStatus } from './gql/graphql';

export const outplacementReasonLabels: Record<OutplacementReason, string> = {
  COMPANY_CRISIS: 'Crisi aziendale',
  SITE_CLOSURE: 'Chiusura della sede',
  COLLECTIVE_DISMISSAL: 'Licenziamento collettivo',
};

export const workerStatusLabels: Record<OutplacementWorkerStatus, string> = {
  IN_CHARGE: 'In carico',
  IN_TRAINING: 'In formazione',
  RELOCATED: 'Ricollocato/a',
  SELF_EMPLOYED: 'Autoimpiego',
  NO_OUTCOME: 'Nessun esito',
  WITHDRAWN: 'Ritirato/a',
};
