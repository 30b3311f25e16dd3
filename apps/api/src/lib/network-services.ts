import type { DatabaseHandle, Db } from '@sportello/db';
import type { Actor } from '../context.js';

/**
 * The use cases as a request's actor reaches the database: for an actor of a network, built on that
 * network's connections (`DatabaseHandle.forNetwork`, under row-level security) and kept as long as
 * its pool is; otherwise (anonymous, platform admins, background jobs) on the owner's.
 *
 * Each request is handed its network's object rather than finding it in an AsyncLocalStorage: on
 * Node 20 the storage's promise hooks tax every promise of every request, a seventh of a hot read's
 * CPU.
 */
export function servicesByNetwork<S>(database: DatabaseHandle, build: (db: Db) => S) {
  const owner = build(database.db);
  // PGlite has one connection for everyone: there `forNetwork` is the owner's, and so are the use cases.
  const byPool = new WeakMap<Db, S>([[database.db, owner]]);
  return {
    owner,
    of(actor: Actor): S {
      const networkId = 'networkId' in actor ? actor.networkId : null;
      if (!networkId) return owner;
      const db = database.forNetwork(networkId);
      let services = byPool.get(db);
      if (services === undefined) {
        services = build(db);
        byPool.set(db, services);
      }
      return services;
    },
  };
}
