import type { RequestContext } from '../../context.js';

type Query<T> = { obj: T };

/** Batches every `comune` lookup of one request into a single statement; no code, no comune. */
export const comuneLoader =
  <T>(codeOf: (obj: T) => string | null) =>
  async (queries: Query<T>[], ctx: RequestContext) => {
    const codes = [
      ...new Set(queries.map((q) => codeOf(q.obj)).filter((code): code is string => code !== null)),
    ];
    const rows = await ctx.services.network.comuniByCodes(codes);
    const byCode = new Map(rows.map((row) => [row.istatCode, row]));
    return queries.map((q) => {
      const code = codeOf(q.obj);
      return code ? (byCode.get(code) ?? null) : null;
    });
  };

export const sportelloLoader =
  <T>(idOf: (obj: T) => string | null) =>
  async (queries: Query<T>[], ctx: RequestContext) => {
    const ids = [...new Set(queries.map((q) => idOf(q.obj)).filter((id): id is string => id !== null))];
    const rows = await ctx.services.network.sportelliByIds(ids);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return queries.map((q) => {
      const id = idOf(q.obj);
      return id ? (byId.get(id) ?? null) : null;
    });
  };

/** Batches every operator lookup of one request (an author, a tutor) into a single statement. */
export const operatorLoader =
  <T>(idOf: (obj: T) => string | null) =>
  async (queries: Query<T>[], ctx: RequestContext) => {
    const ids = [...new Set(queries.map((q) => idOf(q.obj)).filter((id): id is string => id !== null))];
    const rows = await ctx.services.network.operatorsByIds(ids);
    const byId = new Map(rows.map((row) => [row.user.id, row]));
    return queries.map((q) => {
      const id = idOf(q.obj);
      return id ? (byId.get(id) ?? null) : null;
    });
  };

export const networkLoaders = {
  Network: {
    memberComuni: async (queries: Query<{ id: string }>[], ctx: RequestContext) => {
      const byNetwork = await ctx.services.network.memberComuniOf(queries.map((q) => q.obj.id));
      return queries.map((q) => byNetwork.get(q.obj.id) ?? []);
    },
  },
  Sportello: { comune: comuneLoader<{ comuneCode: string }>((s) => s.comuneCode) },
  Membership: { comune: comuneLoader<{ comuneCode: string }>((m) => m.comuneCode) },
  Operator: { sportello: sportelloLoader<{ sportelloId: string }>((o) => o.sportelloId) },
};
