import type { RequestContext, UserActor } from '../../context.js';
import type { Resolvers } from '../../graphql/resolvers.generated.js';
import { findAllowed, networkOf, refuse } from '../../lib/actors.js';
import { badInput } from '../../lib/errors.js';
import { parsePageArgs, toConnection } from '../../lib/pagination.js';
import { payload } from '../../lib/payload.js';
import { isUuid } from '../../lib/validation.js';
import { participationOutcome } from '../outcomes/sources.js';
import { canManagePrograms, canReadApplication, canReadCall, canReadPrograms } from './policy.js';
import {
  callCriteria,
  callRules,
  isOpen,
  type Program,
  type ProgramApplication,
  type ProgramCall,
  type ProgramParticipation,
} from './service.js';

const load = <T>(id: string, read: (id: string) => Promise<T | undefined>) =>
  isUuid(id) ? read(id) : Promise.resolve(undefined);

const programFor = (id: string, { actor, services }: RequestContext, allowed: (p: Program) => boolean) =>
  findAllowed(actor, () => load(id, services.programs.programById), allowed);

const callFor = (id: string, { actor, services }: RequestContext, allowed: (c: ProgramCall) => boolean) =>
  findAllowed(actor, () => load(id, services.programs.callById), allowed);

const applicationFor = (
  id: string,
  { actor, services }: RequestContext,
  allowed: (a: ProgramApplication) => boolean,
) => findAllowed(actor, () => load(id, services.programs.applicationById), allowed);

/** A participation the caller manages: operators of its network. */
const managedParticipation = (id: string, { actor, services }: RequestContext) =>
  findAllowed(
    actor,
    () => load(id, services.programs.participationById),
    (p: ProgramParticipation) => canManagePrograms(actor, p.networkId),
  );

const operatorId = (ctx: RequestContext) => (ctx.actor as UserActor).userId;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const programResolvers: Resolvers = {
  Query: {
    programs: async (_, pageArgs, { actor, services }) => {
      const networkId = networkOf(actor);
      if (!canReadPrograms(actor, networkId)) refuse(actor);
      const page = parsePageArgs(pageArgs);
      const { rows, total } = await services.programs.listPrograms(networkId, page);
      return toConnection(rows, page, total);
    },
    program: (_, { id }, ctx) => programFor(id, ctx, (p) => canReadPrograms(ctx.actor, p.networkId)),
    programCall: (_, { id }, ctx) => callFor(id, ctx, (c) => canReadCall(ctx.actor, c)),
    openProgramCalls: async (_, pageArgs, { actor, services, today }) => {
      if (actor.kind !== 'CITIZEN' || !actor.networkId) refuse(actor);
      const page = parsePageArgs(pageArgs);
      const { rows, total } = await services.programs.listOpenCalls(actor.networkId, today, page);
      return toConnection(rows, page, total);
    },
    myProgramApplications: async (_, pageArgs, { actor, services }) => {
      if (actor.kind !== 'CITIZEN') refuse(actor);
      const page = parsePageArgs(pageArgs);
      const { rows, total } = await services.programs.applicationsOfCitizen(actor.userId, page);
      return toConnection(rows, page, total);
    },
    programApplication: (_, { id }, ctx) => applicationFor(id, ctx, (a) => canReadApplication(ctx.actor, a)),
  },
  Mutation: {
    createProgram: (_, { input, idempotencyKey }, ctx) => {
      const networkId = networkOf(ctx.actor);
      if (!canManagePrograms(ctx.actor, networkId)) refuse(ctx.actor);
      return payload(async () => ({
        program: await ctx.services.programs.createProgram(networkId, operatorId(ctx), input, idempotencyKey),
      }));
    },
    createProgramCall: async (_, { programId, input, idempotencyKey }, ctx) => {
      const program = await programFor(programId, ctx, (p) => canManagePrograms(ctx.actor, p.networkId));
      return payload(async () => ({
        call: await ctx.services.programs.createCall(program, operatorId(ctx), input, idempotencyKey),
      }));
    },
    applyToProgramCall: async (_, { callId, citizenId, declaration, idempotencyKey }, ctx) => {
      const { actor, services, today } = ctx;
      const networkId = networkOf(actor);
      if (actor.kind === 'CITIZEN') {
        // A citizen applies for themself only.
        if (citizenId && citizenId !== actor.userId) refuse(actor);
      } else if (!canManagePrograms(actor, networkId)) refuse(actor);
      const call = await callFor(callId, ctx, (c) =>
        actor.kind === 'CITIZEN' ? canReadCall(actor, c) : canManagePrograms(actor, c.networkId),
      );
      const byUserId = operatorId(ctx);
      return payload(async () => {
        const citizen = await services.citizens.requireInNetwork(
          networkId,
          actor.kind === 'CITIZEN' ? actor.userId : citizenId,
          'citizenId',
        );
        return {
          application: await services.programs.apply(
            call,
            citizen,
            byUserId,
            declaration,
            today,
            idempotencyKey,
          ),
        };
      });
    },
    publishProgramRanking: async (_, { callId }, ctx) => {
      const call = await callFor(callId, ctx, (c) => canManagePrograms(ctx.actor, c.networkId));
      return payload(async () => ({
        call: await ctx.services.programs.publishRanking(call, operatorId(ctx), ctx.today),
      }));
    },
    admitProgramApplicant: async (_, { applicationId, assignment }, ctx) => {
      const application = await applicationFor(applicationId, ctx, (a) =>
        canManagePrograms(ctx.actor, a.networkId),
      );
      return payload(async () => ({
        participation: await ctx.services.programs.admit(application, operatorId(ctx), assignment),
      }));
    },
    recordProgramAttendance: async (_, { participationId, day, hours }, ctx) => {
      const participation = await managedParticipation(participationId, ctx);
      return payload(async () => ({
        participation: await ctx.services.programs.recordAttendance(
          participation,
          operatorId(ctx),
          day,
          hours,
          ctx.today,
        ),
      }));
    },
    interruptProgramParticipation: async (_, { id, reason }, ctx) => {
      const participation = await managedParticipation(id, ctx);
      return payload(async () => ({
        participation: await ctx.services.programs.interrupt(participation, operatorId(ctx), reason),
      }));
    },
    endProgramParticipation: async (_, { id, outcome, hire }, ctx) => {
      const participation = await managedParticipation(id, ctx);
      const operator = ctx.actor as UserActor;
      const ending = {
        outcome,
        hire: hire
          ? { ...hire, employerName: hire.employerName.trim(), durationMonths: hire.durationMonths ?? null }
          : null,
        today: ctx.today,
      };
      return payload(async () => {
        // Read before the transaction: PGlite serves one statement at a time.
        const facts = await ctx.services.outcomes.prepare(participation, operator);
        return {
          participation: await ctx.services.programs.end(
            participation,
            operator.userId,
            ending,
            (tx, ended) =>
              ctx.services.outcomes
                .open(tx, participationOutcome(ended, { ...ending, endedOn: ctx.today }), facts)
                .then(() => undefined),
          ),
        };
      });
    },
  },
  Program: {
    ownerComune: async (program, _, { services }) =>
      program.ownerComuneCode
        ? ((await services.network.comuniByCodes([program.ownerComuneCode]))[0] ?? null)
        : null,
    calls: (program, _, { services }) => services.programs.callsOf(program.id),
  },
  ProgramCall: {
    program: async (call, _, { services }) => (await services.programs.programById(call.programId))!,
    open: (call, _, { today }) => isOpen(call, today),
    placesTaken: (call, _, { services }) => services.programs.placesTaken(call.id),
    rules: (call) => callRules(call),
    rankingCriteria: (call) => callCriteria(call),
    myEligibility: async (call, _, { actor, services, today }) => {
      if (actor.kind !== 'CITIZEN' || actor.networkId !== call.networkId) return null;
      const citizen = await services.citizens.byId(call.networkId, actor.userId);
      return citizen ? services.programs.checkEligibility(call, citizen, actor.userId, today) : null;
    },
    eligibilityFor: async (call, { citizenId }, { actor, services, today }) => {
      if (!canManagePrograms(actor, call.networkId)) refuse(actor);
      const citizen = await services.citizens.byId(call.networkId, citizenId);
      return citizen
        ? services.programs.checkEligibility(call, citizen, (actor as UserActor).userId, today)
        : null;
    },
    myApplication: async (call, _, { actor, services }) =>
      actor.kind === 'CITIZEN'
        ? ((await services.programs.applicationOfCitizen(call.id, actor.userId)) ?? null)
        : null,
    applications: (call, _, { actor, services }) =>
      canReadPrograms(actor, call.networkId) ? services.programs.applicationsOf(call.id) : [],
    ranking: (call, _, { actor, services }) =>
      canReadPrograms(actor, call.networkId) ? services.programs.rankingOf(call.id) : [],
  },
  EligibilityRules: {
    residenceComuni: (rules, _, { services }) =>
      rules.residenceComuneCodes?.length ? services.network.comuniByCodes(rules.residenceComuneCodes) : [],
    targetGroups: (rules) => rules.targetGroups ?? [],
  },
  ProgramApplication: {
    call: async (application, _, { services }) => (await services.programs.callById(application.callId))!,
    checks: (application) => application.checks as never,
    submittedByCitizen: (application) => application.submittedBy === application.citizenId,
    ranking: async (application, _, { services }) =>
      (await services.programs.rankingRowOf(application.id)) ?? null,
    participation: async (application, _, { services }) =>
      (await services.programs.participationOf(application.id)) ?? null,
  },
  RankingRow: {
    application: async (row, _, { services }) =>
      (await services.programs.applicationById(row.applicationId))!,
  },
  ProgramParticipation: {
    application: async (participation, _, { services }) =>
      (await services.programs.applicationById(participation.applicationId))!,
    monthlyStatement: async (participation, { month }, { services }) => {
      if (!MONTH.test(month)) throw badInput('Il mese va indicato come AAAA-MM.');
      return services.programs.monthlyStatement(participation, month);
    },
  },
};
