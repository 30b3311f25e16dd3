import type { DocumentNode, GraphQLSchema } from 'graphql';

type Check = (
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
) => void;

// Variable sets remembered per document; past this they are forgotten and checked again.
const MAX_VARIABLE_SETS = 256;

/**
 * Runs `check` once per operation: a document (mercurius keeps one parsed document per query text)
 * with the same variables. Clients send the same operations again and again, and the checks walk
 * the whole document with its variables bound. Only operations that passed are remembered.
 */
export function oncePerOperation(check: Check): Check {
  const passed = new WeakMap<DocumentNode, Set<string>>();
  return (schema, document, variables) => {
    const key = JSON.stringify(variables ?? {});
    let known = passed.get(document);
    if (known?.has(key)) return;
    check(schema, document, variables);
    if (!known) {
      known = new Set();
      passed.set(document, known);
    }
    if (known.size >= MAX_VARIABLE_SETS) known.clear();
    known.add(key);
  };
}
