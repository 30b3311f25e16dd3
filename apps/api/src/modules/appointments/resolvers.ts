import type { Actor, RequestContext } from '../../context.js';
import type { Resolvers } from '../../graphql/resolvers.generated.js';
import { networkOf, refuse } from '../../lib/actors.js';
import { notFound } from '../../lib/errors.js';
import { parsePageArgs, toConnection } from '../../lib/pagination.js';
import { payload } from '../../lib/payload.js';
import { isUuid } from '../../lib/validation.js';
import {
  canBookSlot,
  canChangeBooking,
  canListBookingsOfCitizen,
  canPublishSlots,
  canRecordOutcome,
  canSeeBooking,
  canSeeSlots,
} from './policy.js';
import type { Party } from './service.js';

/** A booking the actor may act on; any other answers like a missing one. */
async function visibleBooking(
  id: string,
  { actor, services }: RequestContext,
  allowed: typeof canSeeBooking = canSeeBooking,
) {
  networkOf(actor);
  const found = await services.appointments.bookingById(id);
  if (!found || !allowed(actor, found.booking, found.slot)) throw notFound();
  return found;
}

/** Who a booking is for: the citizen or company of the caller, or the citizen an operator names. */
async function partyFor(
  actor: Actor,
  citizenId: string | null | undefined,
  ctx: RequestContext,
): Promise<Party> {
  if (actor.kind === 'CITIZEN' && !citizenId) return { citizenId: actor.userId };
  if (actor.kind === 'COMPANY_MEMBER' && actor.companyId && !citizenId) return { companyId: actor.companyId };
  if (
    actor.kind === 'OPERATOR' &&
    citizenId &&
    (await ctx.services.appointments.citizenInNetwork(citizenId, actor.networkId!))
  ) {
    return { citizenId };
  }
  throw notFound();
}

export const appointmentResolvers: Resolvers = {
  Query: {
    availableSlots: async (_, { sportelloId, mode, kind, from, ...pageArgs }, { actor, services }) => {
      const networkId = networkOf(actor);
      if (!canSeeSlots(actor, networkId)) refuse(actor);
      const page = parsePageArgs(pageArgs);
      const sportello = sportelloId && isUuid(sportelloId) ? sportelloId : null;
      if (sportelloId && !sportello) return toConnection([], page, 0);
      const { rows, total } = await services.appointments.listAvailableSlots(
        networkId,
        { sportelloId: sportello, mode: mode ?? null, kind: kind ?? null, from: from ?? null },
        page,
      );
      return toConnection(rows, page, total);
    },
    bookings: async (_, { status, citizenId, ...pageArgs }, { actor, services }) => {
      const networkId = networkOf(actor);
      if (citizenId != null && !canListBookingsOfCitizen(actor)) refuse(actor);
      const page = parsePageArgs(pageArgs);
      // A malformed id matches nobody.
      if (citizenId != null && !isUuid(citizenId)) return toConnection([], page, 0);
      const scope =
        actor.kind === 'CITIZEN'
          ? { citizenId: actor.userId }
          : actor.kind === 'COMPANY_MEMBER' && actor.companyId
            ? { companyId: actor.companyId }
            : actor.kind === 'OPERATOR' && actor.sportelloId
              ? { sportelloId: actor.sportelloId }
              : actor.kind === 'NETWORK_ADMIN'
                ? { networkId }
                : refuse(actor);
      const { rows, total } = await services.appointments.listBookings(scope, status, page, citizenId);
      return toConnection(rows, page, total);
    },
  },
  Mutation: {
    publishSlot: (_, { input }, { actor, services }) => {
      const networkId = networkOf(actor);
      if (!canPublishSlots(actor) || actor.kind !== 'OPERATOR') refuse(actor);
      return payload(async () => ({
        slot: await services.appointments.publishSlot(
          { userId: actor.userId, networkId, sportelloId: actor.sportelloId! },
          input,
        ),
      }));
    },
    bookSlot: async (_, { slotId, citizenId, purpose }, ctx) => {
      const { actor, services } = ctx;
      networkOf(actor);
      const [slot] = await services.appointments.slotsByIds([slotId]);
      if (!slot || !canBookSlot(actor, slot) || actor.kind === 'API_CLIENT' || actor.kind === 'ANONYMOUS') {
        throw notFound();
      }
      const party = await partyFor(actor, citizenId, ctx);
      return payload(async () => ({
        booking: await services.appointments.book(slot.id, party, actor.userId, purpose ?? null),
      }));
    },
    rescheduleBooking: async (_, { id, slotId }, ctx) => {
      const { booking } = await visibleBooking(id, ctx, canChangeBooking);
      return payload(async () => ({ booking: await ctx.services.appointments.reschedule(booking, slotId) }));
    },
    cancelBooking: async (_, { id }, ctx) => {
      const { booking, slot } = await visibleBooking(id, ctx, canChangeBooking);
      return payload(async () => ({ booking: await ctx.services.appointments.cancel(booking, slot) }));
    },
    recordBookingOutcome: async (_, { id, outcome, notes }, ctx) => {
      const { booking, slot } = await visibleBooking(id, ctx, (actor, _b, s) => canRecordOutcome(actor, s));
      return payload(async () => ({
        booking: await ctx.services.appointments.recordOutcome(booking, slot, outcome, notes),
      }));
    },
  },
};
