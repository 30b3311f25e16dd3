import { type AnyColumn, Column, getTableColumns, getTableName, type SQL, sql } from 'drizzle-orm';
import { alias, type PgTable } from 'drizzle-orm/pg-core';
import {
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { type Page, parsePageArgs, toConnection } from '../pagination.js';
import type { FieldPlan, PlanActor, PlanRegistry, PlanRequest, RelationPlan, TypePlan } from './plan.js';
import {
  descend,
  type FieldSelection,
  fieldKey,
  mergeSelections,
  type Selection,
  selects,
} from './selection.js';
import { DENIED, RawJson } from './splice.js';

/** A connection as `toConnection` builds it, around the nodes' JSON texts. */
type Connection = ReturnType<typeof toConnection<string>>;

/** See `PlanCompiler.rawPage`. */
export interface RawPage {
  /** A node's JSON text, over the type's table. */
  node: SQL;
  /** What GraphQL is handed in place of the connection (see `answerRaw`). */
  stub: object;
  /** The connection's JSON text around the nodes of a page (the page's rows, or one more). */
  write(nodes: string[], page: Page, total: number): string;
}

/** Where an object keeps what the planner fetched for fields its resolvers would otherwise load. */
export const PLANNED = Symbol('planned');

export type Model = Record<string, unknown> & { [PLANNED]?: Map<string, unknown> };

/** What the planner fetched for a field (without arguments) of an object, before any `present`. */
export const plannedData = (model: object, field: string): unknown => (model as Model)[PLANNED]?.get(field);
type Doc = Record<string, unknown>;

/** An object's JSON document in SQL, and how to turn the parsed document back into the object. */
export interface Compiled {
  json: SQL;
  decode: (doc: Doc) => Model;
}

// Handed to the decoders of objects none of whose fields are planned: they never write to it.
const NOTHING_PLANNED: Map<string, unknown> = new Map();

// json_build_object takes at most 100 arguments.
const MAX_PAIRS = 50;

function jsonObject(entries: [string, SQL][]): SQL {
  const pairs = entries.map(([key, value]) => {
    if (!/^[\w.$]+$/.test(key)) throw new Error(`Unsafe JSON key ${key}.`);
    return sql`${sql.raw(`'${key}'`)}, ${value}`;
  });
  if (pairs.length <= MAX_PAIRS) return sql`json_build_object(${sql.join(pairs, sql`, `)})`;
  const chunks: SQL[] = [];
  for (let i = 0; i < pairs.length; i += MAX_PAIRS) {
    chunks.push(sql`jsonb_build_object(${sql.join(pairs.slice(i, i + MAX_PAIRS), sql`, `)})`);
  }
  return sql`(${sql.join(chunks, sql` || `)})::json`;
}

function columnOf(table: PgTable, key: string, type: string): AnyColumn {
  const column = (table as unknown as Record<string, AnyColumn | undefined>)[key];
  if (!column || typeof column !== 'object' || !('mapFromDriverValue' in column)) {
    throw new Error(`Plan of ${type}: no column "${key}" in ${getTableName(table)}.`);
  }
  return column;
}

/** The row of a `joinOne` field, joined to a list's children, and the key it was joined on. */
interface Joined {
  field: string;
  row: PgTable;
  key: AnyColumn;
}

/** Compiles a selection into one SQL expression per object, with each level's table aliased. */
export class PlanCompiler {
  private aliases = 0;
  /**
   * Whether the plan depends on the request: a policy was weighed for the actor to pass an answer
   * through, or a field's SQL read the day.
   */
  requestDependent = false;
  /** The request's values as a field's SQL reads them, noting that the plan depends on them. */
  private readonly requestValues: PlanRequest;

  /**
   * With `nested` off only the root level is read and every nested field uses its loader. With the
   * executable `schema`, lists and nullable objects whose fields PostgreSQL can write as GraphQL
   * would (no resolver, policy or computed value in JavaScript) are read as JSON text in the answer's
   * shape and passed through (see splice.ts); a relation with a policy passes through for an
   * `actor` its `passWhen` gives a condition for.
   */
  constructor(
    private readonly plans: PlanRegistry,
    private readonly nested = true,
    private readonly schema?: GraphQLSchema,
    private readonly actor?: PlanActor,
    request?: PlanRequest,
  ) {
    const compiler = this;
    this.requestValues = {
      get today() {
        compiler.requestDependent = true;
        if (!request) throw new Error('A plan that reads the day is compiled for a request.');
        return request.today;
      },
    };
  }

  plan(type: string): TypePlan {
    const plan = this.plans[type];
    if (!plan) throw new Error(`No plan for type ${type}.`);
    return plan;
  }

  private aliased(table: PgTable): { name: SQL; row: PgTable; from: SQL } {
    const name = `p${++this.aliases}`;
    return {
      name: sql`${sql.identifier(name)}`,
      row: alias(table, name) as unknown as PgTable,
      from: sql`${sql.identifier(getTableName(table))} ${sql.identifier(name)}`,
    };
  }

  /**
   * The document of one row of `type`, whose table is referenced as `row` (itself or an alias).
   * `answered`: the selection is the client's, not one the module's code reads (which must be decoded).
   */
  object(type: string, requested: Selection, row: PgTable, answered = true): Compiled {
    const plan = this.plan(type);
    const needed = this.needed(plan, requested);
    const selection = needed.size ? mergeSelections(requested, needed) : requested;
    const keys = new Set(plan.always);
    const parts: { entry: FieldSelection; field: FieldPlan & { kind: 'value' | RelationPlan['kind'] } }[] =
      [];
    for (const entry of selection.values()) {
      const field = plan.fields[entry.field];
      if (!field) {
        // A field the plan does not know: its resolver may read any column.
        for (const key of Object.keys(getTableColumns(plan.table))) {
          if (!plan.hidden?.includes(key)) keys.add(key);
        }
      } else if (field.kind === 'columns' || field.kind === 'fallback' || field.kind === 'needs') {
        for (const key of field.keys) keys.add(key);
      } else {
        parts.push({ entry, field });
      }
    }

    const entries: [string, SQL][] = [];
    const decoders: ((doc: Doc, model: Model, planned: Map<string, unknown>) => void)[] = [];
    // Whether any field is answered from what was planned for it (most objects have none).
    let plansFields = false;
    parts.forEach(({ entry: merged, field }, index) => {
      const jsonKey = `$${index}`;
      const key = fieldKey(merged.field, merged.args);
      if (field.kind === 'value') {
        if (!this.nested) return;
        plansFields = true;
        entries.push([jsonKey, field.sql(row)]);
        decoders.push((doc, _model, planned) => planned.set(key, doc[jsonKey]));
        return;
      }
      let entry = merged;
      // Below a field that `needs` fields read, the objects are decoded for them.
      let answeredBelow = answered && !needed.has(key);
      const asked = answered ? requested.get(key) : undefined;
      const raw = asked && this.rawAnswer(type, field, asked, row);
      if (raw && (field.store === 'model' || !needed.has(key))) {
        plansFields = true;
        // A policy that does not let the answer through leaves the field to its loader.
        keys.add(field.parentKey);
        const rawKey = `${jsonKey}raw`;
        entries.push([rawKey, raw.text]);
        decoders.push((doc, _model, planned) => {
          const text = doc[rawKey] as string | null;
          if (text === null) planned.set(key, null);
          else if (!text.includes(DENIED)) planned.set(key, new RawJson(text, raw.stub));
        });
        // What `needs` fields compute from is still read into the object.
        const forNeeds = needed.get(key);
        if (!forNeeds) return;
        entry = forNeeds;
        answeredBelow = false;
      }
      const compiled = this.nested ? this.relation(type, field, entry, row, answeredBelow) : undefined;
      if (!compiled) {
        // Left to the field's loader, which reads the parent's key.
        keys.add(field.parentKey);
        return;
      }
      entries.push([jsonKey, compiled.json]);
      if (field.store === 'resolver') plansFields = true;
      decoders.push((doc, model, planned) => {
        const value = compiled.decode(doc[jsonKey]);
        if (field.store === 'resolver') planned.set(key, value);
        else if (field.wrap) model[entry.field] = (value as Model[]).map((item) => ({ [field.wrap!]: item }));
        else model[entry.field] = value;
      });
    });

    const embedded = new Map<string, string[]>();
    for (const key of keys) {
      const [embed, column] = key.split('.') as [string, string | undefined];
      if (column) {
        embedded.set(embed, [...(embedded.get(embed) ?? []), column]);
        continue;
      }
      const computed = plan.computed?.[key];
      if (computed) {
        entries.push([key, computed(row)]);
        decoders.push((doc, model) => {
          model[key] = doc[key] ?? null;
        });
        continue;
      }
      const source = columnOf(plan.table, key, type);
      entries.push([key, sql`${columnOf(row, key, type)}`]);
      // Most columns (text, numbers, uuids) come out of JSON as they are stored.
      if (source.mapFromDriverValue === Column.prototype.mapFromDriverValue) {
        decoders.push((doc, model) => {
          model[key] = doc[key] ?? null;
        });
        continue;
      }
      decoders.push((doc, model) => {
        const raw = doc[key];
        model[key] = raw === null || raw === undefined ? null : source.mapFromDriverValue(raw);
      });
    }
    for (const [name, embedKeys] of embedded) {
      const embed = plan.embeds?.[name];
      if (!embed) throw new Error(`Plan of ${type}: no embed "${name}".`);
      const child = this.aliased(embed.table);
      const json = jsonObject(embedKeys.map((key) => [key, sql`${columnOf(child.row, key, type)}`]));
      entries.push([
        name,
        sql`(select ${json} from ${child.from} where ${columnOf(child.row, embed.childKey, type)} = ${columnOf(row, embed.parentKey, type)})`,
      ]);
      decoders.push((doc, model) => {
        const raw = doc[name] as Doc | null;
        model[name] = raw && decodeColumns(embed.table, embedKeys, raw, type);
      });
    }

    return {
      json: jsonObject(entries),
      decode: (doc) => {
        const model: Model = {};
        const planned = plansFields ? new Map<string, unknown>() : NOTHING_PLANNED;
        for (const decode of decoders) decode(doc, model, planned);
        if (planned.size) model[PLANNED] = planned;
        return model;
      },
    };
  }

  /**
   * A page of `type` that PostgreSQL writes whole: each node's JSON text, selected from the type's
   * own table, and how to write the connection around the nodes of a page (as `toConnection` builds
   * it); undefined when GraphQL must build some of it.
   */
  rawPage(type: string, connectionType: string, selection: Selection): RawPage | undefined {
    if (!this.nested || !this.schema) return undefined;
    const connection = this.schema.getType(connectionType);
    const stub = connection && this.standIn(connection, selection);
    if (!stub) return undefined;
    const writers: ((connection: Connection) => string)[] = [];
    let node: SQL | undefined;
    // GraphQL would run a resolver of these types' own, which the text does not.
    const plain = (typeName: string, entry: FieldSelection) => {
      const definition = this.definition(typeName, entry.field);
      return definition && !definition.resolve && isRawKey(entry) && Object.keys(entry.args).length === 0;
    };
    const typeOf = (typeName: string, field: string) =>
      getNamedType(this.definition(typeName, field)?.type)?.name ?? '';
    for (const member of selection.values()) {
      if (!plain(connectionType, member)) return undefined;
      const key = JSON.stringify(member.alias);
      if (member.field === 'totalCount') {
        writers.push((connection) => `${key}:${connection.totalCount}`);
      } else if (member.field === 'edges') {
        const edgeWriters: ((edge: Connection['edges'][number]) => string)[] = [];
        const edgeType = typeOf(connectionType, 'edges');
        for (const item of member.children.values()) {
          if (!plain(edgeType, item)) return undefined;
          const itemKey = JSON.stringify(item.alias);
          if (item.field === 'cursor')
            edgeWriters.push((edge) => `${itemKey}:${JSON.stringify(edge.cursor)}`);
          else if (item.field === 'node' && !node) {
            node = this.rawObject(type, item.children, this.plan(type).table);
            if (!node) return undefined;
            edgeWriters.push((edge) => `${itemKey}:${edge.node}`);
          } else return undefined;
        }
        const writeEdge = (edge: Connection['edges'][number]) =>
          `{${edgeWriters.map((w) => w(edge)).join(',')}}`;
        writers.push((connection) => `${key}:[${connection.edges.map(writeEdge).join(',')}]`);
      } else if (member.field === 'pageInfo') {
        const infoWriters: ((info: Connection['pageInfo']) => string)[] = [];
        const pageInfoType = typeOf(connectionType, 'pageInfo');
        for (const item of member.children.values()) {
          if (!plain(pageInfoType, item)) return undefined;
          const itemKey = JSON.stringify(item.alias);
          if (item.field === 'hasNextPage') infoWriters.push((info) => `${itemKey}:${info.hasNextPage}`);
          else if (item.field === 'endCursor')
            infoWriters.push((info) => `${itemKey}:${JSON.stringify(info.endCursor)}`);
          else return undefined;
        }
        writers.push((connection) => `${key}:{${infoWriters.map((w) => w(connection.pageInfo)).join(',')}}`);
      } else return undefined;
    }
    if (!node) return undefined;
    return {
      node,
      stub,
      write: (nodes, page, total) => {
        const connection = toConnection(nodes, page, total);
        return `{${writers.map((w) => w(connection)).join(',')}}`;
      },
    };
  }

  /** What the `needs` fields of the selection read. */
  private needed(plan: TypePlan, selection: Selection): Selection {
    const extra = [...selection.values()].flatMap((entry) => {
      const field = plan.fields[entry.field];
      return field?.kind === 'needs' ? [field.selection] : [];
    });
    return mergeSelections(...extra);
  }

  private relation(
    type: string,
    field: RelationPlan,
    entry: FieldSelection,
    parent: PgTable,
    answered: boolean,
  ): { json: SQL; decode: (raw: unknown) => unknown } | undefined {
    if (field.store === 'model' && Object.keys(entry.args).length) {
      throw new Error(`Plan of ${type}.${entry.field}: a field with arguments is handed to its resolver.`);
    }
    let page: Page | undefined;
    if (field.kind === 'connection') {
      try {
        page = parsePageArgs(entry.args);
      } catch {
        // Left to the field's loader, which answers the bad argument at the field's own path.
        return undefined;
      }
    }
    const selection =
      field.selection ??
      (field.kind === 'connection' ? descend(entry.children, 'edges', 'node') : entry.children);
    const { child, from, condition, orderBy } = this.source(type, field, entry, parent);
    // A fixed selection is what `present` computes from, not what the client asked for.
    const compiled = this.object(field.type, selection, child.row, answered && !field.selection);

    if (field.kind === 'one') {
      return {
        json: sql`(select ${compiled.json} from ${from} where ${condition} limit 1)`,
        decode: (raw) => (raw === null || raw === undefined ? null : compiled.decode(raw as Doc)),
      };
    }

    // A page is cut first, numbered to keep its order through the aggregate, and only its rows are
    // built into documents: the outer query names the cut rows as the child alias the document reads.
    // With the count, the page's own rows; without, one more, which shows a next page.
    const counts = selects(entry.children, 'totalCount');
    const rows = page && (counts ? page.limit : page.limit + 1);
    const list = page
      ? sql`coalesce((select json_agg(${compiled.json} order by ${child.name}.page_position) from (select ${child.name}.*, row_number() over (order by ${orderBy()}) as page_position from ${from} where ${condition} order by ${orderBy()} limit ${rows} offset ${page.offset}) as ${child.name}), '[]'::json)`
      : sql`coalesce((select json_agg(${compiled.json} order by ${orderBy()}) from ${from} where ${condition}), '[]'::json)`;
    const decodeList = (raw: unknown) => (raw as Doc[]).map((doc) => compiled.decode(doc));

    if (field.kind === 'many') return { json: list, decode: decodeList };
    const total = counts ? sql`(select count(*) from ${from} where ${condition})` : sql`0`;
    return {
      json: sql`json_build_object('rows', ${list}, 'total', ${total})`,
      decode: (raw) => {
        const { rows, total: count } = raw as { rows: Doc[]; total: number | string };
        return { rows: decodeList(rows), total: Number(count) };
      },
    };
  }

  /** Where a relation's children come from: their aliased table, joined to the parent, in order. */
  private source(type: string, field: RelationPlan, entry: FieldSelection, parent: PgTable) {
    const child = this.aliased(this.plan(field.type).table);
    const parentKey = columnOf(parent, field.parentKey, type);
    let from = child.from;
    let condition: SQL;
    let orderTable = child.row;
    if (field.through) {
      const through = this.aliased(field.through.table);
      from = sql`${from} join ${through.from} on ${columnOf(through.row, field.through.childKey, type)} = ${columnOf(child.row, field.childKey, type)}`;
      condition = sql`${columnOf(through.row, field.through.parentKey, type)} = ${parentKey}`;
      orderTable = through.row;
    } else {
      condition = sql`${columnOf(child.row, field.childKey, type)} = ${parentKey}`;
    }
    for (const [arg, key] of Object.entries(field.filters ?? {})) {
      const value = entry.args[arg];
      if (value !== null && value !== undefined) {
        condition = sql`${condition} and ${columnOf(child.row, key, type)} = ${value}`;
      }
    }
    let joined: Joined | undefined;
    if (field.joinOne) {
      const link = this.plan(field.type).fields[field.joinOne];
      if (link?.kind !== 'one' || link.through || field.through) {
        throw new Error(`Plan of ${type}.${entry.field}: ${field.joinOne} is not a one field to join.`);
      }
      const target = this.aliased(this.plan(link.type).table);
      const key = columnOf(target.row, link.childKey, link.type);
      from = sql`${from} left join ${target.from} on ${key} = ${columnOf(child.row, link.parentKey, field.type)}`;
      joined = { field: field.joinOne, row: target.row, key };
    }
    const orderBy = () => {
      const order = (field.orderBy ?? []).map((item) => {
        if (typeof item === 'function') return item(orderTable, joined?.row);
        const [key, direction] = item as readonly [string, 'asc' | 'desc'];
        const column = columnOf(orderTable, key, type);
        return direction === 'asc' ? sql`${column} asc` : sql`${column} desc`;
      });
      if (order.length === 0) throw new Error(`Plan of ${type}.${entry.field}: a list needs an order.`);
      return sql.join(order, sql`, `);
    };
    return { child, from, condition, orderBy, joined };
  }

  /**
   * The JSON text of a relation's answer, when GraphQL can be spared it, and what GraphQL is handed
   * meanwhile: an empty list, null, or for an object that may not be null a stand-in of the right
   * shape (the text replaces it afterwards).
   */
  private rawAnswer(type: string, field: RelationPlan, entry: FieldSelection, parent: PgTable) {
    const definition = this.nested && this.schema ? this.definition(type, entry.field) : undefined;
    if (!definition || !this.passesThrough(field, entry)) return undefined;
    let stub: object | null = null;
    if (isNonNullType(definition.type) && !isListType(definition.type.ofType)) {
      const standIn = this.standIn(getNamedType(definition.type), entry.children);
      if (!standIn) return undefined;
      stub = standIn;
    }
    const text = this.rawRelation(type, field, entry, parent);
    return text && { text, stub };
  }

  /**
   * A relation GraphQL need not build: no computed shape, no arguments but a connection's page and
   * filters, and a policy only where the plan says when it lets the answer through unchanged (to a
   * field answered by its resolver, which can fall back to its loader).
   */
  private passesThrough(field: FieldPlan, entry: FieldSelection): field is RelationPlan {
    if (field.kind !== 'one' && field.kind !== 'many' && field.kind !== 'connection') return false;
    if (field.selection || (field.present && !(field.passWhen && field.store === 'resolver'))) return false;
    const args = Object.keys(entry.args).filter((name) => entry.args[name] !== undefined);
    if (field.kind !== 'connection') return args.length === 0;
    return args.every((name) => name === 'first' || name === 'after' || name in (field.filters ?? {}));
  }

  /**
   * Values GraphQL accepts for an object of `type` with this selection, or undefined when a field
   * has a resolver of its own (it would run on the stand-in) or a type with no obvious value.
   */
  private standIn(type: GraphQLNamedType, selection: Selection): object | undefined {
    if (!isObjectType(type)) return undefined;
    const stub: Record<string, unknown> = {};
    for (const entry of selection.values()) {
      const definition = type.getFields()[entry.field];
      if (!definition || definition.resolve) return undefined;
      const fieldType = definition.type;
      if (!isNonNullType(fieldType)) stub[entry.field] = null;
      else if (isListType(fieldType.ofType)) stub[entry.field] = [];
      else {
        const named = getNamedType(fieldType);
        const value = isObjectType(named)
          ? this.standIn(named, entry.children)
          : STAND_IN_SCALARS[named.name];
        if (value === undefined) return undefined;
        stub[entry.field] = value;
      }
    }
    return stub;
  }

  private definition(type: string, name: string): GraphQLField<unknown, unknown> | undefined {
    const object = this.schema?.getType(type);
    return isObjectType(object) ? object.getFields()[name] : undefined;
  }

  private rawRelation(type: string, field: RelationPlan, entry: FieldSelection, parent: PgTable) {
    let guard: SQL | undefined;
    if (field.present) {
      this.requestDependent = true;
      const condition = this.actor && field.passWhen?.(this.actor);
      if (!condition) return undefined;
      guard = condition(parent);
    }
    const text = this.rawRelationText(type, field, entry, parent);
    // Where the policy would not hand the rows on as they are, a mark that sends the field to its loader.
    return text && guard ? sql`(case when ${guard} then ${text} else chr(1) end)` : text;
  }

  private rawRelationText(type: string, field: RelationPlan, entry: FieldSelection, parent: PgTable) {
    if (field.kind === 'connection') return this.rawConnection(type, field, entry, parent);
    const { child, from, condition, orderBy, joined } = this.source(type, field, entry, parent);
    const object = this.rawObject(field.type, entry.children, child.row, joined);
    if (!object) return undefined;
    if (field.kind === 'one') return sql`(select ${object} from ${from} where ${condition} limit 1)`;
    return sql`'[' || coalesce((select string_agg(${object}, ',' order by ${orderBy()}) from ${from} where ${condition}), '') || ']'`;
  }

  /**
   * A connection's page as `toConnection` builds it: the page's rows cut and numbered in the
   * relation's order, their cursors, and the total when the count or the next page is asked for.
   */
  private rawConnection(type: string, field: RelationPlan, entry: FieldSelection, parent: PgTable) {
    let page: Page;
    try {
      page = parsePageArgs(entry.args);
    } catch {
      return undefined;
    }
    const connectionType = getNamedType(this.definition(type, entry.field)?.type);
    if (!connectionType) return undefined;
    const { child, from, condition, orderBy } = this.source(type, field, entry, parent);
    const paged = sql.identifier(`p${++this.aliases}`);
    const counted = sql.identifier(`p${++this.aliases}`);
    const offset = sql.raw(String(page.offset));
    // Rows are numbered over the whole list, before the offset: a row's cursor is its number less one.
    const cursor = (position: SQL) =>
      sql`rtrim(translate(encode(convert_to('o:' || (${position} - 1), 'UTF8'), 'base64'), '+/', '-_'), '=')`;
    let counts = false;
    let edge: SQL = sql`''`;
    const members: SQL[] = [];
    for (const member of entry.children.values()) {
      const definition = this.definition(connectionType.name, member.field);
      if (!definition || definition.resolve || !isRawKey(member) || Object.keys(member.args).length) {
        return undefined;
      }
      let value: SQL | undefined;
      if (member.field === 'totalCount') {
        counts = true;
        value = sql`${counted}.total::text`;
      } else if (member.field === 'edges') {
        const built = this.rawEdge(
          field.type,
          member.children,
          child.row,
          cursor(sql`${child.name}.page_position`),
        );
        if (!built) return undefined;
        edge = built;
        value = sql`'[' || coalesce(${paged}.edges, '') || ']'`;
      } else if (member.field === 'pageInfo') {
        const info: SQL[] = [];
        const pageInfoType = getNamedType(definition.type).name;
        for (const item of member.children.values()) {
          if (!isRawKey(item) || this.definition(pageInfoType, item.field)?.resolve) return undefined;
          let text: SQL;
          if (item.field === 'hasNextPage') {
            counts = true;
            text = sql`case when ${counted}.total > ${sql.raw(String(page.offset + page.limit))} then 'true' else 'false' end`;
          } else if (item.field === 'endCursor') {
            text = sql`coalesce('"' || ${cursor(sql`${paged}.last`)} || '"', 'null')`;
          } else return undefined;
          info.push(sql`${sql.raw(`'"${item.alias}":'`)} || ${text}`);
        }
        value = sql`'{' || ${sql.join(info, sql` || ',' || `)} || '}'`;
      } else return undefined;
      members.push(sql`${sql.raw(`'"${member.alias}":'`)} || ${value}`);
    }
    if (members.length === 0) return undefined;
    const pageRows = sql`(select ${child.name}.*, row_number() over (order by ${orderBy()}) as page_position from ${from} where ${condition} order by ${orderBy()} limit ${sql.raw(String(page.limit))} offset ${offset}) as ${child.name}`;
    const total = counts
      ? sql`, (select count(*) as total from ${from} where ${condition}) as ${counted}`
      : sql``;
    return sql`(select '{' || ${sql.join(members, sql` || ',' || `)} || '}' from (select string_agg(${edge}, ',' order by ${child.name}.page_position) as edges, max(${child.name}.page_position) as last from ${pageRows}) as ${paged}${total})`;
  }

  /** An edge of a connection: its node and its cursor, as asked for. */
  private rawEdge(type: string, selection: Selection, row: PgTable, cursor: SQL): SQL | undefined {
    const members: SQL[] = [];
    for (const item of selection.values()) {
      if (!isRawKey(item)) return undefined;
      let value: SQL | undefined;
      if (item.field === 'node') value = this.rawObject(type, item.children, row);
      else if (item.field === 'cursor') value = sql`'"' || ${cursor} || '"'`;
      if (!value) return undefined;
      members.push(sql`${sql.raw(`'"${item.alias}":'`)} || ${value}`);
    }
    return members.length ? sql`'{' || ${sql.join(members, sql` || ',' || `)} || '}'` : undefined;
  }

  /**
   * One object as compact JSON text, its keys the answer's in the answer's order, or undefined when a
   * field needs JavaScript (a resolver, a policy, a scalar PostgreSQL would write otherwise).
   */
  private rawObject(type: string, selection: Selection, row: PgTable, joined?: Joined): SQL | undefined {
    const plan = this.plans[type];
    if (!plan) return undefined;
    const members: SQL[] = [];
    for (const entry of selection.values()) {
      if (!isRawKey(entry)) return undefined;
      const field = plan.fields[entry.field];
      const definition = this.definition(type, entry.field);
      let value: SQL | undefined;
      if (!field || !definition) return undefined;
      else if (field.kind === 'columns') value = this.rawColumn(type, plan, field, definition, row);
      else if (field.kind === 'value' && field.answer && Object.keys(entry.args).length === 0) {
        value = this.rawScalar(definition, field.answer(field.sql(row)), false);
      } else if (field.kind === 'needs' && field.sql && Object.keys(entry.args).length === 0) {
        value = this.rawDocument(definition.type, entry.children, field.sql(row, this.requestValues));
      } else if (joined?.field === entry.field && this.passesThrough(field, entry) && !field.present) {
        const object = this.rawObject(field.type, entry.children, joined.row);
        value = object && sql`(case when ${joined.key} is null then 'null' else ${object} end)`;
      } else if (this.passesThrough(field, entry)) {
        const relation = this.rawRelation(type, field, entry, row);
        value = relation && (field.kind === 'one' ? sql`coalesce(${relation}, 'null')` : relation);
      }
      if (!value) return undefined;
      members.push(sql`${sql.raw(`'"${entry.alias}":'`)} || ${value}`);
    }
    return sql`'{' || ${sql.join(members, sql` || ',' || `)} || '}'`;
  }

  /**
   * A jsonb document (of the value a field resolves to, in the schema's names) as JSON text of the
   * selection, or undefined where GraphQL would serialize something otherwise.
   */
  private rawDocument(type: GraphQLOutputType, selection: Selection, doc: SQL): SQL | undefined {
    const named = getNamedType(type);
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      const element = sql.identifier(`p${++this.aliases}`);
      const of = nullable.ofType as GraphQLOutputType;
      const item = this.rawDocument(of, selection, sql`${element}.value`);
      return (
        item &&
        sql`'[' || coalesce((select string_agg(${item}, ',' order by ${element}.position) from jsonb_array_elements(${doc}) with ordinality as ${element}(value, position)), '') || ']'`
      );
    }
    if (!isObjectType(named)) {
      const serializes = isEnumType(named)
        ? named.getValues().every((v) => v.value === v.name)
        : named.name in COLUMN_TYPES && named.name !== 'DateTime';
      return serializes ? sql`coalesce(${doc}::text, 'null')` : undefined;
    }
    // The document is computed once and read by each member: `offset 0` keeps PostgreSQL from
    // pulling the subquery up and copying the document's expression into every reference.
    const computed = sql.identifier(`p${++this.aliases}`);
    const members: SQL[] = [];
    for (const entry of selection.values()) {
      const definition = named.getFields()[entry.field];
      if (!definition || definition.resolve || !isRawKey(entry) || Object.keys(entry.args).length) {
        return undefined;
      }
      const value = this.rawDocument(
        definition.type,
        entry.children,
        sql`(${computed}.doc -> ${sql.raw(`'${entry.field}'`)})`,
      );
      if (!value) return undefined;
      members.push(sql`${sql.raw(`'"${entry.alias}":'`)} || ${value}`);
    }
    return sql`(select case when jsonb_typeof(${computed}.doc) = 'object' then '{' || ${sql.join(members, sql` || ',' || `)} || '}' else 'null' end from (select ${doc} as doc offset 0) as ${computed})`;
  }

  /** A scalar field as JSON text, as GraphQL serializes it. */
  private rawColumn(
    type: string,
    plan: TypePlan,
    field: FieldPlan & { kind: 'columns' },
    definition: GraphQLField<unknown, unknown>,
    row: PgTable,
  ): SQL | undefined {
    let value: SQL;
    const [key] = field.keys;
    const scalar = getNamedType(definition.type);
    const list = isListType(getNullableType(definition.type));
    if (field.sql) value = field.sql(row, this.requestValues);
    else if (definition.resolve || field.keys.length !== 1 || !key || key.includes('.')) return undefined;
    else if (plan.computed?.[key]) value = plan.computed[key](row);
    else {
      // The column must hold what the scalar serializes (e.g. not a number for a String).
      const { dataType } = columnOf(plan.table, key, type);
      const expected = list ? 'array' : isEnumType(scalar) ? 'string' : COLUMN_TYPES[scalar.name];
      if (dataType !== expected || (list && scalar.name !== 'String')) return undefined;
      value = sql`${columnOf(row, key, type)}`;
    }
    return this.rawScalar(definition, value, list);
  }

  /** A scalar's SQL value as JSON text, as GraphQL serializes it, or undefined for another scalar. */
  private rawScalar(definition: GraphQLField<unknown, unknown>, value: SQL, list: boolean): SQL | undefined {
    const scalar = getNamedType(definition.type);
    if (scalar.name === 'DateTime' && !list) {
      value = sql`to_char(${value} at time zone 'UTC', ${sql.raw(`'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`)})`;
    } else if (isEnumType(scalar)) {
      if (!scalar.getValues().every((v) => v.value === v.name)) return undefined;
    } else if (!(scalar.name in COLUMN_TYPES)) {
      return undefined;
    }
    return sql`coalesce(to_json(${value})::text, 'null')`;
  }
}

/** A field asked for under one key, which can be written into JSON text as it is. */
const isRawKey = (entry: FieldSelection): entry is FieldSelection & { alias: string } =>
  entry.alias !== null && /^\w+$/.test(entry.alias);

/** What a stand-in object (see `standIn`) holds for a scalar that may not be null. */
const STAND_IN_SCALARS: Record<string, unknown> = { Int: 0, Float: 0, Boolean: false, String: '', ID: '' };

/**
 * The scalars PostgreSQL's to_json writes as GraphQL serializes them, and the kind of column each is
 * read from (not Float: PostgreSQL prints some numbers otherwise).
 */
const COLUMN_TYPES: Record<string, string> = {
  String: 'string',
  ID: 'string',
  Int: 'number',
  Boolean: 'boolean',
  Date: 'string',
  DateTime: 'date',
};

function decodeColumns(table: PgTable, keys: string[], doc: Doc, type: string): Model {
  const model: Model = {};
  for (const key of keys) {
    const raw = doc[key];
    model[key] =
      raw === null || raw === undefined ? null : columnOf(table, key, type).mapFromDriverValue(raw);
  }
  return model;
}
