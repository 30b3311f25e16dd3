import type { FastifyInstance } from 'fastify';
import type { UserActor } from '../../context.js';
import { sendPdf } from '../../lib/pdf.js';
import { renderReportPdf } from './pdf.js';
import { canReadReports } from './policy.js';
import { parseSemester } from './semester.js';

/**
 * The semestral labour-market report as a PDF with charts:
 * `GET /api/reports/labour-market/:semester.pdf[?comune=ISTAT]` with the bearer token, for the
 * network's admins and operators; anyone else gets 404.
 */
export async function reportRoutes(app: FastifyInstance) {
  app.get<{ Params: { semester: string }; Querystring: { comune?: string } }>(
    '/api/reports/labour-market/:semester.pdf',
    {
      schema: {
        params: {
          type: 'object',
          required: ['semester'],
          properties: { semester: { type: 'string', pattern: '^\\d{4}-H[12]$' } },
        },
        querystring: {
          type: 'object',
          properties: { comune: { type: 'string', pattern: '^\\d{6}$' } },
        },
      },
    },
    async (request, reply) => {
      const { services } = request;
      const { actor } = request;
      if (actor.kind === 'ANONYMOUS') return reply.code(401).send({ error: 'Non trovato.' });
      const networkId = actor.networkId;
      const semester = parseSemester(request.params.semester);
      if (!networkId || !canReadReports(actor, networkId) || !semester)
        return reply.code(404).send({ error: 'Non trovato.' });
      const comuneCode = request.query.comune ?? null;
      if (comuneCode && !(await services.reports.isMember(networkId, comuneCode)))
        return reply.code(404).send({ error: 'Non trovato.' });
      const report = await services.reports.labourMarket({
        networkId,
        semester,
        comuneCode,
        actorUserId: (actor as UserActor).userId,
      });
      const pdf = await renderReportPdf(report);
      const where = report.comune ? report.comune.name : 'rete';
      return sendPdf(reply, `Rapporto-lavoro-${semester.code}-${where}.pdf`, pdf);
    },
  );
}
