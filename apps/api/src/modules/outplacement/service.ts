import {
  type Db,
  outplacementProjects,
  outplacementWorkerEvents,
  outplacementWorkers,
  type Tx,
} from '@sportello/db';
import { parsePartitaIva } from '@sportello/domain';
import { and, asc, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import { type UserError, UserErrors, userError } from '../../lib/errors.js';
import { groupByKey } from '../../lib/group-by.js';
import { createOnce } from '../../lib/idempotency.js';
import type { Page } from '../../lib/pagination.js';
import { codiceFiscaleField, isUuid, optionalText, requiredText } from '../../lib/validation.js';
import { recordAudit } from '../audit/service.js';
import type { CaseworkService } from '../casework/service.js';
import type { CitizenService } from '../citizens/service.js';
import type { CompanyService } from '../companies/service.js';
import type { NetworkService } from '../network/service.js';
import type { PlacementService } from '../placements/service.js';

export type OutplacementProject = typeof outplacementProjects.$inferSelect;
export type OutplacementReason = OutplacementProject['reason'];
export type OutplacementWorkerEvent = typeof outplacementWorkerEvents.$inferSelect;
export type OutplacementWorkerStatus = OutplacementWorkerEvent['status'];
/** A worker with the statuses they went through, oldest first; the last is the current one. */
export type OutplacementWorker = typeof outplacementWorkers.$inferSelect & {
  history: OutplacementWorkerEvent[];
};

export const WORKER_STATUSES: readonly OutplacementWorkerStatus[] = [
  'IN_CHARGE',
  'IN_TRAINING',
  'RELOCATED',
  'SELF_EMPLOYED',
  'NO_OUTCOME',
  'WITHDRAWN',
];

export interface OutplacementProjectInput {
  companyId?: string | null;
  companyName?: string | null;
  partitaIva?: string | null;
  comuneCode: string;
  reason: OutplacementReason;
  startsOn: string;
  endsOn?: string | null;
}

export interface WorkerStatusInput {
  status: OutplacementWorkerStatus;
  statusOn: string;
  note?: string | null;
  placementId?: string | null;
}

type Operator = { userId: string; sportelloId: string };

/** Workers added in one call: a list pasted from the company's is rarely longer. */
const MAX_WORKERS_PER_CALL = 300;

const fail = (field: string, code: string, message: string) =>
  new UserErrors([userError(field, code, message)]);

export const currentStatus = (worker: OutplacementWorker) => worker.history.at(-1) ?? null;

export function createOutplacementService(
  db: Db,
  deps: {
    network: NetworkService;
    citizens: CitizenService;
    companies: CompanyService;
    casework: CaseworkService;
    placements: PlacementService;
  },
) {
  async function audit(
    tx: Tx,
    project: OutplacementProject,
    actorUserId: string,
    action: string,
    details = {},
  ) {
    await recordAudit(tx, {
      networkId: project.networkId,
      actorUserId,
      action,
      subjectType: 'outplacement_project',
      subjectId: project.id,
      details,
    });
  }

  async function projectById(id: string): Promise<OutplacementProject | undefined> {
    if (!isUuid(id)) return undefined;
    const [row] = await db.select().from(outplacementProjects).where(eq(outplacementProjects.id, id));
    return row;
  }

  async function withHistory(
    rows: (typeof outplacementWorkers.$inferSelect)[],
  ): Promise<OutplacementWorker[]> {
    if (rows.length === 0) return [];
    const events = await db
      .select()
      .from(outplacementWorkerEvents)
      .where(
        inArray(
          outplacementWorkerEvents.workerId,
          rows.map((r) => r.id),
        ),
      )
      .orderBy(asc(outplacementWorkerEvents.at), asc(outplacementWorkerEvents.id));
    const byWorker = groupByKey(
      rows.map((r) => r.id),
      events,
      (e) => e.workerId,
    );
    return rows.map((r) => ({ ...r, history: byWorker.get(r.id) ?? [] }));
  }

  async function workersOf(projectId: string): Promise<OutplacementWorker[]> {
    return withHistory(
      await db
        .select()
        .from(outplacementWorkers)
        .where(eq(outplacementWorkers.projectId, projectId))
        .orderBy(asc(outplacementWorkers.addedAt), asc(outplacementWorkers.id)),
    );
  }

  async function projectErrors(networkId: string, input: OutplacementProjectInput) {
    const errors: UserError[] = [
      ...(await deps.network.requireMemberComune(networkId, input.comuneCode, 'input.comuneCode')),
    ];
    if (input.endsOn && input.endsOn < input.startsOn)
      errors.push(
        userError('input.endsOn', 'BEFORE_START', 'La data di fine non può essere prima dell’inizio.'),
      );
    if (input.companyId) {
      const company = await deps.companies.byId(input.companyId);
      if (!company || company.networkId !== networkId)
        errors.push(userError('input.companyId', 'UNKNOWN_COMPANY', 'Scegli un’azienda della rete.'));
      return {
        errors,
        company: company ? { id: company.id, name: company.legalName, piva: company.partitaIva } : null,
      };
    }
    errors.push(...requiredText('input.companyName', input.companyName ?? '', 2, 200));
    const piva = parsePartitaIva(input.partitaIva ?? '');
    if (!piva.ok)
      errors.push(userError('input.partitaIva', `PARTITA_IVA_${piva.error.code}`, piva.error.message));
    return {
      errors,
      company: piva.ok ? { id: null, name: (input.companyName ?? '').trim(), piva: piva.value.code } : null,
    };
  }

  return {
    projectById,
    workersOf,

    async workerById(id: string): Promise<OutplacementWorker | undefined> {
      if (!isUuid(id)) return undefined;
      const rows = await db.select().from(outplacementWorkers).where(eq(outplacementWorkers.id, id));
      return (await withHistory(rows))[0];
    },

    async list(networkId: string, page: Page) {
      const where = eq(outplacementProjects.networkId, networkId);
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(outplacementProjects)
          .where(where)
          .orderBy(desc(outplacementProjects.createdAt), asc(outplacementProjects.id))
          .limit(page.limit + 1)
          .offset(page.offset),
        db.select({ n: count() }).from(outplacementProjects).where(where),
      ]);
      return { rows, total: total?.n ?? 0 };
    },

    /** How many workers are in each status, and how many are still to take in charge. */
    async summaryOf(projectId: string) {
      const workers = await workersOf(projectId);
      const current = workers.map((w) => currentStatus(w)?.status);
      return {
        total: workers.length,
        notInCharge: workers.filter((w) => w.caseId === null).length,
        byStatus: WORKER_STATUSES.map((status) => ({
          status,
          count: current.filter((s) => s === status).length,
        })),
      };
    },

    async create(
      networkId: string,
      operator: Operator,
      input: OutplacementProjectInput,
      idempotencyKey?: string | null,
    ): Promise<OutplacementProject> {
      const { errors, company } = await projectErrors(networkId, input);
      if (errors.length || !company) throw new UserErrors(errors);
      const { id } = await createOnce(
        db,
        {
          actorId: operator.userId,
          key: idempotencyKey,
          operation: 'createOutplacementProject',
          request: input,
        },
        async (tx) => {
          const [row] = await tx
            .insert(outplacementProjects)
            .values({
              networkId,
              sportelloId: operator.sportelloId,
              companyId: company.id,
              companyName: company.name,
              partitaIva: company.piva,
              comuneCode: input.comuneCode,
              reason: input.reason,
              startsOn: input.startsOn,
              endsOn: input.endsOn ?? null,
              createdBy: operator.userId,
            })
            .returning();
          await audit(tx, row!, operator.userId, 'outplacement.create');
          return row!.id;
        },
      );
      return (await projectById(id))!;
    },

    /**
     * Adds the citizens with these codici fiscali, all or none: every code must be valid and belong to
     * a citizen of the network (someone not registered is registered at the desk first). Workers
     * already in the project stay as they are.
     */
    async addWorkers(project: OutplacementProject, operator: Operator, codes: readonly string[]) {
      if (codes.length === 0) throw fail('codiciFiscali', 'REQUIRED', 'Indica almeno un codice fiscale.');
      if (codes.length > MAX_WORKERS_PER_CALL)
        throw fail('codiciFiscali', 'TOO_MANY', `Al massimo ${MAX_WORKERS_PER_CALL} persone alla volta.`);
      const errors: UserError[] = [];
      const parsed = codes.map((code, i) => {
        const cf = codiceFiscaleField(`codiciFiscali[${i}]`, code);
        errors.push(...cf.errors);
        return cf.value?.code ?? null;
      });
      const valid = [...new Set(parsed.filter((c): c is string => c !== null))];
      const found = new Map(
        (await deps.citizens.byCodiciFiscali(project.networkId, valid)).map((c) => [c.codiceFiscale, c]),
      );
      parsed.forEach((code, i) => {
        if (code && !found.has(code))
          errors.push(
            userError(
              `codiciFiscali[${i}]`,
              'NOT_REGISTERED',
              `Nessuna persona registrata con il codice fiscale ${code}: registrala allo sportello, poi aggiungila.`,
            ),
          );
      });
      if (errors.length) throw new UserErrors(errors);
      await db.transaction(async (tx) => {
        const added = await tx
          .insert(outplacementWorkers)
          .values(
            [...found.values()].map((c) => ({
              networkId: project.networkId,
              projectId: project.id,
              citizenId: c.userId,
              addedBy: operator.userId,
            })),
          )
          .onConflictDoNothing()
          .returning({ citizenId: outplacementWorkers.citizenId });
        await audit(tx, project, operator.userId, 'outplacement.add_workers', {
          citizenIds: added.map((a) => a.citizenId),
        });
      });
      return project;
    },

    /**
     * Takes every worker not yet in charge in charge at the project's sportello, through the presa in
     * carico of casework: a worker whose case is already open there keeps it. Each taking in charge
     * queues on the citizen, and only the call that links the case records IN_CHARGE, so concurrent
     * calls neither open a second case nor write the status twice.
     */
    async takeGroupInCharge(project: OutplacementProject, operator: Operator, today: string) {
      const waiting = (await workersOf(project.id)).filter((w) => w.caseId === null);
      const citizens = new Map(
        (await deps.citizens.byIds(waiting.map((w) => w.citizenId))).map((c) => [c.userId, c]),
      );
      const reason = `Outplacement ${project.companyName}`;
      for (const worker of waiting) {
        const citizen = citizens.get(worker.citizenId)!;
        await deps.casework.takeInCharge(
          {
            userId: citizen.userId,
            networkId: citizen.networkId,
            email: citizen.user.email,
            givenName: citizen.user.givenName,
            familyName: citizen.user.familyName,
          },
          operator,
          reason,
        );
        const openCase = await deps.casework.latestCaseOf(citizen.userId);
        await db.transaction(async (tx) => {
          const [linked] = await tx
            .update(outplacementWorkers)
            .set({ caseId: openCase!.id })
            .where(and(eq(outplacementWorkers.id, worker.id), isNull(outplacementWorkers.caseId)))
            .returning({ id: outplacementWorkers.id });
          if (!linked) return;
          await tx.insert(outplacementWorkerEvents).values({
            networkId: project.networkId,
            workerId: worker.id,
            status: 'IN_CHARGE',
            statusOn: today,
            byUserId: operator.userId,
          });
        });
      }
      return db.transaction(async (tx) => {
        const [updated] = await tx
          .update(outplacementProjects)
          .set({ takenInChargeAt: project.takenInChargeAt ?? new Date() })
          .where(eq(outplacementProjects.id, project.id))
          .returning();
        await audit(tx, project, operator.userId, 'outplacement.take_in_charge', {
          citizenIds: waiting.map((w) => w.citizenId),
        });
        return updated!;
      });
    },

    /** Appends the worker's new status; RELOCATED may name the verified placement it refers to. */
    async setStatus(
      worker: OutplacementWorker,
      project: OutplacementProject,
      operator: Operator,
      input: WorkerStatusInput,
      today: string,
      idempotencyKey?: string | null,
    ): Promise<OutplacementWorker> {
      if (worker.caseId === null)
        throw fail(
          'workerId',
          'NOT_IN_CHARGE',
          'La persona non è ancora in carico: prendi in carico il gruppo prima di registrare un esito.',
        );
      const errors: UserError[] = optionalText('input.note', input.note, 2000);
      if (input.statusOn > today)
        errors.push(userError('input.statusOn', 'IN_THE_FUTURE', 'La data non può essere nel futuro.'));
      if (input.statusOn < project.startsOn)
        errors.push(
          userError(
            'input.statusOn',
            'BEFORE_START',
            'La data non può essere prima dell’inizio del percorso.',
          ),
        );
      if (input.placementId) {
        const placement = await deps.placements.byId(input.placementId);
        if (input.status !== 'RELOCATED')
          errors.push(
            userError(
              'input.placementId',
              'NOT_RELOCATED',
              'Un inserimento lavorativo si collega solo allo stato «ricollocato/a».',
            ),
          );
        else if (!placement || placement.citizenId !== worker.citizenId || !placement.verifiedAt)
          errors.push(
            userError(
              'input.placementId',
              'UNKNOWN_PLACEMENT',
              'Scegli un inserimento lavorativo verificato di questa persona.',
            ),
          );
      }
      if (errors.length) throw new UserErrors(errors);
      await createOnce(
        db,
        {
          actorId: operator.userId,
          key: idempotencyKey,
          operation: 'setOutplacementWorkerStatus',
          request: { workerId: worker.id, ...input },
        },
        async (tx) => {
          const [row] = await tx
            .insert(outplacementWorkerEvents)
            .values({
              networkId: worker.networkId,
              workerId: worker.id,
              status: input.status,
              statusOn: input.statusOn,
              note: input.note?.trim() || null,
              placementId: input.placementId ?? null,
              byUserId: operator.userId,
            })
            .returning({ id: outplacementWorkerEvents.id });
          await recordAudit(tx, {
            networkId: worker.networkId,
            actorUserId: operator.userId,
            action: 'outplacement.worker_status',
            subjectType: 'citizen',
            subjectId: worker.citizenId,
            details: { projectId: project.id, status: input.status },
          });
          return row!.id;
        },
      );
      return (await this.workerById(worker.id))!;
    },
  };
}

export type OutplacementService = ReturnType<typeof createOutplacementService>;
