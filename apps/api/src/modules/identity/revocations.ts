import { accessRevocations, type Db, listen, type Tx } from '@sportello/db';
import { gt, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';

const CHANNEL = 'access_revocations';

/**
 * The credentials (session families, API clients) revoked while access tokens issued for them may
 * still be unexpired. Each instance holds them in memory, so checking a request costs a map lookup
 * and no SQL; other instances hear of a revocation by NOTIFY, sent when its transaction commits, and
 * reload the list whenever their listener (re)connects, when notifications may have been missed.
 */
export function createRevocationList(options: {
  db: Db;
  accessTokenTtlSeconds: number;
  log: FastifyBaseLogger;
}) {
  const { db, accessTokenTtlSeconds, log } = options;
  const ttlMs = accessTokenTtlSeconds * 1000;
  /** credential -> when it was revoked (ms). */
  const revoked = new Map<string, number>();
  let stopListening: (() => Promise<void>) | undefined;
  let loaded = false;

  function forgetExpired(now = Date.now()) {
    for (const [credential, at] of revoked) if (at < now - ttlMs) revoked.delete(credential);
  }

  async function reload() {
    const rows = await db
      .select({ credential: accessRevocations.credential, revokedAt: accessRevocations.revokedAt })
      .from(accessRevocations)
      .where(gt(accessRevocations.revokedAt, sql`now() - make_interval(secs => ${accessTokenTtlSeconds})`));
    for (const row of rows) revoked.set(row.credential, row.revokedAt.getTime());
    forgetExpired();
    loaded = true;
  }

  return {
    isRevoked: (credential: string) => revoked.has(credential),

    /**
     * Records the revocation in the caller's transaction and tells every instance when it commits.
     * This instance applies it at once: were the transaction to roll back, a session would only end
     * early here, never outlive its revocation.
     */
    async revoke(executor: Db | Tx, credentials: readonly string[]) {
      if (credentials.length === 0) return;
      const now = Date.now();
      for (const credential of credentials) revoked.set(credential, now);
      forgetExpired(now);
      const values = sql.join(
        credentials.map((credential) => sql`(${credential})`),
        sql`, `,
      );
      await executor.execute(sql`
        with expired as (
          delete from ${accessRevocations}
          where ${accessRevocations.revokedAt} < now() - make_interval(secs => ${accessTokenTtlSeconds})
        ), added as (
          insert into ${accessRevocations} (credential) values ${values} returning credential
        )
        select pg_notify(${CHANNEL}, credential) from added`);
    },

    async start() {
      if (stopListening) return;
      stopListening = await listen(
        db,
        CHANNEL,
        (credential) => {
          revoked.set(credential, Date.now());
        },
        () => {
          if (loaded) reload().catch((error) => log.error({ err: error }, 'reloading revocations failed'));
        },
      );
      await reload();
    },

    async stop() {
      const unlisten = stopListening;
      stopListening = undefined;
      // The database may be closed already, which ends the listener as well.
      await unlisten?.().catch(() => undefined);
    },
  };
}

export type RevocationList = ReturnType<typeof createRevocationList>;
