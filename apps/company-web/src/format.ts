import {
  applicationStatusClass,
  cefrLevelLabels,
  contractTypeLabels,
  vacancyStatusClass,
} from '@sportello/ui';
import type { ApplicationStatus, CefrLevel, ContractType, VacancyStatus, WorkingHours } from './gql/graphql';

/** The Italian qualifications placed at each EQF level by the national referencing. */
const eqfLevel: Record<string, string> = {
  1: 'Licenza media (EQF 1)',
  2: 'Obbligo di istruzione assolto (EQF 2)',
  3: 'Qualifica professionale (EQF 3)',
  4: 'Diploma di scuola superiore o diploma professionale (EQF 4)',
  5: 'Diploma di tecnico superiore ITS (EQF 5)',
  6: 'Laurea triennale (EQF 6)',
  7: 'Laurea magistrale o master di primo livello (EQF 7)',
  8: 'Dottorato di ricerca (EQF 8)',
};

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
    NO_ANSWER: 'Chiusa senza risposta',
  } satisfies Record<ApplicationStatus, string>,
  contractType: contractTypeLabels satisfies Record<ContractType, string>,
  workingHours: {
    FULL_TIME: 'Tempo pieno',
    PART_TIME: 'Part-time',
  } satisfies Record<WorkingHours, string>,
  cefrLevel: cefrLevelLabels satisfies Record<CefrLevel, string>,
  eqfLevel,
};

export const options = <T extends string>(values: Record<T, string>) =>
  Object.entries<string>(values).map(([value, label]) => ({ value, label }));

export const statusClass = {
  vacancy: vacancyStatusClass satisfies Record<VacancyStatus, string>,
  application: applicationStatusClass satisfies Record<ApplicationStatus, string>,
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

const euro = new Intl.NumberFormat('it-IT', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
  useGrouping: 'always',
});

/** Gross monthly pay from cents, e.g. "1.700 € – 2.000 €". */
export function formatSalary(min: number | null | undefined, max: number | null | undefined): string | null {
  if (min == null && max == null) return null;
  if (min != null && max != null) return `${euro.format(min / 100)} – ${euro.format(max / 100)}`;
  return min != null ? `da ${euro.format(min / 100)}` : `fino a ${euro.format((max ?? 0) / 100)}`;
}
