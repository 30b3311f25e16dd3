import { createGraphQLClient, SessionStore } from '@sportello/ui';
import { QueryClient } from '@tanstack/react-query';
import { graphql } from './gql';

/** The fields every session-returning mutation selects (login, refresh, invitation). */
export const SessionFields = graphql(`
  fragment SessionFields on Session {
    accessToken
    accessTokenExpiresAt
    refreshToken
    twoFactorEnrolmentRequired
    viewer {
      id
      kind
      email
      givenName
      familyName
    }
  }
`);

const RefreshSessionMutation = graphql(`
  mutation Client_RefreshSessionMutation($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      session {
        ...SessionFields
      }
    }
  }
`);

export const session = new SessionStore('sportello.operatori.session');

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: 1, refetchOnWindowFocus: false, staleTime: 30_000 },
    mutations: { retry: false },
  },
});

export const client = createGraphQLClient({
  session,
  refreshDocument: RefreshSessionMutation,
  onSessionExpired: () => queryClient.clear(),
});
