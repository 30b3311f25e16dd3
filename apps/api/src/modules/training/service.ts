import {
  type Db,
  escoSkills,
  type Tx,
  trainingEnrolments,
  trainingModuleSkills,
  trainingModules,
} from '@sportello/db';
import { todayInItaly } from '@sportello/domain';
import { and, asc, count, desc, eq, exists, gte, inArray, ne, type SQL, sql } from 'drizzle-orm';
import { type UserError, UserErrors, userError } from '../../lib/errors.js';
import { groupByKey } from '../../lib/group-by.js';
import { createOnce } from '../../lib/idempotency.js';
import type { Page } from '../../lib/pagination.js';
import { integerIn, isUuid, requiredText, violatedConstraint } from '../../lib/validation.js';
import { recordAudit } from '../audit/service.js';
import type { EscoSkill } from '../cvs/service.js';
import { attestSkills, type SkillLevel, skillListErrors } from '../cvs/skills.js';
import type { NetworkService } from '../network/service.js';
import { trainingModuleCancelled, trainingPlaceConfirmed } from '../notifications/messages.js';
import type { Notify } from '../notifications/service.js';

export type TrainingModule = typeof trainingModules.$inferSelect;
export type TrainingModuleStatus = TrainingModule['status'];
export type TrainingEnrolment = typeof trainingEnrolments.$inferSelect;
export type TrainingSkill = { skill: EscoSkill; level: SkillLevel };

export interface TrainingModuleInput {
  title: string;
  provider: string;
  description: string;
  skills?: readonly { skillUri: string; level: SkillLevel }[] | null;
  hours: number;
  startsOn: string;
  endsOn: string;
  mode: TrainingModule['mode'];
  comuneCode?: string | null;
  seats: number;
  sportelloId?: string | null;
}

const MAX_SKILLS = 30;
const MAX_HOURS = 2000;
const MAX_SEATS = 1000;

/** The moves on a module, with the statuses each one starts from. */
const MODULE_MOVES = {
  update: { from: ['DRAFT', 'PUBLISHED'], to: null },
  publish: { from: ['DRAFT'], to: 'PUBLISHED' },
  cancel: { from: ['DRAFT', 'PUBLISHED'], to: 'CANCELLED' },
} as const satisfies Record<string, { from: TrainingModuleStatus[]; to: TrainingModuleStatus | null }>;

const MODULE_STATUS_LABEL: Record<TrainingModuleStatus, string> = {
  DRAFT: 'in bozza',
  PUBLISHED: 'pubblicato',
  CANCELLED: 'annullato',
};

const ENROLMENT_STATUS_LABEL: Record<TrainingEnrolment['status'], string> = {
  ENROLLED: 'attiva',
  WITHDRAWN: 'ritirata',
  COMPLETED: 'già completata',
};

/** Enrolments that hold a seat. */
const holdsSeat = ne(trainingEnrolments.status, 'WITHDRAWN');

const stale = () =>
  new UserErrors([userError('id', 'STALE', 'Il modulo è stato appena modificato: ricarica la pagina.')]);

export function createTrainingService(db: Db, deps: { network: NetworkService; notify: Notify }) {
  async function byId(id: string): Promise<TrainingModule | undefined> {
    if (!isUuid(id)) return undefined;
    const [row] = await db.select().from(trainingModules).where(eq(trainingModules.id, id));
    return row;
  }

  async function enrolmentById(id: string): Promise<TrainingEnrolment | undefined> {
    if (!isUuid(id)) return undefined;
    const [row] = await db.select().from(trainingEnrolments).where(eq(trainingEnrolments.id, id));
    return row;
  }

  async function validate(networkId: string, input: TrainingModuleInput): Promise<UserError[]> {
    const skills = input.skills ?? [];
    const errors: UserError[] = [
      ...requiredText('title', input.title, 3, 200),
      ...requiredText('provider', input.provider, 2, 200),
      ...requiredText('description', input.description, 10, 5000),
      ...integerIn('hours', input.hours, 1, MAX_HOURS, `Le ore vanno da 1 a ${MAX_HOURS}.`),
      ...integerIn('seats', input.seats, 1, MAX_SEATS, `I posti vanno da 1 a ${MAX_SEATS}.`),
    ];
    if (input.endsOn < input.startsOn)
      errors.push(userError('endsOn', 'BEFORE_START', 'La fine non può precedere l’inizio.'));
    if (input.mode === 'IN_PERSON') {
      if (!input.comuneCode?.trim())
        errors.push(userError('comuneCode', 'REQUIRED', 'Indica il comune in cui si svolge il modulo.'));
      else
        errors.push(...(await deps.network.requireMemberComune(networkId, input.comuneCode, 'comuneCode')));
    }
    if (input.sportelloId)
      errors.push(
        ...(await deps.network.requireNetworkSportello(networkId, input.sportelloId, 'sportelloId')),
      );
    if (skills.length > MAX_SKILLS)
      errors.push(userError('skills', 'TOO_MANY', `Al massimo ${MAX_SKILLS} competenze.`));
    else
      errors.push(
        ...(await skillListErrors(
          db,
          skills.map((s) => s.skillUri),
          (i) => `skills[${i}].skillUri`,
        )),
      );
    return errors;
  }

  const fields = (input: TrainingModuleInput) => ({
    title: input.title.trim(),
    provider: input.provider.trim(),
    description: input.description.trim(),
    hours: input.hours,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    mode: input.mode,
    comuneCode: input.mode === 'IN_PERSON' ? input.comuneCode!.trim() : null,
    seats: input.seats,
  });

  async function writeSkills(tx: Tx, moduleId: string, skills: TrainingModuleInput['skills']) {
    await tx.delete(trainingModuleSkills).where(eq(trainingModuleSkills.moduleId, moduleId));
    if (!skills?.length) return;
    await tx
      .insert(trainingModuleSkills)
      .values(skills.map((s, position) => ({ moduleId, skillUri: s.skillUri, level: s.level, position })));
  }

  /** Locks the module row, so seat counts and status checks hold until the transaction ends. */
  async function lockModule(tx: Tx, moduleId: string) {
    const [locked] = await tx
      .select()
      .from(trainingModules)
      .where(eq(trainingModules.id, moduleId))
      .for('update');
    return locked;
  }

  async function seatsTaken(tx: Tx, moduleId: string): Promise<number> {
    const [row] = await tx
      .select({ n: count() })
      .from(trainingEnrolments)
      .where(and(eq(trainingEnrolments.moduleId, moduleId), holdsSeat));
    return row?.n ?? 0;
  }

  /** A change that applies only from the statuses allowed, read under the module's lock. */
  async function moveModule(
    module: TrainingModule,
    move: keyof typeof MODULE_MOVES,
    actorUserId: string,
    change: (tx: Tx, current: TrainingModule) => Promise<Partial<TrainingModule>>,
  ): Promise<TrainingModule> {
    return db.transaction(async (tx) => {
      const current = await lockModule(tx, module.id);
      if (!current) throw stale();
      const { from, to } = MODULE_MOVES[move];
      if (!(from as readonly TrainingModuleStatus[]).includes(current.status))
        throw new UserErrors([
          userError('id', 'INVALID_TRANSITION', `Il modulo è ${MODULE_STATUS_LABEL[current.status]}.`),
        ]);
      const set = await change(tx, current);
      const [updated] = await tx
        .update(trainingModules)
        .set({ ...set, ...(to ? { status: to } : {}), updatedAt: new Date() })
        .where(eq(trainingModules.id, module.id))
        .returning();
      await recordAudit(tx, {
        networkId: module.networkId,
        actorUserId,
        action: `training.${move}`,
        subjectType: 'training_module',
        subjectId: module.id,
      });
      if (updated!.status === 'CANCELLED') await deps.notify(tx, await trainingModuleCancelled(tx, updated!));
      return updated!;
    });
  }

  /** An enrolment's change from ENROLLED, under the module's lock; `extra` checks and writes first. */
  async function moveEnrolment(
    enrolment: TrainingEnrolment,
    to: 'WITHDRAWN' | 'COMPLETED',
    actorUserId: string,
    extra: (tx: Tx, module: TrainingModule) => Promise<void> = async () => {},
  ): Promise<TrainingEnrolment> {
    return db.transaction(async (tx) => {
      const module = await lockModule(tx, enrolment.moduleId);
      const [current] = await tx
        .select()
        .from(trainingEnrolments)
        .where(eq(trainingEnrolments.id, enrolment.id));
      if (!module || !current) throw stale();
      if (current.status !== 'ENROLLED')
        throw new UserErrors([
          userError('id', 'INVALID_TRANSITION', `L'iscrizione è ${ENROLMENT_STATUS_LABEL[current.status]}.`),
        ]);
      await extra(tx, module);
      const now = new Date();
      const [updated] = await tx
        .update(trainingEnrolments)
        .set(
          to === 'WITHDRAWN'
            ? { status: to, withdrawnAt: now }
            : { status: to, completedAt: now, completedBy: actorUserId },
        )
        .where(eq(trainingEnrolments.id, enrolment.id))
        .returning();
      await recordAudit(tx, {
        networkId: enrolment.networkId,
        actorUserId,
        action: to === 'WITHDRAWN' ? 'training.withdraw' : 'training.complete',
        subjectType: 'training_enrolment',
        subjectId: enrolment.id,
      });
      return updated!;
    });
  }

  async function listModules(where: SQL | undefined, page: Page, order: SQL[]) {
    const [rows, [total]] = await Promise.all([
      db
        .select()
        .from(trainingModules)
        .where(where)
        .orderBy(...order)
        .limit(page.limit + 1)
        .offset(page.offset),
      db.select({ n: count() }).from(trainingModules).where(where),
    ]);
    return { rows, total: total?.n ?? 0 };
  }

  return {
    byId,
    enrolmentById,

    async byIds(ids: readonly string[]): Promise<TrainingModule[]> {
      const valid = [...new Set(ids.filter(isUuid))];
      if (valid.length === 0) return [];
      return db.select().from(trainingModules).where(inArray(trainingModules.id, valid));
    },

    listForNetwork(
      networkId: string,
      filter: { status?: TrainingModuleStatus | null; skillUri?: string | null },
      page: Page,
    ) {
      const builds = filter.skillUri
        ? exists(
            db
              .select({ one: sql`1` })
              .from(trainingModuleSkills)
              .where(
                and(
                  eq(trainingModuleSkills.moduleId, trainingModules.id),
                  eq(trainingModuleSkills.skillUri, filter.skillUri),
                ),
              ),
          )
        : undefined;
      return listModules(
        and(
          eq(trainingModules.networkId, networkId),
          filter.status ? eq(trainingModules.status, filter.status) : undefined,
          builds,
        ),
        page,
        [desc(trainingModules.startsOn), desc(trainingModules.id)],
      );
    },

    /** What citizens of the network may enrol in: published and not yet ended. */
    listOpen: (networkId: string, page: Page) =>
      listModules(
        and(
          eq(trainingModules.networkId, networkId),
          eq(trainingModules.status, 'PUBLISHED'),
          gte(trainingModules.endsOn, todayInItaly()),
        ),
        page,
        [asc(trainingModules.startsOn), asc(trainingModules.id)],
      ),

    async listForCitizen(citizenId: string, page: Page) {
      const where = eq(trainingEnrolments.citizenId, citizenId);
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(trainingEnrolments)
          .where(where)
          .orderBy(desc(trainingEnrolments.enrolledAt), desc(trainingEnrolments.id))
          .limit(page.limit + 1)
          .offset(page.offset),
        db.select({ n: count() }).from(trainingEnrolments).where(where),
      ]);
      return { rows, total: total?.n ?? 0 };
    },

    async skillsOf(moduleIds: readonly string[]): Promise<Map<string, TrainingSkill[]>> {
      const rows = moduleIds.length
        ? await db
            .select({ link: trainingModuleSkills, skill: escoSkills })
            .from(trainingModuleSkills)
            .innerJoin(escoSkills, eq(escoSkills.uri, trainingModuleSkills.skillUri))
            .where(inArray(trainingModuleSkills.moduleId, [...moduleIds]))
            .orderBy(asc(trainingModuleSkills.position))
        : [];
      return groupByKey(
        moduleIds,
        rows.map(({ link, skill }) => ({ moduleId: link.moduleId, skill, level: link.level })),
        (row) => row.moduleId,
      );
    },

    /** The seats taken in each module. */
    async seatsTakenOf(moduleIds: readonly string[]): Promise<Map<string, number>> {
      const rows = moduleIds.length
        ? await db
            .select({ moduleId: trainingEnrolments.moduleId, n: count() })
            .from(trainingEnrolments)
            .where(and(inArray(trainingEnrolments.moduleId, [...moduleIds]), holdsSeat))
            .groupBy(trainingEnrolments.moduleId)
        : [];
      return new Map(rows.map((r) => [r.moduleId, r.n]));
    },

    /** The enrolments of each module, the latest first; only the citizen's own when one is given. */
    async enrolmentsOf(
      moduleIds: readonly string[],
      citizenId?: string,
    ): Promise<Map<string, TrainingEnrolment[]>> {
      const rows = moduleIds.length
        ? await db
            .select()
            .from(trainingEnrolments)
            .where(
              and(
                inArray(trainingEnrolments.moduleId, [...moduleIds]),
                citizenId ? eq(trainingEnrolments.citizenId, citizenId) : undefined,
              ),
            )
            .orderBy(desc(trainingEnrolments.enrolledAt), desc(trainingEnrolments.id))
        : [];
      return groupByKey(moduleIds, rows, (row) => row.moduleId);
    },

    async create(
      networkId: string,
      operator: { userId: string; sportelloId: string | null },
      input: TrainingModuleInput,
      idempotencyKey: string | null | undefined,
    ): Promise<TrainingModule> {
      const errors = await validate(networkId, input);
      const sportelloId = input.sportelloId || operator.sportelloId;
      if (!sportelloId)
        errors.push(userError('sportelloId', 'REQUIRED', 'Indica lo sportello che organizza il modulo.'));
      if (errors.length) throw new UserErrors(errors);
      const { id } = await createOnce(
        db,
        { actorId: operator.userId, key: idempotencyKey, operation: 'createTrainingModule', request: input },
        async (tx) => {
          const [row] = await tx
            .insert(trainingModules)
            .values({ networkId, sportelloId: sportelloId!, createdBy: operator.userId, ...fields(input) })
            .returning({ id: trainingModules.id });
          await writeSkills(tx, row!.id, input.skills);
          await recordAudit(tx, {
            networkId,
            actorUserId: operator.userId,
            action: 'training.create',
            subjectType: 'training_module',
            subjectId: row!.id,
          });
          return row!.id;
        },
      );
      return (await byId(id))!;
    },

    async update(module: TrainingModule, operatorId: string, input: TrainingModuleInput) {
      const errors = await validate(module.networkId, input);
      if (errors.length) throw new UserErrors(errors);
      return moveModule(module, 'update', operatorId, async (tx) => {
        const taken = await seatsTaken(tx, module.id);
        if (input.seats < taken)
          throw new UserErrors([
            userError(
              'seats',
              'BELOW_ENROLLED',
              `I posti non possono essere meno degli iscritti (${taken}).`,
            ),
          ]);
        await writeSkills(tx, module.id, input.skills);
        return { ...fields(input), ...(input.sportelloId ? { sportelloId: input.sportelloId } : {}) };
      });
    },

    publish: (module: TrainingModule, operatorId: string) =>
      moveModule(module, 'publish', operatorId, async () => ({})),

    cancel: (module: TrainingModule, operatorId: string) =>
      moveModule(module, 'cancel', operatorId, async () => ({})),

    /**
     * A place for the citizen. Concurrent requests for the last seat queue on the module's row
     * lock, so each one counts the places the others took: exactly one gets it.
     */
    async enrol(module: TrainingModule, citizenId: string, byUserId: string): Promise<TrainingEnrolment> {
      try {
        return await db.transaction(async (tx) => {
          const current = await lockModule(tx, module.id);
          if (current?.status !== 'PUBLISHED')
            throw new UserErrors([
              userError('moduleId', 'NOT_OPEN', 'Il modulo non è aperto alle iscrizioni.'),
            ]);
          if (current.endsOn < todayInItaly())
            throw new UserErrors([userError('moduleId', 'ENDED', 'Il modulo è già concluso.')]);
          // A citizen asks for a place only before the start; the sportello may still enrol someone late.
          if (byUserId === citizenId && current.startsOn <= todayInItaly())
            throw new UserErrors([
              userError(
                'moduleId',
                'STARTED',
                'Il corso è già iniziato e non accetta nuove richieste. Chiedi allo sportello se ci saranno altre edizioni.',
              ),
            ]);
          const [already] = await tx
            .select({ id: trainingEnrolments.id })
            .from(trainingEnrolments)
            .where(
              and(
                eq(trainingEnrolments.moduleId, module.id),
                eq(trainingEnrolments.citizenId, citizenId),
                holdsSeat,
              ),
            );
          if (already) throw alreadyEnrolled();
          if ((await seatsTaken(tx, module.id)) >= current.seats)
            throw new UserErrors([userError('moduleId', 'FULL', 'Non ci sono più posti disponibili.')]);
          const [row] = await tx
            .insert(trainingEnrolments)
            .values({ moduleId: module.id, networkId: module.networkId, citizenId, enrolledBy: byUserId })
            .returning();
          await recordAudit(tx, {
            networkId: module.networkId,
            actorUserId: byUserId,
            action: 'training.enrol',
            subjectType: 'training_enrolment',
            subjectId: row!.id,
          });
          await deps.notify(tx, await trainingPlaceConfirmed(tx, row!));
          return row!;
        });
      } catch (error) {
        if (violatedConstraint(error) === 'training_enrolments_module_citizen_idx') throw alreadyEnrolled();
        throw error;
      }
    },

    withdraw: (enrolment: TrainingEnrolment, byUserId: string) =>
      moveEnrolment(enrolment, 'WITHDRAWN', byUserId),

    /** Completion attests the module's skills in the citizen's CV, in the same transaction. */
    complete: (enrolment: TrainingEnrolment, operatorId: string) =>
      moveEnrolment(enrolment, 'COMPLETED', operatorId, async (tx, module) => {
        if (module.status === 'CANCELLED')
          throw new UserErrors([userError('id', 'MODULE_CANCELLED', 'Il modulo è stato annullato.')]);
        if (module.startsOn > todayInItaly())
          throw new UserErrors([userError('id', 'NOT_STARTED', 'Il modulo non è ancora iniziato.')]);
        const skills = await tx
          .select({ skillUri: trainingModuleSkills.skillUri, level: trainingModuleSkills.level })
          .from(trainingModuleSkills)
          .where(eq(trainingModuleSkills.moduleId, module.id))
          .orderBy(asc(trainingModuleSkills.position));
        await attestSkills(
          tx,
          { userId: enrolment.citizenId, networkId: enrolment.networkId },
          { trainingModuleId: module.id },
          skills,
        );
      }),
  };
}

const alreadyEnrolled = () =>
  new UserErrors([userError('citizenId', 'ALREADY_ENROLLED', 'La persona è già iscritta a questo modulo.')]);

export type TrainingService = ReturnType<typeof createTrainingService>;
