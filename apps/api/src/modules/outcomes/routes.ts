import type { FastifyInstance } from 'fastify';
import type { Actor } from '../../context.js';
import { sendPdf } from '../../lib/pdf.js';
import { uuidParams } from '../../lib/route-schemas.js';
import type { Services } from '../../services.js';
import { canManageFunding } from './policy.js';
import { renderStatementCsv } from './statement-csv.js';
import { renderStatementPdf } from './statement-pdf.js';

/**
 * An issued statement as a PDF or CSV file: `GET /api/statements/:id.pdf` and `.csv` with the
 * bearer token, for the network's admins; anyone else gets 404, as for a missing statement.
 */
export async function statementRoutes(app: FastifyInstance) {
  async function load(services: Services, actor: Actor, id: string) {
    const statement = await services.statements.byId(id);
    if (!statement || !canManageFunding(actor, statement.networkId)) return null;
    const [contract, lines] = await Promise.all([
      services.contracts.byId(statement.contractId),
      services.statements.linesOf([statement.id]),
    ]);
    return { statement, contract: contract!, lines: lines.get(statement.id) ?? [] };
  }
  const fileName = (found: { statement: { number: number }; contract: { name: string } }, ext: string) =>
    `Rendiconto-${found.statement.number}-${found.contract.name}.${ext}`.replace(/[^\w.-]+/g, '_');

  app.get<{ Params: { id: string } }>(
    '/api/statements/:id.pdf',
    { schema: uuidParams('id') },
    async (request, reply) => {
      const { services } = request;
      if (request.actor.kind === 'ANONYMOUS') return reply.code(401).send({ error: 'Non trovato.' });
      const found = await load(services, request.actor, request.params.id);
      if (!found) return reply.code(404).send({ error: 'Non trovato.' });
      const [network, [sportello]] = await Promise.all([
        services.network.networkById(found.statement.networkId),
        services.network.sportelliByIds([found.contract.sportelloId]),
      ]);
      const pdf = await renderStatementPdf({ ...found, networkName: network!.name, sportello: sportello! });
      return sendPdf(reply, fileName(found, 'pdf'), pdf);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/statements/:id.csv',
    { schema: uuidParams('id') },
    async (request, reply) => {
      const { services } = request;
      if (request.actor.kind === 'ANONYMOUS') return reply.code(401).send({ error: 'Non trovato.' });
      const found = await load(services, request.actor, request.params.id);
      if (!found) return reply.code(404).send({ error: 'Non trovato.' });
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${fileName(found, 'csv')}"`)
        .header('cache-control', 'no-store')
        .send(renderStatementCsv(found.contract, found.statement, found.lines));
    },
  );
}
