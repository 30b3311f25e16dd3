import type { RequestContext } from '../../context.js';
import type { Services } from '../../services.js';
import { sportelloLoader } from '../network/loaders.js';
import { canSeeOutcomeNotes } from './policy.js';
import type { Booking, Slot } from './service.js';

type Query<T> = { obj: T };

async function slotsOf(queries: Query<Booking>[], services: Services) {
  const ids = [...new Set(queries.map((q) => q.obj.slotId))];
  return new Map((await services.appointments.slotsByIds(ids)).map((slot) => [slot.id, slot]));
}

export const appointmentLoaders = {
  AppointmentSlot: {
    sportello: sportelloLoader<Slot>((slot) => slot.sportelloId),
    available: async (queries: Query<Slot>[], { services }: RequestContext) => {
      const taken = await services.appointments.takenSlotIds(queries.map((q) => q.obj.id));
      return queries.map((q) => !taken.has(q.obj.id));
    },
  },
  Booking: {
    slot: async (queries: Query<Booking>[], { services }: RequestContext) => {
      const slots = await slotsOf(queries, services);
      return queries.map((q) => slots.get(q.obj.slotId));
    },
    outcomeNotes: async (queries: Query<Booking>[], { actor, services }: RequestContext) => {
      const slots = await slotsOf(queries, services);
      return queries.map((q) => {
        const slot = slots.get(q.obj.slotId);
        return slot && canSeeOutcomeNotes(actor, slot) ? q.obj.outcomeNotes : null;
      });
    },
    citizen: async (queries: Query<Booking>[], { services }: RequestContext) => {
      const ids = queries.map((q) => q.obj.citizenId).filter((id): id is string => id !== null);
      const found = new Map((await services.citizens.byIds([...new Set(ids)])).map((c) => [c.userId, c]));
      return queries.map((q) => (q.obj.citizenId ? (found.get(q.obj.citizenId) ?? null) : null));
    },
    company: async (queries: Query<Booking>[], { services }: RequestContext) => {
      const ids = queries.map((q) => q.obj.companyId).filter((id): id is string => id !== null);
      const found = new Map((await services.companies.byIds([...new Set(ids)])).map((c) => [c.id, c]));
      return queries.map((q) => (q.obj.companyId ? (found.get(q.obj.companyId) ?? null) : null));
    },
  },
};
