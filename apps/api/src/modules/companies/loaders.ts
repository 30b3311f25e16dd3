import type { RequestContext } from '../../context.js';
import { forbidden } from '../../lib/errors.js';
import { comuneLoader } from '../network/loaders.js';
import { canSeeCompanyMembers } from './policy.js';
import type { CompanySite } from './profile.js';
import type { Company } from './service.js';

type Query = { obj: Company };

export const companyLoaders = {
  Company: {
    comune: comuneLoader<Company>((c) => c.comuneCode),
    atecoActivity: async (queries: Query[], { services }: RequestContext) => {
      const codes = [...new Set(queries.map((q) => q.obj.atecoCode).filter((c): c is string => c !== null))];
      const found = await services.companyProfiles.atecoByCodes(codes);
      return queries.map((q) => (q.obj.atecoCode ? (found.get(q.obj.atecoCode) ?? null) : null));
    },
    sites: async (queries: Query[], { services }: RequestContext) => {
      const found = await services.companyProfiles.sitesOf(queries.map((q) => q.obj.id));
      return queries.map((q) => found.get(q.obj.id) ?? []);
    },
    members: async (queries: Query[], { actor, services }: RequestContext) => {
      const found = await services.companyProfiles.membersOf(queries.map((q) => q.obj.id));
      return queries.map((q) =>
        canSeeCompanyMembers(actor, q.obj) ? (found.get(q.obj.id) ?? []) : forbidden(),
      );
    },
  },
  CompanySite: {
    comune: comuneLoader<CompanySite>((s) => s.comuneCode),
  },
};
