import type { ReactNode } from 'react';
import { formatDate } from './strings';

export type CompanyContactChannelName = 'COMPANY_VISIT' | 'PHONE' | 'EMAIL' | 'EVENT';
export type CompanyNeedStatusName = 'OPEN' | 'MET' | 'WITHDRAWN';

export const companyContactChannelLabels: Record<CompanyContactChannelName, string> = {
  COMPANY_VISIT: 'Visita in azienda',
  PHONE: 'Telefonata',
  EMAIL: 'Email',
  EVENT: 'Evento',
};

export const needStatusLabels: Record<CompanyNeedStatusName, string> = {
  OPEN: 'Aperto',
  MET: 'Soddisfatto',
  WITHDRAWN: 'Non più necessario',
};

/** What both the operators' and the company's portals show of a need (fabbisogno). */
export interface CompanyNeedView {
  id: string;
  headcount: number;
  neededBy: string;
  occupation: { label: string };
  skills: readonly { uri: string; label: string }[];
  vacancies: readonly { id: string; title: string }[];
}

/** One need in a sentence, its skills and the vacancies that came from it. */
export function CompanyNeedSummary({
  need,
  vacancyLink,
}: {
  need: CompanyNeedView;
  vacancyLink: (vacancy: { id: string; title: string }) => ReactNode;
}) {
  return (
    <>
      <p className="mb-1">
        <strong>{need.occupation.label}</strong>: {need.headcount}{' '}
        {need.headcount === 1 ? 'persona' : 'persone'} entro il {formatDate(need.neededBy)}
      </p>
      {need.skills.length ? (
        <p className="mb-1">Competenze: {need.skills.map((s) => s.label).join(', ')}</p>
      ) : null}
      {need.vacancies.length ? (
        <p className="mb-1">
          Offerte nate da questo fabbisogno:{' '}
          {need.vacancies.map((v, i) => (
            <span key={v.id}>
              {i > 0 ? ', ' : ''}
              {vacancyLink(v)}
            </span>
          ))}
        </p>
      ) : null}
    </>
  );
}
