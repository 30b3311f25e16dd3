import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { type Actor, anonymous } from '../context.js';
import { InvalidTokenError, type TokenService } from '../lib/tokens.js';
import type { RevocationList } from '../modules/identity/revocations.js';
import { twoFactorEnrolmentRequired } from './two-factor-gate.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
  }
}

/**
 * Turns the bearer token into `request.actor`. A token that is present but invalid (expired, forged,
 * unsigned, wrong audience, or of a session or API client revoked since) is refused outright rather
 * than treated as anonymous, so a client notices.
 */
export const authPlugin = fp(
  async (
    app: FastifyInstance,
    { tokens, revocations }: { tokens: TokenService; revocations: RevocationList },
  ) => {
    app.decorateRequest('actor', null as never);
    app.addHook('onRequest', async (request: FastifyRequest, reply) => {
      request.actor = anonymous;
      const header = request.headers.authorization;
      if (!header) return;
      const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header);
      try {
        if (!match?.[1]) throw new InvalidTokenError('malformed authorization header');
        const { actor, credential } = await tokens.verify(match[1]);
        if (revocations.isRevoked(credential)) throw new InvalidTokenError('revoked');
        request.actor = actor;
        if ('twoFactorEnrolmentRequired' in actor && actor.twoFactorEnrolmentRequired) {
          // Only GraphQL has operations open during the enrolment (see two-factor-gate.ts).
          if (request.url.split('?')[0] !== '/graphql') {
            return reply.code(403).send({
              errors: [
                {
                  message: twoFactorEnrolmentRequired().message,
                  extensions: { code: 'TWO_FACTOR_ENROLMENT_REQUIRED' },
                },
              ],
            });
          }
        }
      } catch (error) {
        if (!(error instanceof InvalidTokenError)) throw error;
        request.log.info({ reason: error.message }, 'access token refused');
        return reply
          .code(401)
          .header('www-authenticate', 'Bearer error="invalid_token"')
          .send({
            errors: [{ message: 'Sessione non valida o scaduta.', extensions: { code: 'UNAUTHENTICATED' } }],
          });
      }
    });
  },
);
