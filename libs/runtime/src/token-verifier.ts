import type { AppConfig } from '#config';
import {
  jwksTokenVerifier,
  loadOrCreateSigningKey,
  localTokenVerifier,
  rememberingTokenVerifier,
  type TokenVerifier,
} from '#auth';

/**
 * Production trusts its identity provider's JWKS; otherwise the local key in DATA_DIR. Either
 * way a token that verified is trusted for up to a minute without checking its signature again.
 */
export async function createTokenVerifier(config: Pick<AppConfig, 'jwks' | 'dataDir'>): Promise<TokenVerifier> {
  const verifier = config.jwks
    ? jwksTokenVerifier(config.jwks)
    : localTokenVerifier(await loadOrCreateSigningKey(config.dataDir));
  return rememberingTokenVerifier(verifier);
}
