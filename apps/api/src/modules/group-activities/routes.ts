import type { FastifyInstance } from 'fastify';
import type { UserActor } from '../../context.js';
import { sendPdf } from '../../lib/pdf.js';
import { uuidParams } from '../../lib/route-schemas.js';
import { renderCertificatePdf } from './pdf.js';
import { canReadGroupEnrolment } from './policy.js';

/**
 * The attestato di partecipazione of an enrolment: `GET /api/group-enrolments/:id/certificate.pdf`,
 * for the citizen and the network's staff, once a session is marked PRESENT (409 before). Others
 * get 404, as for a missing enrolment; a read by the staff is audited.
 */
export async function groupCertificateRoutes(app: FastifyInstance) {
  app.get<{ Params: { id: string } }>(
    '/api/group-enrolments/:id/certificate.pdf',
    { schema: uuidParams('id') },
    async (request, reply) => {
      const { services } = request;
      const { actor } = request;
      if (actor.kind === 'ANONYMOUS') return reply.code(401).send({ error: 'Non trovato.' });
      const enrolment = await services.groupActivities.enrolmentById(request.params.id);
      if (!enrolment || !canReadGroupEnrolment(actor, enrolment))
        return reply.code(404).send({ error: 'Non trovato.' });
      const certificate = await services.groupActivities.certificate(enrolment, actor as UserActor);
      if (!certificate)
        return reply
          .code(409)
          .send({ error: 'Nessun incontro risulta frequentato: l’attestato non è ancora disponibile.' });
      const citizen = (await services.citizens.byId(enrolment.networkId, enrolment.citizenId))!;
      const pdf = await renderCertificatePdf(certificate, citizen, new Date());
      return sendPdf(reply, `Attestato-${certificate.activity.title}-${citizen.user.familyName}.pdf`, pdf);
    },
  );
}
