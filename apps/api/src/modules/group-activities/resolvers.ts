import type { RequestContext, UserActor } from '../../context.js';
import type { Resolvers } from '../../graphql/resolvers.generated.js';
import { findAllowed, networkOf, refuse } from '../../lib/actors.js';
import { forbidden } from '../../lib/errors.js';
import { parsePageArgs, toConnection } from '../../lib/pagination.js';
import { payload } from '../../lib/payload.js';
import {
  canListGroupActivities,
  canManageGroupActivities,
  canReadGroupActivity,
  canRecordAttendance,
  canRequestGroupPlace,
  canWithdrawGroupEnrolment,
} from './policy.js';
import type { GroupActivity } from './service.js';

/** For the operator moves on an activity: the activity, if the caller manages it, and the caller's id. */
async function managed(id: string, { actor, services }: RequestContext) {
  const activity = await findAllowed(
    actor,
    () => services.groupActivities.byId(id),
    (a) => canManageGroupActivities(actor, a.networkId),
  );
  return { activity, operatorId: (actor as UserActor).userId };
}

/** A session of an activity the caller manages. */
async function managedSession(id: string, { actor, services }: RequestContext) {
  const found = await findAllowed(
    actor,
    () => services.groupActivities.sessionById(id),
    ({ activity }) => canManageGroupActivities(actor, activity.networkId),
  );
  return { ...found, operatorId: (actor as UserActor).userId };
}

const citizenOnly = (ctx: RequestContext) => {
  if (ctx.actor.kind !== 'CITIZEN' || !ctx.actor.networkId) refuse(ctx.actor);
  return ctx.actor;
};

export const groupActivityResolvers: Resolvers = {
  Query: {
    groupActivities: async (_, { status, kind, ...pageArgs }, { actor, services }) => {
      const networkId = networkOf(actor);
      if (!canListGroupActivities(actor, networkId)) refuse(actor);
      const page = parsePageArgs(pageArgs);
      const { rows, total } = await services.groupActivities.listForNetwork(
        networkId,
        { status, kind },
        page,
      );
      return toConnection(rows, page, total);
    },
    groupActivity: (_, { id }, { actor, services }) =>
      findAllowed(
        actor,
        () => services.groupActivities.byId(id),
        (a) => canReadGroupActivity(actor, a),
      ),
    openGroupActivities: async (_, pageArgs, ctx) => {
      const citizen = citizenOnly(ctx);
      const page = parsePageArgs(pageArgs);
      const { rows, total } = await ctx.services.groupActivities.listOpen(citizen.networkId!, page);
      return toConnection(rows, page, total);
    },
    myGroupEnrolments: async (_, pageArgs, ctx) => {
      const citizen = citizenOnly(ctx);
      const page = parsePageArgs(pageArgs);
      const { rows, total } = await ctx.services.groupActivities.listForCitizen(citizen.userId, page);
      return toConnection(rows, page, total);
    },
  },
  Mutation: {
    createGroupActivity: (_, { input, sessions, idempotencyKey }, { actor, services }) => {
      const networkId = networkOf(actor);
      if (actor.kind !== 'OPERATOR') refuse(actor);
      return payload(async () => ({
        groupActivity: await services.groupActivities.create(
          networkId,
          actor,
          input,
          sessions ?? [],
          idempotencyKey,
        ),
      }));
    },
    updateGroupActivity: async (_, { id, input }, ctx) => {
      const { activity, operatorId } = await managed(id, ctx);
      return payload(async () => ({
        groupActivity: await ctx.services.groupActivities.update(activity, operatorId, input),
      }));
    },
    publishGroupActivity: async (_, { id }, ctx) => {
      const { activity, operatorId } = await managed(id, ctx);
      return payload(async () => ({
        groupActivity: await ctx.services.groupActivities.publish(activity, operatorId),
      }));
    },
    cancelGroupActivity: async (_, { id }, ctx) => {
      const { activity, operatorId } = await managed(id, ctx);
      return payload(async () => ({
        groupActivity: await ctx.services.groupActivities.cancel(activity, operatorId),
      }));
    },
    endGroupActivity: async (_, { id }, ctx) => {
      const { activity, operatorId } = await managed(id, ctx);
      return payload(async () => ({
        groupActivity: await ctx.services.groupActivities.end(activity, operatorId),
      }));
    },
    addGroupSession: async (_, { activityId, input }, ctx) => {
      const { activity, operatorId } = await managed(activityId, ctx);
      return payload(async () => ({
        session: await ctx.services.groupActivities.addSession(activity, operatorId, input),
      }));
    },
    moveGroupSession: async (_, { id, input }, ctx) => {
      const { session, operatorId } = await managedSession(id, ctx);
      return payload(async () => ({
        session: await ctx.services.groupActivities.moveSession(session, operatorId, input),
      }));
    },
    enrolInGroupActivity: async (_, { activityId, citizenId }, ctx) => {
      const { actor, services } = ctx;
      const networkId = networkOf(actor);
      if (actor.kind === 'CITIZEN') {
        // A citizen asks for their own place only.
        if (citizenId && citizenId !== actor.userId) refuse(actor);
        const activity = await findAllowed(
          actor,
          () => services.groupActivities.byId(activityId),
          (a: GroupActivity) => canRequestGroupPlace(actor, a),
        );
        return payload(async () => ({
          enrolment: await services.groupActivities.enrol(activity, actor.userId, actor.userId),
        }));
      }
      if (!canManageGroupActivities(actor, networkId)) refuse(actor);
      const { activity, operatorId } = await managed(activityId, ctx);
      return payload(async () => {
        const citizen = await services.citizens.requireInNetwork(networkId, citizenId, 'citizenId');
        return { enrolment: await services.groupActivities.enrol(activity, citizen.userId, operatorId) };
      });
    },
    withdrawGroupEnrolment: async (_, { id }, { actor, services }) => {
      const enrolment = await findAllowed(
        actor,
        () => services.groupActivities.enrolmentById(id),
        (e) => canWithdrawGroupEnrolment(actor, e),
      );
      const byUserId = (actor as UserActor).userId;
      return payload(async () => ({
        enrolment: await services.groupActivities.withdraw(enrolment, byUserId),
      }));
    },
    recordGroupAttendance: async (_, { sessionId, entries }, ctx) => {
      const { session, activity, operatorId } = await managedSession(sessionId, ctx);
      // Operators of another sportello see the activity, but the register is the running sportello's.
      if (!canRecordAttendance(ctx.actor, activity)) throw forbidden();
      return payload(async () => ({
        session: await ctx.services.groupActivities.recordAttendance(session, operatorId, entries),
      }));
    },
  },
  GroupEnrolment: {
    requestedByCitizen: (enrolment) => enrolment.enrolledBy === enrolment.citizenId,
  },
};
