import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { UserActor } from '../../context.js';
import { sendJsonDownload } from '../../lib/downloads.js';
import { sendPdf } from '../../lib/pdf.js';
import { uuidParams } from '../../lib/route-schemas.js';
import { renderCitizenExportPdf, renderCompanyExportPdf } from './pdf.js';
import {
  canExportCitizenData,
  canExportCompanyData,
  canExportOwnCitizenData,
  canExportOwnCompanyData,
} from './policy.js';
import type { CitizenExport, CompanyExport, ExportFormat } from './service.js';

const FORMATS: readonly ExportFormat[] = ['json', 'pdf'];

/** The document as a download, never cached: JSON indented for people who open it too. */
async function send(
  reply: FastifyReply,
  name: string,
  format: ExportFormat,
  document: CitizenExport | CompanyExport,
) {
  const day = document.generatedAt.toISOString().slice(0, 10);
  const file = `Dati-Sportello-Lavoro-${name}-${day}`;
  if (format === 'pdf') {
    const pdf =
      document.kind === 'CITIZEN'
        ? await renderCitizenExportPdf(document)
        : await renderCompanyExportPdf(document);
    return sendPdf(reply, `${file}.pdf`, pdf);
  }
  return sendJsonDownload(reply, `${file}.json`, document);
}

/**
 * Right of access and portability (art. 15 and 20 GDPR), as downloads with the bearer token:
 * - `GET /api/privacy/export.json` and `.pdf`: the signed-in citizen's data, or the data of the
 *   signed-in member's company;
 * - `GET /api/privacy/citizens/:citizenId/export.json` and `.pdf`: a citizen's data, produced at the
 *   desk by the staff of the citizen's network (audited, and told to the citizen);
 * - `GET /api/privacy/companies/:companyId/export.json` and `.pdf`: a company's data, produced by the
 *   staff of its network (audited, and told to the company's members).
 * Anyone else gets 404, as for a missing citizen; without a token, 401.
 */
export async function privacyExportRoutes(app: FastifyInstance) {
  const notFound = (reply: FastifyReply) => reply.code(404).send({ error: 'Non trovato.' });
  const signedIn = (request: FastifyRequest): (UserActor & { networkId: string }) | null => {
    const { actor } = request;
    if (actor.kind === 'ANONYMOUS' || actor.kind === 'API_CLIENT' || !actor.networkId) return null;
    return actor as UserActor & { networkId: string };
  };
  const unauthenticated = (request: FastifyRequest, reply: FastifyReply) =>
    request.actor.kind === 'ANONYMOUS' ? reply.code(401).send({ error: 'Non trovato.' }) : notFound(reply);

  for (const format of FORMATS) {
    app.get(`/api/privacy/export.${format}`, async (request, reply) => {
      const { services } = request;
      const actor = signedIn(request);
      if (!actor) return unauthenticated(request, reply);
      if (canExportOwnCitizenData(actor)) {
        const citizen = await services.citizens.byId(actor.networkId, actor.userId);
        if (!citizen) return notFound(reply);
        const document = await services.privacy.exportCitizen(citizen, actor, format);
        return send(reply, `${citizen.user.familyName}-${citizen.user.givenName}`, format, document);
      }
      if (canExportOwnCompanyData(actor)) {
        const document = await services.privacy.exportCompany(actor.companyId!, actor, format);
        if (!document) return notFound(reply);
        return send(reply, document.subject.legalName, format, document);
      }
      return notFound(reply);
    });

    app.get<{ Params: { citizenId: string } }>(
      `/api/privacy/citizens/:citizenId/export.${format}`,
      { schema: uuidParams('citizenId') },
      async (request, reply) => {
        const { services } = request;
        const actor = signedIn(request);
        if (!actor) return unauthenticated(request, reply);
        const citizen = await services.citizens.byId(actor.networkId, request.params.citizenId);
        if (!citizen || !canExportCitizenData(actor, citizen)) return notFound(reply);
        const document = await services.privacy.exportCitizen(citizen, actor, format);
        return send(reply, `${citizen.user.familyName}-${citizen.user.givenName}`, format, document);
      },
    );

    app.get<{ Params: { companyId: string } }>(
      `/api/privacy/companies/:companyId/export.${format}`,
      { schema: uuidParams('companyId') },
      async (request, reply) => {
        const { services } = request;
        const actor = signedIn(request);
        if (!actor) return unauthenticated(request, reply);
        if (!canExportCompanyData(actor, actor)) return notFound(reply);
        const document = await services.privacy.exportCompany(request.params.companyId, actor, format);
        if (!document) return notFound(reply);
        return send(reply, document.subject.legalName, format, document);
      },
    );
  }
}
