import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PORTALS } from '../routes/portals.js';

/** The error message for an unknown hash; the portals then send the operation's text instead. */
export const PERSISTED_QUERY_NOT_FOUND = 'PersistedQueryNotFound';

const appsDir = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * The portals' operations by hash, as GraphQL Code Generator writes them next to each portal's typed
 * documents: the portals send the hash instead of the query text.
 */
export function portalOperations(): Record<string, string> {
  return Object.assign(
    {},
    ...PORTALS.map((portal) =>
      JSON.parse(readFileSync(`${appsDir}${portal.app}/src/gql/persisted-documents.json`, 'utf8')),
    ),
  );
}
