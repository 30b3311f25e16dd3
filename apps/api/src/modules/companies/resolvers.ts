import type { RequestContext, UserActor } from '../../context.js';
import type { Resolvers } from '../../graphql/resolvers.generated.js';
import { networkOf, refuse } from '../../lib/actors.js';
import { notFound } from '../../lib/errors.js';
import { parsePageArgs, toConnection } from '../../lib/pagination.js';
import { payload } from '../../lib/payload.js';
import { canListCompanies, canReadCompany, canReviewCompany } from './policy.js';

/** A company the actor may not review answers exactly like one that does not exist. */
async function reviewable(id: string, { actor, services }: RequestContext) {
  networkOf(actor);
  const company = await services.companies.byId(id);
  if (!company || !canReviewCompany(actor, company)) throw notFound();
  return { company, reviewer: { userId: (actor as UserActor).userId, networkId: company.networkId } };
}

export const companyResolvers: Resolvers = {
  Query: {
    companies: async (_, { status, ...pageArgs }, { actor, services }) => {
      const networkId = networkOf(actor);
      if (!canListCompanies(actor, networkId)) refuse(actor);
      const page = parsePageArgs(pageArgs);
      const { rows, total } = await services.companies.list(networkId, status, page);
      return toConnection(rows, page, total);
    },
    company: async (_, { id }, { actor, services }) => {
      networkOf(actor);
      const company = await services.companies.byId(id);
      if (!company || !canReadCompany(actor, company)) throw notFound();
      return company;
    },
  },
  Mutation: {
    registerCompany: (_, { input }, { services }) =>
      payload(async () => ({ company: await services.companies.register(input) })),
    verifyCompany: async (_, { id }, ctx) => {
      const { company, reviewer } = await reviewable(id, ctx);
      return payload(async () => ({
        company: await ctx.services.companies.review(company, reviewer, { status: 'VERIFIED' }),
      }));
    },
    rejectCompany: async (_, { id, reason }, ctx) => {
      const { company, reviewer } = await reviewable(id, ctx);
      return payload(async () => ({
        company: await ctx.services.companies.review(company, reviewer, { status: 'REJECTED', reason }),
      }));
    },
  },
};
