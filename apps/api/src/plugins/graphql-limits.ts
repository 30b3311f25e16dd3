import { createRequire } from 'node:module';
import {
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';

// Required as CommonJS: its ES module build imports graphql's ES module build, a second instance of
// graphql beside the CommonJS one mercurius uses, which graphql's instanceof checks refuse.
const { getComplexity, simpleEstimator } = createRequire(import.meta.url)(
  'graphql-query-complexity',
) as typeof import('graphql-query-complexity');

import { badInput } from '../lib/errors.js';

export const LIMITS = {
  /** Nesting depth of fields (fragments expanded). */
  maxDepth: 10,
  /** Aliases in one operation, fragments expanded: stops one request doing the work of hundreds. */
  maxAliases: 15,
  /** Field selections in one operation, fragments expanded. */
  maxFields: 400,
  /** Operations in one batched request. */
  maxBatch: 5,
  /** Request body size in bytes. */
  maxBodyBytes: 256 * 1024,
  /**
   * Cost of one operation: every field costs 1, a paginated field multiplies the cost of one item by
   * its page size. 100 vacancies with 100 candidatures of 10 fields each is 100,000.
   */
  maxCost: 100_000,
};

/** A paginated field costs its page size times the cost of one item. */
const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  typeof args.first === 'number' ? 1 + Math.max(args.first, 0) * childComplexity : undefined;

/**
 * Refuses a request that would cost more than the limit, before any resolver runs. A document with
 * several operations counts them all.
 */
export function checkOperationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
): void {
  let cost: number;
  try {
    cost = getComplexity({
      schema,
      query: document,
      variables: variables ?? {},
      estimators: [pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch {
    // Variables that do not fit their types: execution refuses them with its own error, before any resolver.
    return;
  }
  if (cost > LIMITS.maxCost) {
    throw badInput(
      `Richiesta troppo onerosa: costo ${cost}, al massimo ${LIMITS.maxCost}. Riduci le pagine richieste.`,
    );
  }
}

/**
 * Counts aliases and fields of each operation with fragments expanded (a fragment spread counts every
 * time it is used), so splitting a query across named fragments does not escape the limits.
 */
export const operationSizeRule: ValidationRule = (context: ValidationContext): ASTVisitor => {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return {
    OperationDefinition(operation) {
      const totals = { aliases: 0, fields: 0 };
      const overLimit = () => totals.aliases > LIMITS.maxAliases || totals.fields > LIMITS.maxFields;
      const walk = (selectionSet: SelectionSetNode, visiting: Set<string>) => {
        for (const selection of selectionSet.selections) {
          if (overLimit()) return;
          if (selection.kind === Kind.FIELD) {
            totals.fields += 1;
            if (selection.alias) totals.aliases += 1;
            if (selection.selectionSet) walk(selection.selectionSet, visiting);
          } else if (selection.kind === Kind.INLINE_FRAGMENT) {
            walk(selection.selectionSet, visiting);
          } else {
            const name = selection.name.value;
            const fragment = fragments.get(name);
            if (fragment && !visiting.has(name)) walk(fragment.selectionSet, new Set(visiting).add(name));
          }
        }
      };
      walk(operation.selectionSet, new Set());
      if (totals.aliases > LIMITS.maxAliases) {
        context.reportError(
          new GraphQLError(`Too many aliases: at most ${LIMITS.maxAliases} per operation.`, {
            nodes: [operation],
            extensions: { code: 'BAD_USER_INPUT' },
          }),
        );
      } else if (totals.fields > LIMITS.maxFields) {
        context.reportError(
          new GraphQLError(`Operation too large: at most ${LIMITS.maxFields} fields.`, {
            nodes: [operation],
            extensions: { code: 'BAD_USER_INPUT' },
          }),
        );
      }
    },
  };
};

export const validationRules: ValidationRule[] = [operationSizeRule];
