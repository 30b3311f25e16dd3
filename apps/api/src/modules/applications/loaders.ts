import { todayInItaly } from '@sportello/domain';
import type { RequestContext } from '../../context.js';
import { canSeeCandidateIdentity } from './policy.js';
import { pseudonymousCandidate } from './pseudonymous.js';
import type { Application } from './service.js';

type Query = { obj: Application };

export const applicationLoaders = {
  Application: {
    vacancy: async (queries: Query[], { services }: RequestContext) => {
      const found = new Map(
        (await services.vacancies.byIds(queries.map((q) => q.obj.vacancyId))).map((v) => [v.id, v]),
      );
      return queries.map((q) => found.get(q.obj.vacancyId));
    },
    citizen: async (queries: Query[], { actor, services }: RequestContext) => {
      const visible = queries.filter((q) => canSeeCandidateIdentity(actor, q.obj));
      const found = new Map(
        (await services.citizens.byIds(visible.map((q) => q.obj.citizenId))).map((c) => [c.userId, c]),
      );
      return queries.map((q) =>
        canSeeCandidateIdentity(actor, q.obj) ? (found.get(q.obj.citizenId) ?? null) : null,
      );
    },
    pseudonymousCandidate: async (queries: Query[], { services }: RequestContext) => {
      const ids = [...new Set(queries.map((q) => q.obj.citizenId))];
      const [citizens, cvs] = await Promise.all([services.citizens.byIds(ids), services.cvs.byCitizens(ids)]);
      const byId = new Map(citizens.map((c) => [c.userId, c]));
      const comuni = new Map(
        (await services.network.comuniByCodes([...new Set(citizens.map((c) => c.residenceComuneCode))])).map(
          (c) => [c.istatCode, c],
        ),
      );
      const today = todayInItaly();
      return queries.map((q) => {
        const citizen = byId.get(q.obj.citizenId)!;
        const province = comuni.get(citizen.residenceComuneCode)?.provinceName ?? '';
        return pseudonymousCandidate(q.obj.companyId, citizen, cvs.get(citizen.userId), province, today);
      });
    },
    interviews: async (queries: Query[], { services }: RequestContext) => {
      const found = await services.interviews.ofApplications(queries.map((q) => q.obj.id));
      return queries.map((q) => found.get(q.obj.id) ?? []);
    },
    history: async (queries: Query[], { services }: RequestContext) => {
      const found = await services.applications.histories(queries.map((q) => q.obj.id));
      return queries.map((q) => found.get(q.obj.id) ?? []);
    },
  },
  Interview: {
    application: async (queries: { obj: { applicationId: string } }[], { services }: RequestContext) => {
      const found = new Map(
        (await services.applications.byIds(queries.map((q) => q.obj.applicationId))).map((a) => [a.id, a]),
      );
      return queries.map((q) => found.get(q.obj.applicationId));
    },
  },
};
