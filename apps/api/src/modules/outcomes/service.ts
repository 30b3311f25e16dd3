import { randomBytes } from 'node:crypto';
import { type Db, fundingContracts, outcomeFollowUps, outcomes, type Tx } from '@sportello/db';
import { and, count, desc, eq, inArray } from 'drizzle-orm';
import { UserErrors, userError } from '../../lib/errors.js';
import type { Page } from '../../lib/pagination.js';
import { isUuid } from '../../lib/validation.js';
import { recordAudit, recordAudits } from '../audit/service.js';
import type { CaseworkService } from '../casework/service.js';
import type { CitizenRecord, CitizenService } from '../citizens/service.js';
import { readFragility } from '../citizens/special-categories.js';
import { recordWebhookEvent } from '../webhooks/events.js';
import {
  CHECKPOINTS,
  checkpointDay,
  classOf,
  FOLLOWED_UP_KINDS,
  type FollowUp,
  groupsAtHire,
  ineligibility,
  isFollowedUp,
  type Outcome,
} from './rules.js';

export type FollowUpSource = FollowUp['confirmedVia'];

/** ES- and ten characters no one mistakes for one another: what statements show instead of a name. */
function newReference(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return `ES-${[...randomBytes(10)].map((byte) => alphabet[byte % alphabet.length]).join('')}`;
}

/** What `prepare` reads before the change an outcome comes from, for `open` to record in it. */
export interface OutcomeFacts {
  citizen: CitizenRecord;
  sportelloId: string;
  operatorId: string;
}

/** An outcome's facts as its source states them: one of a placement, tirocinio, participation or business. */
export type OutcomeEntry = Pick<
  Outcome,
  | 'networkId'
  | 'citizenId'
  | 'kind'
  | 'companyId'
  | 'employerName'
  | 'contractType'
  | 'durationMonths'
  | 'startsOn'
> &
  Partial<Pick<Outcome, 'placementId' | 'internshipId' | 'participationId' | 'businessIdeaId'>>;

export function createOutcomeService(db: Db, deps: { citizens: CitizenService; casework: CaseworkService }) {
  return {
    /**
     * What an outcome will record, read before the change it comes from: the sportello in charge of
     * the person, else the operator's, else the one the source names (a tirocinio's), and the
     * profile the groups derive from.
     */
    async prepare(
      subject: { networkId: string; citizenId: string },
      operator: { userId: string; sportelloId: string | null },
      sourceSportelloId: string | null = null,
    ): Promise<OutcomeFacts> {
      const [citizen, assignments] = await Promise.all([
        deps.citizens.byId(subject.networkId, subject.citizenId),
        deps.casework.openAssignments([subject.citizenId]),
      ]);
      if (!citizen) throw new Error('An outcome without its citizen');
      const sportelloId =
        assignments.get(subject.citizenId)?.sportelloId ?? operator.sportelloId ?? sourceSportelloId;
      if (!sportelloId)
        throw new UserErrors([
          userError(
            'id',
            'NO_SPORTELLO',
            'La persona non è in carico a uno sportello: prendila in carico per registrarne l’esito.',
          ),
        ]);
      return { citizen, sportelloId, operatorId: operator.userId };
    },

    /** The ledger's entry for a change just made, in the change's transaction. */
    async open(tx: Tx, entry: OutcomeEntry, prepared: OutcomeFacts): Promise<Outcome> {
      const { citizen, sportelloId, operatorId } = prepared;
      const fragility = await readFragility(
        tx,
        { citizen, actorUserId: operatorId },
        {
          action: 'special_categories.outcome_groups',
          reason: 'Gruppi di riferimento alla data dell’esito, per il registro degli esiti',
        },
      );
      const [row] = await tx
        .insert(outcomes)
        .values({
          ...entry,
          reference: newReference(),
          contractClass: entry.contractType ? classOf(entry.contractType, entry.durationMonths) : null,
          sportelloId,
          comuneCode: citizen.residenceComuneCode,
          targetGroups: groupsAtHire(citizen, fragility, entry.startsOn),
          recordedBy: operatorId,
        })
        .returning();
      return row!;
    },

    async byId(id: string): Promise<Outcome | undefined> {
      if (!isUuid(id)) return undefined;
      const [row] = await db.select().from(outcomes).where(eq(outcomes.id, id));
      return row;
    },

    async byIds(ids: readonly string[]): Promise<Outcome[]> {
      const valid = ids.filter(isUuid);
      if (valid.length === 0) return [];
      return db.select().from(outcomes).where(inArray(outcomes.id, valid));
    },

    /**
     * The network's outcomes, newest first; or a sportello's, a company's, a person's; or only
     * those followed up (what a company or the person is asked about).
     */
    async list(
      scope: {
        networkId: string;
        sportelloId?: string;
        companyId?: string;
        citizenId?: string;
        followedUpOnly?: boolean;
      },
      page: Page,
    ) {
      const where = and(
        eq(outcomes.networkId, scope.networkId),
        scope.sportelloId ? eq(outcomes.sportelloId, scope.sportelloId) : undefined,
        scope.companyId ? eq(outcomes.companyId, scope.companyId) : undefined,
        scope.citizenId ? eq(outcomes.citizenId, scope.citizenId) : undefined,
        scope.followedUpOnly ? inArray(outcomes.kind, FOLLOWED_UP_KINDS) : undefined,
      );
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(outcomes)
          .where(where)
          .orderBy(desc(outcomes.startsOn), desc(outcomes.id))
          .limit(page.limit + 1)
          .offset(page.offset),
        db.select({ n: count() }).from(outcomes).where(where),
      ]);
      return { rows, total: total?.n ?? 0 };
    },

    /** Reading the groups at hire is reading special-category data: each person's is audited. */
    async auditGroupsRead(rows: readonly Outcome[], actorUserId: string): Promise<void> {
      await recordAudits(
        db,
        rows
          .filter((o) => o.targetGroups.some((g) => g === 'LAW_68_DISABILITY' || g === 'ECONOMIC_HARDSHIP'))
          .map((o) => ({
            networkId: o.networkId,
            actorUserId,
            action: 'special_categories.outcome_groups_read',
            subjectType: 'citizen',
            subjectId: o.citizenId,
            reason: 'Registro degli esiti',
          })),
      );
    },

    async followUpsOf(outcomeIds: readonly string[]): Promise<Map<string, FollowUp[]>> {
      const found = new Map<string, FollowUp[]>(outcomeIds.map((id) => [id, []]));
      if (outcomeIds.length === 0) return found;
      const rows = await db
        .select()
        .from(outcomeFollowUps)
        .where(inArray(outcomeFollowUps.outcomeId, [...outcomeIds]))
        .orderBy(outcomeFollowUps.at, outcomeFollowUps.id);
      for (const row of rows) found.get(row.outcomeId)?.push(row);
      return found;
    },

    /**
     * "Still employed?" at 30, 90 or 180 days, from the day it falls due. Each answer is a new entry
     * naming who gave it and when; a later one for the same day corrects the earlier one.
     */
    async confirm(
      outcome: Outcome,
      input: { checkpointDays: number; stillEmployed: boolean },
      by: { userId: string; via: FollowUpSource },
      today: string,
    ): Promise<FollowUp> {
      if (!isFollowedUp(outcome.kind)) {
        throw new UserErrors([
          userError('outcomeId', 'NOT_FOLLOWED_UP', 'Per questo esito non sono previste verifiche.'),
        ]);
      }
      if (!(CHECKPOINTS as readonly number[]).includes(input.checkpointDays)) {
        throw new UserErrors([
          userError('checkpointDays', 'INVALID', 'Le verifiche sono a 30, 90 o 180 giorni dall’assunzione.'),
        ]);
      }
      const due = checkpointDay(outcome.startsOn, input.checkpointDays);
      if (due > today) {
        const [y, m, d] = due.split('-');
        throw new UserErrors([
          userError(
            'checkpointDays',
            'NOT_YET_DUE',
            `La verifica a ${input.checkpointDays} giorni si può confermare dal ${d}/${m}/${y}.`,
          ),
        ]);
      }
      return db.transaction(async (tx) => {
        const earlier = await tx
          .select()
          .from(outcomeFollowUps)
          .where(eq(outcomeFollowUps.outcomeId, outcome.id))
          .orderBy(outcomeFollowUps.at, outcomeFollowUps.id);
        const [row] = await tx
          .insert(outcomeFollowUps)
          .values({
            networkId: outcome.networkId,
            outcomeId: outcome.id,
            checkpointDays: input.checkpointDays,
            stillEmployed: input.stillEmployed,
            confirmedVia: by.via,
            confirmedBy: by.userId,
          })
          .returning();
        await recordAudit(tx, {
          networkId: outcome.networkId,
          actorUserId: by.userId,
          action: 'outcome.follow_up',
          subjectType: 'outcome',
          subjectId: outcome.id,
          details: { checkpointDays: input.checkpointDays, stillEmployed: input.stillEmployed },
        });
        await announceEligibility(tx, outcome, earlier, row!);
        return row!;
      });
    },
  };
}

/**
 * Tells the network's integrations, in the follow-up's transaction, of each funding contract of the
 * outcome's sportello under which this answer made the outcome eligible (it was not before).
 */
async function announceEligibility(tx: Tx, outcome: Outcome, earlier: FollowUp[], added: FollowUp) {
  const contracts = await tx
    .select()
    .from(fundingContracts)
    .where(
      and(
        eq(fundingContracts.networkId, outcome.networkId),
        eq(fundingContracts.sportelloId, outcome.sportelloId),
      ),
    );
  for (const contract of contracts) {
    if (ineligibility(outcome, earlier, contract) === null) continue;
    if (ineligibility(outcome, [...earlier, added], contract) !== null) continue;
    await recordWebhookEvent(tx, outcome.networkId, 'OUTCOME_ELIGIBLE', {
      outcomeId: outcome.id,
      contractId: contract.id,
      reference: outcome.reference,
    });
  }
}

export type OutcomeService = ReturnType<typeof createOutcomeService>;
