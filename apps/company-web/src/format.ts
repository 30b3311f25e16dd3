import type { ApplicationStatus, ContractType, VacancyStatus, WorkingHours } from './gql/graphql';

/** Italian labels of the API's enums. */
export const labels = {
  vacancyStatus: {
    DRAFT: 'Bozza',
    SUBMITTED: 'In moderazione',
    PUBLISHED: 'Pubblicata',
    REJECTED: 'Non accettata',
    CLOSED: 'Chiusa',
    FILLED: 'Coperta',
    EXPIRED: 'Scaduta',
  } satisfies Record<VacancyStatus, string>,
  applicationStatus: {
    PROPOSED: 'Proposta dallo sportello',
    APPLIED: 'Candidatura ricevuta',
    SHORTLISTED: 'Preselezionata',
    INTERVIEW: 'Colloquio',
    OFFER: 'Offerta',
    HIRED: 'Assunta',
    REJECTED: 'Non selezionata',
    WITHDRAWN: 'Ritirata',
  } satisfies Record<ApplicationStatus, string>,
  contractType: {
    PERMANENT: 'Tempo indeterminato',
    FIXED_TERM: 'Tempo determinato',
    APPRENTICESHIP: 'Apprendistato',
    AGENCY: 'Somministrazione',
    INTERNSHIP: 'Tirocinio',
    COLLABORATION: 'Collaborazione',
    SELF_EMPLOYMENT: 'Lavoro autonomo',
  } satisfies Record<ContractType, string>,
  workingHours: {
    FULL_TIME: 'Tempo pieno',
    PART_TIME: 'Part-time',
  } satisfies Record<WorkingHours, string>,
};

export const statusClass = {
  vacancy: {
    DRAFT: 'sl-status--neutral',
    SUBMITTED: 'sl-status--pending',
    PUBLISHED: 'sl-status--verified',
    REJECTED: 'sl-status--rejected',
    CLOSED: 'sl-status--neutral',
    FILLED: 'sl-status--verified',
    EXPIRED: 'sl-status--neutral',
  } satisfies Record<VacancyStatus, string>,
  application: {
    PROPOSED: 'sl-status--pending',
    APPLIED: 'sl-status--info',
    SHORTLISTED: 'sl-status--info',
    INTERVIEW: 'sl-status--info',
    OFFER: 'sl-status--info',
    HIRED: 'sl-status--verified',
    REJECTED: 'sl-status--rejected',
    WITHDRAWN: 'sl-status--neutral',
  } satisfies Record<ApplicationStatus, string>,
};

/**
 * The moves the company may make from each status, as the API allows them
 * (APPLIED -> SHORTLISTED -> INTERVIEW -> OFFER -> HIRED, or REJECTED at any step).
 */
export const nextMoves: Partial<Record<ApplicationStatus, readonly ApplicationStatus[]>> = {
  APPLIED: ['SHORTLISTED', 'REJECTED'],
  SHORTLISTED: ['INTERVIEW', 'REJECTED'],
  INTERVIEW: ['OFFER', 'REJECTED'],
  OFFER: ['HIRED', 'REJECTED'],
};

/** The button that makes each move. */
export const moveLabels: Partial<Record<ApplicationStatus, string>> = {
  SHORTLISTED: 'Preseleziona',
  INTERVIEW: 'Passa al colloquio',
  OFFER: 'Fai un’offerta',
  HIRED: 'Registra l’assunzione',
  REJECTED: 'Non selezionare',
};

const euro = new Intl.NumberFormat('it-IT', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

/** Gross monthly pay from cents, e.g. "1.700 € – 2.000 €". */
export function formatSalary(min: number | null | undefined, max: number | null | undefined): string | null {
  if (min == null && max == null) return null;
  if (min != null && max != null) return `${euro.format(min / 100)} – ${euro.format(max / 100)}`;
  return min != null ? `da ${euro.format(min / 100)}` : `fino a ${euro.format((max ?? 0) / 100)}`;
}
