import type { FastifyInstance } from 'fastify';
import type { Services } from '../../services.js';
import { renderCvPdf } from './pdf.js';
import { canReadCv } from './policy.js';

/** GET /api/cv/:citizenId.pdf with the same rule as reading the CV; others get 404 like a missing CV. */
export async function cvPdfRoutes(app: FastifyInstance, { services }: { services: Services }) {
  app.get<{ Params: { citizenId: string } }>('/api/cv/:citizenId.pdf', async (request, reply) => {
    const { actor } = request;
    const networkId = actor.kind === 'ANONYMOUS' ? null : actor.networkId;
    if (!networkId) return reply.code(actor.kind === 'ANONYMOUS' ? 401 : 404).send({ error: 'Non trovato.' });
    const citizen = await services.citizens.byId(networkId, request.params.citizenId);
    if (!citizen || !canReadCv(actor, citizen)) return reply.code(404).send({ error: 'Non trovato.' });
    const cv = (await services.cvs.byCitizens([citizen.userId])).get(citizen.userId);
    const [residence] = await services.network.comuniByCodes([citizen.residenceComuneCode]);
    const pdf = await renderCvPdf(citizen, cv, residence);
    const filename = `CV-${citizen.user.familyName}-${citizen.user.givenName}.pdf`.replace(/[^\w.-]+/g, '_');
    return reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="${filename}"`)
      .header('cache-control', 'no-store')
      .send(pdf);
  });
}
