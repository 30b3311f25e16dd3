import type { RequestContext, UserActor } from '../../context.js';
import type { Resolvers } from '../../graphql/resolvers.generated.js';
import { networkOf, refuse } from '../../lib/actors.js';
import { badInput, notFound } from '../../lib/errors.js';
import { parsePageArgs, toConnection } from '../../lib/pagination.js';
import { payload } from '../../lib/payload.js';
import {
  canReadCaseCounts,
  canReadCaseHeader,
  canReadCaseload,
  canTakeInCharge,
  isAuditedRead,
  isCaseCitizen,
  isCaseOperator,
} from './policy.js';
import type { Case } from './service.js';

const MAX_NO_CONTACT_DAYS = 3650;

/** The operator of the sportello in charge of an open case, or NOT_FOUND like a missing case. */
async function writable(caseId: string, { actor, services }: RequestContext) {
  networkOf(actor);
  const found = await services.casework.caseById(caseId);
  if (!found || !isCaseOperator(actor, found)) throw notFound();
  const operator = actor as UserActor;
  return { target: found, operator: { userId: operator.userId, sportelloId: operator.sportelloId! } };
}

/** A readable case, with reads by other sportelli written to the audit log. */
async function readCase(found: Case | undefined, { actor, services }: RequestContext) {
  if (!found || !canReadCaseHeader(actor, found)) return null;
  if (isAuditedRead(actor, found)) await services.casework.auditRead(found, (actor as UserActor).userId);
  return found;
}

export const caseworkResolvers: Resolvers = {
  Query: {
    citizenCase: async (_, { citizenId }, ctx) => {
      const networkId = networkOf(ctx.actor);
      if (ctx.actor.kind !== 'OPERATOR') refuse(ctx.actor);
      const citizen = await ctx.services.citizens.byId(networkId, citizenId);
      if (!citizen) throw notFound();
      return readCase(await ctx.services.casework.latestCaseOf(citizen.userId), ctx);
    },
    myCase: async (_, __, ctx) => {
      if (ctx.actor.kind !== 'CITIZEN') refuse(ctx.actor);
      return readCase(await ctx.services.casework.latestCaseOf(ctx.actor.userId), ctx);
    },
    caseload: async (_, { scope, first, after, ...filter }, { actor, services, today }) => {
      networkOf(actor);
      if (!canReadCaseload(actor)) refuse(actor);
      const days = filter.noContactForDays;
      if (days != null && (!Number.isInteger(days) || days < 0 || days > MAX_NO_CONTACT_DAYS))
        throw badInput(`"noContactForDays" va da 0 a ${MAX_NO_CONTACT_DAYS}.`);
      const page = parsePageArgs({ first, after });
      const { rows, total } = await services.casework.caseload(
        actor.sportelloId!,
        { ...filter, takenBy: scope === 'MINE' ? actor.userId : null },
        today,
        page,
      );
      return toConnection(rows, page, total);
    },
    caseworkToday: (_, __, { actor }) => {
      networkOf(actor);
      if (!canReadCaseload(actor)) refuse(actor);
      return { sportelloId: actor.sportelloId! };
    },
    caseCounts: async (_, __, { actor, services, today }) => {
      const networkId = networkOf(actor);
      if (!canReadCaseCounts(actor, networkId)) refuse(actor);
      return services.casework.counts(networkId, today);
    },
  },
  Mutation: {
    takeCitizenInCharge: async (_, { citizenId, reason }, { actor, services }) => {
      const networkId = networkOf(actor);
      const citizen = await services.citizens.byId(networkId, citizenId);
      if (!citizen || !canTakeInCharge(actor, citizen)) throw notFound();
      const operator = actor as UserActor;
      return payload(async () => ({
        caseAssignment: await services.casework.takeInCharge(
          {
            userId: citizen.userId,
            networkId: citizen.networkId,
            email: citizen.user.email,
            givenName: citizen.user.givenName,
            familyName: citizen.user.familyName,
          },
          { userId: operator.userId, sportelloId: operator.sportelloId! },
          reason,
        ),
      }));
    },
    closeCase: async (_, { caseId, reason, note }, ctx) => {
      const { target, operator } = await writable(caseId, ctx);
      return payload(async () => ({
        case: await ctx.services.casework.close(target, operator, reason, note),
      }));
    },
    savePatto: async (_, { caseId, input, baseVersion, idempotencyKey }, ctx) => {
      const { target, operator } = await writable(caseId, ctx);
      return payload(async () => ({
        patto: await ctx.services.casework.savePatto(target, operator, input, baseVersion, idempotencyKey),
      }));
    },
    setPattoActionStatus: async (_, { actionId, status }, ctx) => {
      networkOf(ctx.actor);
      const action = await ctx.services.casework.actionById(actionId);
      const { operator } = await writable(action?.caseId ?? '', ctx);
      return payload(async () => ({
        action: await ctx.services.casework.setActionStatus(action!, operator, status),
      }));
    },
    acceptPatto: async (_, { versionId }, { actor, services }) => {
      networkOf(actor);
      const version = await services.casework.versionById(versionId);
      const owner = version && (await services.casework.caseById(version.caseId));
      if (!version || !owner || !isCaseCitizen(actor, owner)) throw notFound();
      return payload(async () => ({
        patto: await services.casework.accept(version, { userId: (actor as UserActor).userId, desk: null }),
      }));
    },
    recordPattoAcceptance: async (_, { versionId, acceptedOn }, ctx) => {
      networkOf(ctx.actor);
      const version = await ctx.services.casework.versionById(versionId);
      const { operator } = await writable(version?.caseId ?? '', ctx);
      return payload(async () => ({
        patto: await ctx.services.casework.accept(version!, {
          userId: operator.userId,
          desk: { sportelloId: operator.sportelloId, acceptedOn },
        }),
      }));
    },
    addDiaryEntry: async (_, { caseId, input, idempotencyKey }, ctx) => {
      const { target, operator } = await writable(caseId, ctx);
      return payload(async () => ({
        entry: await ctx.services.casework.addDiaryEntry(target, operator, input, null, idempotencyKey),
      }));
    },
    correctDiaryEntry: async (_, { entryId, input, idempotencyKey }, ctx) => {
      networkOf(ctx.actor);
      const corrected = await ctx.services.casework.entryById(entryId);
      const { target, operator } = await writable(corrected?.caseId ?? '', ctx);
      return payload(async () => ({
        entry: await ctx.services.casework.addDiaryEntry(target, operator, input, corrected!, idempotencyKey),
      }));
    },
  },
  CaseAssignment: {
    citizen: async (assignment, _, { services }) =>
      (await services.citizens.byIds([assignment.citizenId]))[0]!,
    sportello: async (assignment, _, { services }) =>
      (await services.network.sportelliByIds([assignment.sportelloId]))[0]!,
    case: async (assignment, _, ctx) =>
      readCase(await ctx.services.casework.latestCaseOf(assignment.citizenId), ctx),
  },
  Case: {
    inChargeHere: (c, _, { actor }) => isCaseOperator(actor, c),
  },
  PattoAction: {
    overdue: (action, _, { today }) =>
      action.status === 'TODO' && action.dueOn !== null && action.dueOn < today,
  },
  CaseworkToday: {
    actionsDue: ({ sportelloId }, _, { services, today }) => services.casework.actionsDue(sportelloId, today),
    overdueActionCount: async ({ sportelloId }, _, { services, today }) =>
      (await services.casework.actionsDue(sportelloId, today)).filter((a) => a.dueOn! < today).length,
    pattiAwaitingAcceptance: ({ sportelloId }, _, { services }) =>
      services.casework.pattiAwaitingAcceptance(sportelloId),
  },
};
