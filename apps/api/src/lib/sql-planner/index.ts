import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { GraphQLResolveInfo } from 'graphql';
import { planCache } from './cache.js';
import { type Model, PlanCompiler } from './compile.js';
import type { PlanRegistry } from './plan.js';
import { prerender } from './prerender.js';
import { asksForTypename, descend, type Selection, selectionOf, selects } from './selection.js';

export { type Model, PLANNED, plannedData } from './compile.js';
export * from './plan.js';
export { plannedResolvers } from './resolvers.js';
export { parseSelection } from './selection.js';
export { spliceRawAnswers } from './splice.js';

/**
 * One read planned from the client's selection: select `document` from the type's table (in the
 * service's own query, with its conditions, order and page) and `decode` the values into objects
 * that carry their nested objects, so the nested fields need no further statement.
 */
export interface PlannedRead<T = Model> {
  document: SQL<unknown>;
  decode(documents: unknown[]): T[];
  /** Whether the client asked for the connection's totalCount. */
  countsTotal: boolean;
}

/**
 * A page of planned documents, with the total when the client asked for it: the count rides along
 * in the page's statement as an uncorrelated subquery (computed once), so one statement answers.
 * `select` runs the page's statement, selecting `doc` and the `total` column it is given.
 */
export async function plannedPage<T>(
  planned: PlannedRead<T>,
  counted: SQLWrapper & PromiseLike<{ n: number }[]>,
  select: (total: SQL<number>) => PromiseLike<{ doc: unknown; total: number }[]>,
) {
  const rows = await select(planned.countsTotal ? sql`(${counted})`.mapWith(Number) : sql`0`.mapWith(Number));
  // A page past the end has no row to carry the count.
  const total = rows[0]?.total ?? (planned.countsTotal ? ((await counted)[0]?.n ?? 0) : 0);
  return { rows: planned.decode(rows.map((row) => row.doc)), total };
}

export type Planner = ReturnType<typeof createPlanner>;

/** With `nested` off, nested fields are left to their loaders (to compare the two, as the benchmark does). */
export function createPlanner(plans: PlanRegistry, { nested = true } = {}) {
  function read<T>(
    info: GraphQLResolveInfo,
    type: string,
    selection: Selection,
    countsTotal: boolean,
  ): PlannedRead<T> {
    // `__typename` is not in the selection: with it asked for, every object is built by GraphQL.
    const compiler = new PlanCompiler(plans, nested, asksForTypename(info) ? undefined : info.schema);
    const compiled = compiler.object(type, selection, compiler.plan(type).table);
    return {
      document: prerender(compiled.json) as SQL<unknown>,
      decode: (documents) => documents.map((doc) => compiled.decode(doc as Record<string, unknown>) as T),
      countsTotal,
    };
  }
  const cached = planCache();
  return {
    /** For a field that returns one object of `type`. */
    object: <T = Model>(info: GraphQLResolveInfo, type: string) =>
      cached(info, type, () => read<T>(info, type, selectionOf(info), false)),
    /** For a field that returns a connection of `type`. */
    connection: <T = Model>(info: GraphQLResolveInfo, type: string) =>
      cached(info, `${type} connection`, () => {
        const selection = selectionOf(info);
        return read<T>(info, type, descend(selection, 'edges', 'node'), selects(selection, 'totalCount'));
      }),
  };
}
