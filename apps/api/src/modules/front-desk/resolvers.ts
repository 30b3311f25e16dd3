import type { RequestContext } from '../../context.js';
import type { Resolvers } from '../../graphql/resolvers.generated.js';
import { networkOf, refuse } from '../../lib/actors.js';
import { notFound } from '../../lib/errors.js';
import { parsePageArgs, toConnection } from '../../lib/pagination.js';
import { payload } from '../../lib/payload.js';
import { isUuid } from '../../lib/validation.js';
import { canCountContacts, canHandleContact, canRecordContacts } from './policy.js';

/** The operator with a sportello recording at the desk; anyone else is refused. */
function deskOperator({ actor }: RequestContext) {
  const networkId = networkOf(actor);
  if (!canRecordContacts(actor) || actor.kind !== 'OPERATOR') refuse(actor);
  return { userId: actor.userId, networkId, sportelloId: actor.sportelloId! };
}

export const frontDeskResolvers: Resolvers = {
  Query: {
    frontDeskContacts: async (_, { on, ...pageArgs }, ctx) => {
      const operator = deskOperator(ctx);
      const page = parsePageArgs(pageArgs, 50);
      const { rows, total } = await ctx.services.frontDesk.listForDay(
        operator.sportelloId,
        on ?? ctx.today,
        page,
      );
      return toConnection(rows, page, total);
    },
    frontDeskCounts: async (_, { from, to, sportelloId }, { actor, services }) => {
      const networkId = networkOf(actor);
      const own = actor.kind === 'OPERATOR' ? actor.sportelloId : null;
      const scope = { networkId, sportelloId: sportelloId ?? own };
      if (!canCountContacts(actor, scope)) refuse(actor);
      if (scope.sportelloId) {
        const [sportello] = isUuid(scope.sportelloId)
          ? await services.network.sportelliByIds([scope.sportelloId])
          : [];
        if (sportello?.networkId !== networkId) throw notFound();
      }
      return services.frontDesk.counts(scope, from, to);
    },
  },
  Mutation: {
    recordFrontDeskContact: (_, { input, idempotencyKey }, ctx) => {
      const operator = deskOperator(ctx);
      const { services } = ctx;
      return payload(async () => ({
        contact: await services.frontDesk.record(operator, input, idempotencyKey, async (id) =>
          isUuid(id) ? (await services.citizens.byId(operator.networkId, id)) !== undefined : false,
        ),
      }));
    },
    markFrontDeskContactInError: async (_, { id }, ctx) => {
      const { actor, services } = ctx;
      networkOf(actor);
      const contact = await services.frontDesk.byId(id);
      if (!contact || !canHandleContact(actor, contact) || actor.kind !== 'OPERATOR') throw notFound();
      return payload(async () => ({ contact: await services.frontDesk.markInError(contact, actor.userId) }));
    },
  },
};
