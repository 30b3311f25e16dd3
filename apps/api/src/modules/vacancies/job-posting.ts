import type { Comune } from '../network/service.js';
import type { Vacancy, VacancySkillRecord } from './service.js';

const CONTRACT_EMPLOYMENT_TYPE: Record<Vacancy['contractType'], string | null> = {
  PERMANENT: null,
  FIXED_TERM: 'TEMPORARY',
  APPRENTICESHIP: null,
  AGENCY: 'TEMPORARY',
  INTERNSHIP: 'INTERN',
  COLLABORATION: 'CONTRACTOR',
  SELF_EMPLOYMENT: 'CONTRACTOR',
};

/** The vacancy as a schema.org JobPosting, for search engines and job aggregators. */
export function jobPosting(
  vacancy: Vacancy,
  context: {
    companyName: string;
    comune: Comune | null;
    /** The ISCO-08 unit group, its code and label ("ISCO-08 7212 Saldatori e tagliatori a fiamma"). */
    occupationalCategory: string;
    url: string;
    skills: VacancySkillRecord[];
  },
) {
  const employmentType = [vacancy.hours, CONTRACT_EMPLOYMENT_TYPE[vacancy.contractType]].filter(Boolean);
  return {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    identifier: { '@type': 'PropertyValue', name: 'Sportello Lavoro', value: vacancy.id },
    url: context.url,
    title: vacancy.title,
    description: vacancy.description,
    datePosted: vacancy.publishedAt?.toISOString(),
    validThrough: `${vacancy.expiresOn}T23:59:59+01:00`,
    employmentType,
    occupationalCategory: context.occupationalCategory,
    totalJobOpenings: vacancy.positions,
    hiringOrganization: { '@type': 'Organization', name: context.companyName },
    ...(context.skills.length
      ? {
          skills: context.skills.map(({ skill }) => ({
            '@type': 'DefinedTerm',
            name: skill.labelIt ?? skill.labelEn,
            termCode: skill.uri,
            inDefinedTermSet: 'https://esco.ec.europa.eu/',
          })),
        }
      : {}),
    ...(context.comune
      ? {
          jobLocation: {
            '@type': 'Place',
            address: {
              '@type': 'PostalAddress',
              addressLocality: context.comune.name,
              addressRegion: context.comune.regionName,
              addressCountry: 'IT',
            },
            geo: {
              '@type': 'GeoCoordinates',
              latitude: context.comune.latitude,
              longitude: context.comune.longitude,
            },
          },
        }
      : {}),
    ...(vacancy.remote
      ? { jobLocationType: 'TELECOMMUTE', applicantLocationRequirements: { '@type': 'Country', name: 'IT' } }
      : {}),
    ...(vacancy.salaryMinCents != null || vacancy.salaryMaxCents != null
      ? {
          baseSalary: {
            '@type': 'MonetaryAmount',
            currency: 'EUR',
            value: {
              '@type': 'QuantitativeValue',
              ...(vacancy.salaryMinCents != null ? { minValue: vacancy.salaryMinCents / 100 } : {}),
              ...(vacancy.salaryMaxCents != null ? { maxValue: vacancy.salaryMaxCents / 100 } : {}),
              unitText: 'MONTH',
            },
          },
        }
      : {}),
  };
}
