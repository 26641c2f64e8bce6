import { createHash, randomBytes } from 'node:crypto';
import type { TimestampAuthority } from '../timestamp-authority';
import { childAt, childrenOf, DER_TAGS, integerOf, readDer } from '../verify/der';
import { verifyTimestampToken } from '../verify/timestamp-token';
import { algorithm, boolean, integer, octetString, sequence } from './der-writer';

const SHA256 = '2.16.840.1.101.3.4.2.1';

export interface Rfc3161Options {
  /** How long to wait for the authority's answer; default 10 s. */
  readonly timeoutMs?: number;
}

/**
 * An RFC 3161 timestamp authority over HTTP (RFC 3161 §3.4): POSTs a TimeStampReq with the
 * SHA-256 imprint of the bytes and a fresh nonce, and answers the token only once it holds
 * for those bytes and carries that nonce, so a wrong or replayed answer is never stored.
 */
export class Rfc3161TimestampAuthority implements TimestampAuthority {
  constructor(
    private readonly url: string,
    private readonly options: Rfc3161Options = {},
  ) {}

  async timestamp(bytes: Buffer): Promise<Buffer> {
    const nonce = BigInt(`0x${randomBytes(8).toString('hex')}`);
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/timestamp-query', accept: 'application/timestamp-reply' },
      body: Uint8Array.from(timestampRequest(createHash('sha256').update(bytes).digest(), nonce)),
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
    });
    if (!response.ok) throw new Error(`the timestamp authority answered HTTP ${response.status}`);
    const token = tokenOf(Buffer.from(await response.arrayBuffer()));
    const facts = verifyTimestampToken(token, bytes);
    if (facts.nonce !== nonce) throw new Error('the timestamp authority answered another request (nonce differs)');
    return token;
  }
}

/** TimeStampReq: version 1, the SHA-256 imprint, the nonce, and the TSA's certificate asked for. */
export function timestampRequest(imprint: Buffer, nonce: bigint): Buffer {
  return sequence(integer(1n), sequence(algorithm(SHA256, true), octetString(imprint)), integer(nonce), boolean(true));
}

/** The token of a TimeStampResp whose status is granted (0) or granted with modifications (1). */
function tokenOf(response: Buffer): Buffer {
  const resp = readDer(response);
  const status = integerOf(
    childAt(childAt(resp, 0, DER_TAGS.sequence, 'the status'), 0, DER_TAGS.integer, 'the status'),
  );
  const token = childrenOf(resp)[1];
  if (status > 1n || !token) throw new Error(`the timestamp authority refused (status ${status})`);
  return token.bytes;
}
