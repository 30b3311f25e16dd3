import type { UserActor } from '../../context.js';
import type { Resolvers } from '../../graphql/resolvers.generated.js';
import { networkOf, refuse } from '../../lib/actors.js';
import { notFound, UserErrors, userError } from '../../lib/errors.js';
import { parsePageArgs, toConnection } from '../../lib/pagination.js';
import { payload } from '../../lib/payload.js';
import { placementOutcome } from '../outcomes/sources.js';
import { canListPlacements, canManagePlacements } from './policy.js';

export const placementResolvers: Resolvers = {
  Query: {
    placements: async (_, { verified, ...pageArgs }, { actor, services }) => {
      const networkId = networkOf(actor);
      if (!canListPlacements(actor, networkId)) refuse(actor);
      const page = parsePageArgs(pageArgs);
      const { rows, total } = await services.placements.list(networkId, verified, page);
      return toConnection(rows, page, total);
    },
  },
  Mutation: {
    recordPlacement: async (_, { input }, { actor, services }) => {
      const networkId = networkOf(actor);
      if (!canManagePlacements(actor, networkId)) refuse(actor);
      const operator = actor as UserActor;
      return payload(async () => {
        const citizen = await services.citizens.byId(networkId, input.citizenId);
        if (!citizen)
          throw new UserErrors([userError('citizenId', 'NOT_FOUND', 'Persona non trovata nella rete.')]);
        return { placement: await services.placements.recordExternal(networkId, operator.userId, input) };
      });
    },
    verifyPlacement: async (_, { id }, { actor, services }) => {
      networkOf(actor);
      const placement = await services.placements.byId(id);
      if (!placement || !canManagePlacements(actor, placement.networkId)) throw notFound();
      const operator = actor as UserActor;
      return payload(async () => {
        // Read before the transaction: PGlite serves one statement at a time.
        const outcome = await services.outcomes.prepare(placement, operator);
        return {
          placement: await services.placements.verify(placement, operator.userId, (tx, verified) =>
            services.outcomes.open(tx, placementOutcome(verified), outcome).then(() => undefined),
          ),
        };
      });
    },
  },
  Placement: {
    verified: (placement) => placement.verifiedAt !== null,
  },
};
