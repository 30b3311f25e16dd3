import type { FastifyInstance } from 'fastify';
import type { ExternalLoginService } from './external-login.js';

const COOKIE = 'sl_spid_cie';
const COOKIE_PATH = '/api/oidc';
/** The portal page that completes the login; the ticket travels in the fragment, never in logs. */
const PORTAL_PAGE = '/cittadini/accesso-spid-cie';

/**
 * The browser's side of the SPID/CIE login: `start` sends it to the provider with a cookie binding
 * the login to it, `callback` takes the provider's answer and hands the portal a single-use ticket.
 */
export async function externalLoginRoutes(
  app: FastifyInstance,
  { externalLogin, production }: { externalLogin: ExternalLoginService; production: boolean },
) {
  const cookieOptions = { path: COOKIE_PATH, httpOnly: true, sameSite: 'lax', secure: production } as const;

  app.get('/api/oidc/start', async (request, reply) => {
    if (!externalLogin.provider) return reply.code(404).send({ error: 'not_configured' });
    const started = await externalLogin.start(request.ip);
    reply.header('cache-control', 'no-store');
    if (started === 'TOO_MANY') return reply.redirect(`${PORTAL_PAGE}#errore=TOO_MANY`);
    reply.setCookie(COOKIE, started.browserSecret, { ...cookieOptions, maxAge: 10 * 60 });
    return reply.redirect(started.url);
  });

  app.get('/api/oidc/callback', async (request, reply) => {
    if (!externalLogin.provider) return reply.code(404).send({ error: 'not_configured' });
    const query = new URLSearchParams(request.url.split('?')[1] ?? '');
    const result = await externalLogin.callback(query, request.cookies[COOKIE]);
    reply.clearCookie(COOKIE, cookieOptions).header('cache-control', 'no-store');
    const fragment = 'ticket' in result ? `ticket=${result.ticket}` : `errore=${result.failure}`;
    return reply.redirect(`${PORTAL_PAGE}#${fragment}`);
  });
}
