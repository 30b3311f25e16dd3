import type { Db } from '@sportello/db';
import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { type GraphQLResolveInfo, getNamedType } from 'graphql';
import type { Actor } from '../../context.js';
import { type Page, toConnection } from '../pagination.js';
import { planCache } from './cache.js';
import { type Model, PlanCompiler } from './compile.js';
import { type PlanActor, type PlanRegistry, type PlanRequest, planActor } from './plan.js';
import { prerender } from './prerender.js';
import { asksForTypename, descend, type Selection, selectionOf, selects } from './selection.js';
import { answerRaw, DENIED, type RawContext, RawJson } from './splice.js';

export { type Model, PLANNED, plannedData } from './compile.js';
export * from './plan.js';
export { plannedResolvers } from './resolvers.js';
export { parseSelection } from './selection.js';
export { type PendingRawAnswer, spliceRawAnswers } from './splice.js';

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

type Found<T> = { rows: T[]; total: number };

/** A connection planned from the client's selection. */
export interface PlannedConnection<T = Model> {
  /**
   * The connection for `page`, whose statement `fetch` runs with the planned read it is given. Where
   * PostgreSQL writes each node whole, the answer is that text; where a policy holds a node back
   * (see `passWhen`), the page is read again as objects, for GraphQL and the loaders to answer.
   */
  answer(
    page: Page,
    info: GraphQLResolveInfo,
    ctx: RawContext,
    fetch: (read: PlannedRead<T>) => Promise<Found<T>>,
  ): Promise<ReturnType<typeof toConnection<T>>>;
}

/** A page's two statements, built once (see `plannedStatement`): placeholders `rows` and `offset`. */
export interface PageStatements {
  /** `doc` and `total` of at most `rows` rows from `offset`. */
  page: { execute(values: Record<string, unknown>): PromiseLike<{ doc: unknown; total: number }[]> };
  /** `n`, the number of rows of the list. */
  count: { execute(values: Record<string, unknown>): PromiseLike<{ n: number }[]> };
}

/**
 * A page of planned documents, with the total when the client asked for it: the count rides along
 * in the page's statement (built so when the plan counts) as an uncorrelated subquery, computed
 * once, so one statement answers. The page's statement reads at most `rows` rows: with the count,
 * the page's own; without, one more, which shows a next page.
 */
export async function plannedPage<T>(
  planned: PlannedRead<T>,
  page: Page,
  statements: PageStatements,
  values: Record<string, unknown>,
) {
  const rows = await statements.page.execute({
    ...values,
    rows: planned.countsTotal ? page.limit : page.limit + 1,
    offset: page.offset,
  });
  // A page past the end has no row to carry the count.
  const total =
    rows[0]?.total ?? (planned.countsTotal ? ((await statements.count.execute(values))[0]?.n ?? 0) : 0);
  return { rows: planned.decode(rows.map((row) => row.doc)), total };
}

/** The total a planned page's statement selects: the count when the plan asks for it, else 0. */
export const plannedTotal = (planned: PlannedRead<unknown>, counted: SQLWrapper): SQL<number> =>
  (planned.countsTotal ? sql`(${counted})` : sql`0`).mapWith(Number);

const statementsBySession = new WeakMap<object, WeakMap<object, Map<string, unknown>>>();

/**
 * The statement of a planned read for one shape of query (which filters it has), built once per
 * database session with placeholders for the request's values, and kept as long as the plan:
 * building it around the plan again on every request cost a hot read a sixth of its rate.
 */
export function plannedStatement<Q>(db: Db, planned: PlannedRead<unknown>, shape: string, build: () => Q): Q {
  let byPlan = statementsBySession.get(db._.session);
  if (!byPlan) {
    byPlan = new WeakMap();
    statementsBySession.set(db._.session, byPlan);
  }
  let byShape = byPlan.get(planned);
  if (!byShape) {
    byShape = new Map();
    byPlan.set(planned, byShape);
  }
  let statement = byShape.get(shape) as Q | undefined;
  if (statement === undefined) {
    statement = build();
    byShape.set(shape, statement);
  }
  return statement;
}

export interface Planner {
  /** For a field that returns one object of `type`. */
  object<T = Model>(info: GraphQLResolveInfo, type: string): PlannedRead<T>;
  /** For a field that returns a connection of `type`. */
  connection<T = Model>(info: GraphQLResolveInfo, type: string): PlannedConnection<T>;
}

/**
 * The planner, and for each request the planner of its actor and day. With `nested` off, nested
 * fields are left to their loaders (to compare the two, as the benchmark does).
 */
export function createPlanner(plans: PlanRegistry, { nested = true } = {}) {
  const compilerFor = (info: GraphQLResolveInfo, actor: PlanActor, request: PlanRequest) =>
    // `__typename` is not in the selection: with it asked for, every object is built by GraphQL.
    new PlanCompiler(plans, nested, asksForTypename(info) ? undefined : info.schema, actor, request);

  function read<T>(
    compiler: PlanCompiler,
    type: string,
    selection: Selection,
    countsTotal: boolean,
  ): PlannedRead<T> {
    const compiled = compiler.object(type, selection, compiler.plan(type).table);
    return {
      document: prerender(compiled.json) as SQL<unknown>,
      decode: (documents) => documents.map((doc) => compiled.decode(doc as Record<string, unknown>) as T),
      countsTotal,
    };
  }

  function readConnection<T>(
    compiler: PlanCompiler,
    info: GraphQLResolveInfo,
    type: string,
  ): PlannedConnection<T> {
    const selection = selectionOf(info);
    const countsTotal = selects(selection, 'totalCount');
    let objects: PlannedRead<T> | undefined;
    const asObjects = () => {
      objects ??= read<T>(compiler, type, descend(selection, 'edges', 'node'), countsTotal);
      return objects;
    };
    const fetchObjects = async (page: Page, fetch: (read: PlannedRead<T>) => Promise<Found<T>>) => {
      const found = await fetch(asObjects());
      return toConnection(found.rows, page, found.total);
    };
    const raw = compiler.rawPage(type, getNamedType(info.returnType).name, selection);
    if (!raw) {
      asObjects();
      return { answer: (page, _info, _ctx, fetch) => fetchObjects(page, fetch) };
    }
    const texts: PlannedRead<string> = {
      document: prerender(raw.node) as SQL<unknown>,
      decode: (documents) => documents as string[],
      countsTotal,
    };
    return {
      async answer(page, answerInfo, ctx, fetch) {
        const found = (await fetch(texts as unknown as PlannedRead<T>)) as unknown as Found<string>;
        if (found.rows.some((text) => text.includes(DENIED))) return fetchObjects(page, fetch);
        const text = raw.write(found.rows, page, found.total);
        // GraphQL executes the stand-in, of the connection's shape, where the text goes afterwards.
        return answerRaw(new RawJson(text, raw.stub), answerInfo, ctx) as ReturnType<typeof toConnection<T>>;
      },
    };
  }

  const cached = planCache();
  return {
    forRequest(requester: Actor, today: string): Planner {
      const actor = planActor(requester);
      const request = { today };
      // A plan that depends on the request is kept for these alone.
      const key = `${actor.kind}:${actor.networkId}:${actor.companyId}:${today}`;
      const built = <P>(compiler: PlanCompiler, plan: P) => ({
        plan,
        requestDependent: compiler.requestDependent,
      });
      return {
        object: <T = Model>(info: GraphQLResolveInfo, type: string) =>
          cached(info, type, key, () => {
            const compiler = compilerFor(info, actor, request);
            return built(compiler, read<T>(compiler, type, selectionOf(info), false));
          }),
        connection: <T = Model>(info: GraphQLResolveInfo, type: string) =>
          cached(info, `${type} connection`, key, () => {
            const compiler = compilerFor(info, actor, request);
            return built(compiler, readConnection<T>(compiler, info, type));
          }),
      };
    },
  };
}
