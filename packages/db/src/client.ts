import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { type ExtractTablesWithRelations, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

export interface DbOptions {
  /** postgres:// URL; when absent the embedded PGlite database is used. */
  databaseUrl?: string | undefined;
  /** Where PGlite keeps its files; `memory://` for a throwaway database. */
  pgliteDataDir?: string;
  /** A PGlite data dir dump to start from (tests clone a migrated template this way). */
  pgliteLoadDataDir?: Blob | File;
  poolSize?: number;
  /**
   * PostgreSQL cancels a statement of the pool after this long, so no request holds a connection
   * longer. PGlite runs in process without timers: there the option has no effect.
   */
  statementTimeoutMs?: number;
  /** Called with every SQL statement; tests use it to count statements. */
  onQuery?: (sql: string) => void;
  /** How many networks keep a pool of their own at once; the least recently used one closes. */
  networkPools?: number;
}

/** The role of request-scoped connections, subject to row-level security (migration 0048). */
const TENANT_ROLE = 'sportello_tenant';
/** The setting the row-level security policies compare `network_id` with. */
const NETWORK_SETTING = 'sportello.network_id';
/** The planner's cost of a page read out of order, relative to one in sequence (1). */
const RANDOM_PAGE_COST = '1.1';
/** A network's pool closes its connections idle for this long, so quiet networks hold none. */
const NETWORK_POOL_IDLE_SECONDS = 30;
/** A pool no longer kept ends this long after, when the requests that were using it are over. */
const RETIRED_POOL_END_MS = 120_000;

export interface DatabaseHandle {
  /** The tables' owner: not subject to row-level security (migrations, seeds, background jobs). */
  db: Db;
  /**
   * The database as one network sees it: on PostgreSQL, connections of a pool of that network's own
   * that run as `sportello_tenant` with `sportello.network_id` set at connection start, so the
   * row-level security policies hide every other network's rows. PGlite has a single connection
   * that cannot change role per request: there it is the owner's database.
   */
  forNetwork(networkId: string): Db;
  driver: 'postgres' | 'pglite';
  /** Applies the migrations, without the statement timeout. */
  migrate(): Promise<void>;
  /** Runs setup work (reference data, seeds) without the statement timeout. */
  unbounded<T>(work: (db: Db) => Promise<T>): Promise<T>;
  ping(): Promise<void>;
  close(): Promise<void>;
  /** The PGlite instance, for dumping a data dir; undefined on PostgreSQL. */
  pglite?: PGlite;
}

/** Planner settings for one bulk read, e.g. `{ work_mem: '256MB' }`. */
export type StatementSettings = Readonly<Record<string, string>>;

/**
 * Runs a query and hands each row to `onRow` as it arrives, so that a whole table is never held in
 * memory: PostgreSQL streams the rows of one statement, in a transaction that scopes `settings` to
 * it; PGlite, in process and for small databases, returns them at once.
 */
export async function forEachRow<T>(
  db: Db,
  query: { toSQL(): { sql: string; params: unknown[] } },
  settings: StatementSettings,
  onRow: (row: T) => void,
): Promise<void> {
  const client = (db as unknown as { $client: postgres.Sql | PGlite }).$client;
  const { sql, params } = query.toSQL();
  if (client instanceof PGlite) {
    for (const row of (await client.query<T>(sql, params)).rows) onRow(row);
    return;
  }
  const stream = (connection: postgres.Sql | postgres.TransactionSql) =>
    connection.unsafe(sql, params as postgres.ParameterOrJSON<never>[]).forEach((row) => {
      onRow(row as T);
    });
  const entries = Object.entries(settings);
  if (entries.length === 0) {
    await stream(client);
    return;
  }
  await client.begin(async (tx) => {
    for (const [name, value] of entries) await tx`select set_config(${name}, ${value}, true)`;
    await stream(tx);
  });
}

/**
 * Calls `onNotify` with the payload of each NOTIFY on `channel`, and `onListen` each time the
 * listener is (re)established, when notifications sent meanwhile may have been missed.
 * Returns the function that stops listening.
 */
export async function listen(
  db: Db,
  channel: string,
  onNotify: (payload: string) => void,
  onListen: () => void,
): Promise<() => Promise<void>> {
  const client = (db as unknown as { $client: postgres.Sql | PGlite }).$client;
  if (client instanceof PGlite) {
    const unlisten = await client.listen(channel, onNotify);
    onListen();
    return () => unlisten();
  }
  const { unlisten } = await client.listen(channel, onNotify, onListen);
  return unlisten;
}

/**
 * Statements with more parameters than this stay unnamed: drizzle writes `in ($1, …, $n)` for a
 * list, and a connection would otherwise keep one prepared statement for every length.
 */
export const PREPARE_MAX_PARAMETERS = 16;

/**
 * drizzle sends every statement unnamed, so PostgreSQL parses and plans it again on each execution
 * and the driver asks for its description first, one more round trip (a planned read's plan costs
 * more than its run). Through this client, statements are named and kept per connection: parsed
 * and described once, and after five runs PostgreSQL uses its generic plan when it costs no more
 * than the custom ones. Transactions and savepoints hand drizzle clients that do the same.
 */
function namedStatements<T extends postgres.Sql | postgres.TransactionSql>(sql: T): T {
  return new Proxy(sql, {
    get(target, property, receiver) {
      if (property === 'unsafe') {
        return (query: string, parameters: unknown[] = [], options: postgres.UnsafeQueryOptions = {}) =>
          target.unsafe(query, parameters as postgres.ParameterOrJSON<never>[], {
            ...options,
            prepare: parameters.length <= PREPARE_MAX_PARAMETERS,
          });
      }
      if (property === 'begin' || property === 'savepoint') {
        const open = Reflect.get(target, property, receiver) as (...args: unknown[]) => unknown;
        return (...args: unknown[]) => {
          const work = args.pop() as (tx: postgres.TransactionSql) => unknown;
          return open.call(target, ...args, (tx: postgres.TransactionSql) => work(namedStatements(tx)));
        };
      }
      return Reflect.get(target, property, receiver);
    },
  });
}

/**
 * A query drizzle builds once per session instead of on every run, its values passed as
 * `sql.placeholder`s: building the text of a query with nested relations takes longer than
 * PostgreSQL takes to run it (3.4 ms for a whole CV). A pool's session lives as long as the pool;
 * in a transaction the query is built for that transaction.
 */
export function builtOncePerSession<Q>(build: (db: Db) => Q): (db: Db) => Q {
  const bySession = new WeakMap<object, Q>();
  return (db) => {
    const { session } = db._;
    let query = bySession.get(session);
    if (query === undefined) {
      query = build(db);
      bySession.set(session, query);
    }
    return query;
  };
}

/**
 * `column = any($name)`: a list of values passed as one array, so that one statement, built once
 * with {@link builtOncePerSession}, serves lists of any length (an `in` list is another statement
 * for each length, built and planned again).
 */
export const isAnyOf = (column: SQLWrapper, name: string): SQL =>
  sql`${column} = any(${sql.placeholder(name)})`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function createDb(options: DbOptions = {}): Promise<DatabaseHandle> {
  const logger = options.onQuery ? { logQuery: (query: string) => options.onQuery?.(query) } : false;
  const common = { schema, casing: 'snake_case' as const, logger };

  if (options.databaseUrl) {
    const databaseUrl = options.databaseUrl;
    const connect = (max: number, statementTimeoutMs: number, network?: string) =>
      postgres(databaseUrl, {
        max,
        onnotice: () => {},
        ...(network ? { idle_timeout: NETWORK_POOL_IDLE_SECONDS } : {}),
        connection: {
          application_name: 'sportello-lavoro',
          TimeZone: 'UTC',
          statement_timeout: statementTimeoutMs,
          // Pages are read from memory or SSD, not spinning disks (the default, 4, assumes these): at
          // 4 a network with few vacancies has each of their skills found by a scan of the whole
          // table, a third of the public search's time in PostgreSQL.
          random_page_cost: RANDOM_PAGE_COST,
          // In the startup packet: no statement of its own, so a request pays no round trip for it.
          ...(network ? { role: TENANT_ROLE, [NETWORK_SETTING]: network } : {}),
        },
      });
    const poolSize = options.poolSize ?? 10;
    const client = connect(poolSize, options.statementTimeoutMs ?? 0);
    const db = drizzlePostgres(namedStatements(client), common);
    const networkPools = new Map<string, { client: postgres.Sql; db: Db }>();
    const retired = new Set<postgres.Sql>();
    const end = (pool: postgres.Sql) => {
      retired.delete(pool);
      return pool.end({ timeout: 5 });
    };
    function forNetwork(networkId: string): Db {
      const existing = networkPools.get(networkId);
      if (existing) {
        // Map order is insertion order: re-inserting keeps the least recently used first.
        networkPools.delete(networkId);
        networkPools.set(networkId, existing);
        return existing.db;
      }
      if (!UUID.test(networkId)) throw new Error(`not a network id: ${networkId}`);
      if (networkPools.size >= (options.networkPools ?? 8)) {
        const [oldest, pool] = networkPools.entries().next().value!;
        networkPools.delete(oldest);
        // Requests that took it may still send statements: it ends later (meanwhile it idles out).
        retired.add(pool.client);
        setTimeout(() => void end(pool.client), RETIRED_POOL_END_MS).unref();
      }
      const tenant = connect(poolSize, options.statementTimeoutMs ?? 0, networkId);
      const pool = { client: tenant, db: drizzlePostgres(namedStatements(tenant), common) as unknown as Db };
      networkPools.set(networkId, pool);
      return pool.db;
    }
    /** A connection of its own, without the timeout, closed when the work is done. */
    async function unbounded<T>(work: (db: Db) => Promise<T>): Promise<T> {
      const setup = connect(1, 0);
      try {
        return await work(drizzlePostgres(setup, common) as unknown as Db);
      } finally {
        await setup.end({ timeout: 5 });
      }
    }
    return {
      db: db as unknown as Db,
      forNetwork,
      driver: 'postgres',
      migrate: () =>
        unbounded((setup) => migratePostgres(setup as unknown as typeof db, { migrationsFolder })),
      unbounded,
      ping: async () => {
        await client`select 1`;
      },
      close: async () => {
        const pools = [...networkPools.values()].map((pool) => pool.client);
        networkPools.clear();
        await Promise.all([client.end({ timeout: 5 }), ...[...pools, ...retired].map(end)]);
      },
    };
  }

  const dataDir = options.pgliteDataDir ?? '.data/pglite';
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create({
    dataDir,
    extensions: { pg_trgm, btree_gist },
    ...(options.pgliteLoadDataDir ? { loadDataDir: options.pgliteLoadDataDir } : {}),
  });
  const db = drizzlePglite(pglite, common);
  return {
    db: db as unknown as Db,
    forNetwork: () => db as unknown as Db,
    driver: 'pglite',
    pglite,
    migrate: () => migratePglite(db, { migrationsFolder }),
    unbounded: (work) => work(db as unknown as Db),
    ping: async () => {
      await pglite.query('select 1');
    },
    close: () => pglite.close(),
  };
}
