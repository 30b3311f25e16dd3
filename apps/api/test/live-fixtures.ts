import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { LiveEvent } from '../src/modules/live/events.js';
import { LIVE_TOPIC } from '../src/modules/live/feed.js';

/** The title of probe events, which tests leave out of what they count. */
export const PROBE = 'probe';

/**
 * Publishes a probe event on one instance, to the network (for API clients with CASE_EVENTS) and to
 * the user if given. Published until a subscriber gets it, it tells that the subscription is in
 * place: the protocol has no acknowledgement of a subscription.
 */
export function publishProbe(app: FastifyInstance, audience: { networkId: string; userId?: string }): void {
  const event: LiveEvent = {
    id: randomUUID(),
    kind: 'BOOKING_CHANGED',
    networkId: audience.networkId,
    sportelloIds: [],
    userIds: audience.userId ? [audience.userId] : [],
    subjectId: randomUUID(),
    title: PROBE,
    path: '/',
    occurredAt: new Date().toISOString(),
  };
  app.graphql.pubsub.publish({ topic: LIVE_TOPIC, payload: { liveEvents: event } });
}
