import type { RequestContext, UserActor } from '../../context.js';
import type { Resolvers } from '../../graphql/resolvers.generated.js';
import { findAllowed, networkOf, refuse } from '../../lib/actors.js';
import { parsePageArgs, toConnection } from '../../lib/pagination.js';
import { payload } from '../../lib/payload.js';
import {
  canListTrainingModules,
  canManageTraining,
  canReadTrainingModule,
  canRequestPlace,
  canWithdrawEnrolment,
} from './policy.js';
import type { TrainingEnrolment, TrainingModule } from './service.js';

/** A module the actor may act on with `allowed`; any other answers like a missing one. */
const moduleFor = (
  id: string,
  { actor, services }: RequestContext,
  allowed: (m: TrainingModule) => boolean,
) => findAllowed(actor, () => services.training.byId(id), allowed);

/** For the operator moves on a module: the module, if the caller manages it, and the caller's id. */
async function managed(id: string, ctx: RequestContext) {
  const module = await moduleFor(id, ctx, (m) => canManageTraining(ctx.actor, m.networkId));
  return { module, operatorId: (ctx.actor as UserActor).userId };
}

const enrolmentFor = (
  id: string,
  { actor, services }: RequestContext,
  allowed: (e: TrainingEnrolment) => boolean,
) => findAllowed(actor, () => services.training.enrolmentById(id), allowed);

export const trainingResolvers: Resolvers = {
  Query: {
    trainingModules: async (_, { status, skillUri, ...pageArgs }, { actor, services }) => {
      const networkId = networkOf(actor);
      if (!canListTrainingModules(actor, networkId)) refuse(actor);
      const page = parsePageArgs(pageArgs);
      const { rows, total } = await services.training.listForNetwork(networkId, { status, skillUri }, page);
      return toConnection(rows, page, total);
    },
    trainingModule: (_, { id }, ctx) => moduleFor(id, ctx, (m) => canReadTrainingModule(ctx.actor, m)),
    openTrainingModules: async (_, pageArgs, { actor, services }) => {
      if (actor.kind !== 'CITIZEN' || !actor.networkId) refuse(actor);
      const page = parsePageArgs(pageArgs);
      const { rows, total } = await services.training.listOpen(actor.networkId, page);
      return toConnection(rows, page, total);
    },
    myTrainingEnrolments: async (_, pageArgs, { actor, services }) => {
      if (actor.kind !== 'CITIZEN') refuse(actor);
      const page = parsePageArgs(pageArgs);
      const { rows, total } = await services.training.listForCitizen(actor.userId, page);
      return toConnection(rows, page, total);
    },
  },
  Mutation: {
    createTrainingModule: (_, { input, idempotencyKey }, { actor, services }) => {
      const networkId = networkOf(actor);
      if (actor.kind !== 'OPERATOR') refuse(actor);
      return payload(async () => ({
        trainingModule: await services.training.create(networkId, actor, input, idempotencyKey),
      }));
    },
    updateTrainingModule: async (_, { id, input }, ctx) => {
      const { module, operatorId } = await managed(id, ctx);
      return payload(async () => ({
        trainingModule: await ctx.services.training.update(module, operatorId, input),
      }));
    },
    publishTrainingModule: async (_, { id }, ctx) => {
      const { module, operatorId } = await managed(id, ctx);
      return payload(async () => ({
        trainingModule: await ctx.services.training.publish(module, operatorId),
      }));
    },
    cancelTrainingModule: async (_, { id }, ctx) => {
      const { module, operatorId } = await managed(id, ctx);
      return payload(async () => ({
        trainingModule: await ctx.services.training.cancel(module, operatorId),
      }));
    },
    enrolInTrainingModule: async (_, { moduleId, citizenId }, ctx) => {
      const { actor, services } = ctx;
      const networkId = networkOf(actor);
      if (actor.kind === 'CITIZEN') {
        // A citizen asks for their own place only.
        if (citizenId && citizenId !== actor.userId) refuse(actor);
        const module = await moduleFor(moduleId, ctx, (m) => canRequestPlace(actor, m));
        return payload(async () => ({
          enrolment: await services.training.enrol(module, actor.userId, actor.userId),
        }));
      }
      if (!canManageTraining(actor, networkId)) refuse(actor);
      const { module, operatorId } = await managed(moduleId, ctx);
      return payload(async () => {
        const citizen = await services.citizens.requireInNetwork(networkId, citizenId, 'citizenId');
        return { enrolment: await services.training.enrol(module, citizen.userId, operatorId) };
      });
    },
    withdrawTrainingEnrolment: async (_, { id }, ctx) => {
      const enrolment = await enrolmentFor(id, ctx, (e) => canWithdrawEnrolment(ctx.actor, e));
      const byUserId = (ctx.actor as UserActor).userId;
      return payload(async () => ({ enrolment: await ctx.services.training.withdraw(enrolment, byUserId) }));
    },
    completeTrainingEnrolment: async (_, { id }, ctx) => {
      const enrolment = await enrolmentFor(id, ctx, (e) => canManageTraining(ctx.actor, e.networkId));
      const operatorId = (ctx.actor as UserActor).userId;
      return payload(async () => ({
        enrolment: await ctx.services.training.complete(enrolment, operatorId),
      }));
    },
  },
  TrainingEnrolment: {
    requestedByCitizen: (enrolment) => enrolment.enrolledBy === enrolment.citizenId,
  },
};
