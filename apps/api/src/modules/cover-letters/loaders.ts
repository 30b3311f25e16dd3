import type { RequestContext } from '../../context.js';
import { forbidden } from '../../lib/errors.js';
import type { CitizenRecord } from '../citizens/service.js';
import { canReadCoverLetter } from './policy.js';
import type { CoverLetter } from './service.js';

export const coverLetterLoaders = {
  Citizen: {
    coverLetters: async (queries: { obj: CitizenRecord }[], { actor, services }: RequestContext) => {
      const readable = queries.filter((q) => canReadCoverLetter(actor, q.obj));
      const found = await services.coverLetters.ofCitizens(readable.map((q) => q.obj.userId));
      return queries.map(({ obj: citizen }) =>
        canReadCoverLetter(actor, citizen) ? (found.get(citizen.userId) ?? []) : forbidden(),
      );
    },
  },
  CoverLetter: {
    vacancy: async (queries: { obj: CoverLetter }[], { services }: RequestContext) => {
      const ids = queries.map((q) => q.obj.vacancyId).filter((id): id is string => id !== null);
      const found = new Map((await services.vacancies.byIds(ids)).map((v) => [v.id, v]));
      return queries.map((q) => (q.obj.vacancyId ? (found.get(q.obj.vacancyId) ?? null) : null));
    },
  },
};
