import type { NotificationsApi } from '@sportello/ui';
import { client } from './client';
import { graphql } from './gql';
import type { NotificationKind } from './gql/graphql';

const UnreadQuery = graphql(`
  query Notifications_UnreadQuery {
    myNotifications(first: 0) {
      unreadCount
    }
  }
`);

const PageQuery = graphql(`
  query Notifications_PageQuery($first: Int!, $after: String) {
    myNotifications(first: $first, after: $after) {
      totalCount
      unreadCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          body
          path
          createdAt
          read
        }
      }
    }
  }
`);

const MarkReadMutation = graphql(`
  mutation Notifications_MarkReadMutation($ids: [ID!]) {
    markNotificationsRead(ids: $ids) {
      unreadCount
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const PreferencesQuery = graphql(`
  query Notifications_PreferencesQuery {
    myNotificationPreferences {
      kind
      label
      email
      mandatoryReason
    }
  }
`);

const SetPreferenceMutation = graphql(`
  mutation Notifications_SetPreferenceMutation($kind: NotificationKind!, $email: Boolean!) {
    setNotificationPreference(kind: $kind, email: $email) {
      preference {
        kind
        email
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** The shared notification pages and bell, over this portal's documents. */
export const notificationsApi: NotificationsApi = {
  unreadCount: async () => (await client.request(UnreadQuery)).myNotifications.unreadCount,
  page: async (first, after) => (await client.request(PageQuery, { first, after })).myNotifications,
  markRead: async (ids) =>
    (await client.request(MarkReadMutation, { ids: ids ?? null })).markNotificationsRead.userErrors,
  preferences: async () => (await client.request(PreferencesQuery)).myNotificationPreferences,
  setPreference: async (kind, email) =>
    (
      await client.request(SetPreferenceMutation, {
        kind: kind as NotificationKind,
        email,
      })
    ).setNotificationPreference.userErrors,
};
