import type { Actor, RequestContext } from '../../context.js';
import { forbidden } from '../../lib/errors.js';
import type { CitizenRecord } from '../citizens/service.js';
import { canReadCv } from './policy.js';
import { cvView, type EscoOccupation, type EscoSkill } from './service.js';

type CitizenRef = Pick<CitizenRecord, 'userId' | 'networkId' | 'employmentStatus'>;

/** What an actor gets for a citizen's CV, loaded or planned alike. */
export function presentCv<T extends object>(actor: Actor, citizen: CitizenRef, cv: T | null | undefined) {
  if (!canReadCv(actor, citizen)) return forbidden();
  return cv ? cvView(cv, citizen) : null;
}

const RELATIONS = { ESSENTIAL: 'essential', OPTIONAL: 'optional' } as const;

export const cvLoaders = {
  EscoOccupation: {
    iscoGroupLabel: async (queries: { obj: EscoOccupation }[], { services }: RequestContext) => {
      const labels = await services.cvs.iscoGroupLabels(queries.map((q) => q.obj.iscoGroup));
      return queries.map((q) => labels.get(q.obj.iscoGroup) ?? q.obj.iscoGroup);
    },
    /** Occupations asking for the same relation are served by one read. */
    skills: async (
      queries: { obj: EscoOccupation; params: { relation?: keyof typeof RELATIONS | null } }[],
      { services }: RequestContext,
    ) => {
      const results = new Map<(typeof queries)[number], EscoSkill[]>();
      for (const relation of new Set(queries.map((q) => q.params.relation ?? null))) {
        const group = queries.filter((q) => (q.params.relation ?? null) === relation);
        const skills = await services.cvs.skillsOfOccupations(
          group.map((q) => q.obj.uri),
          relation ? RELATIONS[relation] : null,
        );
        for (const q of group) results.set(q, skills.get(q.obj.uri) ?? []);
      }
      return queries.map((q) => results.get(q)!);
    },
  },
  Citizen: {
    cv: async (queries: { obj: CitizenRecord }[], { actor, services }: RequestContext) => {
      const found = await services.cvs.byCitizens(queries.map((q) => q.obj.userId));
      return queries.map(({ obj: citizen }) => presentCv(actor, citizen, found.get(citizen.userId)));
    },
  },
};
