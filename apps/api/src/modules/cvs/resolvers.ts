import type { Resolvers } from '../../graphql/resolvers.generated.js';
import { networkOf, refuse } from '../../lib/actors.js';
import { badInput, notFound } from '../../lib/errors.js';
import { payload } from '../../lib/payload.js';
import { cvCompleteness } from './completeness.js';
import { canEditCv } from './policy.js';
import { cvView, languageName } from './service.js';

const MAX_SEARCH_RESULTS = 50;
const MAX_OCCUPATIONS_BY_URI = 20;

export const cvResolvers: Resolvers = {
  Query: {
    escoOccupations: (_, { search, first }, { services }) =>
      services.cvs.searchOccupations(search, Math.min(Math.max(first ?? 20, 1), MAX_SEARCH_RESULTS)),
    escoOccupationsByUri: async (_, { uris }, { services }) => {
      if (uris.length > MAX_OCCUPATIONS_BY_URI)
        throw badInput(`Si possono chiedere al massimo ${MAX_OCCUPATIONS_BY_URI} professioni alla volta.`);
      const found = await services.cvs.occupationsByUris(uris);
      return [...new Set(uris)].flatMap((uri) => found.get(uri) ?? []);
    },
    educationTitles: (_, __, { services }) => services.cvs.educationTitles(),
    escoSkills: (_, { search, first }, { services }) =>
      services.cvs.searchSkills(search, Math.min(Math.max(first ?? 20, 1), MAX_SEARCH_RESULTS)),
  },
  Mutation: {
    saveCv: async (_, { citizenId, input }, { actor, services }) => {
      const networkId = networkOf(actor);
      const id = citizenId ?? (actor.kind === 'CITIZEN' ? actor.userId : null);
      if (!id) refuse(actor);
      const citizen = await services.citizens.byId(networkId, id);
      if (!citizen || !canEditCv(actor, citizen) || !('userId' in actor)) throw notFound();
      return payload(async () => {
        const cv = await services.cvs.save(citizen, input, actor.userId);
        return { cv: cvView(cv, citizen) };
      });
    },
  },
  Cv: {
    soughtOccupations: (cv) => cv.soughtOccupations.map((s) => s.occupation),
    completeness: (cv) => cvCompleteness(cv, cv.neverEmployed),
  },
  CvEducation: {
    title: (education) => education.title,
  },
  CvLanguage: {
    languageName: (language) => languageName(language.languageCode) ?? language.languageCode,
  },
  EscoOccupation: {
    label: (occupation) => occupation.labelIt ?? occupation.labelEn,
  },
  EscoSkill: {
    label: (skill) => skill.labelIt ?? skill.labelEn,
  },
  EducationTitle: {
    label: (title) => title.labelIt,
  },
};
