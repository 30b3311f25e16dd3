import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { getIntrospectionQuery } from 'graphql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';

const httpFetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).href });

/**
 * The API refuses operations deeper than 10 levels, and GraphiQL's introspection nests 15. Our types
 * wrap at most three times (`[T!]!`), so four levels of `ofType` describe all of them.
 */
const SHALLOW_INTROSPECTION = getIntrospectionQuery({ typeDepth: 4 });
const fetcher: Fetcher = (params, options) =>
  httpFetcher(
    params.operationName === 'IntrospectionQuery' ? { ...params, query: SHALLOW_INTROSPECTION } : params,
    options,
  );

const DEFAULT_QUERY = `# Sportello Lavoro API.
#
# Anonymous clients read the public data, like the networks below. For the rest, put a token in
# the "Headers" tab below as {"Authorization": "Bearer <token>"}: an integration gets one from
# POST /oauth/token (client credentials, see the README's integration guide); a person gets one
# by logging in to a portal.

query Networks {
  networks {
    slug
    name
  }
}
`;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} />
  </StrictMode>,
);
