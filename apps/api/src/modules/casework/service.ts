import { caseAssignments, type Db } from '@sportello/db';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { UserErrors } from '../../lib/errors.js';
import { requiredText } from '../../lib/validation.js';
import { recordAudit } from '../audit/service.js';
import type { NetworkService } from '../network/service.js';
import { noticeCaseTaken } from './notices.js';

export type CaseAssignment = typeof caseAssignments.$inferSelect;

export function createCaseworkService(db: Db, network: NetworkService) {
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
     * The operator gives a reason, which goes to the audit log, to the citizen and, on a transfer,
     * to the sportello that had the case. Taking in charge again at the same sportello changes nothing.
     */
    async takeInCharge(
      citizen: {
        userId: string;
        networkId: string;
        email: string | null;
        givenName: string;
        familyName: string;
      },
      operator: { userId: string; sportelloId: string },
      reasonInput: string,
    ): Promise<CaseAssignment> {
      const errors = requiredText('reason', reasonInput, 10, 500);
      if (errors.length) throw new UserErrors(errors);
      const reason = reasonInput.trim();
      return db.transaction(async (tx) => {
        // Concurrent takers of one citizen queue here: with no open assignment yet, FOR UPDATE
        // below would lock nothing and both would insert one.
        await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${citizen.userId}, 0))`);
        const [open] = await tx
          .select()
          .from(caseAssignments)
          .where(and(eq(caseAssignments.citizenId, citizen.userId), isNull(caseAssignments.endedAt)));
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
          reason,
          details: { sportelloId: operator.sportelloId, fromSportelloId: open?.sportelloId ?? null },
        });
        const ids = [operator.sportelloId, ...(open ? [open.sportelloId] : [])];
        const names = new Map((await network.sportelliByIds(ids, tx)).map((s) => [s.id, s.name]));
        await noticeCaseTaken(tx, {
          networkId: citizen.networkId,
          citizen,
          sportello: { name: names.get(operator.sportelloId)! },
          previous: open
            ? {
                name: names.get(open.sportelloId)!,
                mailboxes: await network.sportelloMailboxes(open.sportelloId, tx),
              }
            : null,
          reason,
        });
        return created!;
      });
    },
  };
}

export type CaseworkService = ReturnType<typeof createCaseworkService>;
