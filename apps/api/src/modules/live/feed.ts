import { type Db, listen } from '@sportello/db';
import type { FastifyBaseLogger } from 'fastify';
import { LIVE_CHANNEL, type LiveEvent, parseLiveEvent } from './events.js';

/** The in-process topic subscribers listen on; the feed republishes every NOTIFY there. */
export const LIVE_TOPIC = 'LIVE_EVENTS';

/**
 * Hears the events every API instance announces through PostgreSQL and hands them to this
 * instance's subscribers. Events sent while the listener reconnects are not replayed: the portal
 * reloads its lists when its own connection comes back.
 */
export function createLiveFeed(options: {
  db: Db;
  log: FastifyBaseLogger;
  publish: (event: LiveEvent) => void;
}) {
  let stopListening: (() => Promise<void>) | undefined;
  return {
    async start() {
      if (stopListening) return;
      stopListening = await listen(
        options.db,
        LIVE_CHANNEL,
        (payload) => {
          const event = parseLiveEvent(payload);
          if (event) options.publish(event);
          else options.log.warn('live event ignored: unreadable payload');
        },
        () => options.log.debug('listening for live events'),
      );
    },
    async stop() {
      const unlisten = stopListening;
      stopListening = undefined;
      // The database may be closed already, which ends the listener as well.
      await unlisten?.().catch(() => undefined);
    },
  };
}
