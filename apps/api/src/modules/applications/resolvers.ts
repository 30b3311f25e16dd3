import type { RequestContext, UserActor } from '../../context.js';
import type { Resolvers } from '../../graphql/resolvers.generated.js';
import { networkOf, refuse } from '../../lib/actors.js';
import { notFound, UserErrors, userError } from '../../lib/errors.js';
import { parsePageArgs, toConnection } from '../../lib/pagination.js';
import { payload } from '../../lib/payload.js';
import { isPubliclyVisible } from '../vacancies/policy.js';
import {
  canListNetworkInterviews,
  canProposeCandidate,
  canReadApplication,
  isApplicant,
  isHiringCompany,
  isInterviewCandidate,
} from './policy.js';
import { ROLE_LABEL } from './roles.js';
import { type Application, proposalStatus } from './service.js';

const BOTH_LETTERS = userError(
  'coverLetterId',
  'BOTH_LETTERS',
  'Scegli una lettera salvata oppure scrivine una qui, non entrambe.',
);
const LETTER_NOT_FOUND = userError('coverLetterId', 'NOT_FOUND', 'Lettera di presentazione non trovata.');

/** An application the actor may act on with `allowed`; any other answers like a missing one. */
async function applicationFor(
  id: string,
  { actor, services }: RequestContext,
  allowed: (a: Application) => boolean,
) {
  networkOf(actor);
  const application = await services.applications.byId(id);
  if (!application || !allowed(application)) throw notFound();
  return application;
}

/** A job interview proposed to the actor; anyone else's answers like a missing one. */
async function interviewForCandidate(id: string, { actor, services }: RequestContext) {
  networkOf(actor);
  const interview = await services.interviews.byId(id);
  if (!interview || !isInterviewCandidate(actor, interview)) throw notFound();
  return interview;
}

async function openVacancy(id: string, { actor, services, today }: RequestContext) {
  const networkId = networkOf(actor);
  const vacancy = await services.vacancies.byId(id);
  if (!vacancy || vacancy.networkId !== networkId) throw notFound();
  return { vacancy, open: isPubliclyVisible(vacancy, today) };
}

export const applicationResolvers: Resolvers = {
  Query: {
    myApplications: async (_, { status, ...pageArgs }, ctx, info) => {
      const { actor, services, planner } = ctx;
      if (actor.kind !== 'CITIZEN') refuse(actor);
      const page = parsePageArgs(pageArgs);
      const citizenId = actor.userId;
      return planner
        .connection<Application>(info, 'Application')
        .answer(page, info, ctx, (read) =>
          services.applications.listForCitizen(citizenId, status, page, read),
        );
    },
    application: (_, { id }, ctx) => applicationFor(id, ctx, (a) => canReadApplication(ctx.actor, a)),
    networkInterviews: async (_, { status, upcoming, ...pageArgs }, { actor, services }) => {
      const networkId = networkOf(actor);
      if (!canListNetworkInterviews(actor, networkId)) refuse(actor);
      const page = parsePageArgs(pageArgs);
      const { rows, total } = await services.interviews.listForNetwork(
        networkId,
        { status, upcoming: upcoming ?? false },
        page,
      );
      return toConnection(rows, page, total);
    },
  },
  Mutation: {
    applyToVacancy: async (_, { vacancyId, coverLetter, coverLetterId }, ctx) => {
      if (ctx.actor.kind !== 'CITIZEN') refuse(ctx.actor);
      const citizenId = ctx.actor.userId;
      const { vacancy, open } = await openVacancy(vacancyId, ctx);
      if (!open) throw notFound();
      return payload(async () => {
        if (!coverLetterId) {
          return {
            application: await ctx.services.applications.apply(vacancy, citizenId, coverLetter, open),
          };
        }
        if (coverLetter?.trim()) throw new UserErrors([BOTH_LETTERS]);
        const saved = await ctx.services.coverLetters.byId(coverLetterId);
        if (saved?.citizenId !== citizenId) throw new UserErrors([LETTER_NOT_FOUND]);
        return {
          application: await ctx.services.applications.apply(vacancy, citizenId, saved.body, open, saved.id),
        };
      });
    },
    proposeCandidate: async (_, { vacancyId, citizenId, note }, ctx) => {
      const { vacancy, open } = await openVacancy(vacancyId, ctx);
      if (!canProposeCandidate(ctx.actor, vacancy)) throw notFound();
      const operator = ctx.actor as UserActor;
      const citizen = await ctx.services.citizens.byId(vacancy.networkId, citizenId);
      return payload(async () => {
        if (!citizen)
          throw new UserErrors([userError('citizenId', 'NOT_FOUND', 'Persona non trovata nella rete.')]);
        return {
          application: await ctx.services.applications.propose(vacancy, citizen, operator.userId, note, open),
        };
      });
    },
    acceptProposal: async (_, { id }, ctx) => {
      const application = await applicationFor(id, ctx, (a) => isApplicant(ctx.actor, a));
      return payload(async () => ({
        application: await ctx.services.applications.accept(application, application.citizenId),
      }));
    },
    moveApplication: async (_, { id, status, reason, hire }, ctx) => {
      const application = await applicationFor(id, ctx, (a) => isHiringCompany(ctx.actor, a));
      const vacancy = (await ctx.services.vacancies.byId(application.vacancyId))!;
      const actor = ctx.actor as UserActor;
      return payload(async () => ({
        application: await ctx.services.applications.move(
          application,
          vacancy,
          status,
          actor.userId,
          reason,
          hire,
        ),
      }));
    },
    proposeInterview: async (_, { applicationId, input }, ctx) => {
      const application = await applicationFor(applicationId, ctx, (a) => isHiringCompany(ctx.actor, a));
      const actor = ctx.actor as UserActor;
      return payload(async () => ({
        interview: await ctx.services.interviews.propose(application, actor.userId, input),
      }));
    },
    respondToInterview: async (_, { id, accept, note }, ctx) => {
      const interview = await interviewForCandidate(id, ctx);
      return payload(async () => ({
        interview: await ctx.services.interviews.respond(interview, accept, note),
      }));
    },
    askForAnotherInterviewDate: async (_, { id, note }, ctx) => {
      const interview = await interviewForCandidate(id, ctx);
      return payload(async () => ({
        interview: await ctx.services.interviews.askForAnotherDate(interview, note),
      }));
    },
    withdrawApplication: async (_, { id, reason }, ctx) => {
      const application = await applicationFor(id, ctx, (a) => isApplicant(ctx.actor, a));
      return payload(async () => ({
        application: await ctx.services.applications.withdraw(application, application.citizenId, reason),
      }));
    },
  },
  Application: {
    proposalStatus: (application) => proposalStatus(application),
  },
  ApplicationEvent: {
    actorRole: (event) => ROLE_LABEL[event.actorKind] ?? event.actorKind,
  },
};
