import type { RequestContext, UserActor } from '../../context.js';
import type { Resolvers } from '../../graphql/resolvers.generated.js';
import { networkOf, refuse } from '../../lib/actors.js';
import { notFound } from '../../lib/errors.js';
import { parsePageArgs, toConnection } from '../../lib/pagination.js';
import { payload } from '../../lib/payload.js';
import { internshipOutcome } from '../outcomes/sources.js';
import {
  canListInternships,
  canManageInternship,
  canMonitorInternship,
  canReadInternship,
} from './policy.js';
import type { Internship } from './service.js';

const ROLE_LABEL: Record<string, string> = {
  CITIZEN: 'Tirocinante',
  COMPANY_MEMBER: 'Azienda ospitante',
  OPERATOR: 'Operatore',
  NETWORK_ADMIN: 'Amministratore della rete',
  PLATFORM_ADMIN: 'Amministratore',
};

/** An internship the actor may act on with `allowed`; any other answers like a missing one. */
async function internshipFor(
  id: string,
  { actor, services }: RequestContext,
  allowed: (internship: Internship) => boolean,
) {
  networkOf(actor);
  const internship = await services.internships.byId(id);
  if (!internship || !allowed(internship)) throw notFound();
  return internship;
}

/** For the operator moves: the internship, if the caller may manage it, and the caller's id. */
async function managed(id: string, ctx: RequestContext) {
  const internship = await internshipFor(id, ctx, (i) => canManageInternship(ctx.actor, i));
  return { internship, operatorId: (ctx.actor as UserActor).userId };
}

export const internshipResolvers: Resolvers = {
  Query: {
    internships: async (_, { status, ...pageArgs }, { actor, services }) => {
      const networkId = networkOf(actor);
      if (!canListInternships(actor, networkId)) refuse(actor);
      const page = parsePageArgs(pageArgs);
      const { rows, total } = await services.internships.listForNetwork(networkId, status, page);
      return toConnection(rows, page, total);
    },
    internship: (_, { id }, ctx) => internshipFor(id, ctx, (i) => canReadInternship(ctx.actor, i)),
    companyInternships: async (_, pageArgs, { actor, services }) => {
      if (actor.kind !== 'COMPANY_MEMBER' || !actor.companyId) refuse(actor);
      const page = parsePageArgs(pageArgs);
      const { rows, total } = await services.internships.listForCompany(actor.companyId, page);
      return toConnection(rows, page, total);
    },
    myInternships: async (_, pageArgs, { actor, services }) => {
      if (actor.kind !== 'CITIZEN') refuse(actor);
      const page = parsePageArgs(pageArgs);
      const { rows, total } = await services.internships.listForCitizen(actor.userId, page);
      return toConnection(rows, page, total);
    },
  },
  Mutation: {
    proposeInternship: (_, { input, idempotencyKey }, { actor, services }) => {
      const networkId = networkOf(actor);
      if (actor.kind !== 'OPERATOR') refuse(actor);
      return payload(async () => ({
        internship: await services.internships.propose(networkId, actor.userId, input, idempotencyKey),
      }));
    },
    signInternshipAgreement: async (_, { id }, ctx) => {
      const { internship, operatorId } = await managed(id, ctx);
      return payload(async () => ({
        internship: await ctx.services.internships.move(internship, 'sign', operatorId),
      }));
    },
    startInternship: async (_, { id }, ctx) => {
      const { internship, operatorId } = await managed(id, ctx);
      return payload(async () => ({
        internship: await ctx.services.internships.move(internship, 'start', operatorId),
      }));
    },
    suspendInternship: async (_, { id, reason }, ctx) => {
      const { internship, operatorId } = await managed(id, ctx);
      return payload(async () => ({
        internship: await ctx.services.internships.stop(internship, 'suspend', operatorId, reason),
      }));
    },
    resumeInternship: async (_, { id }, ctx) => {
      const { internship, operatorId } = await managed(id, ctx);
      return payload(async () => ({
        internship: await ctx.services.internships.move(internship, 'resume', operatorId),
      }));
    },
    interruptInternship: async (_, { id, reason }, ctx) => {
      const { internship, operatorId } = await managed(id, ctx);
      return payload(async () => ({
        internship: await ctx.services.internships.stop(internship, 'interrupt', operatorId, reason),
      }));
    },
    addInternshipMonitoringEntry: async (_, { id, input }, ctx) => {
      const internship = await internshipFor(id, ctx, (i) => canMonitorInternship(ctx.actor, i));
      const author = (ctx.actor as UserActor).userId;
      return payload(async () => ({
        internship: await ctx.services.internships.addMonitoringEntry(internship, author, input),
      }));
    },
    completeInternship: async (_, { id, input }, ctx) => {
      const { internship, operatorId } = await managed(id, ctx);
      const operator = ctx.actor as UserActor;
      return payload(async () => {
        // Read before the transaction: PGlite serves one statement at a time.
        const facts = input.hire
          ? null
          : await ctx.services.outcomes.prepare(internship, operator, internship.sportelloId);
        return {
          internship: await ctx.services.internships.complete(
            internship,
            operatorId,
            input,
            async (tx, done) => {
              if (facts) await ctx.services.outcomes.open(tx, internshipOutcome(done, ctx.today), facts);
            },
          ),
        };
      });
    },
  },
  Internship: {
    companyTutor: (internship) => ({
      name: internship.companyTutorName,
      role: internship.companyTutorRole,
      email: internship.companyTutorEmail,
      phone: internship.companyTutorPhone,
    }),
    evaluation: (internship) =>
      internship.evaluationOutcome && internship.evaluatedAt
        ? {
            outcome: internship.evaluationOutcome,
            judgement: internship.evaluationJudgement ?? '',
            evaluatedAt: internship.evaluatedAt,
          }
        : null,
  },
  InternshipStatusEvent: {
    actorRole: (event) => ROLE_LABEL[event.actorKind] ?? event.actorKind,
  },
  InternshipMonitoringEntry: {
    authorSide: (entry) => (entry.authorKind === 'COMPANY_MEMBER' ? 'COMPANY' : 'PROMOTING'),
  },
};
