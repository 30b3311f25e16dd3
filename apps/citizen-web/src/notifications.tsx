import { createNotificationsApi } from '@sportello/ui';
import { client } from './client';
import {
  Notifications_MarkReadMutationDocument,
  Notifications_PageQueryDocument,
  Notifications_PreferencesQueryDocument,
  Notifications_SetPreferenceMutationDocument,
  Notifications_UnreadQueryDocument,
} from './gql/graphql';

/** The shared notification pages and bell, over this portal's client. */
export const notificationsApi = createNotificationsApi(client, {
  unread: Notifications_UnreadQueryDocument,
  page: Notifications_PageQueryDocument,
  markRead: Notifications_MarkReadMutationDocument,
  preferences: Notifications_PreferencesQueryDocument,
  setPreference: Notifications_SetPreferenceMutationDocument,
});
