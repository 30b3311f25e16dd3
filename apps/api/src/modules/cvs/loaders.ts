import type { RequestContext } from '../../context.js';
import { forbidden } from '../../lib/errors.js';
import type { CitizenRecord } from '../citizens/service.js';
import { canReadCv } from './policy.js';

export const cvLoaders = {
  Citizen: {
    cv: async (queries: { obj: CitizenRecord }[], { actor, services }: RequestContext) => {
      const found = await services.cvs.byCitizens(queries.map((q) => q.obj.userId));
      return queries.map(({ obj: citizen }) => {
        if (!canReadCv(actor, citizen)) return forbidden();
        const cv = found.get(citizen.userId);
        return cv ? { ...cv, neverEmployed: citizen.employmentStatus === 'NEVER_EMPLOYED' } : null;
      });
    },
  },
};
