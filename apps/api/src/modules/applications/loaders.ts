import type { Actor, RequestContext } from '../../context.js';
import { isStaffOf } from '../../lib/actors.js';
import { forbidden } from '../../lib/errors.js';
import { type Page, parsePageArgs, toConnection } from '../../lib/pagination.js';
import type { Company } from '../companies/service.js';
import { cvView } from '../cvs/service.js';
import type { Vacancy } from '../vacancies/service.js';
import { canListVacancyApplications, canSeeCandidateIdentity } from './policy.js';
import type { Application } from './service.js';

type Query = { obj: Application };
type ApplicationRef = Pick<
  Application,
  'networkId' | 'companyId' | 'citizenId' | 'disclosedAt' | 'pseudonymisedAt'
>;

/** The candidate's identity, or null while the actor may see only the pseudonymous profile. */
export const presentCandidate = <T>(
  actor: Actor,
  application: ApplicationRef,
  citizen: T | null | undefined,
) => (canSeeCandidateIdentity(actor, application) ? (citizen ?? null) : null);

/** A page of a vacancy's candidatures, for the company's members and the network's staff only. */
export const presentApplications = <T extends object>(
  actor: Actor,
  vacancy: Pick<Vacancy, 'networkId' | 'companyId' | 'law68Reserved'>,
  page: Page,
  found: { rows: T[]; total: number },
) => {
  if (!canListVacancyApplications(actor, vacancy)) return forbidden();
  // The planned pseudonymous profiles read the vacancy's reservation from their candidature.
  const rows = found.rows.map((row) => Object.assign(row, { vacancyLaw68Reserved: vacancy.law68Reserved }));
  return toConnection(rows, page, found.total);
};

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
      return queries.map((q) => presentCandidate(actor, q.obj, found.get(q.obj.citizenId)));
    },
    candidateCv: async (queries: Query[], { actor, services }: RequestContext) => {
      const ids = [
        ...new Set(queries.filter((q) => canSeeCandidateIdentity(actor, q.obj)).map((q) => q.obj.citizenId)),
      ];
      const [citizens, cvs] = await Promise.all([services.citizens.byIds(ids), services.cvs.byCitizens(ids)]);
      const byId = new Map(citizens.map((c) => [c.userId, c]));
      return queries.map((q) => {
        const citizen = byId.get(q.obj.citizenId);
        const cv = presentCandidate(actor, q.obj, cvs.get(q.obj.citizenId));
        return citizen && cv ? cvView(cv, citizen) : null;
      });
    },
    pseudonymousCandidate: async (queries: Query[], { services, today }: RequestContext) => {
      const ids = [...new Set(queries.map((q) => q.obj.citizenId))];
      const [citizens, cvs, vacancies] = await Promise.all([
        services.citizens.byIds(ids),
        services.cvs.byCitizens(ids),
        services.vacancies.byIds([...new Set(queries.map((q) => q.obj.vacancyId))]),
      ]);
      const reserved = new Map(vacancies.map((v) => [v.id, v.law68Reserved]));
      const byId = new Map(citizens.map((c) => [c.userId, c]));
      const comuni = new Map(
        (await services.network.comuniByCodes([...new Set(citizens.map((c) => c.residenceComuneCode))])).map(
          (c) => [c.istatCode, c],
        ),
      );
      return queries.map((q) => {
        const citizen = byId.get(q.obj.citizenId)!;
        const province = comuni.get(citizen.residenceComuneCode)?.provinceName ?? '';
        // A vacancy not found is treated as reserved: the smaller profile.
        const subject = { vacancyId: q.obj.vacancyId, law68Reserved: reserved.get(q.obj.vacancyId) ?? true };
        return services.pseudonyms.profile(subject, citizen, cvs.get(citizen.userId), province, today);
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
  Company: {
    /** The staff of the company's network; null for anyone else, the company included. */
    answerTimes: async (queries: { obj: Company }[], { actor, services }: RequestContext) => {
      const allowed = queries.filter((q) => isStaffOf(actor, q.obj.networkId)).map((q) => q.obj.id);
      const found = await services.companyAnswers.answerTimes(allowed);
      return queries.map((q) =>
        isStaffOf(actor, q.obj.networkId)
          ? (found.get(q.obj.id) ?? { averageDays: null, answered: 0, awaiting: 0, closedWithoutAnswer: 0 })
          : null,
      );
    },
  },
  Vacancy: {
    /** Vacancies asking for the same page (status, first, after) are served by one batched read. */
    applications: async (
      queries: {
        obj: Vacancy;
        params: { status?: Application['status'] | null; first?: number | null; after?: string | null };
      }[],
      { actor, services }: RequestContext,
    ) => {
      const groups = new Map<string, typeof queries>();
      for (const query of queries) {
        const key = JSON.stringify([
          query.params.status ?? null,
          query.params.first ?? null,
          query.params.after ?? null,
        ]);
        groups.set(key, [...(groups.get(key) ?? []), query]);
      }
      const results = new Map<(typeof queries)[number], unknown>();
      for (const group of groups.values()) {
        const { params } = group[0]!;
        const page = parsePageArgs(params);
        const allowed = group.filter((q) => canListVacancyApplications(actor, q.obj));
        const pages = await services.applications.pagesForVacancies(
          allowed.map((q) => q.obj.id),
          params.status,
          page,
        );
        for (const query of group) {
          const found = pages.get(query.obj.id) ?? { rows: [], total: 0 };
          results.set(query, presentApplications(actor, query.obj, page, found));
        }
      }
      return queries.map((q) => results.get(q));
    },
  },
};
