import type { RequestContext } from '../../context.js';
import { comuneLoader } from '../network/loaders.js';
import type { Vacancy } from './service.js';

type Query = { obj: Vacancy };

export const vacancyLoaders = {
  Vacancy: {
    workplaceComune: async (queries: Query[], ctx: RequestContext) => {
      const placed = queries.filter((q) => q.obj.workplaceComuneCode !== null);
      const found = await comuneLoader<Vacancy>((v) => v.workplaceComuneCode!)(placed, ctx);
      const byVacancy = new Map(placed.map((q, i) => [q.obj.id, found[i] ?? null]));
      return queries.map((q) => byVacancy.get(q.obj.id) ?? null);
    },
    occupation: async (queries: Query[], { services }: RequestContext) => {
      const found = await services.cvs.occupationsByUris(queries.map((q) => q.obj.occupationUri));
      return queries.map((q) => found.get(q.obj.occupationUri));
    },
    languages: async (queries: Query[], { services }: RequestContext) => {
      const found = await services.vacancies.languagesOf(queries.map((q) => q.obj.id));
      return queries.map((q) => found.get(q.obj.id) ?? []);
    },
    skills: async (queries: Query[], { services }: RequestContext) => {
      const found = await services.vacancies.skillsOf(queries.map((q) => q.obj.id));
      return queries.map((q) => found.get(q.obj.id) ?? []);
    },
    draftedFromNeed: async (queries: Query[], { services }: RequestContext) => {
      const drafted = await services.vacancies.draftedFromNeed(queries.map((q) => q.obj.id));
      return queries.map((q) => drafted.has(q.obj.id));
    },
    companyName: async (queries: Query[], { services }: RequestContext) => {
      const names = await services.vacancies.companyNames([...new Set(queries.map((q) => q.obj.companyId))]);
      return queries.map((q) => names.get(q.obj.companyId) ?? '');
    },
  },
};
