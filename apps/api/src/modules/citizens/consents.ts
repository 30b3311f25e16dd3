import { consents, type Db, type Tx } from '@sportello/db';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { UserErrors, userError } from '../../lib/errors.js';
import { groupByKey } from '../../lib/group-by.js';
import { violatedConstraint } from '../../lib/validation.js';

export type ConsentPurpose = (typeof consents.$inferSelect)['purpose'];
export type Consent = typeof consents.$inferSelect;

/** The version of each text a citizen agrees to; a new text gets a new version. */
export const CONSENT_TEXT_VERSIONS: Record<ConsentPurpose, string> = {
  PRIVACY_NOTICE: 'informativa-privacy-2026-01',
  CV_SHARING: 'condivisione-cv-2026-01',
  MARKETING: 'comunicazioni-2026-01',
};

export function createConsentService(db: Db) {
  async function inForce(citizenId: string, purpose: ConsentPurpose): Promise<Consent | undefined> {
    const [row] = await db
      .select()
      .from(consents)
      .where(
        and(eq(consents.citizenId, citizenId), eq(consents.purpose, purpose), isNull(consents.withdrawnAt)),
      );
    return row;
  }

  return {
    async record(tx: Db | Tx, citizen: { userId: string; networkId: string }, purpose: ConsentPurpose) {
      const [row] = await tx
        .insert(consents)
        .values({
          citizenId: citizen.userId,
          networkId: citizen.networkId,
          purpose,
          textVersion: CONSENT_TEXT_VERSIONS[purpose],
        })
        .returning();
      return row!;
    },

    async byCitizens(citizenIds: readonly string[]): Promise<Map<string, Consent[]>> {
      const rows = citizenIds.length
        ? await db
            .select()
            .from(consents)
            .where(inArray(consents.citizenId, [...citizenIds]))
            .orderBy(asc(consents.grantedAt))
        : [];
      return groupByKey(citizenIds, rows, (row) => row.citizenId);
    },

    /** Giving a consent already in force returns it unchanged. */
    async give(citizen: { userId: string; networkId: string }, purpose: ConsentPurpose): Promise<Consent> {
      const existing = await inForce(citizen.userId, purpose);
      if (existing) return existing;
      try {
        return await this.record(db, citizen, purpose);
      } catch (error) {
        // A concurrent grant won the partial unique index: return the one in force.
        const winner =
          violatedConstraint(error) === 'consents_active_idx'
            ? await inForce(citizen.userId, purpose)
            : undefined;
        if (!winner) throw error;
        return winner;
      }
    },

    async withdraw(citizenId: string, purpose: ConsentPurpose): Promise<Consent> {
      if (purpose === 'PRIVACY_NOTICE') {
        throw new UserErrors([
          userError(
            'purpose',
            'CANNOT_WITHDRAW',
            "La presa visione dell'informativa non si revoca: per cancellare i tuoi dati chiedi la chiusura dell'account.",
          ),
        ]);
      }
      const [row] = await db
        .update(consents)
        .set({ withdrawnAt: sql`now()` })
        .where(
          and(eq(consents.citizenId, citizenId), eq(consents.purpose, purpose), isNull(consents.withdrawnAt)),
        )
        .returning();
      if (!row)
        throw new UserErrors([userError('purpose', 'NOT_GIVEN', 'Questo consenso non risulta dato.')]);
      return row;
    },
  };
}

export type ConsentService = ReturnType<typeof createConsentService>;
