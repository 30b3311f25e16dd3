import type { Services } from '../../services.js';
import type { EscoOccupation } from '../cvs/service.js';
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

/** What a public vacancy shows beyond its own row: company, place, occupation, skills. */
export interface PublicVacancy {
  vacancy: Vacancy;
  companyName: string;
  comune: Comune | null;
  occupation: EscoOccupation | null;
  url: string;
  skills: VacancySkillRecord[];
  posting: ReturnType<typeof jobPosting>;
}

/** Public vacancies with their JobPosting: one batched read per kind of context, however many. */
export async function publicVacancies(services: Services, vacancies: Vacancy[]): Promise<PublicVacancy[]> {
  const ids = vacancies.map((v) => v.id);
  const [comuni, occupations, companyNames, skills] = await Promise.all([
    services.network.comuniByCodes([
      ...new Set(vacancies.flatMap((v) => (v.workplaceComuneCode ? [v.workplaceComuneCode] : []))),
    ]),
    services.cvs.occupationsByUris(vacancies.map((v) => v.occupationUri)),
    services.vacancies.companyNames([...new Set(vacancies.map((v) => v.companyId))]),
    services.vacancies.skillsOf(ids),
  ]);
  const iscoLabels = await services.cvs.iscoGroupLabels(
    [...occupations.values()].map((o) => o.iscoGroup ?? '').filter(Boolean),
  );
  const comuneByCode = new Map(comuni.map((c) => [c.istatCode, c]));
  return vacancies.map((vacancy) => {
    const occupation = occupations.get(vacancy.occupationUri) ?? null;
    const iscoGroup = occupation?.iscoGroup ?? '';
    const context = {
      companyName: companyNames.get(vacancy.companyId) ?? '',
      comune: (vacancy.workplaceComuneCode && comuneByCode.get(vacancy.workplaceComuneCode)) || null,
      occupationalCategory: [`ISCO-08 ${iscoGroup}`, iscoLabels.get(iscoGroup)].filter(Boolean).join(' '),
      url: services.vacancies.publicUrl(vacancy),
      skills: skills.get(vacancy.id) ?? [],
    };
    return { vacancy, occupation, ...context, posting: jobPosting(vacancy, context) };
  });
}
