import type { Actor, RequestContext } from '../../context.js';
import { forbidden } from '../../lib/errors.js';
import { comuneLoader } from '../network/loaders.js';
import { canReadCitizen } from './policy.js';
import type { CitizenRecord } from './service.js';

type Query = { obj: CitizenRecord };

/** What an actor gets for a citizen's consents, loaded or planned alike. */
export const presentConsents = <T>(
  actor: Actor,
  citizen: Pick<CitizenRecord, 'userId' | 'networkId'>,
  consents: T[],
) => (canReadCitizen(actor, citizen) ? consents : forbidden());

/** Batches every citizen lookup of one request into a single statement. */
export const citizenLoader =
  <T>(idOf: (obj: T) => string) =>
  async (queries: { obj: T }[], { services }: RequestContext) => {
    const found = new Map(
      (await services.citizens.byIds([...new Set(queries.map((q) => idOf(q.obj)))])).map((c) => [
        c.userId,
        c,
      ]),
    );
    return queries.map((q) => found.get(idOf(q.obj)));
  };

export const citizenLoaders = {
  Citizen: {
    residenceComune: comuneLoader<CitizenRecord>((c) => c.residenceComuneCode),
    domicileComune: async (queries: Query[], ctx: RequestContext) => {
      const withDomicile = queries.filter((q) => q.obj.domicileComuneCode !== null);
      const found = await comuneLoader<CitizenRecord>((c) => c.domicileComuneCode!)(withDomicile, ctx);
      const byCitizen = new Map(withDomicile.map((q, i) => [q.obj.userId, found[i] ?? null]));
      return queries.map((q) => byCitizen.get(q.obj.userId) ?? null);
    },
    consents: async (queries: Query[], { actor, services }: RequestContext) => {
      const byCitizen = await services.consents.byCitizens(queries.map((q) => q.obj.userId));
      return queries.map((q) => presentConsents(actor, q.obj, byCitizen.get(q.obj.userId) ?? []));
    },
    inChargeAt: async (queries: Query[], { services }: RequestContext) => {
      const open = await services.casework.openAssignments(queries.map((q) => q.obj.userId));
      const sportelloIds = [...new Set([...open.values()].map((a) => a.sportelloId))];
      const sportelli = new Map((await services.network.sportelliByIds(sportelloIds)).map((s) => [s.id, s]));
      return queries.map((q) => {
        const assignment = open.get(q.obj.userId);
        return assignment ? (sportelli.get(assignment.sportelloId) ?? null) : null;
      });
    },
  },
};
