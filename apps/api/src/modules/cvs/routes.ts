import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendJsonDownload } from '../../lib/downloads.js';
import { sendPdf } from '../../lib/pdf.js';
import { uuidParams } from '../../lib/route-schemas.js';
import type { Services } from '../../services.js';
import { canSeeCandidateIdentity } from '../applications/policy.js';
import type { CitizenRecord } from '../citizens/service.js';
import { toEuropass } from './europass.js';
import { renderCvPdf } from './pdf.js';
import { canReadCv } from './policy.js';

/**
 * The CV as a PDF: `GET /api/cv/:citizenId.pdf` with the rule of reading the CV, and
 * `GET /api/applications/:applicationId/cv.pdf` with the rule of seeing the candidate of a
 * candidature (the company once the candidate has applied or accepted). The CV as a Europass
 * document: `GET /api/cv/:citizenId/europass.json`, with the rule of reading the CV. Others get 404,
 * as for a missing CV.
 */
export async function cvDownloadRoutes(app: FastifyInstance) {
  async function cvOf(services: Services, citizen: CitizenRecord) {
    const cv = (await services.cvs.byCitizens([citizen.userId])).get(citizen.userId);
    const [residence] = await services.network.comuniByCodes([citizen.residenceComuneCode]);
    return { cv, residence };
  }
  const fileName = (citizen: CitizenRecord, extension: string) =>
    `CV-${citizen.user.familyName}-${citizen.user.givenName}.${extension}`;
  async function send(reply: FastifyReply, services: Services, citizen: CitizenRecord) {
    const { cv, residence } = await cvOf(services, citizen);
    return sendPdf(reply, fileName(citizen, 'pdf'), await renderCvPdf(citizen, cv, residence));
  }
  const notFound = (reply: FastifyReply) => reply.code(404).send({ error: 'Non trovato.' });
  const networkOf = (request: FastifyRequest) =>
    request.actor.kind === 'ANONYMOUS' ? null : request.actor.networkId;
  const refuse = (request: FastifyRequest, reply: FastifyReply) =>
    request.actor.kind === 'ANONYMOUS' ? reply.code(401).send({ error: 'Non trovato.' }) : notFound(reply);

  app.get<{ Params: { citizenId: string } }>(
    '/api/cv/:citizenId.pdf',
    { schema: uuidParams('citizenId') },
    async (request, reply) => {
      const { services } = request;
      const networkId = networkOf(request);
      if (!networkId) return refuse(request, reply);
      const citizen = await services.citizens.byId(networkId, request.params.citizenId);
      if (!citizen || !canReadCv(request.actor, citizen)) return notFound(reply);
      return send(reply, services, citizen);
    },
  );

  app.get<{ Params: { citizenId: string } }>(
    '/api/cv/:citizenId/europass.json',
    { schema: uuidParams('citizenId') },
    async (request, reply) => {
      const { services } = request;
      const networkId = networkOf(request);
      if (!networkId) return refuse(request, reply);
      const citizen = await services.citizens.byId(networkId, request.params.citizenId);
      if (!citizen || !canReadCv(request.actor, citizen)) return notFound(reply);
      const { cv, residence } = await cvOf(services, citizen);
      const europass = toEuropass(citizen, cv, residence, new Date());
      return sendJsonDownload(reply, fileName(citizen, 'europass.json'), europass);
    },
  );

  app.get<{ Params: { applicationId: string } }>(
    '/api/applications/:applicationId/cv.pdf',
    { schema: uuidParams('applicationId') },
    async (request, reply) => {
      const { services } = request;
      const networkId = networkOf(request);
      if (!networkId) return refuse(request, reply);
      const application = await services.applications.byId(request.params.applicationId);
      if (!application || application.networkId !== networkId) return notFound(reply);
      if (!canSeeCandidateIdentity(request.actor, application)) return notFound(reply);
      const citizen = await services.citizens.byId(networkId, application.citizenId);
      return citizen ? send(reply, services, citizen) : notFound(reply);
    },
  );
}
