import { caseAssignments, type Db } from '@sportello/db';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/service.js';

export type CaseAssignment = typeof caseAssignments.$inferSelect;

export function createCaseworkService(db: Db) {
  return {
    /** The open assignment of each citizen, in one statement. */
    async openAssignments(citizenIds: readonly string[]): Promise<Map<string, CaseAssignment>> {
      if (citizenIds.length === 0) return new Map();
      const rows = await db
        .select()
        .from(caseAssignments)
        .where(and(inArray(caseAssignments.citizenId, [...citizenIds]), isNull(caseAssignments.endedAt)));
      return new Map(rows.map((row) => [row.citizenId, row]));
    },

    /**
     * Opens an assignment at the operator's sportello, closing one open elsewhere (a transfer).
     * Taking in charge again at the same sportello changes nothing.
     */
    async takeInCharge(
      citizen: { userId: string; networkId: string },
      operator: { userId: string; sportelloId: string },
    ): Promise<CaseAssignment> {
      return db.transaction(async (tx) => {
        const [open] = await tx
          .select()
          .from(caseAssignments)
          .where(and(eq(caseAssignments.citizenId, citizen.userId), isNull(caseAssignments.endedAt)))
          .for('update');
        if (open?.sportelloId === operator.sportelloId) return open;
        if (open) {
          await tx
            .update(caseAssignments)
            .set({ endedAt: sql`now()` })
            .where(eq(caseAssignments.id, open.id));
        }
        const [created] = await tx
          .insert(caseAssignments)
          .values({
            networkId: citizen.networkId,
            citizenId: citizen.userId,
            sportelloId: operator.sportelloId,
            takenBy: operator.userId,
          })
          .returning();
        await recordAudit(tx, {
          networkId: citizen.networkId,
          actorUserId: operator.userId,
          action: open ? 'case.transfer' : 'case.take_in_charge',
          subjectType: 'citizen',
          subjectId: citizen.userId,
          details: { sportelloId: operator.sportelloId, fromSportelloId: open?.sportelloId ?? null },
        });
        return created!;
      });
    },
  };
}

export type CaseworkService = ReturnType<typeof createCaseworkService>;
