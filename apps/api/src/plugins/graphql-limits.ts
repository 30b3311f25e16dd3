import {
  type ASTVisitor,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  NoSchemaIntrospectionCustomRule,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

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
};

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

export function validationRules(production: boolean): ValidationRule[] {
  return production ? [operationSizeRule, NoSchemaIntrospectionCustomRule] : [operationSizeRule];
}
