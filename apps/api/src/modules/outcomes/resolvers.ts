import type { UserActor } from '../../context.js';
import type { Resolvers } from '../../graphql/resolvers.generated.js';
import { networkOf, refuse } from '../../lib/actors.js';
import { notFound } from '../../lib/errors.js';
import { parsePageArgs, toConnection } from '../../lib/pagination.js';
import { payload } from '../../lib/payload.js';
import { canListOutcomes, canManageFunding, followUpSourceOf } from './policy.js';

export const outcomeResolvers: Resolvers = {
  Query: {
    outcomes: async (_, pageArgs, { actor, services }) => {
      const networkId = networkOf(actor);
      if (!canListOutcomes(actor, networkId)) refuse(actor);
      const staff = actor as UserActor;
      if (staff.kind === 'OPERATOR' && !staff.sportelloId) refuse(actor);
      const page = parsePageArgs(pageArgs);
      const { rows, total } = await services.outcomes.list(
        {
          networkId,
          ...(staff.kind === 'OPERATOR' && staff.sportelloId ? { sportelloId: staff.sportelloId } : {}),
        },
        page,
      );
      await services.outcomes.auditGroupsRead(rows.slice(0, page.limit), staff.userId);
      return toConnection(rows, page, total);
    },
    employmentChecks: async (_, pageArgs, { actor, services }) => {
      const networkId = networkOf(actor);
      const page = parsePageArgs(pageArgs);
      if (actor.kind === 'COMPANY_MEMBER' && actor.companyId) {
        const { rows, total } = await services.outcomes.list(
          { networkId, companyId: actor.companyId, followedUpOnly: true },
          page,
        );
        return toConnection(rows, page, total);
      }
      if (actor.kind === 'CITIZEN') {
        const { rows, total } = await services.outcomes.list(
          { networkId, citizenId: actor.userId, followedUpOnly: true },
          page,
        );
        return toConnection(rows, page, total);
      }
      refuse(actor);
    },
    fundingContracts: async (_, __, { actor, services }) => {
      const networkId = networkOf(actor);
      if (!canManageFunding(actor, networkId)) refuse(actor);
      return services.contracts.list(networkId);
    },
  },
  Mutation: {
    confirmEmployment: async (_, { input }, { actor, services, today }) => {
      networkOf(actor);
      const outcome = await services.outcomes.byId(input.outcomeId);
      const via = outcome ? followUpSourceOf(actor, outcome) : null;
      if (!outcome || !via) throw notFound();
      const { userId } = actor as UserActor;
      return payload(async () => ({
        followUp: await services.outcomes.confirm(outcome, input, { userId, via }, today),
      }));
    },
    createFundingContract: async (_, { input }, { actor, services }) => {
      const networkId = networkOf(actor);
      if (!canManageFunding(actor, networkId)) refuse(actor);
      const { userId } = actor as UserActor;
      return payload(async () => ({ contract: await services.contracts.create(networkId, userId, input) }));
    },
    issueStatement: async (_, { contractId, periodEndsOn }, { actor, services, today }) => {
      networkOf(actor);
      const contract = await services.contracts.byId(contractId);
      if (!contract || !canManageFunding(actor, contract.networkId)) throw notFound();
      const { userId } = actor as UserActor;
      return payload(async () => ({
        statement: await services.statements.issue(contract, periodEndsOn, userId, today),
      }));
    },
  },
  Statement: {
    pdfUrl: (statement) => `/api/statements/${statement.id}.pdf`,
    csvUrl: (statement) => `/api/statements/${statement.id}.csv`,
  },
};
