import type { RequestContext } from '../../context.js';
import { sportelloLoader } from '../network/loaders.js';
import type { OrientationRecordView } from './records.js';
import type { GapTrainingModule, GapVacancy } from './service.js';

export const orientationLoaders = {
  SkillsGapTrainingModule: {
    trainingModule: async (queries: { obj: GapTrainingModule }[], { services }: RequestContext) => {
      const found = new Map(
        (await services.training.byIds(queries.map((q) => q.obj.moduleId))).map((m) => [m.id, m]),
      );
      return queries.map((q) => found.get(q.obj.moduleId));
    },
  },
  SkillsGapVacancy: {
    vacancy: async (queries: { obj: GapVacancy }[], { services }: RequestContext) => {
      const found = new Map(
        (await services.vacancies.byIds(queries.map((q) => q.obj.vacancyId))).map((v) => [v.id, v]),
      );
      return queries.map((q) => found.get(q.obj.vacancyId));
    },
  },
  OrientationRecord: {
    sportello: sportelloLoader<OrientationRecordView>((r) => r.sportelloId),
    targetOccupations: async (queries: { obj: OrientationRecordView }[], { services }: RequestContext) => {
      const found = await services.orientationRecords.occupationsOf(queries.map((q) => q.obj.id));
      return queries.map((q) => found.get(q.obj.id) ?? []);
    },
  },
};
