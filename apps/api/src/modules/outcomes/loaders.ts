import type { RequestContext } from '../../context.js';
import { comuneLoader, sportelloLoader } from '../network/loaders.js';
import type { FundingContract } from './contracts.js';
import { checkpointsOf, type FollowUp, ineligibility, type Outcome } from './rules.js';
import type { Statement } from './statements.js';

type Query<T> = { obj: T };

const checkpoints = async (queries: Query<Outcome>[], { services }: RequestContext) => {
  const followUps = await services.outcomes.followUpsOf([...new Set(queries.map((q) => q.obj.id))]);
  return queries.map((q) => checkpointsOf(q.obj, followUps.get(q.obj.id) ?? []));
};

export const outcomeLoaders = {
  Outcome: {
    sportello: sportelloLoader((outcome: Outcome) => outcome.sportelloId),
    checkpoints,
    /** Under every contract of the outcome's sportello, in one statement per kind of row. */
    eligibility: async (queries: Query<Outcome>[], { services }: RequestContext) => {
      const networkIds = [...new Set(queries.map((q) => q.obj.networkId))];
      const [contracts, followUps] = await Promise.all([
        Promise.all(networkIds.map((id) => services.contracts.list(id))).then((lists) => lists.flat()),
        services.outcomes.followUpsOf([...new Set(queries.map((q) => q.obj.id))]),
      ]);
      return queries.map(({ obj: outcome }) =>
        contracts
          .filter((contract) => contract.sportelloId === outcome.sportelloId)
          .map((contract) => {
            const reason = ineligibility(outcome, followUps.get(outcome.id) ?? [], contract);
            return { contract, eligible: reason === null, reason };
          }),
      );
    },
    billedIn: async (queries: Query<Outcome>[], { services }: RequestContext) => {
      const charges = await services.statements.chargesOf([...new Set(queries.map((q) => q.obj.id))]);
      return queries.map((q) => charges.get(q.obj.id) ?? null);
    },
  },
  EmploymentCheck: {
    checkpoints,
    personName: async (queries: Query<Outcome>[], { services }: RequestContext) => {
      const people = new Map(
        (await services.citizens.byIds([...new Set(queries.map((q) => q.obj.citizenId))])).map((c) => [
          c.userId,
          `${c.user.givenName} ${c.user.familyName}`,
        ]),
      );
      return queries.map((q) => people.get(q.obj.citizenId) ?? '');
    },
  },
  FollowUp: {
    confirmedByName: async (queries: Query<FollowUp>[], { services }: RequestContext) => {
      const users = new Map(
        (await services.identity.usersByIds([...new Set(queries.map((q) => q.obj.confirmedBy))])).map((u) => [
          u.id,
          `${u.givenName} ${u.familyName}`,
        ]),
      );
      return queries.map((q) => users.get(q.obj.confirmedBy) ?? '');
    },
  },
  FundingContract: {
    sportello: sportelloLoader((contract: FundingContract) => contract.sportelloId),
    comune: comuneLoader((contract: FundingContract) => contract.comuneCode),
    tariffs: async (queries: Query<FundingContract>[], { services }: RequestContext) => {
      const tariffs = await services.contracts.tariffsOf([...new Set(queries.map((q) => q.obj.id))]);
      return queries.map((q) => tariffs.get(q.obj.id) ?? []);
    },
    statements: async (queries: Query<FundingContract>[], { services }: RequestContext) => {
      const found = await services.statements.ofContracts([...new Set(queries.map((q) => q.obj.id))]);
      return queries.map((q) => found.get(q.obj.id) ?? []);
    },
  },
  Statement: {
    lines: async (queries: Query<Statement>[], { services }: RequestContext) => {
      const found = await services.statements.linesOf([...new Set(queries.map((q) => q.obj.id))]);
      return queries.map((q) => found.get(q.obj.id) ?? []);
    },
  },
};
