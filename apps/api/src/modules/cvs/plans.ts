import {
  citizens,
  cvCertifications,
  cvEducation,
  cvExperiences,
  cvLanguages,
  cvSkills,
  cvSoughtOccupations,
  cvs,
  educationTitles,
  escoOccupations,
  escoSkills,
} from '@sportello/db';
import { sql } from 'drizzle-orm';
import {
  columns,
  columnsAs,
  fallback,
  many,
  needsAs,
  one,
  type PlanModule,
} from '../../lib/sql-planner/index.js';
import { cvCompletenessInSql } from './completeness.js';
import { languageNameInSql } from './service.js';

const neverEmployed = (cv: typeof cvs) =>
  sql`exists (select 1 from ${citizens} where ${citizens.userId} = ${cv.citizenId} and ${citizens.employmentStatus} = 'NEVER_EMPLOYED')`;

const sections = { store: 'model', orderBy: [['position', 'asc']] } as const;

export const cvPlans: PlanModule = {
  Cv: {
    table: cvs,
    always: ['citizenId'],
    // What `cvView` sets from the owner, for a CV reached other than through its citizen.
    computed: { neverEmployed: (row) => neverEmployed(row as typeof cvs) },
    fields: {
      headline: columns('headline'),
      summary: columns('summary'),
      soughtOccupations: many('EscoOccupation', ['citizenId', 'uri'], {
        through: { table: cvSoughtOccupations, parentKey: 'citizenId', childKey: 'occupationUri' },
        ...sections,
        wrap: 'occupation',
      }),
      experiences: many('CvExperience', ['citizenId', 'citizenId'], sections),
      education: many('CvEducation', ['citizenId', 'citizenId'], sections),
      languages: many('CvLanguage', ['citizenId', 'citizenId'], {
        store: 'model',
        orderBy: [['languageCode', 'asc']],
      }),
      certifications: many('CvCertification', ['citizenId', 'citizenId'], sections),
      // Declared first (the enum's order), then attested, as the service reads them.
      skills: many('CvSkill', ['citizenId', 'citizenId'], {
        store: 'model',
        orderBy: [
          ['source', 'asc'],
          ['position', 'asc'],
        ],
      }),
      completeness: needsAs(
        cvs,
        (cv) => cvCompletenessInSql(cv, neverEmployed(cv)),
        '{ headline summary soughtOccupations { uri } experiences { id } education { id } languages { languageCode } }',
        'neverEmployed',
      ),
      updatedAt: columns('updatedAt'),
    },
  },
  CvExperience: {
    table: cvExperiences,
    always: ['id'],
    fields: {
      id: columns('id'),
      employer: columns('employer'),
      jobTitle: columns('jobTitle'),
      occupation: one('EscoOccupation', ['occupationUri', 'uri'], { store: 'model' }),
      comune: one('Comune', ['comuneCode', 'istatCode'], { store: 'model' }),
      startsOn: columns('startsOn'),
      endsOn: columns('endsOn'),
      description: columns('description'),
    },
  },
  CvEducation: {
    table: cvEducation,
    always: ['id'],
    fields: {
      id: columns('id'),
      title: one('EducationTitle', ['titleCode', 'code'], { store: 'model' }),
      field: columns('field'),
      institution: columns('institution'),
      yearCompleted: columns('yearCompleted'),
    },
  },
  CvLanguage: {
    table: cvLanguages,
    always: ['languageCode'],
    fields: {
      languageCode: columns('languageCode'),
      languageName: columnsAs(
        cvLanguages,
        (language) => languageNameInSql(language.languageCode),
        'languageCode',
      ),
      motherTongue: columns('motherTongue'),
      listening: columns('listening'),
      reading: columns('reading'),
      spokenInteraction: columns('spokenInteraction'),
      spokenProduction: columns('spokenProduction'),
      writing: columns('writing'),
    },
  },
  CvCertification: {
    table: cvCertifications,
    always: ['id'],
    fields: {
      id: columns('id'),
      name: columns('name'),
      issuer: columns('issuer'),
      issuedOn: columns('issuedOn'),
      expiresOn: columns('expiresOn'),
    },
  },
  CvSkill: {
    table: cvSkills,
    always: [],
    fields: {
      skill: one('EscoSkill', ['skillUri', 'uri'], { store: 'model' }),
      level: columns('level'),
      source: columns('source'),
      internship: fallback('internshipId'),
      trainingModule: fallback('trainingModuleId'),
    },
  },
  EscoSkill: {
    table: escoSkills,
    always: ['uri'],
    fields: {
      uri: columns('uri'),
      label: columnsAs(
        escoSkills,
        (skill) => sql`coalesce(${skill.labelIt}, ${skill.labelEn})`,
        'labelIt',
        'labelEn',
      ),
      labelEn: columns('labelEn'),
      skillType: columns('skillType'),
      reuseLevel: columns('reuseLevel'),
    },
  },
  EscoOccupation: {
    table: escoOccupations,
    always: ['uri'],
    fields: {
      uri: columns('uri'),
      code: columns('code'),
      label: columnsAs(
        escoOccupations,
        (occupation) => sql`coalesce(${occupation.labelIt}, ${occupation.labelEn})`,
        'labelIt',
        'labelEn',
      ),
      labelEn: columns('labelEn'),
      iscoGroup: columns('iscoGroup'),
      iscoGroupLabel: fallback('iscoGroup'),
      skills: fallback('uri'),
    },
  },
  EducationTitle: {
    table: educationTitles,
    always: ['code'],
    fields: {
      code: columns('code'),
      label: columnsAs(educationTitles, (title) => sql`${title.labelIt}`, 'labelIt'),
      eqfLevel: columns('eqfLevel'),
    },
  },
};
