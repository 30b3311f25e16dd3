import type { RequestContext, UserActor } from '../../context.js';
import type { Resolvers } from '../../graphql/resolvers.generated.js';
import { findAllowed, networkOf, refuse } from '../../lib/actors.js';
import { payload } from '../../lib/payload.js';
import { isUuid } from '../../lib/validation.js';
import type { Company } from '../companies/service.js';
import { canServeCompany } from './policy.js';
import { CORRECTABLE, type CompanyContact, type CompanyFollowUp, type CompanyNeed } from './service.js';

const load = <T>(id: string, read: (id: string) => Promise<T | undefined>) =>
  isUuid(id) ? read(id) : Promise.resolve(undefined);

/** The company, when the actor serves it; anything else answers like a missing company. */
const servedCompany = (id: string, { actor, services }: RequestContext) =>
  findAllowed(
    actor,
    () => load(id, services.companies.byId),
    (c: Company) => canServeCompany(actor, c),
  );

const needFor = (id: string, { actor, services }: RequestContext) =>
  findAllowed(
    actor,
    () => load(id, services.companyServices.needById),
    (n: CompanyNeed) => canServeCompany(actor, n),
  );

const contactFor = (id: string, { actor, services }: RequestContext) =>
  findAllowed(
    actor,
    () => load(id, services.companyServices.contactById),
    (c: CompanyContact) => canServeCompany(actor, c),
  );

/** How many of the company's latest vacancies and tirocini are offered for linking to a need. */
const LINKABLE = 50;

const userId = (ctx: RequestContext) => (ctx.actor as UserActor).userId;

export const companyServicesResolvers: Resolvers = {
  Query: {
    companyServices: async (_, __, { actor, services, today }) => {
      const networkId = networkOf(actor);
      if (!canServeCompany(actor, { networkId })) refuse(actor);
      const rows = await services.companyServices.summaries(networkId, today);
      const companies = new Map(
        (await services.companies.byIds(rows.map((r) => r.companyId))).map((c) => [c.id, c]),
      );
      return rows
        .map((r) => ({ ...r, company: companies.get(r.companyId)! }))
        .sort(
          (a, b) =>
            b.followUpsOverdue - a.followUpsOverdue ||
            b.followUpsDue - a.followUpsDue ||
            (b.lastContactOn ?? '').localeCompare(a.lastContactOn ?? '') ||
            a.company.legalName.localeCompare(b.company.legalName, 'it'),
        );
    },
    companyServiceFile: async (_, { companyId }, ctx) => ({ company: await servedCompany(companyId, ctx) }),
    myCompanyServices: async (_, __, { actor, services }) => {
      if (actor.kind !== 'COMPANY_MEMBER' || !actor.companyId) refuse(actor);
      const [contacts, openNeeds] = await Promise.all([
        services.companyServices.sharedContactsOf(actor.companyId),
        services.companyServices.sharedOpenNeedsOf(actor.companyId),
      ]);
      // Only the shared subset leaves: never the outcome, the internal notes or the quota.
      return {
        services: contacts.map((c) => ({
          id: c.id,
          contactedOn: c.contactedOn,
          channel: c.channel,
          summary: c.summary,
        })),
        openNeeds,
      };
    },
  },
  Mutation: {
    recordCompanyContact: async (_, { input, idempotencyKey }, ctx) => {
      const { companyId, ...fields } = input;
      const company = await servedCompany(companyId, ctx);
      return payload(async () => ({
        contact: await ctx.services.companyServices.recordContact(
          company,
          userId(ctx),
          fields,
          ctx.today,
          idempotencyKey,
        ),
      }));
    },
    scheduleCompanyFollowUp: async (_, { input, idempotencyKey }, ctx) => {
      const { companyId, ...fields } = input;
      const company = await servedCompany(companyId, ctx);
      return payload(async () => ({
        followUp: await ctx.services.companyServices.scheduleFollowUp(
          company,
          userId(ctx),
          fields,
          idempotencyKey,
        ),
      }));
    },
    setCompanyFollowUpDone: async (_, { id, done }, ctx) => {
      const followUp = await findAllowed(
        ctx.actor,
        () => load(id, ctx.services.companyServices.followUpById),
        (f: CompanyFollowUp) => canServeCompany(ctx.actor, f),
      );
      return payload(async () => ({
        followUp: await ctx.services.companyServices.setFollowUpDone(followUp, userId(ctx), done),
      }));
    },
    setCompanyNeedStatus: async (_, { id, status }, ctx) => {
      const need = await needFor(id, ctx);
      return payload(async () => ({
        need: await ctx.services.companyServices.setNeedStatus(need, userId(ctx), status),
      }));
    },
    linkVacancyToCompanyNeed: async (_, { needId, vacancyId }, ctx) => {
      const need = await needFor(needId, ctx);
      return payload(async () => ({
        need: await ctx.services.companyServices.linkVacancy(need, userId(ctx), vacancyId),
      }));
    },
    linkInternshipToCompanyNeed: async (_, { needId, internshipId }, ctx) => {
      const need = await needFor(needId, ctx);
      return payload(async () => ({
        need: await ctx.services.companyServices.linkInternship(need, userId(ctx), internshipId),
      }));
    },
    createVacancyFromCompanyNeed: async (_, { needId, idempotencyKey }, ctx) => {
      const need = await needFor(needId, ctx);
      return payload(() =>
        ctx.services.companyServices.createVacancyFromNeed(need, userId(ctx), idempotencyKey),
      );
    },
    correctCompanyContact: async (_, { id, input }, ctx) => {
      const contact = await contactFor(id, ctx);
      return payload(async () => ({
        contact: await ctx.services.companyServices.correctContact(contact, userId(ctx), input, ctx.today),
      }));
    },
  },
  CompanyContactCorrection: {
    correctedAt: (c) => c.createdAt,
    changes: (c) =>
      (Object.keys(CORRECTABLE) as (keyof typeof CORRECTABLE)[])
        .filter((field) => field in c.previous)
        .map((field) => {
          const value = c.previous[field];
          return { field, previousValue: value == null ? null : String(value) };
        }),
  },
  CompanyServiceFile: {
    contacts: ({ company }, _, { services }) => services.companyServices.contactsOf(company.id),
    needs: ({ company }, _, { services }) => services.companyServices.needsOf(company.id),
    followUps: ({ company }, _, { services }) => services.companyServices.followUpsOf(company.id),
    linkableVacancies: ({ company }, _, { services }) =>
      services.vacancies.latestOfCompany(company.id, LINKABLE),
    linkableInternships: async ({ company }, _, { services }) =>
      (await services.internships.listForCompany(company.id, { limit: LINKABLE, offset: 0 })).rows.slice(
        0,
        LINKABLE,
      ),
  },
  CompanyFollowUp: {
    done: (f) => f.doneAt !== null,
    overdue: (f, _, { today }) => f.doneAt === null && f.dueOn < today,
  },
};
