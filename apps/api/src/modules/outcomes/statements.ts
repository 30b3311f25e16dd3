import { type Db, outcomeFollowUps, outcomes, statementLines, statements, type Tx } from '@sportello/db';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { UserErrors, userError } from '../../lib/errors.js';
import { isUuid, violatedConstraint } from '../../lib/validation.js';
import { recordAudit } from '../audit/service.js';
import type { ContractService, FundingContract } from './contracts.js';
import {
  checkpointDay,
  type FollowUp,
  ineligibility,
  type Outcome,
  type Tariff,
  tariffFor,
} from './rules.js';

export type Statement = typeof statements.$inferSelect;
export type StatementLine = typeof statementLines.$inferSelect;
export type StatementLineView = StatementLine & { reference: string; startsOn: string };
type NewLine = Omit<typeof statementLines.$inferInsert, 'statementId' | 'networkId'>;

/** A line with the contract of its statement. */
export type BilledLine = StatementLine & { contractId: string };

export interface BillingState {
  outcomes: readonly Outcome[];
  followUps: ReadonlyMap<string, readonly FollowUp[]>;
  tariffs: readonly Tariff[];
  /** Every charge line of the network, whatever the contract: an outcome is paid once. */
  charges: readonly BilledLine[];
  /** The credit lines of the network. */
  credits: readonly BilledLine[];
}

/**
 * The lines of the next statement of a contract: first the credits for outcomes it paid that are
 * no longer eligible (a later follow-up said otherwise), which free room under the cap; then each
 * eligible outcome hired by the end of the period and never paid, at its tariff, within the cap.
 */
export function nextLines(contract: FundingContract, periodEndsOn: string, state: BillingState): NewLine[] {
  const byId = new Map(state.outcomes.map((o) => [o.id, o]));
  const credited = new Set(state.credits.map((line) => line.outcomeId));
  const charged = new Set(state.charges.map((line) => line.outcomeId));
  const isEligible = (outcome: Outcome) =>
    ineligibility(outcome, state.followUps.get(outcome.id) ?? [], contract) === null;
  const ours = (line: BilledLine) => line.contractId === contract.id;

  const lines: NewLine[] = [];
  let spent = [...state.charges, ...state.credits]
    .filter(ours)
    .reduce((sum, line) => sum + line.amountCents, 0);
  for (const charge of state.charges.filter(ours)) {
    const outcome = byId.get(charge.outcomeId);
    if (!outcome || credited.has(charge.outcomeId) || isEligible(outcome)) continue;
    lines.push({
      ...pricing(charge),
      outcomeId: charge.outcomeId,
      kind: 'CREDIT',
      amountCents: -charge.amountCents,
    });
    spent -= charge.amountCents;
  }
  const due = state.outcomes
    .filter((o) => !charged.has(o.id) && o.startsOn <= periodEndsOn && isEligible(o))
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.reference.localeCompare(b.reference));
  for (const outcome of due) {
    const tariff = tariffFor(outcome, state.tariffs);
    const amount = Math.min(tariff?.amountCents ?? 0, contract.capCents - spent);
    if (!tariff || amount <= 0) continue;
    lines.push({
      outcomeId: outcome.id,
      kind: 'CHARGE',
      outcomeKind: outcome.kind,
      contractClass: outcome.contractClass,
      targetGroup: tariff.targetGroup,
      tariffCents: tariff.amountCents,
      amountCents: amount,
    });
    spent += amount;
  }
  return lines;
}

const pricing = (line: StatementLine) => ({
  outcomeKind: line.outcomeKind,
  contractClass: line.contractClass,
  targetGroup: line.targetGroup,
  tariffCents: line.tariffCents,
});

const nextDay = (day: string) => checkpointDay(day, 1);

export function createStatementService(db: Db, deps: { contracts: ContractService }) {
  /** The lines of the network with the contract of their statement. */
  async function linesOfNetwork(tx: Tx, networkId: string) {
    const rows = await tx
      .select({ line: statementLines, contractId: statements.contractId })
      .from(statementLines)
      .innerJoin(statements, eq(statements.id, statementLines.statementId))
      .where(eq(statementLines.networkId, networkId));
    return rows.map(({ line, contractId }) => ({ ...line, contractId }));
  }

  async function billingState(tx: Tx, contract: FundingContract): Promise<BillingState> {
    const [networkOutcomes, followUps, tariffs, lines] = [
      await tx.select().from(outcomes).where(eq(outcomes.networkId, contract.networkId)),
      await tx.select().from(outcomeFollowUps).where(eq(outcomeFollowUps.networkId, contract.networkId)),
      (await deps.contracts.tariffsOf([contract.id], tx)).get(contract.id) ?? [],
      await linesOfNetwork(tx, contract.networkId),
    ];
    const byOutcome = new Map<string, FollowUp[]>();
    for (const followUp of followUps)
      byOutcome.set(followUp.outcomeId, [...(byOutcome.get(followUp.outcomeId) ?? []), followUp]);
    return {
      outcomes: networkOutcomes,
      followUps: byOutcome,
      tariffs,
      charges: lines.filter((line) => line.kind === 'CHARGE'),
      credits: lines.filter((line) => line.kind === 'CREDIT'),
    };
  }

  return {
    /**
     * Issues the contract's next statement, from the day after the previous one ended to
     * `periodEndsOn`. Two runs at once: the database lets one through (the statement's number and
     * each outcome's charge are unique), the other is told to reload.
     */
    async issue(
      contract: FundingContract,
      periodEndsOn: string,
      actorUserId: string,
      today: string,
    ): Promise<Statement> {
      try {
        return await db.transaction(async (tx) => {
          const [previous] = await tx
            .select()
            .from(statements)
            .where(eq(statements.contractId, contract.id))
            .orderBy(desc(statements.number))
            .limit(1);
          const periodStartsOn = previous ? nextDay(previous.periodEndsOn) : contract.startsOn;
          if (periodEndsOn > today)
            throw new UserErrors([
              userError(
                'periodEndsOn',
                'IN_THE_FUTURE',
                'Si rendiconta un periodo già concluso: scegli oggi o un giorno passato.',
              ),
            ]);
          if (periodEndsOn < periodStartsOn)
            throw new UserErrors([
              userError(
                'periodEndsOn',
                'ALREADY_COVERED',
                previous
                  ? `Il rendiconto n. ${previous.number} copre già fino a quel giorno: scegli un giorno successivo.`
                  : 'Il periodo finisce prima dell’inizio del contratto.',
              ),
            ]);
          const lines = nextLines(contract, periodEndsOn, await billingState(tx, contract));
          const charged = lines.filter((l) => l.kind === 'CHARGE').reduce((sum, l) => sum + l.amountCents, 0);
          const credited = -lines
            .filter((l) => l.kind === 'CREDIT')
            .reduce((sum, l) => sum + l.amountCents, 0);
          const [statement] = await tx
            .insert(statements)
            .values({
              networkId: contract.networkId,
              contractId: contract.id,
              number: (previous?.number ?? 0) + 1,
              periodStartsOn,
              periodEndsOn,
              chargedCents: charged,
              creditedCents: credited,
              totalCents: charged - credited,
              issuedBy: actorUserId,
            })
            .returning();
          if (lines.length)
            await tx
              .insert(statementLines)
              .values(
                lines.map((line) => ({ ...line, statementId: statement!.id, networkId: contract.networkId })),
              );
          await recordAudit(tx, {
            networkId: contract.networkId,
            actorUserId,
            action: 'statement.issue',
            subjectType: 'statement',
            subjectId: statement!.id,
            details: { totalCents: statement!.totalCents, lines: lines.length },
          });
          return statement!;
        });
      } catch (error) {
        const constraint = violatedConstraint(error);
        if (constraint === null || !constraint.startsWith('statement')) throw error;
        throw new UserErrors([
          userError(
            'contractId',
            'ISSUED_MEANWHILE',
            'Nello stesso momento è stato emesso un altro rendiconto: ricarica la pagina e controlla prima di emetterne un altro.',
          ),
        ]);
      }
    },

    async byId(id: string): Promise<Statement | undefined> {
      if (!isUuid(id)) return undefined;
      const [row] = await db.select().from(statements).where(eq(statements.id, id));
      return row;
    },

    async ofContracts(contractIds: readonly string[]): Promise<Map<string, Statement[]>> {
      const found = new Map<string, Statement[]>(contractIds.map((id) => [id, []]));
      if (contractIds.length === 0) return found;
      const rows = await db
        .select()
        .from(statements)
        .where(inArray(statements.contractId, [...contractIds]))
        .orderBy(desc(statements.number));
      for (const row of rows) found.get(row.contractId)?.push(row);
      return found;
    },

    /** The lines of each statement with the outcome's pseudonymous reference, in the order billed. */
    async linesOf(statementIds: readonly string[]): Promise<Map<string, StatementLineView[]>> {
      const found = new Map<string, StatementLineView[]>(statementIds.map((id) => [id, []]));
      if (statementIds.length === 0) return found;
      const rows = await db
        .select({ line: statementLines, reference: outcomes.reference, startsOn: outcomes.startsOn })
        .from(statementLines)
        .innerJoin(outcomes, eq(outcomes.id, statementLines.outcomeId))
        .where(inArray(statementLines.statementId, [...statementIds]))
        .orderBy(asc(statementLines.kind), asc(outcomes.startsOn), asc(outcomes.reference));
      for (const { line, reference, startsOn } of rows)
        found.get(line.statementId)?.push({ ...line, reference, startsOn });
      return found;
    },

    /** Which statement charged each outcome, if any. */
    async chargesOf(outcomeIds: readonly string[]): Promise<Map<string, Statement>> {
      if (outcomeIds.length === 0) return new Map();
      const rows = await db
        .select({ outcomeId: statementLines.outcomeId, statement: statements })
        .from(statementLines)
        .innerJoin(statements, eq(statements.id, statementLines.statementId))
        .where(and(inArray(statementLines.outcomeId, [...outcomeIds]), eq(statementLines.kind, 'CHARGE')));
      return new Map(rows.map((r) => [r.outcomeId, r.statement]));
    },
  };
}

export type StatementService = ReturnType<typeof createStatementService>;
