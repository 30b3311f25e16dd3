import type { RequestContext } from '../../context.js';
import { citizenLoader } from '../citizens/loaders.js';
import { comuneLoader, sportelloLoader } from '../network/loaders.js';
import type { OutplacementProject, OutplacementWorker, OutplacementWorkerEvent } from './service.js';

type Query<T> = { obj: T };

export const outplacementLoaders = {
  OutplacementProject: {
    sportello: sportelloLoader((p: OutplacementProject) => p.sportelloId),
    comune: comuneLoader((p: OutplacementProject) => p.comuneCode),
  },
  OutplacementWorker: {
    citizen: citizenLoader<OutplacementWorker>((w) => w.citizenId),
  },
  OutplacementWorkerEvent: {
    recordedByName: async (queries: Query<OutplacementWorkerEvent>[], { services }: RequestContext) => {
      const ids = [...new Set(queries.flatMap((q) => (q.obj.byUserId ? [q.obj.byUserId] : [])))];
      const names = new Map(
        (await services.identity.usersByIds(ids)).map((u) => [u.id, `${u.givenName} ${u.familyName}`]),
      );
      return queries.map((q) => (q.obj.byUserId ? (names.get(q.obj.byUserId) ?? null) : null));
    },
  },
};
