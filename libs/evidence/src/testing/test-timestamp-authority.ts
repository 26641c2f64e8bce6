import { createHash, generateKeyPairSync, sign, X509Certificate, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  algorithm,
  boolean,
  generalizedTime,
  integer,
  octetString,
  oid,
  sequence,
  setOf,
  tagged,
  tlv,
  utcTime,
  utf8String,
} from '../timestamp/der-writer';
import { childrenOf, DER_TAGS, integerOf, readDer } from '../verify/der';

const SHA256 = '2.16.840.1.101.3.4.2.1';
const ECDSA_SHA256 = '1.2.840.10045.4.3.2';
const TIME_STAMPING = '1.3.6.1.5.5.7.3.8';
const TSA_POLICY = '1.3.6.1.4.1.59999.1';

/** A timestamp authority for tests, on a port of its own; every request it answered is kept. */
export interface TestTimestampAuthority {
  readonly url: string;
  /** Its certificate (PEM), as an evaluator would pin it. */
  readonly certificatePem: string;
  readonly requests: readonly { readonly imprint: Buffer; readonly nonce: bigint | null }[];
  close(): Promise<void>;
}

/**
 * A tiny RFC 3161 authority over HTTP: a fresh P-256 key and a self-signed certificate for
 * timestamping made at start; each request's imprint and nonce parsed and signed into a
 * TSTInfo, as a real authority answers (RFC 3161 §2.4, RFC 5652 SignedData).
 */
export async function startTestTimestampAuthority(): Promise<TestTimestampAuthority> {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const serial = BigInt(Date.now());
  const name = sequence(setOf(sequence(oid('2.5.4.3'), utf8String('Test timestamp authority'))));
  const certificate = selfSigned(name, serial, publicKey, privateKey);
  const requests: { imprint: Buffer; nonce: bigint | null }[] = [];
  let issued = 0n;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      try {
        const asked = readDer(Buffer.concat(chunks));
        const [, imprint, ...rest] = childrenOf(asked);
        const nonceNode = rest.find((n) => n.tag === DER_TAGS.integer);
        if (!imprint || imprint.tag !== DER_TAGS.sequence) throw new Error('no message imprint');
        const nonce = nonceNode ? integerOf(nonceNode) : null;
        requests.push({ imprint: childrenOf(imprint)[1]?.content ?? Buffer.alloc(0), nonce });
        issued += 1n;
        const tstInfo = sequence(
          integer(1n),
          oid(TSA_POLICY),
          imprint.bytes,
          integer(issued),
          generalizedTime(new Date()),
          ...(nonce === null ? [] : [integer(nonce)]),
        );
        const token = signedToken(tstInfo, { name, serial, certificate, privateKey });
        response.writeHead(200, { 'content-type': 'application/timestamp-reply' });
        response.end(sequence(sequence(integer(0n)), token));
      } catch {
        response.writeHead(400).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/tsa`,
    certificatePem: new X509Certificate(certificate).toString(),
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** ContentInfo { signedData: SignedData over the TSTInfo, signed attributes, the certificate }. */
function signedToken(
  tstInfo: Buffer,
  tsa: { name: Buffer; serial: bigint; certificate: Buffer; privateKey: KeyObject },
): Buffer {
  const attributes = setOf(
    sequence(oid('1.2.840.113549.1.9.3'), setOf(oid('1.2.840.113549.1.9.16.1.4'))),
    sequence(oid('1.2.840.113549.1.9.4'), setOf(octetString(createHash('sha256').update(tstInfo).digest()))),
  );
  const signature = sign('sha256', attributes, tsa.privateKey);
  const signerInfo = sequence(
    integer(1n),
    sequence(tsa.name, integer(tsa.serial)),
    algorithm(SHA256, true),
    Buffer.concat([Buffer.from([0xa0]), attributes.subarray(1)]),
    algorithm(ECDSA_SHA256),
    octetString(signature),
  );
  const signedData = sequence(
    integer(3n),
    setOf(algorithm(SHA256, true)),
    sequence(oid('1.2.840.113549.1.9.16.1.4'), tagged(0, octetString(tstInfo))),
    tagged(0, tsa.certificate),
    setOf(signerInfo),
  );
  return sequence(oid('1.2.840.113549.1.7.2'), tagged(0, signedData));
}

/** An X.509 v3 certificate for timestamping (critical extended key usage), valid for a day. */
function selfSigned(name: Buffer, serial: bigint, publicKey: KeyObject, privateKey: KeyObject): Buffer {
  const now = Date.now();
  const timeStampingOnly = sequence(oid('2.5.29.37'), boolean(true), octetString(sequence(oid(TIME_STAMPING))));
  const tbs = sequence(
    tagged(0, integer(2n)),
    integer(serial),
    algorithm(ECDSA_SHA256),
    name,
    sequence(utcTime(new Date(now - 3_600_000)), utcTime(new Date(now + 86_400_000))),
    name,
    publicKey.export({ type: 'spki', format: 'der' }),
    tagged(3, sequence(timeStampingOnly)),
  );
  const signature = sign('sha256', tbs, privateKey);
  return sequence(tbs, algorithm(ECDSA_SHA256), tlv(0x03, Buffer.from([0]), signature));
}
