import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { useState } from 'react';
import { Link } from 'react-router';
import { attempt, useAnnouncement } from './announcement';
import { CheckboxField, Notice } from './fields';
import type { DocumentVariables, GraphQLClient, NoVariables } from './graphql-client';
import { Loading, PageTitle } from './layout';
import { LoadError, PAGE_SIZE, PagedList, usePagedQuery } from './paged-list';
import { formatShortDateTime } from './strings';
import type { UserErrorLike } from './user-errors';

export interface NotificationItem {
  id: string;
  title: string;
  body: string;
  path: string;
  createdAt: string;
  read: boolean;
}

interface NotificationPage {
  edges: readonly { node: NotificationItem }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  totalCount: number;
  unreadCount: number;
}

export interface NotificationPreferenceItem {
  kind: string;
  label: string;
  email: boolean;
  mandatoryReason?: string | null;
}

/** What the bell and the notification pages ask of the API. */
export interface NotificationsApi {
  unreadCount: () => Promise<number>;
  page: (first: number, after: string | null) => Promise<NotificationPage>;
  /** Marks the given notifications read, or all of them without ids. */
  markRead: (ids?: string[]) => Promise<readonly UserErrorLike[]>;
  preferences: () => Promise<readonly NotificationPreferenceItem[]>;
  setPreference: (kind: string, email: boolean) => Promise<readonly UserErrorLike[]>;
}

/** The documents each portal generates from notifications.graphql, typed as every portal has them. */
export interface NotificationDocuments<Kind extends string> {
  unread: TypedDocumentNode<{ myNotifications: { unreadCount: number } }, NoVariables>;
  page: TypedDocumentNode<
    { myNotifications: NotificationPage },
    DocumentVariables<{ first: number; after?: string | null }>
  >;
  markRead: TypedDocumentNode<
    { markNotificationsRead: { userErrors: readonly UserErrorLike[] } },
    DocumentVariables<{ ids?: string[] | null }>
  >;
  preferences: TypedDocumentNode<
    { myNotificationPreferences: readonly NotificationPreferenceItem[] },
    NoVariables
  >;
  setPreference: TypedDocumentNode<
    { setNotificationPreference: { userErrors: readonly UserErrorLike[] } },
    DocumentVariables<{ kind: Kind; email: boolean }>
  >;
}

/** The bell and the notification pages over a portal's client and its generated documents. */
export function createNotificationsApi<Kind extends string>(
  client: GraphQLClient,
  documents: NotificationDocuments<Kind>,
): NotificationsApi {
  return {
    unreadCount: async () => (await client.request(documents.unread, {})).myNotifications.unreadCount,
    page: async (first, after) => (await client.request(documents.page, { first, after })).myNotifications,
    markRead: async (ids) =>
      (await client.request(documents.markRead, { ids: ids ?? null })).markNotificationsRead.userErrors,
    preferences: async () => (await client.request(documents.preferences, {})).myNotificationPreferences,
    setPreference: async (kind, email) =>
      (await client.request(documents.setPreference, { kind: kind as Kind, email })).setNotificationPreference
        .userErrors,
  };
}

const UNREAD_KEY = ['unreadNotifications'];
const LIST_KEY = ['myNotifications'];
const POLL_MS = 60_000;

const unreadText = (count: number) =>
  count === 0 ? 'nessuna da leggere' : count === 1 ? '1 da leggere' : `${count} da leggere`;

/** The bell in the header: a link to "Notifiche" whose name says how many are unread. */
export function NotificationBell({ api }: { api: NotificationsApi }) {
  const { data: count } = useQuery({
    queryKey: UNREAD_KEY,
    queryFn: api.unreadCount,
    refetchInterval: POLL_MS,
  });
  return (
    <Link to="/notifiche" className="sl-bell" data-testid="notification-bell">
      <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="22" height="22">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"
        />
      </svg>
      <span className="sl-bell-label">Notifiche</span>
      {count ? (
        <span className="sl-bell-count" aria-hidden="true" data-testid="notification-count">
          {count}
        </span>
      ) : null}
      <span className="visually-hidden">: {unreadText(count ?? 0)}</span>
    </Link>
  );
}

/** "Notifiche": what happened, newest first, each with a link to its page. */
export function NotificationsView({ api }: { api: NotificationsApi }) {
  const queryClient = useQueryClient();
  const [announcement, announce] = useAnnouncement();
  const query = usePagedQuery(LIST_KEY, (after) => api.page(PAGE_SIZE, after));
  const unread = useQuery({ queryKey: UNREAD_KEY, queryFn: api.unreadCount }).data ?? 0;

  const refresh = () =>
    Promise.all([LIST_KEY, UNREAD_KEY].map((queryKey) => queryClient.invalidateQueries({ queryKey })));

  async function markAllRead() {
    announce(null);
    const errors = await attempt(() => api.markRead());
    announce(
      errors.length
        ? { kind: 'danger', text: errors.map((e) => e.message).join(' ') }
        : { kind: 'success', text: 'Hai segnato tutte le notifiche come lette.' },
    );
    await refresh();
  }

  return (
    <>
      <PageTitle>Notifiche</PageTitle>
      <p className="sl-lead">
        Qui trovi le novità che ti riguardano. Le più recenti sono in alto. Hai {unreadText(unread)}.
      </p>
      <p>
        <Link to="/notifiche/preferenze">Scegli quali notifiche ricevere anche per email</Link>
      </p>
      {announcement}
      {unread > 0 ? (
        <p>
          <Button type="button" color="primary" outline onClick={markAllRead}>
            Segna tutte come lette
          </Button>
        </p>
      ) : null}
      <PagedList
        query={query}
        empty="Non hai notifiche. Quando succede qualcosa che ti riguarda, la trovi qui."
      >
        {(items) => (
          <ul className="list-unstyled" data-testid="notification-list">
            {items.map((n) => (
              <li
                key={n.id}
                className={`sl-match-card sl-notification${n.read ? '' : ' sl-notification--unread'}`}
                data-testid="notification-row"
              >
                <h2 className="h5">
                  <Link
                    to={n.path}
                    onClick={() => {
                      if (!n.read) void api.markRead([n.id]).then(refresh);
                    }}
                  >
                    {n.title}
                  </Link>
                </h2>
                <p className="sl-status-line mb-2">
                  {n.read ? null : <span className="sl-status sl-status--info">Da leggere</span>}{' '}
                  {formatShortDateTime(n.createdAt)}
                </p>
                <p className="sl-notification-body">{n.body}</p>
              </li>
            ))}
          </ul>
        )}
      </PagedList>
    </>
  );
}

/** "Preferenze delle notifiche": per kind, whether it also comes by email. */
export function NotificationPreferencesView({ api }: { api: NotificationsApi }) {
  const queryClient = useQueryClient();
  const [announcement, announce] = useAnnouncement();
  const [saving, setSaving] = useState<string | null>(null);
  const query = useQuery({ queryKey: ['notificationPreferences'], queryFn: api.preferences });

  async function change(item: NotificationPreferenceItem, email: boolean) {
    announce(null);
    setSaving(item.kind);
    const errors = await attempt(() => api.setPreference(item.kind, email));
    setSaving(null);
    announce(
      errors.length
        ? { kind: 'danger', text: errors.map((e) => e.message).join(' ') }
        : {
            kind: 'success',
            text: email
              ? `Riceverai per email: ${item.label.toLowerCase()}.`
              : `Non riceverai più per email: ${item.label.toLowerCase()}. Le trovi comunque nella pagina Notifiche.`,
          },
    );
    await queryClient.invalidateQueries({ queryKey: ['notificationPreferences'] });
  }

  const optional = query.data?.filter((p) => !p.mandatoryReason) ?? [];
  const mandatory = query.data?.filter((p) => p.mandatoryReason) ?? [];
  return (
    <>
      <PageTitle>Preferenze delle notifiche</PageTitle>
      <p className="sl-lead">
        Tutte le notifiche restano nella pagina <Link to="/notifiche">Notifiche</Link>. Qui scegli quali
        ricevere anche per email.
      </p>
      {announcement}
      {query.isPending ? <Loading /> : null}
      {query.error ? <LoadError error={query.error} retry={() => query.refetch()} /> : null}
      {optional.length ? (
        <fieldset className="sl-fieldset" data-testid="optional-preferences">
          <legend className="h4">Email che puoi scegliere</legend>
          {optional.map((p) => (
            <CheckboxField
              key={p.kind}
              id={`email-${p.kind}`}
              label={p.label}
              checked={p.email}
              onChange={(checked) => {
                if (saving !== p.kind) void change(p, checked);
              }}
            />
          ))}
        </fieldset>
      ) : null}
      {mandatory.length ? (
        <section aria-labelledby="mandatory-title">
          <h2 id="mandatory-title" className="h4">
            Email che ricevi sempre
          </h2>
          <p>Sono messaggi di servizio sul tuo caso: non si possono disattivare.</p>
          <ul data-testid="mandatory-preferences">
            {mandatory.map((p) => (
              <li key={p.kind}>
                <strong>{p.label}.</strong> {p.mandatoryReason}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {query.data && query.data.length === 0 ? (
        <Notice kind="info">
          <p className="mb-0">Per il tuo profilo non ci sono email da scegliere.</p>
        </Notice>
      ) : null}
    </>
  );
}
