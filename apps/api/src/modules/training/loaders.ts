import type { RequestContext } from '../../context.js';
import { isStaffOf } from '../../lib/actors.js';
import { citizenLoader } from '../citizens/loaders.js';
import type { CvSkillRecord } from '../cvs/service.js';
import { comuneLoader, sportelloLoader } from '../network/loaders.js';
import type { TrainingEnrolment, TrainingModule } from './service.js';

type Query = { obj: TrainingModule };

async function seatsTaken(queries: Query[], { services }: RequestContext) {
  return services.training.seatsTakenOf(queries.map((q) => q.obj.id));
}

const modulesByIds = async (ids: (string | null)[], { services }: RequestContext) =>
  new Map(
    (await services.training.byIds(ids.filter((id): id is string => id !== null))).map((m) => [m.id, m]),
  );

export const trainingLoaders = {
  TrainingModule: {
    skills: async (queries: Query[], { services }: RequestContext) => {
      const found = await services.training.skillsOf(queries.map((q) => q.obj.id));
      return queries.map((q) => found.get(q.obj.id) ?? []);
    },
    comune: comuneLoader<TrainingModule>((m) => m.comuneCode),
    sportello: sportelloLoader<TrainingModule>((m) => m.sportelloId),
    enrolledCount: async (queries: Query[], ctx: RequestContext) => {
      const taken = await seatsTaken(queries, ctx);
      return queries.map((q) => taken.get(q.obj.id) ?? 0);
    },
    seatsLeft: async (queries: Query[], ctx: RequestContext) => {
      const taken = await seatsTaken(queries, ctx);
      return queries.map((q) => Math.max(0, q.obj.seats - (taken.get(q.obj.id) ?? 0)));
    },
    /** The staff of the module's network see every enrolment; a citizen only their own. */
    enrolments: async (queries: Query[], { actor, services }: RequestContext) => {
      const ids = queries.map((q) => q.obj.id);
      const citizenId = actor.kind === 'CITIZEN' ? actor.userId : undefined;
      const found =
        citizenId || actor.kind === 'OPERATOR' || actor.kind === 'NETWORK_ADMIN'
          ? await services.training.enrolmentsOf(ids, citizenId)
          : new Map<string, TrainingEnrolment[]>();
      return queries.map((q) =>
        citizenId || isStaffOf(actor, q.obj.networkId) ? (found.get(q.obj.id) ?? []) : [],
      );
    },
  },
  TrainingEnrolment: {
    module: async (queries: { obj: TrainingEnrolment }[], ctx: RequestContext) => {
      const found = await modulesByIds(
        queries.map((q) => q.obj.moduleId),
        ctx,
      );
      return queries.map((q) => found.get(q.obj.moduleId));
    },
    citizen: citizenLoader<TrainingEnrolment>((e) => e.citizenId),
  },
  CvSkill: {
    trainingModule: async (queries: { obj: CvSkillRecord }[], ctx: RequestContext) => {
      const found = await modulesByIds(
        queries.map((q) => q.obj.trainingModuleId),
        ctx,
      );
      return queries.map((q) =>
        q.obj.trainingModuleId ? (found.get(q.obj.trainingModuleId) ?? null) : null,
      );
    },
  },
};
