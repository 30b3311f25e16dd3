import type { RequestContext, UserActor } from '../../context.js';
import type { Resolvers } from '../../graphql/resolvers.generated.js';
import { networkOf, refuse } from '../../lib/actors.js';
import { notFound } from '../../lib/errors.js';
import { parsePageArgs } from '../../lib/pagination.js';
import { payload } from '../../lib/payload.js';
import { languageName } from '../cvs/service.js';
import { canEditVacancy, canListForModeration, canModerateVacancy, canReadVacancy } from './policy.js';
import { effectiveStatus, type Vacancy } from './service.js';

/** A vacancy the actor may act on with `allowed`; any other answers like a missing one. */
async function vacancyFor(
  id: string,
  { actor, services }: RequestContext,
  allowed: (vacancy: Vacancy) => boolean,
) {
  networkOf(actor);
  const vacancy = await services.vacancies.byId(id);
  if (!vacancy || !allowed(vacancy)) throw notFound();
  return vacancy;
}

export const vacancyResolvers: Resolvers = {
  Query: {
    vacancySearch: async (_, { filter, ...pageArgs }, ctx, info) => {
      const page = parsePageArgs(pageArgs);
      return ctx.planner
        .connection<Vacancy>(info, 'Vacancy')
        .answer(page, info, ctx, (read) => ctx.services.vacancies.search(filter ?? {}, page, read));
    },
    vacancy: async (_, { id }, { actor, services, planner, today }, info) => {
      const vacancy = await services.vacancies.read(id, planner.object<Vacancy>(info, 'Vacancy'));
      if (!vacancy || !canReadVacancy(actor, vacancy, today)) throw notFound();
      return vacancy;
    },
    companyVacancies: async (_, { status, ...pageArgs }, ctx, info) => {
      const { actor, services, planner } = ctx;
      networkOf(actor);
      if (actor.kind !== 'COMPANY_MEMBER' || !actor.companyId) refuse(actor);
      const page = parsePageArgs(pageArgs);
      const { companyId } = actor;
      return planner
        .connection<Vacancy>(info, 'Vacancy')
        .answer(page, info, ctx, (read) => services.vacancies.listForCompany(companyId, status, page, read));
    },
    networkVacancies: async (_, { status, ...pageArgs }, ctx, info) => {
      const { actor, services, planner } = ctx;
      const networkId = networkOf(actor);
      if (!canListForModeration(actor, networkId)) refuse(actor);
      const page = parsePageArgs(pageArgs);
      return planner
        .connection<Vacancy>(info, 'Vacancy')
        .answer(page, info, ctx, (read) => services.vacancies.listForNetwork(networkId, status, page, read));
    },
    vacanciesToModerate: async (_, pageArgs, ctx, info) => {
      const { actor, services, planner } = ctx;
      const networkId = networkOf(actor);
      if (!canListForModeration(actor, networkId)) refuse(actor);
      const page = parsePageArgs(pageArgs);
      return planner
        .connection<Vacancy>(info, 'Vacancy')
        .answer(page, info, ctx, (read) => services.vacancies.listToModerate(networkId, page, read));
    },
  },
  Mutation: {
    createVacancy: async (_, { input, idempotencyKey }, { actor, services }) => {
      const networkId = networkOf(actor);
      if (actor.kind !== 'COMPANY_MEMBER' || !actor.companyId) refuse(actor);
      const company = { id: actor.companyId, networkId };
      return payload(async () => ({
        vacancy: await services.vacancies.create(company, actor.userId, input, idempotencyKey),
      }));
    },
    updateVacancy: async (_, { id, input }, ctx) => {
      const vacancy = await vacancyFor(id, ctx, (v) => canEditVacancy(ctx.actor, v));
      return payload(async () => ({ vacancy: await ctx.services.vacancies.update(vacancy, input) }));
    },
    submitVacancy: async (_, { id }, ctx) => {
      const vacancy = await vacancyFor(id, ctx, (v) => canEditVacancy(ctx.actor, v));
      return payload(async () => ({ vacancy: await ctx.services.vacancies.submit(vacancy) }));
    },
    publishVacancy: async (_, { id }, ctx) => {
      const vacancy = await vacancyFor(id, ctx, (v) => canModerateVacancy(ctx.actor, v));
      const operator = ctx.actor as UserActor;
      return payload(async () => ({
        vacancy: await ctx.services.vacancies.publish(vacancy, operator.userId),
      }));
    },
    rejectVacancy: async (_, { id, reason }, ctx) => {
      const vacancy = await vacancyFor(id, ctx, (v) => canModerateVacancy(ctx.actor, v));
      const operator = ctx.actor as UserActor;
      return payload(async () => ({
        vacancy: await ctx.services.vacancies.reject(vacancy, operator.userId, reason),
      }));
    },
    closeVacancy: async (_, { id, filled }, ctx) => {
      const vacancy = await vacancyFor(id, ctx, (v) => canEditVacancy(ctx.actor, v));
      return payload(async () => ({ vacancy: await ctx.services.vacancies.close(vacancy, filled) }));
    },
  },
  Vacancy: {
    status: (vacancy, _, { today }) => effectiveStatus(vacancy, today),
    drivingLicences: (vacancy) => vacancy.drivingLicences as never,
    publicUrl: (vacancy, _, { services }) => services.vacancies.publicUrl(vacancy),
    rejectionReason: (vacancy, _, { actor }) =>
      canEditVacancy(actor, vacancy) || canModerateVacancy(actor, vacancy) ? vacancy.rejectionReason : null,
  },
  VacancyLanguage: {
    languageName: (language) => languageName(language.languageCode) ?? language.languageCode,
  },
};
