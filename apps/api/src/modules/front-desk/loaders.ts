import type { RequestContext } from '../../context.js';
import { comuneLoader, sportelloLoader } from '../network/loaders.js';
import type { FrontDeskContact } from './service.js';

type Query<T> = { obj: T };

export const frontDeskLoaders = {
  FrontDeskContact: {
    comune: comuneLoader<FrontDeskContact>((c) => c.comuneCode),
    sportello: sportelloLoader<FrontDeskContact>((c) => c.sportelloId),
    citizen: async (queries: Query<FrontDeskContact>[], { services }: RequestContext) => {
      const ids = [...new Set(queries.map((q) => q.obj.citizenId).filter((id): id is string => id !== null))];
      const found = new Map((await services.citizens.byIds(ids)).map((c) => [c.userId, c]));
      return queries.map((q) => (q.obj.citizenId ? (found.get(q.obj.citizenId) ?? null) : null));
    },
  },
  ContactComuneCount: { comune: comuneLoader<{ comuneCode: string }>((c) => c.comuneCode) },
  ContactSportelloCount: { sportello: sportelloLoader<{ sportelloId: string }>((c) => c.sportelloId) },
};
