import type { RequestContext } from '../../context.js';
import { canSeeMatchedCitizen } from './policy.js';
import type { CandidateMatch, VacancyMatch } from './service.js';

type Candidate = { obj: CandidateMatch };

export const matchingLoaders = {
  CandidateMatch: {
    citizen: async (queries: Candidate[], { actor, services }: RequestContext) => {
      const visible = queries.filter((q) => canSeeMatchedCitizen(actor, q.obj));
      const found = new Map(
        (await services.citizens.byIds(visible.map((q) => q.obj.citizenId))).map((c) => [c.userId, c]),
      );
      return queries.map((q) =>
        canSeeMatchedCitizen(actor, q.obj) ? (found.get(q.obj.citizenId) ?? null) : null,
      );
    },
    pseudonymousCandidate: async (queries: Candidate[], { services, today }: RequestContext) => {
      const ids = [...new Set(queries.map((q) => q.obj.citizenId))];
      const [citizens, cvs] = await Promise.all([services.citizens.byIds(ids), services.cvs.byCitizens(ids)]);
      const byId = new Map(citizens.map((c) => [c.userId, c]));
      const comuni = new Map(
        (await services.network.comuniByCodes([...new Set(citizens.map((c) => c.residenceComuneCode))])).map(
          (c) => [c.istatCode, c],
        ),
      );
      return queries.map((q) => {
        const citizen = byId.get(q.obj.citizenId)!;
        const province = comuni.get(citizen.residenceComuneCode)?.provinceName ?? '';
        return services.pseudonyms.profile(q.obj, citizen, cvs.get(citizen.userId), province, today);
      });
    },
  },
  VacancyMatch: {
    vacancy: async (queries: { obj: VacancyMatch }[], { services }: RequestContext) => {
      const found = new Map(
        (await services.vacancies.byIds(queries.map((q) => q.obj.vacancyId))).map((v) => [v.id, v]),
      );
      return queries.map((q) => found.get(q.obj.vacancyId));
    },
  },
};
