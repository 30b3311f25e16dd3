import {
  BREAK,
  type FieldNode,
  type GraphQLResolveInfo,
  Kind,
  parse,
  type SelectionSetNode,
  visit,
} from 'graphql';
import { type FieldsByTypeName, parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import stringify from 'safe-stable-stringify';

export type Args = Record<string, unknown>;

export interface FieldSelection {
  field: string;
  /** The key of the field in the answer; null when several aliases ask for it. */
  alias: string | null;
  args: Args;
  children: Selection;
}

/**
 * The fields asked for on one object, by field name and arguments, in the order of the answer:
 * aliases of a field with the same arguments are one entry (their sub-selections merged), with
 * other arguments another.
 */
export type Selection = Map<string, FieldSelection>;

/** Identifies a field with its arguments; a resolver computes the same key from its own args. */
export function fieldKey(field: string, args: Args): string {
  // Most fields have no arguments: this runs for each planned field of each object answered.
  let defined: Args | undefined;
  for (const name in args) {
    if (args[name] === undefined) continue;
    defined ??= {};
    defined[name] = args[name];
  }
  return defined ? `${field}${stringify(defined)}` : field;
}

export function addField(selection: Selection, entry: FieldSelection): void {
  const key = fieldKey(entry.field, entry.args);
  const existing = selection.get(key);
  if (!existing) {
    selection.set(key, { ...entry, children: new Map(entry.children) });
    return;
  }
  if (existing.alias !== entry.alias) existing.alias = null;
  for (const child of entry.children.values()) addField(existing.children, child);
}

export function mergeSelections(...selections: Selection[]): Selection {
  const merged: Selection = new Map();
  for (const selection of selections) for (const entry of selection.values()) addField(merged, entry);
  return merged;
}

function fromTree(fieldsByTypeName: FieldsByTypeName): Selection {
  const selection: Selection = new Map();
  for (const fields of Object.values(fieldsByTypeName)) {
    for (const tree of Object.values(fields)) {
      if (tree.name.startsWith('__')) continue;
      addField(selection, {
        field: tree.name,
        alias: tree.alias,
        args: tree.args,
        children: fromTree(tree.fieldsByTypeName),
      });
    }
  }
  return selection;
}

/**
 * What the client asked for below the field being resolved, with fragments expanded, variables
 * bound and `@include`/`@skip` applied. Reads only `fieldNodes`, `fragments`, `variableValues`,
 * `schema`, `parentType` and `returnType`, which the JIT's resolve info carries too.
 */
export function selectionOf(info: GraphQLResolveInfo): Selection {
  const tree = parseResolveInfo(info) as ResolveTree | null | undefined;
  return tree ? fromTree(tree.fieldsByTypeName) : new Map();
}

/** Whether `__typename` is asked for anywhere below the field being resolved, fragments included. */
export function asksForTypename(info: GraphQLResolveInfo): boolean {
  let found = false;
  const seen = new Set<string>();
  const walk = (node: SelectionSetNode) =>
    visit(node, {
      Field: (field) => {
        if (field.name.value !== '__typename') return undefined;
        found = true;
        return BREAK;
      },
      FragmentSpread: (spread) => {
        const fragment = info.fragments[spread.name.value];
        if (fragment && !seen.has(spread.name.value)) {
          seen.add(spread.name.value);
          walk(fragment.selectionSet);
        }
      },
    });
  for (const node of info.fieldNodes) if (node.selectionSet && !found) walk(node.selectionSet);
  return found;
}

/** The children of every `path` entry, merged (e.g. `edges`, `node` of a connection). */
export function descend(selection: Selection, ...path: string[]): Selection {
  let level = [selection];
  for (const field of path) {
    level = level.flatMap((s) => [...s.values()].filter((f) => f.field === field).map((f) => f.children));
  }
  return mergeSelections(...level);
}

export const selects = (selection: Selection, field: string) =>
  [...selection.values()].some((entry) => entry.field === field);

function fromAst(set: SelectionSetNode): Selection {
  const selection: Selection = new Map();
  for (const node of set.selections) {
    if (node.kind !== Kind.FIELD) throw new Error('Only plain fields are allowed in a plan selection.');
    const field = node as FieldNode;
    addField(selection, {
      field: field.name.value,
      alias: field.alias?.value ?? field.name.value,
      args: {},
      children: field.selectionSet ? fromAst(field.selectionSet) : new Map(),
    });
  }
  return selection;
}

/** A fixed selection written in GraphQL, e.g. `{ headline experiences { id } }`, without arguments. */
export function parseSelection(text: string): Selection {
  const document = parse(text);
  const operation = document.definitions[0];
  if (operation?.kind !== Kind.OPERATION_DEFINITION) throw new Error(`Not a selection: ${text}`);
  return fromAst(operation.selectionSet);
}
