import { createPrivateKey } from 'node:crypto';
import { importPKCS8 } from 'jose';
import * as oidc from 'openid-client';
import type { Config } from '../../config.js';

/** The authorization request's secrets, kept server-side until the callback. */
export interface AuthorizationRequest {
  url: URL;
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface CodeExchange {
  issuer: string;
  subject: string;
  claims: Record<string, unknown>;
  idToken: string | undefined;
}

export interface RelyingParty {
  /** The development provider of this installation, not SPID or CIE. */
  development: boolean;
  authorizationRequest(): Promise<AuthorizationRequest>;
  /** Exchanges the code of the callback's query, checking state, nonce and the PKCE verifier. */
  exchangeCode(
    query: URLSearchParams,
    expected: { state: string; nonce: string; codeVerifier: string },
  ): Promise<CodeExchange>;
  /** Where the browser ends its session at the provider, or null if it offers no logout. */
  logoutUrl(idToken: string): Promise<string | null>;
}

const keyAlgorithm = (pem: string) => {
  const key = createPrivateKey(pem);
  if (key.asymmetricKeyType === 'rsa') return 'RS256';
  if (key.asymmetricKeyType === 'ec') return 'ES256';
  if (key.asymmetricKeyType === 'ed25519') return 'EdDSA';
  throw new Error(`OIDC_CLIENT_PRIVATE_KEY: unsupported key type ${key.asymmetricKeyType}`);
};

async function clientAuthentication(config: Config): Promise<oidc.ClientAuth> {
  if (config.OIDC_CLIENT_SECRET) return oidc.ClientSecretBasic(config.OIDC_CLIENT_SECRET);
  const pem = config.OIDC_CLIENT_PRIVATE_KEY!;
  return oidc.PrivateKeyJwt(await importPKCS8(pem, keyAlgorithm(pem)));
}

/**
 * The API as relying party of the configured OpenID Connect provider (openid-client): authorization
 * code flow with PKCE (S256), state and nonce. Null when no provider is configured.
 */
export function createRelyingParty(config: Config, development: boolean): RelyingParty | null {
  if (!config.OIDC_ISSUER || !config.OIDC_CLIENT_ID) return null;
  const redirectUri = `${config.publicUrl}/api/oidc/callback`;
  const postLogoutRedirectUri = `${config.publicUrl}/cittadini/accedi`;
  let discovered: Promise<oidc.Configuration> | null = null;
  /** Discovered on first use, and again after a failure (the provider may have been down). */
  const configuration = () => {
    discovered ??= clientAuthentication(config)
      .then((auth) =>
        oidc.discovery(
          new URL(config.OIDC_ISSUER!),
          config.OIDC_CLIENT_ID!,
          undefined,
          auth,
          // Plain http only for a provider on a development or test machine.
          config.production ? undefined : { execute: [oidc.allowInsecureRequests] },
        ),
      )
      .catch((error: unknown) => {
        discovered = null;
        throw error;
      });
    return discovered;
  };

  return {
    development,
    async authorizationRequest() {
      const server = await configuration();
      const codeVerifier = oidc.randomPKCECodeVerifier();
      const state = oidc.randomState();
      const nonce = oidc.randomNonce();
      const url = oidc.buildAuthorizationUrl(server, {
        redirect_uri: redirectUri,
        scope: config.OIDC_SCOPE,
        code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
        prompt: 'login',
      });
      return { url, state, nonce, codeVerifier };
    },

    async exchangeCode(query, expected) {
      const server = await configuration();
      // The registered redirect URI, whatever host name the browser came back through.
      const callbackUrl = new URL(`${redirectUri}?${query}`);
      const tokens = await oidc.authorizationCodeGrant(server, callbackUrl, {
        pkceCodeVerifier: expected.codeVerifier,
        expectedState: expected.state,
        expectedNonce: expected.nonce,
        idTokenExpected: true,
      });
      const idClaims = tokens.claims()!;
      // SPID and CIE give the person's attributes at the userinfo endpoint.
      const userInfo = await oidc.fetchUserInfo(server, tokens.access_token, idClaims.sub);
      return {
        issuer: idClaims.iss,
        subject: idClaims.sub,
        claims: { ...userInfo, ...idClaims } as Record<string, unknown>,
        idToken: tokens.id_token,
      };
    },

    async logoutUrl(idToken) {
      const server = await configuration();
      if (!server.serverMetadata().end_session_endpoint) return null;
      return oidc
        .buildEndSessionUrl(server, {
          id_token_hint: idToken,
          post_logout_redirect_uri: postLogoutRedirectUri,
        })
        .toString();
    },
  };
}
