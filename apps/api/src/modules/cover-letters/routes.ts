import type { FastifyInstance } from 'fastify';
import { sendPdf } from '../../lib/pdf.js';
import { uuidParams } from '../../lib/route-schemas.js';
import { renderCoverLetterPdf } from './pdf.js';
import { canReadCoverLetter } from './policy.js';

/** GET /api/cover-letters/:id.pdf with the same rule as reading the letter; others get 404. */
export async function coverLetterPdfRoutes(app: FastifyInstance) {
  app.get<{ Params: { id: string } }>(
    '/api/cover-letters/:id.pdf',
    { schema: uuidParams('id') },
    async (request, reply) => {
      const { services } = request;
      const { actor } = request;
      const networkId = actor.kind === 'ANONYMOUS' ? null : actor.networkId;
      if (!networkId)
        return reply.code(actor.kind === 'ANONYMOUS' ? 401 : 404).send({ error: 'Non trovato.' });
      const letter = await services.coverLetters.byId(request.params.id);
      const citizen = letter && (await services.citizens.byId(networkId, letter.citizenId));
      if (!letter || !citizen || !canReadCoverLetter(actor, citizen))
        return reply.code(404).send({ error: 'Non trovato.' });
      const [vacancy] = letter.vacancyId ? await services.vacancies.byIds([letter.vacancyId]) : [];
      const [residence, workplace, companyNames] = await Promise.all([
        services.network.comuniByCodes([citizen.residenceComuneCode]),
        services.network.comuniByCodes(vacancy?.workplaceComuneCode ? [vacancy.workplaceComuneCode] : []),
        services.vacancies.companyNames(vacancy ? [vacancy.companyId] : []),
      ]);
      const addressee = vacancy
        ? { companyName: companyNames.get(vacancy.companyId) ?? '', comune: workplace[0]?.name ?? null }
        : null;
      const home = residence[0] ? { name: residence[0].name, province: residence[0].provinceCode } : null;
      const pdf = await renderCoverLetterPdf(letter, citizen, home, addressee);
      return sendPdf(reply, `Lettera-${citizen.user.familyName}-${citizen.user.givenName}.pdf`, pdf);
    },
  );
}
