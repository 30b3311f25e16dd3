import { type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { getNamedType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildMergedSchema } from '../../graphql/sdl.js';
import { plans } from '../../plans.js';
import { PlanCompiler } from './compile.js';
import type { PlanActor } from './plan.js';
import { prerender } from './prerender.js';
import { fieldKey, parseSelection, type Selection } from './selection.js';

const schema = buildMergedSchema();
const dialect = new PgDialect({ casing: 'snake_case' });

/** Every field of a type, objects one level down with their scalar fields. */
function everything(typeName: string, depth = 1): Selection {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) throw new Error(typeName);
  const selection: Selection = new Map();
  for (const field of Object.values(type.getFields())) {
    const named = getNamedType(field.type);
    if (isObjectType(named) && depth === 0) continue;
    const args = Object.fromEntries(
      field.args.filter((a) => a.defaultValue !== undefined).map((a) => [a.name, a.defaultValue]),
    );
    const children = isObjectType(named) ? everything(named.name, depth - 1) : new Map();
    selection.set(fieldKey(field.name, args), { field: field.name, alias: field.name, args, children });
  }
  return selection;
}

describe('plans', () => {
  it('declare every field of the types they plan, so none is read by guesswork', () => {
    const undeclared = Object.entries(plans).flatMap(([typeName, plan]) => {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) return [`${typeName} is not an object type`];
      return Object.keys(type.getFields())
        .filter((field) => !plan.fields[field])
        .map((field) => `${typeName}.${field}`);
    });
    expect(undeclared, 'declare them with columns(), a relation, or fallback()').toEqual([]);
  });

  it('compile for every field of every planned type', () => {
    for (const [typeName, plan] of Object.entries(plans)) {
      const compiled = new PlanCompiler(plans).object(typeName, everything(typeName), plan.table);
      expect(dialect.sqlToQuery(compiled.json).sql).toMatch(/^json_build_object\(/);
    }
  });

  it('render once to the statement the tree renders to, parameters numbered in the embedding statement', () => {
    const selection = parseSelection(
      '{ title applications { totalCount edges { node { status history { toStatus } } } } }',
    );
    selection.get('applications')!.args = { first: 5 };
    const compiled = new PlanCompiler(plans).object('Vacancy', selection, plans.Vacancy!.table);
    const embed = (document: SQL) =>
      sql`select ${sql.param('before')}, ${document} where ${sql.param('after')}`;
    const expected = dialect.sqlToQuery(embed(compiled.json));
    // With the count asked for, the page's own rows; without, one more would show a next page.
    expect(expected.params).toEqual(['before', 5, 0, 'after']);
    expect(dialect.sqlToQuery(embed(prerender(compiled.json)))).toEqual(expected);
  });
});

describe('policies in SQL', () => {
  const selection = () =>
    parseSelection(
      '{ title applications(first: 5) { totalCount edges { node { status citizen { givenName cv { headline } } } } } }',
    );
  const compile = (actor?: PlanActor) => {
    const compiler = new PlanCompiler(plans, true, schema, actor);
    const { sql: text, params } = dialect.sqlToQuery(
      compiler.object('Vacancy', selection(), plans.Vacancy!.table).json,
    );
    return { text, params, requestDependent: compiler.requestDependent };
  };
  const network = '00000000-0000-4000-8000-000000000001';

  it('let the network’s staff read the candidatures as PostgreSQL writes them, under their network', () => {
    const staff = compile({ kind: 'OPERATOR', networkId: network, companyId: null });
    expect(staff.requestDependent).toBe(true);
    expect(staff.text).toContain('string_agg');
    expect(staff.text).toContain('chr(1)');
    expect(staff.params.filter((param) => param === network)).toHaveLength(3);
  });

  it('leave to GraphQL and the loaders whom no condition in SQL lets through', () => {
    for (const actor of [
      { kind: 'CITIZEN', networkId: network, companyId: null },
      { kind: 'API_CLIENT', networkId: network, companyId: null },
      undefined,
    ] as const) {
      const compiled = compile(actor);
      expect(compiled.requestDependent).toBe(true);
      expect(compiled.text).not.toContain('string_agg');
    }
  });
});

describe('selections', () => {
  it('merge aliases of a field with the same arguments, and keep other arguments apart', () => {
    const selection = parseSelection('{ a { x } b: a { y } c }');
    expect([...selection.keys()]).toEqual(['a', 'c']);
    expect([...selection.get('a')!.children.keys()]).toEqual(['x', 'y']);
    expect(fieldKey('applications', { first: 2, status: undefined })).toBe('applications{"first":2}');
    expect(fieldKey('applications', { status: 'APPLIED', first: 2 })).toBe(
      fieldKey('applications', { first: 2, status: 'APPLIED' }),
    );
  });
});
