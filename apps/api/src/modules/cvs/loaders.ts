import type { Actor, RequestContext } from '../../context.js';
import { forbidden } from '../../lib/errors.js';
import type { CitizenRecord } from '../citizens/service.js';
import { canReadCv } from './policy.js';
import { cvView } from './service.js';

type CitizenRef = Pick<CitizenRecord, 'userId' | 'networkId' | 'employmentStatus'>;

/** What an actor gets for a citizen's CV, loaded or planned alike. */
export function presentCv<T extends object>(actor: Actor, citizen: CitizenRef, cv: T | null | undefined) {
  if (!canReadCv(actor, citizen)) return forbidden();
  return cv ? cvView(cv, citizen) : null;
}

export const cvLoaders = {
  Citizen: {
    cv: async (queries: { obj: CitizenRecord }[], { actor, services }: RequestContext) => {
      const found = await services.cvs.byCitizens(queries.map((q) => q.obj.userId));
      return queries.map(({ obj: citizen }) => presentCv(actor, citizen, found.get(citizen.userId)));
    },
  },
};
