import type { FastifyInstance } from 'fastify';
import { sendPdf } from '../../lib/pdf.js';
import { uuidParams } from '../../lib/route-schemas.js';
import { renderStatementPdf } from './pdf.js';
import { canReadApplication } from './policy.js';

/**
 * The monthly indemnity statement of a participation:
 * `GET /api/program-participations/:id/statement/:month.pdf` (month as YYYY-MM), for the
 * participant and the network's staff; others get 404, as for a missing participation.
 */
export async function programStatementRoutes(app: FastifyInstance) {
  app.get<{ Params: { id: string; month: string } }>(
    '/api/program-participations/:id/statement/:month.pdf',
    {
      schema: {
        params: {
          type: 'object',
          required: ['id', 'month'],
          properties: {
            id: uuidParams('id').params.properties.id,
            month: { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$' },
          },
        },
      },
    },
    async (request, reply) => {
      const { services } = request;
      const { actor } = request;
      if (actor.kind === 'ANONYMOUS') return reply.code(401).send({ error: 'Non trovato.' });
      const participation = await services.programs.participationById(request.params.id);
      if (!participation || !canReadApplication(actor, participation))
        return reply.code(404).send({ error: 'Non trovato.' });
      const { month } = request.params;
      const [statement, call, citizen] = await Promise.all([
        services.programs.monthlyStatement(participation, month),
        services.programs.callById(participation.callId),
        services.citizens.byId(participation.networkId, participation.citizenId),
      ]);
      const program = (await services.programs.programById(call!.programId))!;
      const pdf = await renderStatementPdf(
        statement,
        { program, call: call!, participation, citizen: citizen! },
        new Date(),
      );
      return sendPdf(reply, `Indennita-${month}-${citizen!.user.familyName}.pdf`, pdf);
    },
  );
}
