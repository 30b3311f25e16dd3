import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { GraphQLResolveInfo } from 'graphql';
import type { Actor } from '../../context.js';
import type { Page } from '../pagination.js';
import { type Built, planCache } from './cache.js';
import { type Model, PlanCompiler } from './compile.js';
import { type PlanActor, type PlanRegistry, planActor } from './plan.js';
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
 * `select` runs the page's statement, selecting `doc` and the `total` column it is given, and at most
 * `rows` rows: with the count, the page's own; without, one more, which shows a next page.
 */
export async function plannedPage<T>(
  planned: PlannedRead<T>,
  page: Page,
  counted: SQLWrapper & PromiseLike<{ n: number }[]>,
  select: (total: SQL<number>, rows: number) => PromiseLike<{ doc: unknown; total: number }[]>,
) {
  const rows = planned.countsTotal
    ? await select(sql`(${counted})`.mapWith(Number), page.limit)
    : await select(sql`0`.mapWith(Number), page.limit + 1);
  // A page past the end has no row to carry the count.
  const total = rows[0]?.total ?? (planned.countsTotal ? ((await counted)[0]?.n ?? 0) : 0);
  return { rows: planned.decode(rows.map((row) => row.doc)), total };
}

export interface Planner {
  /** For a field that returns one object of `type`. */
  object<T = Model>(info: GraphQLResolveInfo, type: string): PlannedRead<T>;
  /** For a field that returns a connection of `type`. */
  connection<T = Model>(info: GraphQLResolveInfo, type: string): PlannedRead<T>;
}

/**
 * The planner, and for each request the planner of its actor. With `nested` off, nested fields are
 * left to their loaders (to compare the two, as the benchmark does).
 */
export function createPlanner(plans: PlanRegistry, { nested = true } = {}) {
  function read<T>(
    info: GraphQLResolveInfo,
    actor: PlanActor,
    type: string,
    selection: Selection,
    countsTotal: boolean,
  ): Built<PlannedRead<T>> {
    // `__typename` is not in the selection: with it asked for, every object is built by GraphQL.
    const compiler = new PlanCompiler(plans, nested, asksForTypename(info) ? undefined : info.schema, actor);
    const compiled = compiler.object(type, selection, compiler.plan(type).table);
    const plan: PlannedRead<T> = {
      document: prerender(compiled.json) as SQL<unknown>,
      decode: (documents) => documents.map((doc) => compiled.decode(doc as Record<string, unknown>) as T),
      countsTotal,
    };
    return { plan, actorDependent: compiler.actorDependent };
  }
  const cached = planCache();
  return {
    forActor(requester: Actor): Planner {
      const actor = planActor(requester);
      const key = `${actor.kind}:${actor.networkId}:${actor.companyId}`;
      return {
        object: <T = Model>(info: GraphQLResolveInfo, type: string) =>
          cached(info, type, key, () => read<T>(info, actor, type, selectionOf(info), false)),
        connection: <T = Model>(info: GraphQLResolveInfo, type: string) =>
          cached(info, `${type} connection`, key, () => {
            const selection = selectionOf(info);
            return read<T>(
              info,
              actor,
              type,
              descend(selection, 'edges', 'node'),
              selects(selection, 'totalCount'),
            );
          }),
      };
    },
  };
}
