import type { Db, Tx } from '@sportello/db';
import { rateLimitBuckets } from '@sportello/db';
import { eq, like, or, sql } from 'drizzle-orm';
import { escapeLike } from './like.js';

/**
 * Fixed-window counter in the database, so every API instance shares it and concurrent hits (aliased
 * or batched logins in one request included) are each counted by one atomic upsert.
 * Returns true while the key is within its limit.
 */
export async function consume(db: Db, key: string, limit: number, windowSeconds: number): Promise<boolean> {
  const expired = sql`${rateLimitBuckets.windowStart} < now() - make_interval(secs => ${windowSeconds})`;
  const [row] = await db
    .insert(rateLimitBuckets)
    .values({ key, windowStart: sql`now()`, hits: 1 })
    .onConflictDoUpdate({
      target: rateLimitBuckets.key,
      set: {
        windowStart: sql`case when ${expired} then now() else ${rateLimitBuckets.windowStart} end`,
        hits: sql`case when ${expired} then 1 else ${rateLimitBuckets.hits} + 1 end`,
      },
    })
    .returning({ hits: rateLimitBuckets.hits });
  return (row?.hits ?? 0) <= limit;
}

/** Gives back one hit of the key's current window. */
export async function refund(db: Db, key: string): Promise<void> {
  await db
    .update(rateLimitBuckets)
    .set({ hits: sql`greatest(${rateLimitBuckets.hits} - 1, 0)` })
    .where(eq(rateLimitBuckets.key, key));
}

export async function reset(db: Db, key: string): Promise<void> {
  await db.delete(rateLimitBuckets).where(eq(rateLimitBuckets.key, key));
}

/** Forgets the key and every key that starts with `${key}:`. */
export async function resetWithSubkeys(executor: Db | Tx, key: string): Promise<void> {
  await executor
    .delete(rateLimitBuckets)
    .where(or(eq(rateLimitBuckets.key, key), like(rateLimitBuckets.key, `${escapeLike(key)}:%`)));
}
