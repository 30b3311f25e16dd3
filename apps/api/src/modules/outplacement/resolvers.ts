import type { RequestContext, UserActor } from '../../context.js';
import type { Resolvers } from '../../graphql/resolvers.generated.js';
import { findAllowed, networkOf, refuse } from '../../lib/actors.js';
import { parsePageArgs, toConnection } from '../../lib/pagination.js';
import { payload } from '../../lib/payload.js';
import {
  canCreateOutplacement,
  canManageOutplacement,
  canReadOutplacement,
  canReadOutplacementWorkers,
} from './policy.js';
import { currentStatus, type OutplacementProject } from './service.js';

/** The project, when the actor may manage it; anything else answers like a missing project. */
const managed = (id: string, { actor, services }: RequestContext) =>
  findAllowed(
    actor,
    () => services.outplacement.projectById(id),
    (p: OutplacementProject) => canManageOutplacement(actor, p),
  );

const operatorOf = (ctx: RequestContext) => {
  const actor = ctx.actor as UserActor;
  return { userId: actor.userId, sportelloId: actor.sportelloId! };
};

export const outplacementResolvers: Resolvers = {
  Query: {
    outplacementProjects: async (_, pageArgs, { actor, services }) => {
      const networkId = networkOf(actor);
      if (!canReadOutplacement(actor, networkId)) refuse(actor);
      const page = parsePageArgs(pageArgs);
      const { rows, total } = await services.outplacement.list(networkId, page);
      return toConnection(rows, page, total);
    },
    outplacementProject: (_, { id }, { actor, services }) =>
      findAllowed(
        actor,
        () => services.outplacement.projectById(id),
        (p: OutplacementProject) => canReadOutplacement(actor, p.networkId),
      ),
  },
  Mutation: {
    createOutplacementProject: (_, { input, idempotencyKey }, ctx) => {
      const networkId = networkOf(ctx.actor);
      if (!canCreateOutplacement(ctx.actor)) refuse(ctx.actor);
      return payload(async () => ({
        project: await ctx.services.outplacement.create(networkId, operatorOf(ctx), input, idempotencyKey),
      }));
    },
    addOutplacementWorkers: async (_, { projectId, codiciFiscali }, ctx) => {
      const project = await managed(projectId, ctx);
      return payload(async () => ({
        project: await ctx.services.outplacement.addWorkers(project, operatorOf(ctx), codiciFiscali),
      }));
    },
    takeOutplacementGroupInCharge: async (_, { projectId }, ctx) => {
      const project = await managed(projectId, ctx);
      return payload(async () => ({
        project: await ctx.services.outplacement.takeGroupInCharge(project, operatorOf(ctx), ctx.today),
      }));
    },
    setOutplacementWorkerStatus: async (_, { workerId, input, idempotencyKey }, ctx) => {
      networkOf(ctx.actor);
      const worker = await ctx.services.outplacement.workerById(workerId);
      const project = await managed(worker?.projectId ?? '', ctx);
      return payload(async () => ({
        worker: await ctx.services.outplacement.setStatus(
          worker!,
          project,
          operatorOf(ctx),
          input,
          ctx.today,
          idempotencyKey,
        ),
      }));
    },
  },
  OutplacementProject: {
    company: async (project, _, { services }) =>
      project.companyId ? ((await services.companies.byId(project.companyId)) ?? null) : null,
    workers: (project, _, { actor, services }) => {
      if (!canReadOutplacementWorkers(actor, project)) refuse(actor);
      return services.outplacement.workersOf(project.id);
    },
    summary: (project, _, { services }) => services.outplacement.summaryOf(project.id),
  },
  OutplacementWorker: {
    status: (worker) => currentStatus(worker)?.status ?? null,
    statusOn: (worker) => currentStatus(worker)?.statusOn ?? null,
  },
  OutplacementWorkerEvent: {
    placement: async (event, _, { services }) =>
      event.placementId ? ((await services.placements.byId(event.placementId)) ?? null) : null,
  },
};
