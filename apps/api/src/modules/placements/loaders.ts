import type { RequestContext } from '../../context.js';
import type { Placement } from './service.js';

type Query = { obj: Placement };

export const placementLoaders = {
  Placement: {
    citizen: async (queries: Query[], { services }: RequestContext) => {
      const found = new Map(
        (await services.citizens.byIds([...new Set(queries.map((q) => q.obj.citizenId))])).map((c) => [
          c.userId,
          c,
        ]),
      );
      return queries.map((q) => found.get(q.obj.citizenId));
    },
    application: async (queries: Query[], { services }: RequestContext) => {
      const ids = queries.map((q) => q.obj.applicationId).filter((id): id is string => id !== null);
      const found = new Map((await services.applications.byIds(ids)).map((a) => [a.id, a]));
      return queries.map((q) => (q.obj.applicationId ? (found.get(q.obj.applicationId) ?? null) : null));
    },
  },
};
