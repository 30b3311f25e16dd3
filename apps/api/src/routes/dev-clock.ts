import { type Db, pattoActions, programCalls } from '@sportello/db';
import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { isUuid } from '../lib/validation.js';

/**
 * Only without SMTP and outside production, like the local mailbox: what a test needs to see "the
 * next day" without waiting for it. The API reads the clock itself, so the day cannot be moved;
 * instead one patto action's due day moves a day back, and nothing else changes. Overdue actions,
 * the caseload and "Da fare oggi" then read as they will tomorrow.
 */
export async function devClockRoutes(app: FastifyInstance, { db }: { db: Db }) {
  app.post<{ Params: { id: string } }>('/dev/patto-actions/:id/due-a-day-earlier', async (request, reply) => {
    const { id } = request.params;
    const [moved] = isUuid(id)
      ? await db
          .update(pattoActions)
          .set({ dueOn: sql`${pattoActions.dueOn} - 1` })
          .where(eq(pattoActions.id, id))
          .returning({ id: pattoActions.id, dueOn: pattoActions.dueOn })
      : [];
    if (!moved) return reply.code(404).send({ error: 'No such patto action' });
    return moved;
  });

  app.post<{ Params: { id: string } }>('/dev/program-calls/:id/closed-yesterday', async (request, reply) => {
    const { id } = request.params;
    const yesterday = sql`(now() at time zone 'Europe/Rome')::date - 1`;
    const [moved] = isUuid(id)
      ? await db
          .update(programCalls)
          .set({ closesOn: yesterday, opensOn: sql`least(${programCalls.opensOn}, ${yesterday})` })
          .where(eq(programCalls.id, id))
          .returning({ id: programCalls.id, closesOn: programCalls.closesOn })
      : [];
    if (!moved) return reply.code(404).send({ error: 'No such program call' });
    return moved;
  });
}
