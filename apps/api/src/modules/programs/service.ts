import {
  citizens,
  type Db,
  programApplications,
  programAttendance,
  programCalls,
  programParticipations,
  programRankingRows,
  programs,
  type Tx,
} from '@sportello/db';
import { and, asc, count, desc, eq, gte, inArray, lte } from 'drizzle-orm';
import { type UserError, UserErrors, userError } from '../../lib/errors.js';
import { createOnce } from '../../lib/idempotency.js';
import type { Page } from '../../lib/pagination.js';
import { integerIn, requiredText, violatedConstraint } from '../../lib/validation.js';
import { recordAudit } from '../audit/service.js';
import type { CitizenRecord } from '../citizens/service.js';
import { readFragility } from '../citizens/special-categories.js';
import type { NetworkService } from '../network/service.js';
import type { ProgramHire } from '../outcomes/sources.js';
import { type EligibilityCheck, evaluateEligibility, mayApply, monthsBetween } from './eligibility.js';
import { rank } from './ranking.js';
import {
  type EligibilityRules,
  eligibilityRulesSchema,
  type RankingCriteria,
  rankingCriteriaSchema,
  zodUserErrors,
} from './rules.js';

export type Program = typeof programs.$inferSelect;
export type ProgramCall = typeof programCalls.$inferSelect;
export type ProgramApplication = typeof programApplications.$inferSelect;
export type ProgramParticipation = typeof programParticipations.$inferSelect;
export type RankingRow = typeof programRankingRows.$inferSelect;

export interface ProgramInput {
  kind: string;
  title: string;
  description: string;
  budgetCents: number;
  /** Null: the network itself owns the program. */
  ownerComuneCode?: string | null;
}

export interface ProgramCallInput {
  title: string;
  opensOn: string;
  closesOn: string;
  places: number;
  hourlyRateCents: number;
  rules: unknown;
  rankingCriteria: unknown;
}

export interface Declaration {
  iseeCents?: number | null;
  unemployedSince?: string | null;
}

export interface Assignment {
  projectDescription: string;
  place: string;
  tutor: string;
  weeklyHours: number;
}

export type ProgramOutcome = NonNullable<ProgramParticipation['outcome']>;

const MAX_BUDGET_CENTS = 1_000_000_000_00;
const MAX_RATE_CENTS = 100_00;

const stale = (field = 'id') =>
  new UserErrors([userError(field, 'STALE', 'I dati sono stati appena modificati: ricarica la pagina.')]);

/** The application window, as the citizen portal shows it. */
export const isOpen = (call: ProgramCall, today: string) => call.opensOn <= today && today <= call.closesOn;

export const callRules = (call: ProgramCall) => call.rules as EligibilityRules;
export const callCriteria = (call: ProgramCall) => call.rankingCriteria as RankingCriteria;

/** A participation that holds a place: an interruption frees it for the next in the graduatoria. */
const holdsPlace = inArray(programParticipations.status, ['ACTIVE', 'ENDED']);

export function createProgramService(db: Db, deps: { network: NetworkService }) {
  const one = async <T>(rows: Promise<T[]>) => (await rows)[0];

  async function activeParticipation(executor: Db | Tx, citizenId: string) {
    return one(
      executor
        .select({ id: programParticipations.id })
        .from(programParticipations)
        .where(
          and(eq(programParticipations.citizenId, citizenId), eq(programParticipations.status, 'ACTIVE')),
        ),
    );
  }

  async function comuneNames(rules: EligibilityRules, citizen: CitizenRecord, executor: Db | Tx) {
    const codes = [...(rules.residenceComuneCodes ?? []), citizen.residenceComuneCode];
    const found = new Map(
      (await deps.network.comuniByCodes(codes, executor)).map((c) => [c.istatCode, c.name]),
    );
    return (code: string) => found.get(code) ?? code;
  }

  /**
   * The call's rules applied to the citizen. Reads the special categories the rules need, with an
   * audit record; `declaration` undefined leaves the declared rules TO_DECLARE.
   */
  async function checkEligibility(
    executor: Db | Tx,
    call: ProgramCall,
    citizen: CitizenRecord,
    actorUserId: string,
    today: string,
    declaration?: Declaration,
  ): Promise<EligibilityCheck[]> {
    const rules = callRules(call);
    const special = rules.targetGroups?.some((g) => g === 'LAW_68' || g === 'ECONOMIC_HARDSHIP')
      ? await readFragility(
          executor,
          { citizen: { userId: citizen.userId, networkId: citizen.networkId }, actorUserId },
          {
            action: 'special_categories.eligibility_check',
            reason: `Verifica dei requisiti del bando "${call.title}"`,
          },
        )
      : { law68Disability: false, economicHardship: false };
    const applicant = {
      birthDate: citizen.birthDate,
      employmentStatus: citizen.employmentStatus,
      residenceComuneCode: citizen.residenceComuneCode,
      law68: special.law68Disability,
      economicHardship: special.economicHardship,
      inActiveProgram: Boolean(await activeParticipation(executor, citizen.userId)),
      ...(declaration
        ? { iseeCents: declaration.iseeCents ?? null, unemployedSince: declaration.unemployedSince ?? null }
        : {}),
    };
    return evaluateEligibility(rules, applicant, today, await comuneNames(rules, citizen, executor));
  }

  function validateCall(input: ProgramCallInput): {
    errors: UserError[];
    rules?: EligibilityRules;
    criteria?: RankingCriteria;
  } {
    const errors = [
      ...requiredText('input.title', input.title, 3, 200),
      ...integerIn('input.places', input.places, 1, 10_000, 'I posti vanno da 1 a 10.000.'),
      ...integerIn(
        'input.hourlyRateCents',
        input.hourlyRateCents,
        1,
        MAX_RATE_CENTS,
        'La paga oraria va da 0,01 a 100,00 euro.',
      ),
    ];
    if (input.closesOn < input.opensOn)
      errors.push(userError('input.closesOn', 'BEFORE_OPENING', 'La chiusura non può precedere l’apertura.'));
    const rules = eligibilityRulesSchema.safeParse(input.rules);
    if (!rules.success) errors.push(...zodUserErrors('input.rules', rules.error));
    const criteria = rankingCriteriaSchema.safeParse(input.rankingCriteria);
    if (!criteria.success) errors.push(...zodUserErrors('input.rankingCriteria', criteria.error));
    return { errors, rules: rules.data, criteria: criteria.data };
  }

  async function lockCall(tx: Tx, callId: string) {
    return one(tx.select().from(programCalls).where(eq(programCalls.id, callId)).for('update'));
  }

  async function moveParticipation(
    participation: ProgramParticipation,
    actorUserId: string,
    set: Partial<ProgramParticipation>,
    action: string,
    then?: (tx: Tx, moved: ProgramParticipation) => Promise<void>,
  ): Promise<ProgramParticipation> {
    return db.transaction(async (tx) => {
      const [updated] = await tx
        .update(programParticipations)
        .set({ ...set, closedAt: new Date() })
        .where(
          and(eq(programParticipations.id, participation.id), eq(programParticipations.status, 'ACTIVE')),
        )
        .returning();
      if (!updated)
        throw new UserErrors([userError('id', 'INVALID_TRANSITION', 'La partecipazione è già conclusa.')]);
      await recordAudit(tx, {
        networkId: participation.networkId,
        actorUserId,
        action,
        subjectType: 'program_participation',
        subjectId: participation.id,
      });
      await then?.(tx, updated);
      return updated;
    });
  }

  return {
    checkEligibility: (call: ProgramCall, citizen: CitizenRecord, actorUserId: string, today: string) =>
      checkEligibility(db, call, citizen, actorUserId, today),

    programById: (id: string) => one(db.select().from(programs).where(eq(programs.id, id))),
    callById: (id: string) => one(db.select().from(programCalls).where(eq(programCalls.id, id))),
    applicationById: (id: string) =>
      one(db.select().from(programApplications).where(eq(programApplications.id, id))),
    participationById: (id: string) =>
      one(db.select().from(programParticipations).where(eq(programParticipations.id, id))),

    async listPrograms(networkId: string, page: Page) {
      const where = eq(programs.networkId, networkId);
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(programs)
          .where(where)
          .orderBy(desc(programs.createdAt), asc(programs.id))
          .limit(page.limit + 1)
          .offset(page.offset),
        db.select({ n: count() }).from(programs).where(where),
      ]);
      return { rows, total: total?.n ?? 0 };
    },

    callsOf: (programId: string) =>
      db
        .select()
        .from(programCalls)
        .where(eq(programCalls.programId, programId))
        .orderBy(desc(programCalls.opensOn), asc(programCalls.id)),

    /** Calls whose window includes today, the soonest to close first. */
    async listOpenCalls(networkId: string, today: string, page: Page) {
      const where = and(
        eq(programCalls.networkId, networkId),
        lte(programCalls.opensOn, today),
        gte(programCalls.closesOn, today),
      );
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(programCalls)
          .where(where)
          .orderBy(asc(programCalls.closesOn), asc(programCalls.id))
          .limit(page.limit + 1)
          .offset(page.offset),
        db.select({ n: count() }).from(programCalls).where(where),
      ]);
      return { rows, total: total?.n ?? 0 };
    },

    applicationsOf: (callId: string) =>
      db
        .select()
        .from(programApplications)
        .where(eq(programApplications.callId, callId))
        .orderBy(asc(programApplications.submittedAt), asc(programApplications.id)),

    async applicationsOfCitizen(citizenId: string, page: Page) {
      const where = eq(programApplications.citizenId, citizenId);
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(programApplications)
          .where(where)
          .orderBy(desc(programApplications.submittedAt), asc(programApplications.id))
          .limit(page.limit + 1)
          .offset(page.offset),
        db.select({ n: count() }).from(programApplications).where(where),
      ]);
      return { rows, total: total?.n ?? 0 };
    },

    applicationOfCitizen: (callId: string, citizenId: string) =>
      one(
        db
          .select()
          .from(programApplications)
          .where(and(eq(programApplications.callId, callId), eq(programApplications.citizenId, citizenId))),
      ),

    rankingOf: (callId: string) =>
      db
        .select()
        .from(programRankingRows)
        .where(eq(programRankingRows.callId, callId))
        .orderBy(asc(programRankingRows.position)),

    rankingRowOf: (applicationId: string) =>
      one(db.select().from(programRankingRows).where(eq(programRankingRows.applicationId, applicationId))),

    participationOf: (applicationId: string) =>
      one(
        db.select().from(programParticipations).where(eq(programParticipations.applicationId, applicationId)),
      ),

    participationsOf: (callId: string) =>
      db
        .select()
        .from(programParticipations)
        .where(eq(programParticipations.callId, callId))
        .orderBy(asc(programParticipations.admittedAt)),

    async placesTaken(callId: string, executor: Db | Tx = db): Promise<number> {
      const [row] = await executor
        .select({ n: count() })
        .from(programParticipations)
        .where(and(eq(programParticipations.callId, callId), holdsPlace));
      return row?.n ?? 0;
    },

    async createProgram(
      networkId: string,
      actorUserId: string,
      input: ProgramInput,
      idempotencyKey?: string | null,
    ): Promise<Program> {
      const errors = [
        ...requiredText('input.kind', input.kind, 3, 100),
        ...requiredText('input.title', input.title, 3, 200),
        ...requiredText('input.description', input.description, 10, 5000),
      ];
      if (
        !Number.isSafeInteger(input.budgetCents) ||
        input.budgetCents < 0 ||
        input.budgetCents > MAX_BUDGET_CENTS
      )
        errors.push(
          userError('input.budgetCents', 'OUT_OF_RANGE', 'Indica un budget in euro, da 0 a 1 miliardo.'),
        );
      if (input.ownerComuneCode)
        errors.push(
          ...(await deps.network.requireMemberComune(
            networkId,
            input.ownerComuneCode,
            'input.ownerComuneCode',
          )),
        );
      if (errors.length) throw new UserErrors(errors);
      const { id } = await createOnce(
        db,
        { actorId: actorUserId, key: idempotencyKey, operation: 'createProgram', request: input },
        async (tx) => {
          const [row] = await tx
            .insert(programs)
            .values({
              networkId,
              ownerComuneCode: input.ownerComuneCode || null,
              kind: input.kind.trim(),
              title: input.title.trim(),
              description: input.description.trim(),
              budgetCents: input.budgetCents,
              createdBy: actorUserId,
            })
            .returning({ id: programs.id });
          await recordAudit(tx, {
            networkId,
            actorUserId,
            action: 'programs.create',
            subjectType: 'program',
            subjectId: row!.id,
          });
          return row!.id;
        },
      );
      return (await one(db.select().from(programs).where(eq(programs.id, id))))!;
    },

    async createCall(
      program: Program,
      actorUserId: string,
      input: ProgramCallInput,
      idempotencyKey?: string | null,
    ): Promise<ProgramCall> {
      const { errors, rules, criteria } = validateCall(input);
      if (rules?.residenceComuneCodes)
        for (const [i, code] of rules.residenceComuneCodes.entries())
          errors.push(
            ...(await deps.network.requireMemberComune(
              program.networkId,
              code,
              `input.rules.residenceComuneCodes.${i}`,
            )),
          );
      if (errors.length || !rules || !criteria) throw new UserErrors(errors);
      const { id } = await createOnce(
        db,
        {
          actorId: actorUserId,
          key: idempotencyKey,
          operation: 'createProgramCall',
          request: { program: program.id, input },
        },
        async (tx) => {
          const [row] = await tx
            .insert(programCalls)
            .values({
              networkId: program.networkId,
              programId: program.id,
              title: input.title.trim(),
              opensOn: input.opensOn,
              closesOn: input.closesOn,
              places: input.places,
              hourlyRateCents: input.hourlyRateCents,
              rules,
              rankingCriteria: criteria,
              createdBy: actorUserId,
            })
            .returning({ id: programCalls.id });
          await recordAudit(tx, {
            networkId: program.networkId,
            actorUserId,
            action: 'programs.create_call',
            subjectType: 'program_call',
            subjectId: row!.id,
          });
          return row!.id;
        },
      );
      return (await one(db.select().from(programCalls).where(eq(programCalls.id, id))))!;
    },

    /**
     * Domanda: checked against the call's rules with what the applicant declares; one that fails
     * a rule is refused with the reasons, and nothing is stored.
     */
    async apply(
      call: ProgramCall,
      citizen: CitizenRecord,
      submittedBy: string,
      declaration: Declaration,
      today: string,
      idempotencyKey?: string | null,
    ): Promise<ProgramApplication> {
      const errors: UserError[] = [];
      if (!isOpen(call, today))
        errors.push(userError('callId', 'CLOSED', 'Le domande per questo bando non sono aperte oggi.'));
      if (
        declaration.iseeCents != null &&
        (!Number.isSafeInteger(declaration.iseeCents) || declaration.iseeCents < 0)
      )
        errors.push(userError('declaration.iseeCents', 'INVALID', 'Indica l’ISEE in euro, zero o più.'));
      if (declaration.unemployedSince && declaration.unemployedSince > today)
        errors.push(
          userError(
            'declaration.unemployedSince',
            'IN_FUTURE',
            'La data da cui sei senza lavoro non può essere futura.',
          ),
        );
      if (errors.length) throw new UserErrors(errors);
      const { id } = await createOnce(
        db,
        {
          actorId: submittedBy,
          key: idempotencyKey,
          operation: 'applyToProgramCall',
          request: { call: call.id, citizen: citizen.userId, declaration },
        },
        async (tx) => {
          const checks = await checkEligibility(tx, call, citizen, submittedBy, today, declaration);
          if (!mayApply(checks))
            throw new UserErrors(
              checks
                .filter((c) => c.outcome === 'FAIL')
                .map((c) => userError(`eligibility.${c.rule}`, 'NOT_ELIGIBLE', c.reason)),
            );
          try {
            const [row] = await tx
              .insert(programApplications)
              .values({
                networkId: call.networkId,
                callId: call.id,
                citizenId: citizen.userId,
                iseeCents: declaration.iseeCents ?? null,
                unemployedSince: declaration.unemployedSince ?? null,
                checks,
                submittedBy,
              })
              .returning({ id: programApplications.id });
            await recordAudit(tx, {
              networkId: call.networkId,
              actorUserId: submittedBy,
              action: 'programs.apply',
              subjectType: 'program_application',
              subjectId: row!.id,
            });
            return row!.id;
          } catch (error) {
            if (violatedConstraint(error) === 'program_applications_call_citizen_idx')
              throw new UserErrors([
                userError('callId', 'ALREADY_APPLIED', 'La domanda per questo bando è già stata presentata.'),
              ]);
            throw error;
          }
        },
      );
      return (await one(db.select().from(programApplications).where(eq(programApplications.id, id))))!;
    },

    /**
     * Graduatoria: computed once from the stored applications with the call's published criteria,
     * after the window has closed, and stored; it never changes afterwards.
     */
    async publishRanking(call: ProgramCall, actorUserId: string, today: string): Promise<ProgramCall> {
      if (today <= call.closesOn)
        throw new UserErrors([
          userError('callId', 'STILL_OPEN', 'La graduatoria si pubblica dopo la chiusura delle domande.'),
        ]);
      return db.transaction(async (tx) => {
        const current = await lockCall(tx, call.id);
        if (!current) throw stale('callId');
        if (current.rankingPublishedAt)
          throw new UserErrors([
            userError('callId', 'ALREADY_PUBLISHED', 'La graduatoria è già pubblicata.'),
          ]);
        const applications = await tx
          .select({ application: programApplications, birthDate: citizens.birthDate })
          .from(programApplications)
          .innerJoin(citizens, eq(citizens.userId, programApplications.citizenId))
          .where(eq(programApplications.callId, call.id));
        const ranked = rank(
          callCriteria(current),
          applications.map(({ application, birthDate }) => ({
            applicationId: application.id,
            iseeCents: application.iseeCents,
            monthsUnemployed: application.unemployedSince
              ? monthsBetween(application.unemployedSince, call.closesOn)
              : null,
            birthDate,
            submittedAt: application.submittedAt.toISOString(),
          })),
        );
        if (ranked.length)
          await tx.insert(programRankingRows).values(
            ranked.map((r) => ({
              callId: call.id,
              position: r.position,
              applicationId: r.applicationId,
              score: r.score,
            })),
          );
        const [updated] = await tx
          .update(programCalls)
          .set({ rankingPublishedAt: new Date() })
          .where(eq(programCalls.id, call.id))
          .returning();
        await recordAudit(tx, {
          networkId: call.networkId,
          actorUserId,
          action: 'programs.publish_ranking',
          subjectType: 'program_call',
          subjectId: call.id,
          details: { applications: ranked.length },
        });
        return updated!;
      });
    },

    /**
     * Admission of a ranked applicant, assigned to a project. The call's row is locked, so
     * concurrent admissions count the places one at a time and never admit more than the call has.
     */
    async admit(application: ProgramApplication, actorUserId: string, assignment: Assignment) {
      const errors = [
        ...requiredText('assignment.projectDescription', assignment.projectDescription, 5, 2000),
        ...requiredText('assignment.place', assignment.place, 2, 300),
        ...requiredText('assignment.tutor', assignment.tutor, 2, 200),
        ...integerIn(
          'assignment.weeklyHours',
          assignment.weeklyHours,
          1,
          40,
          'Le ore settimanali vanno da 1 a 40.',
        ),
      ];
      if (errors.length) throw new UserErrors(errors);
      return db.transaction(async (tx) => {
        const call = await lockCall(tx, application.callId);
        if (!call) throw stale('applicationId');
        if (!call.rankingPublishedAt)
          throw new UserErrors([
            userError('applicationId', 'NOT_RANKED', 'Prima si pubblica la graduatoria, poi si ammette.'),
          ]);
        const [taken] = await tx
          .select({ n: count() })
          .from(programParticipations)
          .where(and(eq(programParticipations.callId, call.id), holdsPlace));
        if ((taken?.n ?? 0) >= call.places)
          throw new UserErrors([
            userError('applicationId', 'FULL', 'Tutti i posti del bando sono già assegnati.'),
          ]);
        if (await activeParticipation(tx, application.citizenId))
          throw new UserErrors([
            userError(
              'applicationId',
              'ALREADY_ACTIVE',
              'La persona partecipa già a un altro progetto in corso.',
            ),
          ]);
        try {
          const [row] = await tx
            .insert(programParticipations)
            .values({
              networkId: call.networkId,
              callId: call.id,
              applicationId: application.id,
              citizenId: application.citizenId,
              projectDescription: assignment.projectDescription.trim(),
              place: assignment.place.trim(),
              tutor: assignment.tutor.trim(),
              weeklyHours: assignment.weeklyHours,
              admittedBy: actorUserId,
            })
            .returning();
          await recordAudit(tx, {
            networkId: call.networkId,
            actorUserId,
            action: 'programs.admit',
            subjectType: 'program_participation',
            subjectId: row!.id,
          });
          return row!;
        } catch (error) {
          if (violatedConstraint(error) === 'program_participations_application_idx')
            throw new UserErrors([
              userError('applicationId', 'ALREADY_ADMITTED', 'La persona è già stata ammessa.'),
            ]);
          throw error;
        }
      });
    },

    /** Hours attended on a day; recording the same day again replaces its hours. */
    async recordAttendance(
      participation: ProgramParticipation,
      actorUserId: string,
      day: string,
      hours: number,
      today: string,
    ) {
      const errors = integerIn('hours', hours, 0, 12, 'Le ore del giorno vanno da 0 a 12.');
      if (day > today)
        errors.push(userError('day', 'IN_FUTURE', 'Non si registra la presenza di un giorno futuro.'));
      if (participation.status !== 'ACTIVE')
        errors.push(userError('participationId', 'NOT_ACTIVE', 'La partecipazione è conclusa.'));
      if (errors.length) throw new UserErrors(errors);
      const values = { hours, recordedBy: actorUserId, recordedAt: new Date() };
      await db
        .insert(programAttendance)
        .values({ participationId: participation.id, day, ...values })
        .onConflictDoUpdate({
          target: [programAttendance.participationId, programAttendance.day],
          set: values,
        });
      return participation;
    },

    /** The month's attendance and indemnity: hours × the call's hourly rate, in whole cents. */
    async monthlyStatement(participation: ProgramParticipation, month: string) {
      const [days, call] = await Promise.all([
        db
          .select({ day: programAttendance.day, hours: programAttendance.hours })
          .from(programAttendance)
          .where(
            and(
              eq(programAttendance.participationId, participation.id),
              gte(programAttendance.day, `${month}-01`),
              lte(programAttendance.day, `${month}-31`),
            ),
          )
          .orderBy(asc(programAttendance.day)),
        one(db.select().from(programCalls).where(eq(programCalls.id, participation.callId))),
      ]);
      const hours = days.reduce((sum, d) => sum + d.hours, 0);
      return {
        month,
        days,
        hours,
        amountCents: hours * call!.hourlyRateCents,
        hourlyRateCents: call!.hourlyRateCents,
      };
    },

    interrupt(participation: ProgramParticipation, actorUserId: string, reason: string) {
      const errors = requiredText('reason', reason, 5, 1000);
      if (errors.length) throw new UserErrors(errors);
      return moveParticipation(
        participation,
        actorUserId,
        { status: 'INTERRUPTED', interruptionReason: reason.trim() },
        'programs.interrupt',
      );
    },

    /**
     * The participation ends with its outcome; a hire names the employer and the contract. `then`
     * runs in the same transaction (the outcome ledger's entry).
     */
    async end(
      participation: ProgramParticipation,
      actorUserId: string,
      ending: { outcome: ProgramOutcome; hire: ProgramHire | null; today: string },
      then: (tx: Tx, ended: ProgramParticipation) => Promise<void>,
    ) {
      const { outcome, hire, today } = ending;
      const errors: UserError[] = [];
      if (outcome === 'HIRED' && !hire)
        errors.push(
          userError('hire', 'REQUIRED', 'Indica il datore di lavoro e il contratto dell’assunzione.'),
        );
      if (outcome !== 'HIRED' && hire)
        errors.push(userError('hire', 'NOT_HIRED', 'Il datore di lavoro si indica solo per un’assunzione.'));
      if (outcome === 'HIRED' && hire) {
        errors.push(...requiredText('hire.employerName', hire.employerName, 2, 200));
        if (hire.durationMonths != null)
          errors.push(
            ...integerIn('hire.durationMonths', hire.durationMonths, 1, 120, 'La durata va da 1 a 120 mesi.'),
          );
        if (hire.startsOn > today)
          errors.push(
            userError(
              'hire.startsOn',
              'IN_THE_FUTURE',
              'Si registra un’assunzione con il lavoro già iniziato.',
            ),
          );
      }
      if (errors.length) throw new UserErrors(errors);
      return moveParticipation(
        participation,
        actorUserId,
        { status: 'ENDED', outcome },
        'programs.end',
        then,
      );
    },
  };
}

export type ProgramService = ReturnType<typeof createProgramService>;
