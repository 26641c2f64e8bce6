import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { decryptValue, encryptValue, type PersonKeys } from '#privacy';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A sealed document: its bytes under a fresh data key, and that key wrapped in layers. */
export interface SealedDocument {
  readonly ciphertext: Buffer;
  readonly wrappedKey: string;
}

/**
 * Seals `bytes` under a data key of their own, wrapped once under each key of `layers` in turn
 * (each layer bound to its key's id). Unwrapping needs every one of those keys, so destroying any
 * of them (ForgetPerson) leaves nobody able to read the document. The document's hash is the
 * associated data: the ciphertext cannot be passed off as another document.
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
  const wrappedKey = layers.reduce(
    (wrapped, id) => encryptValue(keyOf(keys, id), id, wrapped),
    dataKey.toString('base64'),
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
  const dataKey = [...layers]
    .reverse()
    .reduce((wrapped, id) => decryptValue(keyOf(keys, id), id, wrapped) as string, sealed.wrappedKey);
  const { ciphertext } = sealed;
  const decipher = createDecipheriv(ALGORITHM, Buffer.from(dataKey, 'base64'), ciphertext.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(sha256, 'utf8'));
  decipher.setAuthTag(ciphertext.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(ciphertext.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
}

function keyOf(keys: PersonKeys, id: string): Buffer {
  const key = keys.get(id);
  if (!key) throw new Error(`No key for ${id}`);
  return key;
}
