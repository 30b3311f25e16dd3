import type { RequestContext } from '../../context.js';
import type { GapVacancy } from './service.js';

export const orientationLoaders = {
  SkillsGapVacancy: {
    vacancy: async (queries: { obj: GapVacancy }[], { services }: RequestContext) => {
      const found = new Map(
        (await services.vacancies.byIds(queries.map((q) => q.obj.vacancyId))).map((v) => [v.id, v]),
      );
      return queries.map((q) => found.get(q.obj.vacancyId));
    },
  },
};
