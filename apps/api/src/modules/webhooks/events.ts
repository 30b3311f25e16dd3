import { type Db, type Tx, webhookDeliveries, webhookEvents } from '@sportello/db';
import { sql } from 'drizzle-orm';
import type { ApiScope } from '../../context.js';

/**
 * The events a subscription may ask for: the GraphQL enum value, the `type` receivers read, and
 * the API client scope that lets them see it. A new kind is one more line here and in the enum.
 */
export const WEBHOOK_EVENTS = {
  VACANCY_PUBLISHED: { type: 'vacancy.published', scope: 'VACANCY_EVENTS' },
  VACANCY_CLOSED: { type: 'vacancy.closed', scope: 'VACANCY_EVENTS' },
  APPLICATION_STATUS_CHANGED: { type: 'application.status_changed', scope: 'APPLICATION_EVENTS' },
  PLACEMENT_VERIFIED: { type: 'placement.verified', scope: 'PLACEMENT_EVENTS' },
  OUTCOME_ELIGIBLE: { type: 'outcome.eligible', scope: 'PLACEMENT_EVENTS' },
  CASE_OPENED: { type: 'case.opened', scope: 'CASE_EVENTS' },
  CASE_CLOSED: { type: 'case.closed', scope: 'CASE_EVENTS' },
} as const satisfies Record<string, { type: string; scope: ApiScope }>;

export type WebhookEventKind = keyof typeof WEBHOOK_EVENTS;

export const scopeOf = (kind: WebhookEventKind): ApiScope => WEBHOOK_EVENTS[kind].scope;

/** Every kind with the scope it needs, as SQL rows, so the fan-out checks the scope in its statement. */
const SCOPE_TABLE = sql.raw(
  `(values ${Object.entries(WEBHOOK_EVENTS)
    .map(([kind, { scope }]) => `('${kind}', '${scope}')`)
    .join(', ')}) as kind_scopes(kind, scope)`,
);

/**
 * Writes the event and one pending delivery per active subscription of its network that asked for
 * it and whose client holds the scope, in the caller's transaction: a committed change always
 * gets its deliveries, a rolled-back one never does. The data carries ids and states only.
 */
export async function recordWebhookEvent(
  tx: Db | Tx,
  networkId: string,
  kind: WebhookEventKind,
  data: Record<string, string | null>,
): Promise<void> {
  const [event] = await tx
    .insert(webhookEvents)
    .values({ networkId, kind, data })
    .returning({ id: webhookEvents.id });
  await tx.execute(sql`
    insert into ${webhookDeliveries} (network_id, subscription_id, event_id)
    select s.network_id, s.id, ${event!.id}
    from webhook_subscriptions s
    join api_clients c on c.id = s.api_client_id
    join ${SCOPE_TABLE} on kind_scopes.kind = ${kind}
    where s.network_id = ${networkId}
      and c.network_id = ${networkId}
      and s.disabled_at is null
      and c.revoked_at is null
      and ${kind} = any(s.events)
      and kind_scopes.scope = any(c.scopes)`);
}
