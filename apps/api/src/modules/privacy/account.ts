import { type Db, knownDevices, oneTimeTokens, refreshTokens, type users } from '@sportello/db';
import { asc, eq } from 'drizzle-orm';
import { omit } from './people.js';

/**
 * The login account: the user row without the password hash, the sessions (refresh tokens), the
 * browsers logged in from, and the single-use email links. Token hashes are secrets, so they stay
 * out; the dates say when the account was used.
 */
export async function accountOf(db: Db, user: typeof users.$inferSelect) {
  const [sessions, devices, emailLinks] = await Promise.all([
    db
      .select({
        familyId: refreshTokens.familyId,
        createdAt: refreshTokens.createdAt,
        expiresAt: refreshTokens.expiresAt,
        rotatedAt: refreshTokens.rotatedAt,
        revokedAt: refreshTokens.revokedAt,
      })
      .from(refreshTokens)
      .where(eq(refreshTokens.userId, user.id))
      .orderBy(asc(refreshTokens.createdAt), asc(refreshTokens.id)),
    db
      .select({ createdAt: knownDevices.createdAt, lastLoginAt: knownDevices.lastLoginAt })
      .from(knownDevices)
      .where(eq(knownDevices.userId, user.id))
      .orderBy(asc(knownDevices.createdAt), asc(knownDevices.id)),
    db
      .select({
        purpose: oneTimeTokens.purpose,
        createdAt: oneTimeTokens.createdAt,
        expiresAt: oneTimeTokens.expiresAt,
        usedAt: oneTimeTokens.usedAt,
      })
      .from(oneTimeTokens)
      .where(eq(oneTimeTokens.userId, user.id))
      .orderBy(asc(oneTimeTokens.createdAt), asc(oneTimeTokens.id)),
  ]);
  return {
    user: omit(user, 'passwordHash', 'networkId'),
    sessions,
    devices,
    emailLinks,
  };
}
