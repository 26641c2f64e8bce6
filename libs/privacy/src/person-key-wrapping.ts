import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { randomBytesFromPool } from './random-pool';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Wraps person keys with a master key the database never holds (ADR 33), so the key table,
 * its WAL and its backups hold only wrapped keys. The embedded default wraps locally with a
 * key from a setting or a file; a production deployment may put a KMS behind the same port.
 * The person's id is bound to the wrapped key, so a wrapped key moved to another row fails.
 */
export interface PersonKeyWrapper {
  wrap(personId: string, key: Buffer): Promise<Buffer>;
  /** Throws when the wrapped key was altered, belongs to another person, or another master key wrapped it. */
  unwrap(personId: string, wrapped: Buffer): Promise<Buffer>;
}

/** A person key as `newPersonKey` makes it: a stored value of this length was never wrapped. */
export const PLAIN_KEY_BYTES = 32;

/** Format byte of a key wrapped with AES-256-GCM by {@link MasterKeyWrapper}. */
const FORMAT_AES_256_GCM = 0x01;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The master key could not unwrap a stored key: the wrong master key, or an altered row. */
export class PersonKeyUnwrapError extends Error {
  constructor(personId: string, cause: unknown) {
    super(
      `The key of person ${personId} cannot be unwrapped: PERSON_KEY_MASTER_KEY (or the key file) ` +
        'is not the master key that wrapped it, or the stored key was altered.',
      { cause },
    );
    this.name = 'PersonKeyUnwrapError';
  }
}

/** AES-256-GCM key wrap in this process; the master key comes from {@link loadMasterKey}. */
export class MasterKeyWrapper implements PersonKeyWrapper {
  private masterKey: Promise<Buffer> | undefined;

  /** `masterKey` is only asked for when a key is first wrapped or unwrapped. */
  constructor(private readonly loadKey: () => Promise<Buffer>) {}

  async wrap(personId: string, key: Buffer): Promise<Buffer> {
    const iv = randomBytesFromPool(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', await this.key(), iv);
    cipher.setAAD(associatedData(personId));
    const ciphertext = Buffer.concat([cipher.update(key), cipher.final()]);
    return Buffer.concat([Buffer.from([FORMAT_AES_256_GCM]), iv, cipher.getAuthTag(), ciphertext]);
  }

  async unwrap(personId: string, wrapped: Buffer): Promise<Buffer> {
    const masterKey = await this.key();
    try {
      if (wrapped[0] !== FORMAT_AES_256_GCM) throw new Error(`unknown wrapping format ${String(wrapped[0])}`);
      const iv = wrapped.subarray(1, 1 + IV_BYTES);
      const decipher = createDecipheriv('aes-256-gcm', masterKey, iv);
      decipher.setAAD(associatedData(personId));
      decipher.setAuthTag(wrapped.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(wrapped.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]);
    } catch (error) {
      throw new PersonKeyUnwrapError(personId, error);
    }
  }

  private key(): Promise<Buffer> {
    this.masterKey ??= this.loadKey();
    return this.masterKey;
  }
}

function associatedData(personId: string): Buffer {
  return Buffer.from(`person-key:${personId}`, 'utf8');
}

/**
 * The master key: from the setting when given (base64 of 32 bytes), else from the file, made
 * on first use with mode 0600. Keep the file out of the database's backups, and back it up on
 * its own: without it no person's data can be read.
 */
export async function loadMasterKey(setting: string | undefined, file: string): Promise<Buffer> {
  if (setting) return checked(Buffer.from(setting, 'base64'), 'PERSON_KEY_MASTER_KEY');
  const stored = await readFile(file, 'utf8').catch(() => null);
  if (stored !== null) return checked(Buffer.from(stored.trim(), 'base64'), file);
  const made = randomBytes(32);
  await mkdir(dirname(file), { recursive: true });
  // 'wx': a second process starting at the same time must not overwrite the first one's key.
  const written = await writeFile(file, `${made.toString('base64')}\n`, { mode: 0o600, flag: 'wx' }).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') return false;
      throw error;
    },
  );
  if (!written) return loadMasterKey(undefined, file);
  await chmod(file, 0o600);
  return made;
}

function checked(key: Buffer, source: string): Buffer {
  if (key.length !== 32) throw new Error(`${source} must hold a 32-byte master key in base64`);
  return key;
}
