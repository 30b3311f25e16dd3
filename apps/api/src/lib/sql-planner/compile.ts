import { type AnyColumn, getTableColumns, getTableName, type SQL, sql } from 'drizzle-orm';
import { alias, type PgTable } from 'drizzle-orm/pg-core';
import { type Page, parsePageArgs } from '../pagination.js';
import type { FieldPlan, PlanRegistry, RelationPlan, TypePlan } from './plan.js';
import {
  descend,
  type FieldSelection,
  fieldKey,
  mergeSelections,
  type Selection,
  selects,
} from './selection.js';

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

/** Compiles a selection into one SQL expression per object, with each level's table aliased. */
export class PlanCompiler {
  private aliases = 0;

  /** With `nested` off only the root level is read and every nested field uses its loader. */
  constructor(
    private readonly plans: PlanRegistry,
    private readonly nested = true,
  ) {}

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

  /** The document of one row of `type`, whose table is referenced as `row` (itself or an alias). */
  object(type: string, requested: Selection, row: PgTable): Compiled {
    const plan = this.plan(type);
    const selection = this.withNeeds(plan, requested);
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
      } else if (field.kind === 'columns' || field.kind === 'fallback') {
        for (const key of field.keys) keys.add(key);
      } else if (field.kind !== 'needs') {
        parts.push({ entry, field });
      }
    }

    const entries: [string, SQL][] = [];
    const decoders: ((doc: Doc, model: Model, planned: Map<string, unknown>) => void)[] = [];
    parts.forEach(({ entry, field }, index) => {
      const jsonKey = `$${index}`;
      const key = fieldKey(entry.field, entry.args);
      if (field.kind === 'value') {
        if (!this.nested) return;
        entries.push([jsonKey, field.sql(row)]);
        decoders.push((doc, _model, planned) => planned.set(key, doc[jsonKey]));
        return;
      }
      const compiled = this.nested ? this.relation(type, field, entry, row) : undefined;
      if (!compiled) {
        // Left to the field's loader, which reads the parent's key.
        keys.add(field.parentKey);
        return;
      }
      entries.push([jsonKey, compiled.json]);
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
        const planned = new Map<string, unknown>();
        for (const decode of decoders) decode(doc, model, planned);
        if (planned.size) model[PLANNED] = planned;
        return model;
      },
    };
  }

  /** The selection with what `needs` fields read merged in. */
  private withNeeds(plan: TypePlan, selection: Selection): Selection {
    const extra = [...selection.values()].flatMap((entry) => {
      const field = plan.fields[entry.field];
      return field?.kind === 'needs' ? [field.selection] : [];
    });
    return extra.length ? mergeSelections(selection, ...extra) : selection;
  }

  private relation(
    type: string,
    field: RelationPlan,
    entry: FieldSelection,
    parent: PgTable,
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
    const childPlan = this.plan(field.type);
    const child = this.aliased(childPlan.table);
    const selection =
      field.selection ??
      (field.kind === 'connection' ? descend(entry.children, 'edges', 'node') : entry.children);
    const compiled = this.object(field.type, selection, child.row);
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

    if (field.kind === 'one') {
      return {
        json: sql`(select ${compiled.json} from ${from} where ${condition} limit 1)`,
        decode: (raw) => (raw === null || raw === undefined ? null : compiled.decode(raw as Doc)),
      };
    }

    const order = (field.orderBy ?? []).map((item) => {
      if (typeof item === 'function') return item(orderTable);
      const [key, direction] = item as readonly [string, 'asc' | 'desc'];
      const column = columnOf(orderTable, key, type);
      return direction === 'asc' ? sql`${column} asc` : sql`${column} desc`;
    });
    if (order.length === 0) throw new Error(`Plan of ${type}.${entry.field}: a list needs an order.`);
    const orderBy = sql.join(order, sql`, `);
    // A page is cut first, numbered to keep its order through the aggregate, and only its rows are
    // built into documents: the outer query names the cut rows as the child alias the document reads.
    const list = page
      ? sql`coalesce((select json_agg(${compiled.json} order by ${child.name}.page_position) from (select ${child.name}.*, row_number() over (order by ${orderBy}) as page_position from ${from} where ${condition} order by ${orderBy} limit ${page.limit + 1} offset ${page.offset}) as ${child.name}), '[]'::json)`
      : sql`coalesce((select json_agg(${compiled.json} order by ${orderBy}) from ${from} where ${condition}), '[]'::json)`;
    const decodeList = (raw: unknown) => (raw as Doc[]).map((doc) => compiled.decode(doc));

    if (field.kind === 'many') return { json: list, decode: decodeList };
    const total = selects(entry.children, 'totalCount')
      ? sql`(select count(*) from ${from} where ${condition})`
      : sql`0`;
    return {
      json: sql`json_build_object('rows', ${list}, 'total', ${total})`,
      decode: (raw) => {
        const { rows, total: count } = raw as { rows: Doc[]; total: number | string };
        return { rows: decodeList(rows), total: Number(count) };
      },
    };
  }
}

function decodeColumns(table: PgTable, keys: string[], doc: Doc, type: string): Model {
  const model: Model = {};
  for (const key of keys) {
    const raw = doc[key];
    model[key] =
      raw === null || raw === undefined ? null : columnOf(table, key, type).mapFromDriverValue(raw);
  }
  return model;
}
