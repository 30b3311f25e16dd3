import type { SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Actor, RequestContext } from '../../context.js';
import { type Args, parseSelection, type Selection } from './selection.js';

/**
 * How the planner reads one GraphQL type: the table its objects come from, and for each field what
 * it needs. Objects are built in the shape the module's services return (property names are the
 * drizzle column keys), so the module's resolvers work on them unchanged.
 */
export interface TypePlan {
  table: PgTable;
  /** Column keys every object carries: ids and what the policies and fallback resolvers read. */
  always: string[];
  /** Columns never read for an undeclared field (e.g. a search document). */
  hidden?: string[];
  /** Model keys computed in SQL from the row (fields list them like columns). */
  computed?: Record<string, (row: PgTable) => SQL>;
  /** One-to-one rows embedded under a key, e.g. a citizen's `user`; fields ask for `user.email`. */
  embeds?: Record<string, Link & { table: PgTable }>;
  fields: Record<string, FieldPlan>;
}

/** Joins a parent row to child rows: child.childKey = parent.parentKey. */
export interface Link {
  parentKey: string;
  childKey: string;
}

/**
 * Turns the planned data of a field into what the field resolves to for this actor: the same rule
 * the field's loader applies (an Error is raised as the field's error).
 */
export type Present = (parent: never, planned: never, ctx: RequestContext, args: Args) => unknown;

export type FieldPlan =
  /**
   * Resolved from these columns of the object (by the default resolver or the module's own); `sql`
   * computes what the module's resolver does, so that the field can be answered as PostgreSQL writes it.
   */
  | { kind: 'columns'; keys: string[]; sql?: (row: PgTable, request: PlanRequest) => SQL }
  /**
   * Resolved from what these fields of the same object would read, e.g. a score over the whole CV,
   * and from these columns (or computed keys) of the object; `sql` computes what the module's
   * resolver does, as a jsonb document of the whole value in the schema's names, so that the field
   * can be answered as PostgreSQL writes it.
   */
  | { kind: 'needs'; selection: Selection; keys: string[]; sql?: (row: PgTable, request: PlanRequest) => SQL }
  /** Left to the field's loader or resolver, which reads these columns of the object. */
  | { kind: 'fallback'; keys: string[] }
  /** A scalar computed in SQL from the row, handed to the field's resolver in place of its loader. */
  | {
      kind: 'value';
      sql: (row: PgTable) => SQL;
      present?: Present;
      /** What `present` makes of the value, in SQL, so that the field can be answered as PostgreSQL writes it. */
      answer?: (value: SQL) => SQL;
    }
  | RelationPlan;

export interface RelationPlan extends Link {
  kind: 'one' | 'many' | 'connection';
  /** The GraphQL type of the child objects (of the nodes, for a connection). */
  type: string;
  /** A table between parent and children: through.parentKey = parent.parentKey, through.childKey = child.childKey. */
  through?: Link & { table: PgTable };
  /**
   * Column keys of the children (of the through table, when there is one), or SQL over that row and
   * the row of `joinOne`.
   */
  orderBy?: readonly (
    | readonly [key: string, direction: 'asc' | 'desc']
    | ((row: PgTable, joined: PgTable | undefined) => SQL)
  )[];
  /**
   * A `one` field of the children whose row (by a key unique in its table) is joined to each child,
   * to order the children by its columns; where PostgreSQL writes the field, it writes it from that
   * row rather than from a query of its own.
   */
  joinOne?: string;
  /** Arguments that filter the children by equality with a column: argument name -> column key. */
  filters?: Record<string, string>;
  /**
   * `model`: stored on the object under the field's name, for resolvers that read it there (no
   * arguments allowed); `resolver`: handed to the field's resolver in place of its loader.
   */
  store: 'model' | 'resolver';
  /** For `model` lists, each child wrapped as `{ [wrap]: child }` (the shape the service returns). */
  wrap?: string;
  /**
   * What to read of the child whatever the client asked, for a field computed from the child
   * rather than resolved to it (e.g. a profile derived from a citizen and their CV).
   */
  selection?: Selection;
  present?: Present;
  /**
   * For an actor, a condition on the parent row under which `present` hands the planned data on as
   * it is (a connection built as `toConnection` builds it), so that PostgreSQL may write the answer;
   * undefined when it never does for that actor. Where the condition fails, the field's loader answers.
   */
  passWhen?: (actor: PlanActor) => ((parent: PgTable) => SQL) | undefined;
}

/**
 * What a `passWhen` may know of the actor: plans are kept per kind, network and company, so that a
 * network's staff or a company's members share them.
 */
export interface PlanActor {
  kind: Actor['kind'];
  networkId: string | null;
  companyId: string | null;
}

/** What a field's SQL may read of the request (a plan that reads it is kept per day). */
export interface PlanRequest {
  /** Today in Italy, YYYY-MM-DD: the request's `today`. */
  today: string;
}

export function planActor(actor: Actor): PlanActor {
  return {
    kind: actor.kind,
    networkId: 'networkId' in actor ? actor.networkId : null,
    companyId: 'companyId' in actor ? actor.companyId : null,
  };
}

/** A module's plans; a module may add fields to another module's type (as it adds resolvers). */
export type PlanModule = Record<string, Partial<TypePlan> & { fields: Record<string, FieldPlan> }>;
export type PlanRegistry = Record<string, TypePlan>;

export const columns = (...keys: string[]): FieldPlan => ({ kind: 'columns', keys });
/** A field its resolver computes from these columns, computed in SQL alike (see `columns`). */
export const columnsAs = <T extends PgTable>(
  _table: T,
  sql: (row: T, request: PlanRequest) => SQL,
  ...keys: string[]
): FieldPlan => ({
  kind: 'columns',
  keys,
  sql: sql as (row: PgTable, request: PlanRequest) => SQL,
});
export const fallback = (...keys: string[]): FieldPlan => ({ kind: 'fallback', keys });
/** A field its resolver computes from other fields of the object, computed in SQL alike (see `needs`). */
export const needsAs = <T extends PgTable>(
  _table: T,
  sql: (row: T, request: PlanRequest) => SQL,
  selection: string,
  ...keys: string[]
): FieldPlan => ({
  kind: 'needs',
  selection: parseSelection(selection),
  keys,
  sql: sql as (row: PgTable, request: PlanRequest) => SQL,
});

/** `row` is the table (or its alias in the statement), typed as the plan's table. */
export const value = <T extends PgTable>(
  _table: T,
  sql: (row: T) => SQL,
  present?: Present,
  answer?: (value: SQL) => SQL,
): FieldPlan => ({
  kind: 'value',
  sql: sql as (row: PgTable) => SQL,
  ...(present ? { present } : {}),
  ...(answer ? { answer } : {}),
});

type RelationOptions = Omit<RelationPlan, 'kind' | 'type' | 'parentKey' | 'childKey' | 'store'> &
  Partial<Pick<RelationPlan, 'store'>>;

const relation =
  (kind: RelationPlan['kind']) =>
  (type: string, [parentKey, childKey]: [string, string], options: RelationOptions = {}): RelationPlan => ({
    kind,
    type,
    parentKey,
    childKey,
    store: 'resolver',
    ...options,
  });

export const one = relation('one');
export const many = relation('many');
export const connection = relation('connection');

export function mergePlans(modules: PlanModule[]): PlanRegistry {
  const registry: Record<string, Partial<TypePlan> & { fields: Record<string, FieldPlan> }> = {};
  for (const module of modules) {
    for (const [type, plan] of Object.entries(module)) {
      const existing = registry[type];
      registry[type] = existing
        ? { ...existing, ...plan, fields: { ...existing.fields, ...plan.fields } }
        : { ...plan, fields: { ...plan.fields } };
    }
  }
  for (const [type, plan] of Object.entries(registry)) {
    if (!plan.table || !plan.always) throw new Error(`Plan of ${type} has no table.`);
  }
  return registry as PlanRegistry;
}
