import { consents, type Db, type Tx } from '@sportello/db';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { UserErrors, userError } from '../../lib/errors.js';

export type ConsentPurpose = (typeof consents.$inferSelect)['purpose'];
export type Consent = typeof consents.$inferSelect;

/** The version of each text a citizen agrees to; a new text gets a new version. */
export const CONSENT_TEXT_VERSIONS: Record<ConsentPurpose, string> = {
  PRIVACY_NOTICE: 'informativa-privacy-2026-01',
  CV_SHARING: 'condivisione-cv-2026-01',
  MARKETING: 'comunicazioni-2026-01',
};

export function createConsentService(db: Db) {
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
      const map = new Map<string, Consent[]>(citizenIds.map((id) => [id, []]));
      for (const row of rows) map.get(row.citizenId)?.push(row);
      return map;
    },

    /** Giving a consent already in force returns it unchanged. */
    async give(citizen: { userId: string; networkId: string }, purpose: ConsentPurpose): Promise<Consent> {
      const [existing] = await db
        .select()
        .from(consents)
        .where(
          and(
            eq(consents.citizenId, citizen.userId),
            eq(consents.purpose, purpose),
            isNull(consents.withdrawnAt),
          ),
        );
      if (existing) return existing;
      try {
        return await this.record(db, citizen, purpose);
      } catch {
        // A concurrent grant won the partial unique index: return the one in force.
        const [winner] = await db
          .select()
          .from(consents)
          .where(
            and(
              eq(consents.citizenId, citizen.userId),
              eq(consents.purpose, purpose),
              isNull(consents.withdrawnAt),
            ),
          );
        if (!winner) throw new Error('consent grant failed');
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
