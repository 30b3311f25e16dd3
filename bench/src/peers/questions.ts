/**
 * The operator's three hot questions, asked of this API, of PostGraphile and of the floor (one
 * hand-written statement per question). PostGraphile answers in its own names; the floor answers
 * in PostGraphile's shape, so one `fromPeer` turns both into this API's answer. Fields the API
 * computes (age, language names, the CV's completeness, the actor's role, an expired vacancy's
 * status) are computed from the peers' columns with the API's own functions before comparing.
 */

import { ROLE_LABEL } from '@sportello/api/dist/modules/applications/roles.js';
import { cvCompleteness } from '@sportello/api/dist/modules/cvs/completeness.js';
import { languageName } from '@sportello/api/dist/modules/cvs/service.js';
import { ageOn, todayInItaly } from '@sportello/domain';

// biome-ignore lint/suspicious/noExplicitAny: peers' answers are walked as plain JSON.
type Json = any;

export interface Question {
  name: string;
  /** Asked anonymously, as the public asks it, or as the network's admin. */
  anonymous: boolean;
  api: { query: string; variables: (vacancyId: string) => Record<string, unknown> };
  postgraphile: {
    query: string;
    variables: (vacancyId: string, networkId: string) => Record<string, unknown>;
  };
  /** The floor's statement and its parameters; it returns PostGraphile's `data` as JSON text. */
  floor: { sql: string; params: (vacancyId: string, networkId: string) => unknown[] };
  fromPeer: (data: Json) => Json;
  /** What the comparison ignores of this API's answer (the order of equally ranked items). */
  normalise?: (data: Json) => Json;
}

export const CV = `headline summary completeness { score }
  soughtOccupations { label }
  experiences { employer jobTitle startsOn endsOn occupation { label } comune { name } }
  education { title { label eqfLevel } }
  languages { languageName listening }
  skills { level skill { label } }`;

const label = (row: Json) => (row ? { label: row.labelIt ?? row.labelEn } : null);
const name = (row: Json) => (row ? { name: row.name } : null);
const named = (code: string) => languageName(code) ?? code;
const iso = (timestamp: string) => new Date(timestamp).toISOString();
const status = (vacancy: Json, today: string) =>
  vacancy.status === 'PUBLISHED' && vacancy.expiresOn < today ? 'EXPIRED' : vacancy.status;
const connection = (peer: Json, node: (row: Json) => Json) => ({
  totalCount: peer.totalCount,
  edges: peer.nodes.map((row: Json) => ({ node: node(row) })),
});

function cvFromPeer(cv: Json, employmentStatus: string) {
  if (!cv) return null;
  const sections = {
    headline: cv.headline,
    summary: cv.summary,
    soughtOccupations: cv.cvSoughtOccupationsByCitizenId.nodes,
    experiences: cv.cvExperiencesByCitizenId.nodes,
    education: cv.cvEducationsByCitizenId.nodes,
    languages: cv.cvLanguagesByCitizenId.nodes,
  };
  return {
    headline: cv.headline,
    summary: cv.summary,
    completeness: { score: cvCompleteness(sections, employmentStatus === 'NEVER_EMPLOYED').score },
    soughtOccupations: sections.soughtOccupations.map((o: Json) => label(o.escoOccupationByOccupationUri)),
    experiences: sections.experiences.map((e: Json) => ({
      employer: e.employer,
      jobTitle: e.jobTitle,
      startsOn: e.startsOn,
      endsOn: e.endsOn,
      occupation: label(e.escoOccupationByOccupationUri),
      comune: name(e.comuniByComuneCode),
    })),
    education: sections.education.map((e: Json) => ({
      title: e.educationTitleByTitleCode
        ? { label: e.educationTitleByTitleCode.labelIt, eqfLevel: e.educationTitleByTitleCode.eqfLevel }
        : null,
    })),
    languages: sections.languages.map((l: Json) => ({
      languageName: named(l.languageCode),
      listening: l.listening,
    })),
    skills: cv.cvSkillsByCitizenId.nodes.map((s: Json) => ({
      level: s.level,
      skill: label(s.escoSkillBySkillUri),
    })),
  };
}

// The same document in SQL, for the floor: PostgreSQL builds PostGraphile's answer whole.
const LABEL_SQL = (alias: string) =>
  `json_build_object('labelIt', ${alias}.label_it, 'labelEn', ${alias}.label_en)`;
const nodes = (select: string) => `json_build_object('nodes', coalesce((${select}), '[]'))`;
const CV_SQL = `(select json_build_object(
    'headline', cv.headline, 'summary', cv.summary,
    'cvSoughtOccupationsByCitizenId', ${nodes(`select json_agg(json_build_object('escoOccupationByOccupationUri', ${LABEL_SQL('o')}) order by so.position)
      from cv_sought_occupations so join esco_occupations o on o.uri = so.occupation_uri where so.citizen_id = cv.citizen_id`)},
    'cvExperiencesByCitizenId', ${nodes(`select json_agg(json_build_object('employer', e.employer, 'jobTitle', e.job_title,
        'startsOn', e.starts_on, 'endsOn', e.ends_on,
        'escoOccupationByOccupationUri', (select ${LABEL_SQL('o')} from esco_occupations o where o.uri = e.occupation_uri),
        'comuniByComuneCode', (select json_build_object('name', k.name) from comuni k where k.istat_code = e.comune_code))
        order by e.position)
      from cv_experiences e where e.citizen_id = cv.citizen_id`)},
    'cvEducationsByCitizenId', ${nodes(`select json_agg(json_build_object('educationTitleByTitleCode',
        (select json_build_object('labelIt', t.label_it, 'eqfLevel', t.eqf_level) from education_titles t where t.code = ed.title_code))
        order by ed.position)
      from cv_education ed where ed.citizen_id = cv.citizen_id`)},
    'cvLanguagesByCitizenId', ${nodes(`select json_agg(json_build_object('languageCode', l.language_code, 'listening', l.listening) order by l.language_code)
      from cv_languages l where l.citizen_id = cv.citizen_id`)},
    'cvSkillsByCitizenId', ${nodes(`select json_agg(json_build_object('level', s.level, 'escoSkillBySkillUri', ${LABEL_SQL('k')}) order by s.source, s.position)
      from cv_skills s join esco_skills k on k.uri = s.skill_uri where s.citizen_id = cv.citizen_id`)})
  from cvs cv where cv.citizen_id = c.user_id)`;

export const QUESTIONS: Question[] = [
  {
    name: 'vacancy -> 25 candidatures -> citizen -> CV',
    anonymous: false,
    api: {
      query: `query($id: ID!) { vacancy(id: $id) {
        title companyName occupation { label } workplaceComune { name } languages { languageName }
        applications(first: 25) { totalCount edges { node {
          status createdAt history { toStatus actorRole at }
          citizen { givenName familyName age residenceComune { name } cv { ${CV} } }
        } } }
      } }`,
      variables: (id) => ({ id }),
    },
    postgraphile: {
      query: `query($id: UUID!) { vacancyById(id: $id) {
        title companyByCompanyId { legalName } escoOccupationByOccupationUri { labelIt labelEn }
        comuniByWorkplaceComuneCode { name }
        vacancyLanguagesByVacancyId(orderBy: LANGUAGE_CODE_ASC) { nodes { languageCode } }
        applicationsByVacancyId(first: 25, orderBy: [UPDATED_AT_DESC, ID_DESC]) { totalCount nodes {
          status createdAt
          applicationEventsByApplicationId(orderBy: [AT_ASC, ID_ASC]) { nodes { toStatus at userByActorUserId { kind } } }
          citizenByCitizenId {
            birthDate employmentStatus userByUserId { givenName familyName } comuniByResidenceComuneCode { name }
            cvByCitizenId {
              headline summary
              cvSoughtOccupationsByCitizenId(orderBy: POSITION_ASC) { nodes { escoOccupationByOccupationUri { labelIt labelEn } } }
              cvExperiencesByCitizenId(orderBy: POSITION_ASC) { nodes {
                employer jobTitle startsOn endsOn
                escoOccupationByOccupationUri { labelIt labelEn } comuniByComuneCode { name }
              } }
              cvEducationsByCitizenId(orderBy: POSITION_ASC) { nodes { educationTitleByTitleCode { labelIt eqfLevel } } }
              cvLanguagesByCitizenId(orderBy: LANGUAGE_CODE_ASC) { nodes { languageCode listening } }
              cvSkillsByCitizenId(orderBy: [SOURCE_ASC, POSITION_ASC]) { nodes { level escoSkillBySkillUri { labelIt labelEn } } }
            }
          }
        } }
      } }`,
      variables: (id) => ({ id }),
    },
    floor: {
      sql: `select json_build_object('vacancyById', (select json_build_object(
          'title', v.title,
          'companyByCompanyId', (select json_build_object('legalName', co.legal_name) from companies co where co.id = v.company_id),
          'escoOccupationByOccupationUri', (select ${LABEL_SQL('o')} from esco_occupations o where o.uri = v.occupation_uri),
          'comuniByWorkplaceComuneCode', (select json_build_object('name', k.name) from comuni k where k.istat_code = v.workplace_comune_code),
          'vacancyLanguagesByVacancyId', ${nodes(`select json_agg(json_build_object('languageCode', l.language_code) order by l.language_code)
            from vacancy_languages l where l.vacancy_id = v.id`)},
          'applicationsByVacancyId', json_build_object(
            'totalCount', (select count(*) from applications a where a.vacancy_id = v.id),
            'nodes', coalesce((select json_agg(json_build_object(
                'status', a.status, 'createdAt', a.created_at,
                'applicationEventsByApplicationId', ${nodes(`select json_agg(json_build_object('toStatus', ev.to_status, 'at', ev.at,
                    'userByActorUserId', json_build_object('kind', u.kind)) order by ev.at, ev.id)
                  from application_events ev join users u on u.id = ev.actor_user_id where ev.application_id = a.id`)},
                'citizenByCitizenId', (select json_build_object(
                    'birthDate', c.birth_date, 'employmentStatus', c.employment_status,
                    'userByUserId', json_build_object('givenName', u.given_name, 'familyName', u.family_name),
                    'comuniByResidenceComuneCode', (select json_build_object('name', k.name) from comuni k where k.istat_code = c.residence_comune_code),
                    'cvByCitizenId', ${CV_SQL})
                  from citizens c join users u on u.id = c.user_id where c.user_id = a.citizen_id))
                order by a.updated_at desc, a.id desc)
              from (select * from applications where vacancy_id = v.id order by updated_at desc, id desc limit 25) a), '[]')))
        from vacancies v where v.id = $1))::text`,
      params: (id) => [id],
    },
    fromPeer: (data) => {
      const v = data.vacancyById;
      const today = todayInItaly();
      return {
        vacancy: {
          title: v.title,
          companyName: v.companyByCompanyId.legalName,
          occupation: label(v.escoOccupationByOccupationUri),
          workplaceComune: name(v.comuniByWorkplaceComuneCode),
          languages: v.vacancyLanguagesByVacancyId.nodes.map((l: Json) => ({
            languageName: named(l.languageCode),
          })),
          applications: connection(v.applicationsByVacancyId, (a) => ({
            status: a.status,
            createdAt: iso(a.createdAt),
            history: a.applicationEventsByApplicationId.nodes.map((e: Json) => ({
              toStatus: e.toStatus,
              actorRole: ROLE_LABEL[e.userByActorUserId.kind] ?? e.userByActorUserId.kind,
              at: iso(e.at),
            })),
            citizen: {
              givenName: a.citizenByCitizenId.userByUserId.givenName,
              familyName: a.citizenByCitizenId.userByUserId.familyName,
              age: ageOn(a.citizenByCitizenId.birthDate, today),
              residenceComune: name(a.citizenByCitizenId.comuniByResidenceComuneCode),
              cv: cvFromPeer(a.citizenByCitizenId.cvByCitizenId, a.citizenByCitizenId.employmentStatus),
            },
          })),
        },
      };
    },
  },
  {
    name: "network's 20 vacancies -> 5 candidatures each -> citizen",
    anonymous: false,
    api: {
      query: `{ networkVacancies(first: 20) { totalCount edges { node {
        title status companyName occupation { label }
        applications(first: 5) { totalCount edges { node { status citizen { givenName residenceComune { name } cv { headline } } } } }
      } } } }`,
      variables: () => ({}),
    },
    postgraphile: {
      query: `query($network: UUID!) { allVacancies(condition: { networkId: $network }, first: 20, orderBy: [CREATED_AT_DESC, ID_DESC]) {
        totalCount nodes {
          title status expiresOn companyByCompanyId { legalName } escoOccupationByOccupationUri { labelIt labelEn }
          applicationsByVacancyId(first: 5, orderBy: [UPDATED_AT_DESC, ID_DESC]) { totalCount nodes {
            status citizenByCitizenId {
              userByUserId { givenName } comuniByResidenceComuneCode { name } cvByCitizenId { headline }
            }
          } }
        }
      } }`,
      variables: (_id, network) => ({ network }),
    },
    floor: {
      sql: `select json_build_object('allVacancies', json_build_object(
          'totalCount', (select count(*) from vacancies where network_id = $1),
          'nodes', coalesce((select json_agg(json_build_object(
              'title', v.title, 'status', v.status, 'expiresOn', v.expires_on,
              'companyByCompanyId', (select json_build_object('legalName', co.legal_name) from companies co where co.id = v.company_id),
              'escoOccupationByOccupationUri', (select ${LABEL_SQL('o')} from esco_occupations o where o.uri = v.occupation_uri),
              'applicationsByVacancyId', json_build_object(
                'totalCount', (select count(*) from applications a where a.vacancy_id = v.id),
                'nodes', coalesce((select json_agg(json_build_object(
                    'status', a.status,
                    'citizenByCitizenId', (select json_build_object(
                        'userByUserId', json_build_object('givenName', u.given_name),
                        'comuniByResidenceComuneCode', (select json_build_object('name', k.name) from comuni k where k.istat_code = c.residence_comune_code),
                        'cvByCitizenId', (select json_build_object('headline', cv.headline) from cvs cv where cv.citizen_id = c.user_id))
                      from citizens c join users u on u.id = c.user_id where c.user_id = a.citizen_id))
                    order by a.updated_at desc, a.id desc)
                  from (select * from applications where vacancy_id = v.id order by updated_at desc, id desc limit 5) a), '[]')))
              order by v.created_at desc, v.id desc)
            from (select * from vacancies where network_id = $1 order by created_at desc, id desc limit 20) v), '[]')))::text`,
      params: (_id, network) => [network],
    },
    fromPeer: (data) => {
      const today = todayInItaly();
      return {
        networkVacancies: connection(data.allVacancies, (v) => ({
          title: v.title,
          status: status(v, today),
          companyName: v.companyByCompanyId.legalName,
          occupation: label(v.escoOccupationByOccupationUri),
          applications: connection(v.applicationsByVacancyId, (a) => ({
            status: a.status,
            citizen: {
              givenName: a.citizenByCitizenId.userByUserId.givenName,
              residenceComune: name(a.citizenByCitizenId.comuniByResidenceComuneCode),
              cv: a.citizenByCitizenId.cvByCitizenId
                ? { headline: a.citizenByCitizenId.cvByCitizenId.headline }
                : null,
            },
          })),
        })),
      };
    },
  },
  {
    name: 'public search, 20 vacancies with their details',
    anonymous: true,
    api: {
      query: `{ vacancySearch(first: 20) { totalCount edges { node {
        title companyName contractType occupation { label } workplaceComune { name provinceCode }
        languages { languageName minLevel } skills { essential skill { label } }
      } } } }`,
      variables: () => ({}),
    },
    postgraphile: {
      query: `{ benchVacancySearch(first: 20) { totalCount nodes {
        title contractType companyByCompanyId { legalName } escoOccupationByOccupationUri { labelIt labelEn }
        comuniByWorkplaceComuneCode { name provinceCode }
        vacancyLanguagesByVacancyId(orderBy: LANGUAGE_CODE_ASC) { nodes { languageCode minLevel } }
        vacancySkillsByVacancyId { nodes { essential escoSkillBySkillUri { labelIt labelEn } } }
      } } }`,
      variables: () => ({}),
    },
    floor: {
      sql: `with found as (select * from vacancies
          where status = 'PUBLISHED' and expires_on >= (now() at time zone 'Europe/Rome')::date)
        select json_build_object('benchVacancySearch', json_build_object(
          'totalCount', (select count(*) from found),
          'nodes', coalesce((select json_agg(json_build_object(
              'title', v.title, 'contractType', v.contract_type,
              'companyByCompanyId', (select json_build_object('legalName', co.legal_name) from companies co where co.id = v.company_id),
              'escoOccupationByOccupationUri', (select ${LABEL_SQL('o')} from esco_occupations o where o.uri = v.occupation_uri),
              'comuniByWorkplaceComuneCode', (select json_build_object('name', k.name, 'provinceCode', k.province_code) from comuni k where k.istat_code = v.workplace_comune_code),
              'vacancyLanguagesByVacancyId', ${nodes(`select json_agg(json_build_object('languageCode', l.language_code, 'minLevel', l.min_level) order by l.language_code)
                from vacancy_languages l where l.vacancy_id = v.id`)},
              'vacancySkillsByVacancyId', ${nodes(`select json_agg(json_build_object('essential', s.essential, 'escoSkillBySkillUri', ${LABEL_SQL('k')})
                  order by s.essential desc, coalesce(k.label_it, k.label_en))
                from vacancy_skills s join esco_skills k on k.uri = s.skill_uri where s.vacancy_id = v.id`)})
              order by v.published_at desc, v.id desc)
            from (select * from found order by published_at desc, id desc limit 20) v), '[]')))::text`,
      params: () => [],
    },
    fromPeer: (data) => ({
      vacancySearch: connection(data.benchVacancySearch, (v) => ({
        title: v.title,
        companyName: v.companyByCompanyId.legalName,
        contractType: v.contractType,
        occupation: label(v.escoOccupationByOccupationUri),
        workplaceComune: v.comuniByWorkplaceComuneCode
          ? {
              name: v.comuniByWorkplaceComuneCode.name,
              provinceCode: v.comuniByWorkplaceComuneCode.provinceCode,
            }
          : null,
        languages: v.vacancyLanguagesByVacancyId.nodes.map((l: Json) => ({
          languageName: named(l.languageCode),
          minLevel: l.minLevel,
        })),
        skills: sortSkills(
          v.vacancySkillsByVacancyId.nodes.map((s: Json) => ({
            essential: s.essential,
            skill: label(s.escoSkillBySkillUri),
          })),
        ),
      })),
    }),
    // PostGraphile cannot order a vacancy's skills by their label: the comparison sorts them alike.
    normalise: (data) => ({
      vacancySearch: {
        ...data.vacancySearch,
        edges: data.vacancySearch.edges.map((edge: Json) => ({
          node: { ...edge.node, skills: sortSkills(edge.node.skills) },
        })),
      },
    }),
  },
];

/** The PostgreSQL function PostGraphile exposes as `benchVacancySearch`: the API's public search. */
export const POSTGRAPHILE_SEARCH_FUNCTION = `create function bench_vacancy_search() returns setof vacancies
  language sql stable as $$
    select * from vacancies where status = 'PUBLISHED' and expires_on >= (now() at time zone 'Europe/Rome')::date
    order by published_at desc, id desc
  $$`;

function sortSkills(skills: { essential: boolean; skill: { label: string } }[]) {
  return [...skills].sort(
    (a, b) => Number(b.essential) - Number(a.essential) || (a.skill.label < b.skill.label ? -1 : 1),
  );
}
