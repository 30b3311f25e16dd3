import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import {
  buildSchema,
  GraphQLEnumType,
  type GraphQLField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
  getNamedType,
  isLeafType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';

/**
 * Random and hostile input to every mutation and every query, as every kind of user, driven by the
 * schema (a new operation is fuzzed without a line here): the API must answer with a userError or a
 * client error, never an internal one, and a failed mutation must write nothing.
 */
const schema = buildSchema(
  readFileSync(new URL('../../../packages/graphql/schema.graphql', import.meta.url), 'utf8'),
);
const mutations = Object.values(schema.getMutationType()!.getFields());
const queries = Object.values(schema.getQueryType()!.getFields());

// Tables that legitimately change on a refused call (login throttling counts failed attempts).
const CHANGING_ON_FAILURE = new Set(['rate_limit_buckets', '__drizzle_migrations']);

const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    "'; drop table users; --",
    '<script>alert(1)</script>',
    '\u0000',
    '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ☃',
    'x'.repeat(10_000),
    '../../etc/passwd',
    '%_\\',
    '2026-02-30',
    'RSSMRA85T10A562S',
    '01234567897',
    '015118',
    'B',
    'it',
    '\u0001\u001f\u007f',
    'a\u0000b',
    '\u202eevil',
    '\ud800',
    'x'.repeat(50_000),
    '2027-04-31',
    '0000-01-01',
  ),
);

/** Well-formed but impossible or extreme days, which only the Date scalar can refuse. */
const hostileDate = fc.constantFrom(
  '2026-02-30',
  '2027-04-31',
  '2026-13-01',
  '0001-01-01',
  '9999-12-31',
  '2026-00-10',
);

const scalar = (type: GraphQLScalarType): fc.Arbitrary<unknown> => {
  switch (type.name) {
    case 'Int':
      return fc.oneof(
        { arbitrary: fc.integer({ min: -5, max: 200 }), weight: 4 },
        { arbitrary: fc.constantFrom(0, -1, 2_147_483_647, -2_147_483_648, 1e12), weight: 1 },
      );
    case 'Float':
      return fc.oneof(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom(-1e308, 1e308, -0, 5e-324),
      );
    case 'Boolean':
      return fc.boolean();
    case 'ID':
      return fc.oneof(fc.uuid(), hostileText, fc.constant(randomUUID()));
    case 'Date':
      return fc.oneof(
        {
          arbitrary: fc
            .date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
            .map((d) => d.toISOString().slice(0, 10)),
          weight: 4,
        },
        { arbitrary: hostileDate, weight: 1 },
        { arbitrary: hostileText, weight: 1 },
      );
    case 'DateTime':
      return fc.oneof(
        {
          arbitrary: fc
            .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
            .map((d) => d.toISOString()),
          weight: 4,
        },
        { arbitrary: hostileDate.map((day) => `${day}T10:00:00Z`), weight: 1 },
        { arbitrary: hostileText, weight: 1 },
      );
    default:
      return hostileText;
  }
};

function arbitraryFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (type instanceof GraphQLNonNull) return arbitraryFor(type.ofType, depth);
  if (type instanceof GraphQLList)
    return fc.array(arbitraryFor(type.ofType, depth + 1), { maxLength: depth > 1 ? 1 : 3 });
  if (type instanceof GraphQLEnumType) return fc.constantFrom(...type.getValues().map((v) => v.value));
  if (type instanceof GraphQLScalarType) return scalar(type);
  const object = type as GraphQLInputObjectType;
  const fields = Object.values(object.getFields());
  return record(fields, depth + 1);
}

/** Required fields are always sent (mostly well-typed, so calls reach the resolvers); the rest may be absent. */
function record(fields: readonly { name: string; type: GraphQLInputType }[], depth: number) {
  return fc.record(Object.fromEntries(fields.map((f) => [f.name, optional(f.type, depth)])), {
    requiredKeys: fields.filter((f) => f.type instanceof GraphQLNonNull).map((f) => f.name),
  });
}

/** Nullable inputs are sometimes null or missing, so required-ness and absence are both exercised. */
const optional = (type: GraphQLInputType, depth: number) =>
  type instanceof GraphQLNonNull
    ? arbitraryFor(type, depth)
    : fc.option(arbitraryFor(type, depth), { nil: null });

/** A selection of the payload that touches its nested objects (ids only) and its userErrors. */
function selection(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  if (isLeafType(type)) return '';
  const fields = (type as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields();
  const parts = Object.values(fields).map((f) => {
    const named = getNamedType(f.type);
    if (isLeafType(named)) return f.args.some((a) => a.type instanceof GraphQLNonNull) ? '' : f.name;
    const inner = (named as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields();
    return 'id' in inner
      ? `${f.name} { id }`
      : f.name === 'userErrors'
        ? 'userErrors { field code message }'
        : f.name === 'session'
          ? 'session { accessToken }'
          : '';
  });
  return `{ __typename ${parts.filter(Boolean).join(' ')} }`;
}

function document(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const vars = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${operation}${vars ? `(${vars})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selection(field)} }`;
}

/** The answer is a client error or a result: never a server error, never INTERNAL. */
function expectNoInternalError(response: Awaited<ReturnType<TestApp['gql']>>) {
  expect(response.status, JSON.stringify(response)).toBeLessThan(500);
  const codes = (response.errors ?? []).map((e) => e.extensions?.code);
  expect(codes, JSON.stringify(response.errors)).not.toContain('INTERNAL');
}

let t: TestApp;
let calls = 0;
let reachedResolvers = 0;
const tokens: (string | undefined)[] = [undefined];

async function tableCounts(): Promise<Record<string, number>> {
  const tables = await t.query<{ table_name: string }>(
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
  );
  const names = tables.map((r) => r.table_name).filter((n) => !CHANGING_ON_FAILURE.has(n));
  const union = names.map((n) => `select '${n}' as name, count(*)::int as n from "${n}"`).join(' union all ');
  const counts = await t.query<{ name: string; n: number }>(sql.raw(union));
  return Object.fromEntries(counts.map((r) => [r.name, Number(r.n)]));
}

beforeAll(async () => {
  t = await startTestApp();
  for (const email of [DEMO.citizen, DEMO.companyMember, DEMO.operator, DEMO.admin])
    tokens.push((await t.login(email)).accessToken);
});
afterAll(() => t?.close());

describe('random and hostile input to every mutation', () => {
  // Inputs so malformed that GraphQL refuses them before any resolver runs would test little.
  afterAll(() => {
    expect(reachedResolvers / calls).toBeGreaterThan(0.5);
  });

  for (const field of mutations) {
    it(`${field.name}: no internal error, nothing half-written`, async () => {
      const query = document('mutation', field);
      const variables = record(field.args, 0);
      await fc.assert(
        fc.asyncProperty(variables, fc.nat(tokens.length - 1), async (vars, who) => {
          const before = await tableCounts();
          const response = await t.gql(query, vars as Record<string, unknown>, tokens[who]);
          calls += 1;
          // Errors without a path come from parsing or variable coercion, before any resolver.
          if (!(response.errors ?? []).some((e) => !e.path)) reachedResolvers += 1;
          expectNoInternalError(response);
          const result = response.data?.[field.name] as { userErrors?: unknown[] } | undefined;
          const failed = (response.errors?.length ?? 0) > 0 || (result?.userErrors?.length ?? 0) > 0;
          if (failed) expect(await tableCounts()).toEqual(before);
        }),
        { numRuns: 12, seed: 20261123 },
      );
    });
  }
});

describe('random and hostile input to every query', () => {
  for (const field of queries) {
    it(`${field.name}: no internal error`, async () => {
      const query = document('query', field);
      await fc.assert(
        fc.asyncProperty(record(field.args, 0), fc.nat(tokens.length - 1), async (vars, who) => {
          expectNoInternalError(await t.gql(query, vars as Record<string, unknown>, tokens[who]));
        }),
        { numRuns: 10, seed: 20261203 },
      );
    });
  }
});
