import type { RequestContext, UserActor } from '../../context.js';
import type { Resolvers } from '../../graphql/resolvers.generated.js';
import { findAllowed, networkOf, refuse } from '../../lib/actors.js';
import { parsePageArgs, toConnection } from '../../lib/pagination.js';
import { payload } from '../../lib/payload.js';
import { isUuid } from '../../lib/validation.js';
import { businessOutcome } from '../outcomes/sources.js';
import {
  canEditChecklist,
  canManageSelfEmployment,
  canReadIdea,
  canReadSelfEmployment,
  canRegisterPartner,
} from './policy.js';
import { type BusinessIdea, checklistOf, type MicrocreditReferral } from './service.js';

const load = <T>(id: string, read: (id: string) => Promise<T | undefined>) =>
  isUuid(id) ? read(id) : Promise.resolve(undefined);

const ideaFor = (id: string, { actor, services }: RequestContext, allowed: (i: BusinessIdea) => boolean) =>
  findAllowed(actor, () => load(id, services.selfEmployment.ideaById), allowed);

const userId = (ctx: RequestContext) => (ctx.actor as UserActor).userId;

export const selfEmploymentResolvers: Resolvers = {
  Query: {
    microcreditPartners: (_, __, { actor, services }) => {
      const networkId = networkOf(actor);
      if (!canReadSelfEmployment(actor, networkId)) refuse(actor);
      return services.selfEmployment.partnersOf(networkId);
    },
    businessIdeas: async (_, { citizenId, ...pageArgs }, { actor, services }) => {
      const networkId = networkOf(actor);
      if (!canReadSelfEmployment(actor, networkId)) refuse(actor);
      const page = parsePageArgs(pageArgs);
      if (citizenId && !isUuid(citizenId)) return toConnection([], page, 0);
      const { rows, total } = await services.selfEmployment.listIdeas(networkId, citizenId, page);
      return toConnection(rows, page, total);
    },
    myBusinessIdeas: (_, __, { actor, services }) => {
      if (actor.kind !== 'CITIZEN') refuse(actor);
      return services.selfEmployment.ideasOfCitizen(actor.userId);
    },
    businessIdea: (_, { id }, ctx) => ideaFor(id, ctx, (i) => canReadIdea(ctx.actor, i)),
  },
  Mutation: {
    registerMicrocreditPartner: (_, { input, idempotencyKey }, ctx) => {
      const networkId = networkOf(ctx.actor);
      if (!canRegisterPartner(ctx.actor, networkId)) refuse(ctx.actor);
      return payload(async () => ({
        partner: await ctx.services.selfEmployment.registerPartner(
          networkId,
          userId(ctx),
          input,
          idempotencyKey,
        ),
      }));
    },
    submitBusinessIdea: (_, { input, idempotencyKey }, ctx) => {
      const { actor, services } = ctx;
      const networkId = networkOf(actor);
      if (actor.kind === 'CITIZEN') {
        // A citizen writes down their own idea only.
        if (input.citizenId && input.citizenId !== actor.userId) refuse(actor);
      } else if (!canManageSelfEmployment(actor, networkId)) refuse(actor);
      const { citizenId, ...fields } = input;
      return payload(async () => {
        const citizen = await services.citizens.requireInNetwork(
          networkId,
          actor.kind === 'CITIZEN' ? actor.userId : citizenId,
          'input.citizenId',
        );
        return {
          businessIdea: await services.selfEmployment.submitIdea(
            citizen,
            userId(ctx),
            fields,
            idempotencyKey,
          ),
        };
      });
    },
    setBusinessPlanStep: async (_, { ideaId, step, done }, ctx) => {
      const idea = await ideaFor(ideaId, ctx, (i) => canEditChecklist(ctx.actor, i));
      return payload(async () => ({
        businessIdea: await ctx.services.selfEmployment.setStep(idea, userId(ctx), step, done),
      }));
    },
    referBusinessIdea: async (_, { ideaId, partnerId, idempotencyKey }, ctx) => {
      const idea = await ideaFor(ideaId, ctx, (i) => canManageSelfEmployment(ctx.actor, i.networkId));
      return payload(async () => ({
        businessIdea: await ctx.services.selfEmployment.refer(idea, partnerId, userId(ctx), idempotencyKey),
      }));
    },
    updateMicrocreditReferral: async (_, { referralId, status, grantedAmountCents, note }, ctx) => {
      const referral = await findAllowed(
        ctx.actor,
        () => load(referralId, ctx.services.selfEmployment.referralById),
        (r: MicrocreditReferral) => canManageSelfEmployment(ctx.actor, r.networkId),
      );
      return payload(async () => ({
        businessIdea: await ctx.services.selfEmployment.updateReferral(
          referral,
          userId(ctx),
          status,
          grantedAmountCents,
          note,
        ),
      }));
    },
    recordBusinessStarted: async (_, { ideaId, partitaIva, startedOn }, ctx) => {
      const idea = await ideaFor(ideaId, ctx, (i) => canManageSelfEmployment(ctx.actor, i.networkId));
      return payload(async () => {
        // Read before the transaction: PGlite serves one statement at a time.
        const facts = await ctx.services.outcomes.prepare(idea, ctx.actor as UserActor);
        return {
          businessIdea: await ctx.services.selfEmployment.recordStarted(
            idea,
            userId(ctx),
            partitaIva,
            startedOn,
            ctx.today,
            (tx, started) =>
              ctx.services.outcomes.open(tx, businessOutcome(started), facts).then(() => undefined),
          ),
        };
      });
    },
  },
  BusinessIdea: {
    atecoActivity: async (idea, _, { services }) =>
      (await services.companyProfiles.atecoByCodes([idea.atecoCode])).get(idea.atecoCode)!,
    comune: async (idea, _, { services }) => (await services.network.comuniByCodes([idea.comuneCode]))[0]!,
    checklist: (idea) => checklistOf(idea),
    referrals: (idea, _, { services }) => services.selfEmployment.referralsOf(idea.id),
    submittedByCitizen: (idea) => idea.submittedBy === idea.citizenId,
  },
  MicrocreditReferral: {
    partner: async (referral, _, { services }) =>
      (await services.selfEmployment.partnerById(referral.partnerId))!,
    history: (referral, _, { services }) => services.selfEmployment.historyOf(referral.id),
  },
};
