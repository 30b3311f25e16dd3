import type { FastifyInstance } from 'fastify';
import { canSeeBooking } from './policy.js';

/**
 * The calendar file of a booking: `GET /api/bookings/:id.ics` with the bearer token, for whoever may
 * see the booking. Others get 404, as for a missing booking.
 */
export async function bookingCalendarRoutes(app: FastifyInstance) {
  app.get<{ Params: { id: string } }>('/api/bookings/:id.ics', async (request, reply) => {
    const { services } = request;
    const { actor } = request;
    if (actor.kind === 'ANONYMOUS') return reply.code(401).send({ error: 'Non trovato.' });
    const found = await services.appointments.bookingById(request.params.id);
    if (!found || !canSeeBooking(actor, found.booking, found.slot)) {
      return reply.code(404).send({ error: 'Non trovato.' });
    }
    const calendar = await services.appointments.calendarFile(found.booking, found.slot);
    if (!calendar) return reply.code(404).send({ error: 'Non trovato.' });
    return reply
      .type('text/calendar; charset=utf-8')
      .header('content-disposition', 'attachment; filename="colloquio.ics"')
      .header('cache-control', 'no-store')
      .send(calendar);
  });
}
