import { createHash, verify, X509Certificate } from 'node:crypto';
import { childAt, childrenOf, DER_TAGS, generalizedTimeOf, integerOf, oidOf, readDer, type DerNode } from './der';

/**
 * Checks an RFC 3161 timestamp token (a CMS SignedData over a TSTInfo, RFC 5652) with node's
 * crypto alone: the imprint is the hash of the bytes it vouches for, the signed attributes
 * hold the TSTInfo's digest, and the TSA's certificate (carried in the token) signed them.
 */

const OID = {
  signedData: '1.2.840.113549.1.7.2',
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  timeStamping: '1.3.6.1.5.5.7.3.8',
} as const;

/** Hash algorithms by OID, as node names them. */
export const HASH_OIDS: Readonly<Record<string, string>> = {
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};

/** Signature algorithms by OID: the hash each signs with; `null` for Ed25519; `digest` for the signer's digest algorithm. */
const SIGNATURE_OIDS: Readonly<Record<string, string | null>> = {
  '1.2.840.113549.1.1.1': 'digest',
  '1.2.840.113549.1.1.11': 'sha256',
  '1.2.840.113549.1.1.12': 'sha384',
  '1.2.840.113549.1.1.13': 'sha512',
  '1.2.840.10045.4.3.2': 'sha256',
  '1.2.840.10045.4.3.3': 'sha384',
  '1.2.840.10045.4.3.4': 'sha512',
  '1.3.101.112': null,
};

/** What a token that holds says. */
export interface TimestampFacts {
  /** When the authority saw the imprint. */
  readonly genTime: Date;
  readonly nonce: bigint | null;
  /** The certificate that signed it. */
  readonly certificate: X509Certificate;
}

/**
 * Checks `token` vouches for `bytes`: throws, saying why, when it does not. With `trusted`, the
 * signing certificate must be that one or be issued by it.
 */
export function verifyTimestampToken(token: Buffer, bytes: Buffer, trusted?: X509Certificate): TimestampFacts {
  const parsed = parseTimestampToken(token);
  const imprintHash = HASH_OIDS[parsed.imprintAlgorithm];
  if (!imprintHash) throw new Error(`its imprint uses an unknown hash (${parsed.imprintAlgorithm})`);
  if (!createHash(imprintHash).update(bytes).digest().equals(parsed.imprint)) {
    throw new Error('its message imprint is not the hash of this checkpoint');
  }
  const digestHash = HASH_OIDS[parsed.digestAlgorithm];
  if (!digestHash) throw new Error(`its signer uses an unknown digest (${parsed.digestAlgorithm})`);
  if (!createHash(digestHash).update(parsed.tstInfo).digest().equals(parsed.messageDigest)) {
    throw new Error('its signed digest is not that of its TSTInfo: the token was changed');
  }
  const certificate = parsed.certificates.find((c) => BigInt(`0x${c.serialNumber}`) === parsed.signerSerial);
  if (!certificate) throw new Error('it carries no certificate of its signer');
  const signatureHash = SIGNATURE_OIDS[parsed.signatureAlgorithm];
  if (signatureHash === undefined) throw new Error(`its signature algorithm is unknown (${parsed.signatureAlgorithm})`);
  const hash = signatureHash === 'digest' ? digestHash : signatureHash;
  if (!verify(hash, parsed.signedAttributes, certificate.publicKey, parsed.signature)) {
    throw new Error('its signature does not hold with its certificate: the token was changed');
  }
  if (certificate.keyUsage !== undefined && !certificate.keyUsage.includes(OID.timeStamping)) {
    throw new Error('its certificate is not one for timestamping');
  }
  if (parsed.genTime < new Date(certificate.validFrom) || parsed.genTime > new Date(certificate.validTo)) {
    throw new Error("its time lies outside its certificate's validity");
  }
  if (trusted && certificate.fingerprint256 !== trusted.fingerprint256 && !issuedBy(certificate, trusted)) {
    throw new Error('it is signed by another authority than the one you trust');
  }
  return { genTime: parsed.genTime, nonce: parsed.nonce, certificate };
}

function issuedBy(certificate: X509Certificate, issuer: X509Certificate): boolean {
  return certificate.checkIssued(issuer) && certificate.verify(issuer.publicKey);
}

/** The parts of a token the checks need, each as found (nothing checked yet). */
export interface ParsedTimestampToken {
  readonly tstInfo: Buffer;
  readonly imprintAlgorithm: string;
  readonly imprint: Buffer;
  readonly genTime: Date;
  readonly nonce: bigint | null;
  readonly certificates: readonly X509Certificate[];
  readonly signerSerial: bigint | null;
  readonly digestAlgorithm: string;
  readonly messageDigest: Buffer;
  /** The DER of the signed attributes as signed: re-tagged as a SET (RFC 5652 §5.4). */
  readonly signedAttributes: Buffer;
  readonly signatureAlgorithm: string;
  readonly signature: Buffer;
}

export function parseTimestampToken(token: Buffer): ParsedTimestampToken {
  const contentInfo = readDer(token);
  if (oidOf(childAt(contentInfo, 0, DER_TAGS.oid, 'the content type')) !== OID.signedData) {
    throw new Error('it is not a CMS SignedData');
  }
  const signedData = childAt(childAt(contentInfo, 1, 0xa0, 'the signed data'), 0, DER_TAGS.sequence, 'SignedData');
  const parts = childrenOf(signedData);
  const encapsulated = childAt(signedData, 2, DER_TAGS.sequence, 'the encapsulated content');
  if (oidOf(childAt(encapsulated, 0, DER_TAGS.oid, 'the content type')) !== OID.tstInfo) {
    throw new Error('it does not hold a TSTInfo');
  }
  const tstInfo = childAt(
    childAt(encapsulated, 1, 0xa0, 'the TSTInfo'),
    0,
    DER_TAGS.octetString,
    'the TSTInfo',
  ).content;
  const certificates = parts.find((p) => p.tag === 0xa0);
  const signerInfos = parts.at(-1);
  if (!signerInfos || signerInfos.tag !== DER_TAGS.set) throw new Error('it has no signer');
  const signer = childAt(signerInfos, 0, DER_TAGS.sequence, 'the signer');
  const sid = childrenOf(signer)[1];
  const attributes = childAt(signer, 3, 0xa0, 'the signed attributes');
  const info = readTstInfo(readDer(tstInfo));
  return {
    tstInfo,
    ...info,
    certificates: certificates ? childrenOf(certificates).map((c) => new X509Certificate(c.bytes)) : [],
    signerSerial: sid?.tag === DER_TAGS.sequence ? integerOf(childAt(sid, 1, DER_TAGS.integer, 'the serial')) : null,
    digestAlgorithm: algorithmOf(childAt(signer, 2, DER_TAGS.sequence, 'the digest algorithm')),
    messageDigest: messageDigestOf(attributes),
    signedAttributes: Buffer.concat([Buffer.from([DER_TAGS.set]), attributes.bytes.subarray(1)]),
    signatureAlgorithm: algorithmOf(childAt(signer, 4, DER_TAGS.sequence, 'the signature algorithm')),
    signature: childAt(signer, 5, DER_TAGS.octetString, 'the signature').content,
  };
}

function readTstInfo(node: DerNode): Pick<ParsedTimestampToken, 'imprintAlgorithm' | 'imprint' | 'genTime' | 'nonce'> {
  const imprint = childAt(node, 2, DER_TAGS.sequence, 'the message imprint');
  // After genTime come accuracy, ordering and nonce, each optional: the nonce is the only INTEGER.
  const nonce = childrenOf(node)
    .slice(5)
    .find((n) => n.tag === DER_TAGS.integer);
  return {
    imprintAlgorithm: algorithmOf(childAt(imprint, 0, DER_TAGS.sequence, 'the imprint algorithm')),
    imprint: childAt(imprint, 1, DER_TAGS.octetString, 'the imprint').content,
    genTime: generalizedTimeOf(childAt(node, 4, DER_TAGS.generalizedTime, 'the time')),
    nonce: nonce ? integerOf(nonce) : null,
  };
}

function algorithmOf(identifier: DerNode): string {
  return oidOf(childAt(identifier, 0, DER_TAGS.oid, 'the algorithm'));
}

/** The messageDigest attribute; the content type attribute must name a TSTInfo. */
function messageDigestOf(attributes: DerNode): Buffer {
  let digest: Buffer | undefined;
  let contentType: string | undefined;
  for (const attribute of childrenOf(attributes)) {
    const type = oidOf(childAt(attribute, 0, DER_TAGS.oid, 'an attribute type'));
    const value = childrenOf(childAt(attribute, 1, DER_TAGS.set, 'an attribute value'))[0];
    if (type === OID.messageDigest && value?.tag === DER_TAGS.octetString) digest = value.content;
    if (type === OID.contentType && value) contentType = oidOf(value);
  }
  if (contentType !== OID.tstInfo) throw new Error('its signed attributes do not name a TSTInfo');
  if (!digest) throw new Error('its signed attributes hold no digest');
  return digest;
}
