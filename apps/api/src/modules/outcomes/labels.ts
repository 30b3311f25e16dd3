import type { ContractClass, Outcome, OutcomeTargetGroup } from './rules.js';

/** Italian labels shared by the statement's PDF and CSV. */
export const KIND_LABEL: Record<Outcome['kind'], string> = {
  HIRE: 'Assunzione',
  INTERNSHIP_HIRE: 'Assunzione dopo tirocinio',
  INTERNSHIP_COMPLETED: 'Tirocinio concluso senza assunzione',
  PROGRAM_HIRE: 'Assunzione dopo un programma',
  PROGRAM_TRAINING: 'Avvio a formazione dopo un programma',
  PROGRAM_COMPLETED: 'Programma concluso senza assunzione né formazione',
  BUSINESS_STARTED: 'Avvio di un’attività in proprio',
};

export const CLASS_LABEL: Record<ContractClass, string> = {
  PERMANENT: 'Tempo indeterminato',
  FIXED_TERM_LONG: 'Tempo determinato di almeno 6 mesi',
  FIXED_TERM_SHORT: 'Tempo determinato sotto i 6 mesi',
};

export const GROUP_LABEL: Record<OutcomeTargetGroup, string> = {
  LAW_68_DISABILITY: 'Persona con disabilità (legge 68/1999)',
  ECONOMIC_HARDSHIP: 'Fragilità economica',
  OVER_45: 'Over 45',
  YOUNG_UNEMPLOYED: 'Giovane disoccupato',
};

/** A hire's contract class; the kinds that are not a hire have none. */
export const classLabel = (contractClass: ContractClass | null) =>
  contractClass ? CLASS_LABEL[contractClass] : 'Nessun contratto di lavoro';

export const groupLabel = (group: OutcomeTargetGroup | null) => (group ? GROUP_LABEL[group] : 'Tutti');

/** Cents as euro, the Italian way ("1.234,50"), from integers only. */
export function euro(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const units = String(Math.trunc(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}${units},${String(abs % 100).padStart(2, '0')}`;
}

export const italianDate = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
