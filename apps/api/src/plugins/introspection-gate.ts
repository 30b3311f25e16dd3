import { type DocumentNode, type GraphQLSchema, NoSchemaIntrospectionCustomRule, validate } from 'graphql';
import type { Actor } from '../context.js';
import { ApiError } from '../lib/errors.js';

/**
 * In production only integrations (API clients, authenticated by their token) read the schema, so
 * GraphiQL works for them; the portals need no introspection, and anonymous visitors get no map
 * of the API. Whether a document introspects is computed once per parsed document.
 */
export function createIntrospectionGate(production: boolean) {
  const introspects = new WeakMap<DocumentNode, boolean>();
  return (schema: GraphQLSchema, document: DocumentNode, actor: Actor): void => {
    if (!production || actor.kind === 'API_CLIENT') return;
    let found = introspects.get(document);
    if (found === undefined) {
      found = validate(schema, document, [NoSchemaIntrospectionCustomRule]).length > 0;
      introspects.set(document, found);
    }
    if (found) {
      throw new ApiError(
        'FORBIDDEN',
        'GraphQL introspection is available to API clients only, with their token.',
      );
    }
  };
}
