import { type ASTNode, type GraphQLResolveInfo, visit } from 'graphql';
import stringify from 'safe-stable-stringify';

// Variants of one operation kept at most (a variable changing a nested page size makes a variant).
const MAX_VARIANTS = 50;

interface OperationPlans {
  /** Per root field (response key): the variables its sub-selection reads. */
  variables: Map<string, string[]>;
  plans: Map<string, unknown>;
}

/** The variables the sub-selection of the field being resolved reads, fragments included. */
function variablesBelow(info: GraphQLResolveInfo): string[] {
  const names = new Set<string>();
  const seenFragments = new Set<string>();
  const walk = (node: ASTNode) =>
    visit(node, {
      Variable: (variable) => {
        names.add(variable.name.value);
      },
      FragmentSpread: (spread) => {
        const fragment = info.fragments[spread.name.value];
        if (fragment && !seenFragments.has(fragment.name.value)) {
          seenFragments.add(fragment.name.value);
          walk(fragment);
        }
      },
    });
  for (const node of info.fieldNodes) if (node.selectionSet) walk(node.selectionSet);
  return [...names].sort();
}

/**
 * Clients send the same operations again and again: a plan is kept with the parsed operation and
 * reused while the variables its selection reads are the same (a vacancy's id, read by the root
 * field alone, does not change the plan).
 */
export function planCache() {
  const byOperation = new WeakMap<object, OperationPlans>();
  return <T>(info: GraphQLResolveInfo, kind: string, build: () => T): T => {
    if (!info.operation) return build();
    let entry = byOperation.get(info.operation);
    if (!entry) {
      entry = { variables: new Map(), plans: new Map() };
      byOperation.set(info.operation, entry);
    }
    const field = String(info.path.key);
    let variables = entry.variables.get(field);
    if (!variables) {
      variables = variablesBelow(info);
      entry.variables.set(field, variables);
    }
    const values = Object.fromEntries(variables.map((name) => [name, info.variableValues[name]]));
    const key = `${kind}:${field}:${stringify(values)}`;
    let plan = entry.plans.get(key) as T | undefined;
    if (plan === undefined) {
      if (entry.plans.size >= MAX_VARIANTS) entry.plans.clear();
      plan = build();
      entry.plans.set(key, plan);
    }
    return plan;
  };
}
