import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { decryptValue, encryptValue, type PersonKeys } from '#privacy';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A sealed document: its bytes under a fresh data key, and that key's shares, each wrapped under one key. */
export interface SealedDocument {
  readonly ciphertext: Buffer;
  readonly wrappedKey: string;
}

/**
 * Seals `bytes` under a data key of their own. The data key is split into one random share per
 * key of `layers` (the shares XOR to the key) and each share is sealed under its key, bound to
 * its id. Reading needs every share, so destroying any of those keys (ForgetPerson) leaves
 * nobody able to read the document; unlike wrapping layer upon layer, the wrapped key grows
 * linearly with the persons concerned. The document's hash is the associated data: the
 * ciphertext cannot be passed off as another document.
 */
export function sealDocument(
  bytes: Buffer,
  sha256: string,
  layers: readonly string[],
  keys: PersonKeys,
): SealedDocument {
  const dataKey = randomBytes(32);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, dataKey, iv);
  cipher.setAAD(Buffer.from(sha256, 'utf8'));
  const body = Buffer.concat([cipher.update(bytes), cipher.final()]);
  const shares: Buffer[] = layers.map(() => randomBytes(32));
  // The last share makes the XOR of all of them the data key.
  shares[shares.length - 1] = shares.slice(0, -1).reduce(xor, dataKey);
  const wrappedKey = JSON.stringify(
    layers.map((id, index) => encryptValue(keyOf(keys, id), id, shares[index]?.toString('base64'))),
  );
  return { ciphertext: Buffer.concat([iv, cipher.getAuthTag(), body]), wrappedKey };
}

/**
 * The bytes, or `null` when a key of a layer is gone (the document is erased). Throws when the
 * ciphertext was altered.
 */
export function unsealDocument(
  sealed: SealedDocument,
  sha256: string,
  layers: readonly string[],
  keys: PersonKeys,
): Buffer | null {
  if (layers.some((id) => !keys.get(id))) return null;
  const wrapped = JSON.parse(sealed.wrappedKey) as string[];
  if (wrapped.length !== layers.length || layers.length === 0)
    throw new Error('The wrapped key does not fit its layers.');
  const shares = layers.map((id, index) =>
    Buffer.from(decryptValue(keyOf(keys, id), id, wrapped[index] ?? '') as string, 'base64'),
  );
  const dataKey = shares.reduce<Buffer>((key, share) => xor(key, share), Buffer.alloc(32));
  const { ciphertext } = sealed;
  const decipher = createDecipheriv(ALGORITHM, dataKey, ciphertext.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(sha256, 'utf8'));
  decipher.setAuthTag(ciphertext.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(ciphertext.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
}

function xor(left: Uint8Array, right: Uint8Array): Buffer {
  return Buffer.from(left.map((byte, index) => byte ^ (right[index] ?? 0)));
}

function keyOf(keys: PersonKeys, id: string): Buffer {
  const key = keys.get(id);
  if (!key) throw new Error(`No key for ${id}`);
  return key;
}
