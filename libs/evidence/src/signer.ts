import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Signs checkpoints with a key the database never holds (ADR 0030). The embedded default keeps
 * an Ed25519 key in a file or an environment secret; production plugs in a KMS here.
 */
export interface Signer {
  /** Ed25519 signature of `bytes`. */
  sign(bytes: Buffer): Promise<Buffer>;
  /** The public key, SPKI PEM, for evaluators. */
  publicKeyPem(): Promise<string>;
}

/** An Ed25519 key held in this process. */
export class KeyObjectSigner implements Signer {
  private readonly publicKey: KeyObject;

  constructor(private readonly privateKey: KeyObject) {
    this.publicKey = createPublicKey(privateKey);
  }

  sign(bytes: Buffer): Promise<Buffer> {
    return Promise.resolve(sign(null, bytes, this.privateKey));
  }

  publicKeyPem(): Promise<string> {
    return Promise.resolve(this.publicKey.export({ type: 'spki', format: 'pem' }).toString());
  }

  /** From an environment secret: a PKCS#8 PEM, or its base64. */
  static fromSecret(secret: string): KeyObjectSigner {
    const pem = secret.includes('-----BEGIN') ? secret : Buffer.from(secret, 'base64').toString('utf8');
    return new KeyObjectSigner(checkedEd25519(createPrivateKey(pem)));
  }

  /** From a PKCS#8 PEM file, made (readable by this user only) on first use. */
  static async fromFile(path: string): Promise<KeyObjectSigner> {
    try {
      return new KeyObjectSigner(checkedEd25519(createPrivateKey(await readFile(path, 'utf8'))));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const { privateKey } = generateKeyPairSync('ed25519');
    await mkdir(dirname(path), { recursive: true });
    // `wx`: two processes starting at once never overwrite each other's key.
    await writeFile(path, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' }).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EEXIST') throw error;
      },
    );
    return new KeyObjectSigner(checkedEd25519(createPrivateKey(await readFile(path, 'utf8'))));
  }
}

function checkedEd25519(key: KeyObject): KeyObject {
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('the evidence signing key must be an Ed25519 key');
  return key;
}
