import * as oidc from 'openid-client';
import { importJWK, importPKCS8, type JWK } from 'jose';
import type { Principal } from '#application';
import { principalFromMappedClaims, type ClaimMapping } from './claim-mapping';

export type OidcClientAuthentication =
  | { readonly kind: 'client-secret'; readonly secret: string }
  | { readonly kind: 'private-key-jwt'; readonly key: string };

export interface OidcSignInSettings {
  readonly issuerUrl: string;
  readonly clientId: string;
  readonly clientAuth: OidcClientAuthentication;
  readonly scopes: string;
  /** Where the provider sends the browser back: `<PUBLIC_URL>/inloggen/terug`. */
  readonly redirectUri: string;
  /** Where the provider sends the browser after signing out there. */
  readonly postLogoutRedirectUri: string;
  readonly claims: ClaimMapping;
}

/** The provider's `email` and `name` claims, when it sends them: where the notifications write. */
export interface SignedInContact {
  readonly email?: string;
  readonly name?: string;
}

/** What the browser must bring back from the provider; kept in a short-lived cookie meanwhile. */
export interface PendingSignIn {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
}

export interface OidcSignIn {
  /** The provider's issuer identifier, as its discovery document states it. */
  readonly issuer: string;
  /** Its signing keys, for the API's bearer tokens when no JWKS URL is configured apart. */
  readonly jwksUri: string | undefined;
  /** The provider's authorization URL for a fresh sign-in (code flow, PKCE S256, nonce). */
  begin(): Promise<{ readonly url: URL; readonly pending: PendingSignIn }>;
  /** Redeems the code the provider sent back; the caller is read from the ID token's claims. */
  finish(
    callbackUrl: URL,
    pending: PendingSignIn,
  ): Promise<{ readonly principal: Principal; readonly idToken: string; readonly contact: SignedInContact }>;
  /** The provider's end-session URL (RP-initiated logout), when it offers one. */
  endSessionUrl(idTokenHint: string | undefined): URL | undefined;
}

/**
 * OpenID Connect sign-in with `openid-client` (ADR 0027): discovery at start, so a wrong
 * issuer stops the server with its name rather than failing the first visitor.
 */
export async function discoverOidc(settings: OidcSignInSettings): Promise<OidcSignIn> {
  const issuerUrl = new URL(settings.issuerUrl);
  const configuration = await oidc.discovery(
    issuerUrl,
    settings.clientId,
    { redirect_uris: [settings.redirectUri], response_types: ['code'] },
    await clientAuthentication(settings.clientAuth),
    // http is accepted for a provider on this machine only; the settings refuse it elsewhere.
    issuerUrl.protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : undefined,
  );
  const metadata = configuration.serverMetadata();
  return {
    issuer: metadata.issuer,
    jwksUri: metadata.jwks_uri,
    async begin() {
      const pending = {
        state: oidc.randomState(),
        nonce: oidc.randomNonce(),
        codeVerifier: oidc.randomPKCECodeVerifier(),
      };
      const url = oidc.buildAuthorizationUrl(configuration, {
        redirect_uri: settings.redirectUri,
        scope: settings.scopes.split(' ').includes('openid') ? settings.scopes : `openid ${settings.scopes}`,
        state: pending.state,
        // Every ID token issued to us carries a nonce: the API refuses any token that does.
        nonce: pending.nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
        code_challenge_method: 'S256',
      });
      return { url, pending };
    },
    async finish(callbackUrl, pending) {
      const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims || tokens.id_token === undefined) throw new Error('The provider sent no ID token.');
      const contact = {
        ...(typeof claims['email'] === 'string' ? { email: claims['email'] } : {}),
        ...(typeof claims['name'] === 'string' ? { name: claims['name'] } : {}),
      };
      return { principal: principalFromMappedClaims(claims, settings.claims), idToken: tokens.id_token, contact };
    },
    endSessionUrl(idTokenHint) {
      if (metadata.end_session_endpoint === undefined) return undefined;
      return oidc.buildEndSessionUrl(configuration, {
        post_logout_redirect_uri: settings.postLogoutRedirectUri,
        ...(idTokenHint === undefined ? {} : { id_token_hint: idTokenHint }),
      });
    },
  };
}

async function clientAuthentication(auth: OidcClientAuthentication): Promise<oidc.ClientAuth> {
  switch (auth.kind) {
    case 'client-secret':
      return oidc.ClientSecretPost(auth.secret);
    case 'private-key-jwt': {
      const text = auth.key.trim();
      if (text.startsWith('{')) {
        const jwk = JSON.parse(text) as JWK;
        const key = (await importJWK(jwk, jwk.alg ?? 'RS256')) as CryptoKey;
        return oidc.PrivateKeyJwt(jwk.kid === undefined ? key : { key, kid: jwk.kid });
      }
      return oidc.PrivateKeyJwt(await importPKCS8(text, 'RS256'));
    }
  }
}
