import {
  type Db,
  externalIdentities,
  knownDevices,
  oneTimeTokens,
  refreshTokens,
  type users,
} from '@sportello/db';
import { asc, eq } from 'drizzle-orm';
import { omit } from './people.js';

/**
 * The login account: the user row without the password hash, the sessions (refresh tokens), the
 * browsers logged in from, the single-use email links, and the SPID or CIE identity linked. Token hashes are secrets, so they stay
 * out; the dates say when the account was used.
 */
export async function accountOf(db: Db, user: typeof users.$inferSelect) {
  const [sessions, devices, emailLinks, linkedIdentities] = await Promise.all([
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
    db
      .select({
        issuer: externalIdentities.issuer,
        subject: externalIdentities.subject,
        codiceFiscale: externalIdentities.codiceFiscale,
        linkedAt: externalIdentities.linkedAt,
        lastLoginAt: externalIdentities.lastLoginAt,
      })
      .from(externalIdentities)
      .where(eq(externalIdentities.userId, user.id))
      .orderBy(asc(externalIdentities.linkedAt), asc(externalIdentities.id)),
  ]);
  return {
    user: omit(user, 'passwordHash', 'networkId'),
    sessions,
    devices,
    emailLinks,
    linkedIdentities,
  };
}
