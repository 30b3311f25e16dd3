import mercurius from 'mercurius';
import type { RequestContext } from '../../context.js';
import type { Resolvers } from '../../graphql/resolvers.generated.js';
import { refuse } from '../../lib/actors.js';
import { closeWhenSessionEnds, endSession } from '../../plugins/live-connections.js';
import type { LiveEvent, LiveEventKind } from './events.js';
import { LIVE_TOPIC } from './feed.js';
import { canSubscribeToLiveEvents, mayReceive } from './policy.js';

const { withFilter } = mercurius;

type SubscriptionContext = RequestContext & {
  pubsub: { subscribe(topic: string): Promise<AsyncIterable<unknown>> };
};

export const liveResolvers: Resolvers = {
  Subscription: {
    liveEvents: {
      subscribe: withFilter(
        async (_root: unknown, _args: unknown, context: SubscriptionContext) => {
          const { actor, liveSession, socket } = context;
          if (!liveSession || !socket || !canSubscribeToLiveEvents(actor)) refuse(actor);
          closeWhenSessionEnds(socket, liveSession);
          return context.pubsub.subscribe(LIVE_TOPIC);
        },
        (
          payload: { liveEvents: LiveEvent },
          args: unknown,
          { actor, liveSession, socket }: SubscriptionContext,
        ) => {
          const { kinds } = args as { kinds?: LiveEventKind[] | null };
          if (!liveSession?.isValid()) {
            if (socket) endSession(socket);
            return false;
          }
          const event = payload.liveEvents;
          return mayReceive(actor, event) && (!kinds?.length || kinds.includes(event.kind));
        },
      ) as never,
    },
  },
  LiveEvent: {
    occurredAt: (event) => new Date(event.occurredAt),
  },
};
