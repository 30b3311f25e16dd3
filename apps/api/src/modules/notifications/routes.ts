import type { FastifyInstance } from 'fastify';

/**
 * RFC 8058 one-click unsubscribe: mail clients POST here (List-Unsubscribe-Post) without the person
 * signing in; the signed token in the address is the authority. People follow the link in the
 * email's text to the citizens' portal instead, which asks them to confirm.
 */
export async function jobAlertRoutes(app: FastifyInstance) {
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) =>
    done(null, body),
  );
  app.post<{ Querystring: { token?: string } }>('/job-alerts/unsubscribe', async (request, reply) => {
    const { services } = request;
    const ok = await services.jobAlerts.unsubscribe(request.query.token ?? '');
    return reply.code(ok ? 200 : 400).send({ ok });
  });
}
