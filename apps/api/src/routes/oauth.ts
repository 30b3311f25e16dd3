import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ApiScope } from '../context.js';
import { API_SCOPES } from '../lib/tokens.js';
import type { IdentityService } from '../modules/identity/service.js';

/** Client ids and secrets are printable ASCII (RFC 6749 appendix A); anything else is refused here. */
const credential = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[\x20-\x7e]+$/);

const tokenRequest = z.object({
  grant_type: z.literal('client_credentials'),
  client_id: credential,
  client_secret: credential,
  scope: z
    .string()
    .max(500)
    .regex(/^[\x20-\x7e]*$/)
    .optional(),
});

/** OAuth 2.0 client-credentials token endpoint (RFC 6749 §4.4) for third-party integrations. */
export async function oauthRoutes(app: FastifyInstance, { identity }: { identity: IdentityService }) {
  // RFC 6749 clients send form-encoded bodies; JSON is accepted too.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    },
  );
  app.post('/oauth/token', async (request, reply) => {
    const parsed = tokenRequest.safeParse(request.body ?? {});
    if (!parsed.success) {
      const body = request.body as { grant_type?: unknown } | null | undefined;
      const unsupported = body?.grant_type !== 'client_credentials';
      return reply.code(400).send({ error: unsupported ? 'unsupported_grant_type' : 'invalid_request' });
    }
    const requested = parsed.data.scope?.split(' ').filter(Boolean) ?? null;
    if (requested?.some((scope) => !API_SCOPES.includes(scope as ApiScope))) {
      return reply.code(400).send({ error: 'invalid_scope' });
    }
    const result = await identity.clientCredentials(
      parsed.data.client_id,
      parsed.data.client_secret,
      requested as ApiScope[] | null,
    );
    if ('error' in result)
      return reply.code(result.error === 'invalid_client' ? 401 : 400).send({ error: result.error });
    return reply.header('cache-control', 'no-store').send({
      access_token: result.token.token,
      token_type: 'Bearer',
      expires_in: Math.round((result.token.expiresAt.getTime() - Date.now()) / 1000),
      scope: result.scopes.join(' '),
    });
  });
}
