import type { AppConfig } from '#config';
import { jwksTokenVerifier, loadOrCreateSigningKey, localTokenVerifier, type TokenVerifier } from '#auth';

/** Production trusts its identity provider's JWKS; otherwise the local key in DATA_DIR. */
export async function createTokenVerifier(config: Pick<AppConfig, 'jwks' | 'dataDir'>): Promise<TokenVerifier> {
  if (config.jwks) return jwksTokenVerifier(config.jwks);
  return localTokenVerifier(await loadOrCreateSigningKey(config.dataDir));
}
