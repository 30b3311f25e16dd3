import type { RequestContext } from '../../context.js';
import type { CvSkillRecord } from '../cvs/service.js';
import { sportelloLoader } from '../network/loaders.js';
import type { Placement } from '../placements/service.js';
import type { Internship } from './service.js';

type Query = { obj: Internship };

export const internshipLoaders = {
  Internship: {
    company: async (queries: Query[], { services }: RequestContext) => {
      const found = new Map(
        (await services.companies.byIds([...new Set(queries.map((q) => q.obj.companyId))])).map((c) => [
          c.id,
          c,
        ]),
      );
      return queries.map((q) => found.get(q.obj.companyId));
    },
    companySite: async (queries: Query[], { services }: RequestContext) => {
      const sited = queries.filter((q) => q.obj.companySiteId !== null);
      const sites = await services.companyProfiles.sitesOf([...new Set(sited.map((q) => q.obj.companyId))]);
      return queries.map(
        (q) => sites.get(q.obj.companyId)?.find((site) => site.id === q.obj.companySiteId) ?? null,
      );
    },
    trainee: async (queries: Query[], { services }: RequestContext) => {
      const found = new Map(
        (await services.citizens.byIds([...new Set(queries.map((q) => q.obj.citizenId))])).map((c) => [
          c.userId,
          c,
        ]),
      );
      return queries.map((q) => found.get(q.obj.citizenId));
    },
    sportello: sportelloLoader<Internship>((i) => i.sportelloId),
    promotingTutor: async (queries: Query[], { services }: RequestContext) => {
      const found = new Map(
        (await services.network.operatorsByIds([...new Set(queries.map((q) => q.obj.promotingTutorId))])).map(
          (o) => [o.user.id, o],
        ),
      );
      return queries.map((q) => found.get(q.obj.promotingTutorId));
    },
    targetSkills: async (queries: Query[], { services }: RequestContext) => {
      const found = await services.internships.skillsOf(queries.map((q) => q.obj.id));
      return queries.map((q) => found.get(q.obj.id)?.targets ?? []);
    },
    acquiredSkills: async (queries: Query[], { services }: RequestContext) => {
      const found = await services.internships.skillsOf(queries.map((q) => q.obj.id));
      return queries.map((q) => found.get(q.obj.id)?.acquired ?? []);
    },
    history: async (queries: Query[], { services }: RequestContext) => {
      const found = await services.internships.histories(queries.map((q) => q.obj.id));
      return queries.map((q) => found.get(q.obj.id) ?? []);
    },
    monitoringEntries: async (queries: Query[], { services }: RequestContext) => {
      const found = await services.internships.monitoringOf(queries.map((q) => q.obj.id));
      return queries.map((q) => found.get(q.obj.id) ?? []);
    },
    placement: async (queries: Query[], { services }: RequestContext) => {
      const found = new Map(
        (await services.placements.byInternships(queries.map((q) => q.obj.id))).map((p) => [
          p.internshipId,
          p,
        ]),
      );
      return queries.map((q) => found.get(q.obj.id) ?? null);
    },
  },
  CvSkill: {
    internship: async (queries: { obj: CvSkillRecord }[], { services }: RequestContext) => {
      const ids = [
        ...new Set(queries.map((q) => q.obj.internshipId).filter((id): id is string => id !== null)),
      ];
      const found = new Map((await services.internships.byIds(ids)).map((i) => [i.id, i]));
      return queries.map((q) => (q.obj.internshipId ? (found.get(q.obj.internshipId) ?? null) : null));
    },
  },
  Placement: {
    internship: async (queries: { obj: Placement }[], { services }: RequestContext) => {
      const ids = queries.map((q) => q.obj.internshipId).filter((id): id is string => id !== null);
      const found = new Map((await services.internships.byIds(ids)).map((i) => [i.id, i]));
      return queries.map((q) => (q.obj.internshipId ? (found.get(q.obj.internshipId) ?? null) : null));
    },
  },
};
