import { AsyncLocalStorage } from 'node:async_hooks';
import type { DatabaseHandle, Db } from '@sportello/db';
import type { Actor } from '../context.js';

export type NetworkScope = ReturnType<typeof createNetworkScope>;

/**
 * The database requests go through: inside a request of an actor of a network, that network's
 * (`DatabaseHandle.forNetwork`, under row-level security); otherwise (anonymous, platform admins,
 * background jobs) the owner's. `db` is one object that services keep, resolved on each use.
 */
export function createNetworkScope(database: DatabaseHandle) {
  const current = new AsyncLocalStorage<Db>();
  const db = new Proxy(database.db, {
    get(owner, property) {
      const target = current.getStore() ?? owner;
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return {
    db,
    /** Runs `work`, and all it starts, as the actor's network sees the database. */
    run<T>(actor: Actor, work: () => T): T {
      const networkId = 'networkId' in actor ? actor.networkId : null;
      return networkId ? current.run(database.forNetwork(networkId), work) : work();
    },
  };
}
