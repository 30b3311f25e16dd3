import type { Resolvers } from '../../graphql/resolvers.generated.js';
import { refuse } from '../../lib/actors.js';
import { UserErrors, userError } from '../../lib/errors.js';
import { parsePageArgs, toConnection } from '../../lib/pagination.js';
import { payload } from '../../lib/payload.js';
import { selectionOf, selects } from '../../lib/sql-planner/selection.js';
import { canHaveJobAlert, hasInbox } from './policy.js';

export const notificationResolvers: Resolvers = {
  Query: {
    myNotifications: async (_, { unreadOnly, ...pageArgs }, { actor, services }, info) => {
      if (!hasInbox(actor)) refuse(actor);
      const page = parsePageArgs(pageArgs);
      // The portals' badge asks for the unread count alone, every few seconds: no list for it.
      const selection = selectionOf(info);
      const listed = ['edges', 'pageInfo', 'totalCount'].some((field) => selects(selection, field));
      const [{ rows, total }, unreadCount] = await Promise.all([
        listed
          ? services.notifications.list(actor.userId, unreadOnly ?? false, page)
          : { rows: [], total: 0 },
        services.notifications.unreadCount(actor.userId),
      ]);
      return { ...toConnection(rows, page, total), unreadCount };
    },
    myNotificationPreferences: (_, __, { actor, services }) => {
      if (!hasInbox(actor)) refuse(actor);
      return services.notifications.preferences(actor.userId, actor.kind);
    },
    myJobAlert: (_, __, { actor, services }) => {
      if (!canHaveJobAlert(actor)) refuse(actor);
      return services.jobAlerts.ofCitizen(actor.userId);
    },
  },
  Mutation: {
    markNotificationsRead: (_, { ids }, { actor, services }) => {
      if (!hasInbox(actor)) refuse(actor);
      return payload(async () => {
        await services.notifications.markRead(actor.userId, ids);
        return { unreadCount: await services.notifications.unreadCount(actor.userId) };
      });
    },
    setNotificationPreference: (_, { kind, email }, { actor, services }) => {
      if (!hasInbox(actor)) refuse(actor);
      return payload(async () => ({
        preference: await services.notifications.setPreference(actor.userId, actor.kind, kind, email),
      }));
    },
    saveJobAlert: (_, { input }, { actor, services }) => {
      if (!canHaveJobAlert(actor)) refuse(actor);
      return payload(async () => ({ jobAlert: await services.jobAlerts.save(actor, input) }));
    },
    deleteJobAlert: (_, __, { actor, services }) => {
      if (!canHaveJobAlert(actor)) refuse(actor);
      return payload(async () => {
        await services.jobAlerts.remove(actor.userId);
        return { ok: true };
      });
    },
    unsubscribeJobAlert: (_, { token }, { services }) =>
      payload(async () => {
        if (!(await services.jobAlerts.unsubscribe(token))) {
          throw new UserErrors([
            userError(
              'token',
              'INVALID_TOKEN',
              'Il collegamento non è valido: copialo per intero dall’email.',
            ),
          ]);
        }
        return { ok: true };
      }),
  },
  Notification: {
    url: (notification, _, { services }) =>
      services.notifications.pageUrl(notification.portal, notification.path),
    read: (notification) => notification.readAt !== null,
  },
};
