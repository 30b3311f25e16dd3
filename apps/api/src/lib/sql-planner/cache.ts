import { type ASTNode, type GraphQLResolveInfo, visit } from 'graphql';
import stringify from 'safe-stable-stringify';

// Variants of one operation kept at most (a variable changing a nested page size makes a variant).
const MAX_VARIANTS = 50;

interface OperationPlans {
  /** Per root field (response key): the variables its sub-selection reads. */
  variables: Map<string, string[]>;
  plans: Map<string, unknown>;
}

/** The variants of a plan that depends on the request, by request key. */
class PerActor {
  readonly plans = new Map<string, unknown>();
}

/** A plan, and whether it depends on the request (see `PlanCompiler.requestDependent`). */
export interface Built<T> {
  plan: T;
  requestDependent: boolean;
}

/** Keeps at most MAX_VARIANTS entries, the oldest dropped first. */
function keep(map: Map<string, unknown>, key: string, value: unknown) {
  if (map.size >= MAX_VARIANTS) map.delete(map.keys().next().value!);
  map.set(key, value);
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
 * field alone, does not change the plan), and, for a plan that depends on the request, for the
 * same `request` key (who asks and the day).
 */
export function planCache() {
  const byOperation = new WeakMap<object, OperationPlans>();
  return <T>(info: GraphQLResolveInfo, kind: string, request: string, build: () => Built<T>): T => {
    if (!info.operation) return build().plan;
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
    const found = entry.plans.get(key);
    if (found instanceof PerActor) {
      const plan = found.plans.get(request);
      if (plan !== undefined) return plan as T;
    } else if (found !== undefined) {
      return found as T;
    }
    const built = build();
    if (!built.requestDependent) keep(entry.plans, key, built.plan);
    else if (found instanceof PerActor) keep(found.plans, request, built.plan);
    else {
      const variants = new PerActor();
      variants.plans.set(request, built.plan);
      keep(entry.plans, key, variants);
    }
    return built.plan;
  };
}
