import { useQueryClient } from '@tanstack/react-query';
import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { client } from './client';
import { graphql } from './gql';
import type { LiveUpdates_EventsSubscription } from './gql/graphql';

const LiveEventsSubscription = graphql(`
  subscription LiveUpdates_Events {
    liveEvents {
      id
      kind
      title
      path
    }
  }
`);

type LiveEvent = LiveUpdates_EventsSubscription['liveEvents'];

/** The access token for a (re)connection: the server closes the connection when it expires. */
async function connectionToken(): Promise<Record<string, string>> {
  const current = await client.currentSession();
  return current ? { authorization: `Bearer ${current.accessToken}` } : {};
}

function liveUrl(): string {
  const url = new URL('/graphql', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}

/** Shown at once, kept until closed; older ones give way to newer. */
const SHOWN = 3;

/**
 * What happens at the sportello while the operator works: new candidatures, colloqui booked or
 * moved, patto actions gone overdue. Each one is shown with a link and refreshes the page's data;
 * after a lost connection the data is refreshed too, since events meanwhile are not replayed.
 */
export function LiveUpdates() {
  const queryClient = useQueryClient();
  const [events, setEvents] = useState<LiveEvent[]>([]);

  useEffect(() => {
    const live = createClient({
      url: liveUrl(),
      connectionParams: connectionToken,
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: () => true,
      on: {
        connected: (_socket, _payload, wasRetry) => {
          if (wasRetry) void queryClient.invalidateQueries();
        },
      },
    });
    const stop = live.subscribe<{ liveEvents: LiveEvent }>(
      { query: print(LiveEventsSubscription) },
      {
        next: ({ data }) => {
          if (!data) return;
          setEvents((shown) => [data.liveEvents, ...shown].slice(0, SHOWN));
          void queryClient.invalidateQueries();
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
    return () => {
      stop();
      void live.dispose();
    };
  }, [queryClient]);

  const dismiss = (id: string) => setEvents((shown) => shown.filter((event) => event.id !== id));

  return (
    <section className="sl-live-updates" aria-label="Novità in tempo reale" data-testid="live-updates">
      <div role="status" aria-live="polite">
        {events.map((event) => (
          <div className="sl-live-update" key={event.id} data-testid="live-update">
            <Link to={event.path} onClick={() => dismiss(event.id)}>
              {event.title}
            </Link>
            <button
              type="button"
              className="btn btn-sm btn-link"
              onClick={() => dismiss(event.id)}
              aria-label={`Chiudi: ${event.title}`}
            >
              Chiudi
            </button>
          </div>
        ))}
      </div>
    </section>
  );
}
