import type { RequestContext, UserActor } from '../../context.js';
import type { Resolvers } from '../../graphql/resolvers.generated.js';
import { networkOf, refuse } from '../../lib/actors.js';
import { forbidden, notFound } from '../../lib/errors.js';
import { parsePageArgs, toConnection } from '../../lib/pagination.js';
import { payload } from '../../lib/payload.js';
import { canListCompanies, canManageCompany, canReadCompany, canReviewCompany } from './policy.js';

/** A company the actor may not review answers exactly like one that does not exist. */
async function reviewable(id: string, { actor, services }: RequestContext) {
  networkOf(actor);
  const company = await services.companies.byId(id);
  if (!company || !canReviewCompany(actor, company)) throw notFound();
  return { company, reviewer: { userId: (actor as UserActor).userId, networkId: company.networkId } };
}

/** The company of an owner acting on it; anyone else is refused like for a missing company. */
async function ownedCompany({ actor, services }: RequestContext) {
  networkOf(actor);
  if (actor.kind !== 'COMPANY_MEMBER' || !actor.companyId) refuse(actor);
  const role = await services.companyProfiles.roleOf(actor.userId);
  const company = await services.companies.byId(actor.companyId);
  if (!company || !canManageCompany(actor, company.id, role)) throw forbidden();
  return company;
}

const MAX_ATECO_RESULTS = 50;

export const companyResolvers: Resolvers = {
  Query: {
    atecoActivities: (_, { search, first }, { services }) =>
      services.companyProfiles.searchAteco(search, Math.min(Math.max(first ?? 20, 1), MAX_ATECO_RESULTS)),
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
    updateCompanyProfile: async (_, { input }, ctx) => {
      const company = await ownedCompany(ctx);
      return payload(async () => ({ company: await ctx.services.companyProfiles.update(company, input) }));
    },
    addCompanySite: async (_, { input }, ctx) => {
      const company = await ownedCompany(ctx);
      return payload(async () => {
        await ctx.services.companyProfiles.addSite(company, input);
        return { company };
      });
    },
    removeCompanySite: async (_, { id }, ctx) => {
      const company = await ownedCompany(ctx);
      return payload(async () => {
        await ctx.services.companyProfiles.removeSite(company, id);
        return { company };
      });
    },
    inviteCompanyMember: async (_, { input }, ctx) => {
      const company = await ownedCompany(ctx);
      return payload(async () => ({ member: await ctx.services.companyProfiles.invite(company, input) }));
    },
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
  AtecoActivity: {
    title: (activity) => activity.titleIt,
  },
  CompanyMember: {
    active: (member) => member.passwordHash !== null,
  },
};
