import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';

const FILE = 'jwt-signing-key.json';
const ALGORITHM = 'ES256';

export interface LocalSigningKey {
  readonly privateKey: CryptoKey;
  readonly publicKey: CryptoKey;
  readonly kid: string;
}

/**
 * The embedded default's token key: made on first use, kept in `DATA_DIR` (mode 0600), so the
 * CLI signs tokens that the running server accepts. Production verifies against a JWKS issuer.
 */
export async function loadOrCreateSigningKey(dataDir: string): Promise<LocalSigningKey> {
  const path = join(dataDir, FILE);
  const stored = await readFile(path, 'utf8').catch(() => null);
  if (stored !== null) return importStored(JSON.parse(stored) as JWK);
  const { privateKey } = await generateKeyPair(ALGORITHM, { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), alg: ALGORITHM, kid: `local-${Date.now().toString(36)}` };
  await mkdir(dataDir, { recursive: true });
  try {
    await writeFile(path, JSON.stringify(jwk), { mode: 0o600, flag: 'wx' });
  } catch {
    // Another process made the key first: use theirs, so all tokens verify.
    return importStored(JSON.parse(await readFile(path, 'utf8')) as JWK);
  }
  return importStored(jwk);
}

async function importStored(jwk: JWK): Promise<LocalSigningKey> {
  const { d: _private, ...publicJwk } = jwk;
  const privateKey = (await importJWK(jwk, ALGORITHM)) as CryptoKey;
  const publicKey = (await importJWK(publicJwk, ALGORITHM)) as CryptoKey;
  return { privateKey, publicKey, kid: jwk.kid ?? 'local' };
}
