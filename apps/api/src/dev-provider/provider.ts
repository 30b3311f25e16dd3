import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import type { Config } from '../config.js';
import { FISCAL_NUMBER_CLAIM, fiscalNumberClaim } from '../modules/identity/external-claims.js';
import { TEST_IDENTITIES } from './identities.js';
import { escapeHtml, loginPage } from './login-page.js';

export interface DevProviderOptions {
  host: string;
  /** 0: any free port. */
  port: number;
  /** Host name the browser reaches the provider at (the API's public host name). */
  publicHostname: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  postLogoutRedirectUri: string;
}

export interface DevProvider {
  issuer: string;
  close(): Promise<void>;
}

const CLAIMS = ['given_name', 'family_name', 'birthdate', 'email', 'email_verified', FISCAL_NUMBER_CLAIM];

/**
 * A real OpenID Connect provider (oidc-provider) for development and tests, with the test identities
 * of `identities.ts` and the claims SPID and CIE send; its login page lists the identities.
 */
export async function startDevProvider(options: DevProviderOptions): Promise<DevProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(options.port, options.host, resolve));
  const { port } = server.address() as AddressInfo;
  const issuer = `http://${options.publicHostname}:${port}`;

  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const configuration: Configuration = {
    jwks: {
      keys: [{ ...(await exportJWK(privateKey)), kid: 'sviluppo', alg: 'RS256', use: 'sig' }] as never,
    },
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: [options.redirectUri],
        post_logout_redirect_uris: [options.postLogoutRedirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    pkce: { required: () => true },
    claims: {
      openid: ['sub'],
      profile: ['given_name', 'family_name', 'birthdate', FISCAL_NUMBER_CLAIM],
      email: ['email', 'email_verified'],
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: true, logoutSource },
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx, sub) => {
      const identity = TEST_IDENTITIES.find((candidate) => candidate.sub === sub);
      if (!identity) return undefined;
      return {
        accountId: sub,
        claims: () => ({
          sub,
          given_name: identity.givenName,
          family_name: identity.familyName,
          birthdate: identity.birthDate,
          email: identity.email,
          email_verified: true,
          [FISCAL_NUMBER_CLAIM]: fiscalNumberClaim(identity.codiceFiscale),
        }),
      };
    },
    // The portal is the provider's only client: the person is not asked to consent to it.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const { client, session, provider } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const grantId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
      if (grantId) return provider.Grant.find(grantId);
      const grant = new provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope('openid profile email');
      grant.addOIDCClaims(CLAIMS);
      await grant.save();
      return grant;
    },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = `<!doctype html><html lang="it"><meta charset="utf-8"><title>Errore</title><h1>Errore del fornitore di identità di prova</h1><p>${escapeHtml(String(out.error_description ?? out.error))}</p>`;
    },
  };
  const provider = new Provider(issuer, configuration);
  const handle = provider.callback();

  server.on('request', (req, res) => {
    const match = /^\/interaction\/([\w-]+)$/.exec(req.url ?? '');
    if (!match) return handle(req, res);
    (async () => {
      const details = await provider.interactionDetails(req, res);
      if (req.method === 'POST') {
        const sub = new URLSearchParams(await readBody(req)).get('sub');
        const known = TEST_IDENTITIES.some((identity) => identity.sub === sub);
        const result = known ? { login: { accountId: sub! } } : { error: 'access_denied' };
        return provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
      }
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.setHeader('cache-control', 'no-store');
      res.end(loginPage(details.uid, TEST_IDENTITIES));
    })().catch((error: unknown) => {
      res.statusCode = 400;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end(
        `Accesso non riuscito: ${error instanceof Error ? error.message : 'errore'}. Torna al portale e riprova.`,
      );
    });
  });

  return {
    issuer,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > 10_000) req.destroy(new Error('too large'));
    });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

/** The logout the portal asks for ends the session here at once, without asking again. */
async function logoutSource(ctx: KoaContextWithOIDC, form: string) {
  ctx.body = `<!doctype html><html lang="it"><head><meta charset="utf-8"><title>Uscita</title></head><body>${form}<noscript><button type="submit" form="op.logoutForm" name="logout" value="yes">Esci</button></noscript><script>const f=document.getElementById('op.logoutForm');const i=document.createElement('input');i.type='hidden';i.name='logout';i.value='yes';f.appendChild(i);f.submit();</script></body></html>`;
}

/**
 * In development, without a provider configured, the API starts the development provider and
 * becomes its client; the configuration returned names it.
 */
export async function withDevelopmentProvider<C extends Config>(
  config: C,
): Promise<{ config: C; provider: DevProvider | null }> {
  if (config.OIDC_ISSUER || config.NODE_ENV !== 'development') return { config, provider: null };
  const clientId = 'sportello-lavoro-sviluppo';
  const clientSecret = randomBytes(32).toString('base64url');
  const provider = await startDevProvider({
    host: config.HOST,
    port: config.OIDC_DEV_PORT,
    publicHostname: new URL(config.publicUrl).hostname,
    clientId,
    clientSecret,
    redirectUri: `${config.publicUrl}/api/oidc/callback`,
    postLogoutRedirectUri: `${config.publicUrl}/cittadini/accedi`,
  });
  return {
    provider,
    config: {
      ...config,
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: clientId,
      OIDC_CLIENT_SECRET: clientSecret,
      OIDC_CLIENT_PRIVATE_KEY: undefined,
      oidcDevelopmentProvider: true,
    },
  };
}
