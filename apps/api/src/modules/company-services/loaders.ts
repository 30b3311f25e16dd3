import type { RequestContext } from '../../context.js';
import type { CompanyContact, CompanyNeed } from './service.js';

type NeedQuery = { obj: CompanyNeed };

/** The records behind ids, in the order of the ids; ids whose record is missing are skipped. */
const inOrder = <T extends { id: string }>(ids: readonly string[], found: readonly T[]) => {
  const byId = new Map(found.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
};

export const companyServicesLoaders = {
  CompanyContact: {
    needs: async (queries: { obj: CompanyContact }[], { services }: RequestContext) => {
      const found = await services.companyServices.needsOfContacts(queries.map((q) => q.obj.id));
      return queries.map((q) => found.get(q.obj.id) ?? []);
    },
    corrections: async (queries: { obj: CompanyContact }[], { services }: RequestContext) => {
      const found = await services.companyServices.correctionsOf(queries.map((q) => q.obj.id));
      return queries.map((q) => found.get(q.obj.id) ?? []);
    },
  },
  CompanyNeed: {
    occupation: async (queries: NeedQuery[], { services }: RequestContext) => {
      const found = await services.cvs.occupationsByUris(queries.map((q) => q.obj.occupationUri));
      return queries.map((q) => found.get(q.obj.occupationUri));
    },
    skills: async (queries: NeedQuery[], { services }: RequestContext) => {
      const uris = await services.companyServices.skillsOf(queries.map((q) => q.obj.id));
      const skills = await services.cvs.skillsByUris([...new Set([...uris.values()].flat())]);
      return queries.map((q) => (uris.get(q.obj.id) ?? []).flatMap((uri) => skills.get(uri) ?? []));
    },
    vacancies: async (queries: NeedQuery[], { services }: RequestContext) => {
      const ids = await services.companyServices.vacancyIdsOf(queries.map((q) => q.obj.id));
      const found = await services.vacancies.byIds([...new Set([...ids.values()].flat())]);
      return queries.map((q) => inOrder(ids.get(q.obj.id) ?? [], found));
    },
    draftedVacancy: async (queries: NeedQuery[], { services }: RequestContext) => {
      const ids = await services.companyServices.draftedVacancyIdsOf(queries.map((q) => q.obj.id));
      const found = new Map(
        (await services.vacancies.byIds([...ids.values()])).map((v) => [v.id, v] as const),
      );
      return queries.map((q) => found.get(ids.get(q.obj.id) ?? '') ?? null);
    },
    internships: async (queries: NeedQuery[], { services }: RequestContext) => {
      const ids = await services.companyServices.internshipIdsOf(queries.map((q) => q.obj.id));
      const found = await services.internships.byIds([...new Set([...ids.values()].flat())]);
      return queries.map((q) => inOrder(ids.get(q.obj.id) ?? [], found));
    },
  },
};
