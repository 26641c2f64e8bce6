/**
 * Just enough DER (X.690) to read an RFC 3161 timestamp token: tag, length, content. Tags are
 * one byte (every tag CMS and RFC 3161 use is below 31); lengths are in short or long form.
 * No schema: the caller walks the children it expects and checks their tags.
 */
export interface DerNode {
  readonly tag: number;
  /** The whole element, tag and length included (what a signature or digest covers). */
  readonly bytes: Buffer;
  readonly content: Buffer;
}

export const DER_TAGS = {
  boolean: 0x01,
  integer: 0x02,
  octetString: 0x04,
  oid: 0x06,
  sequence: 0x30,
  set: 0x31,
  generalizedTime: 0x18,
} as const;

/** The element at `offset` of `buffer`; throws when the buffer ends before it does. */
export function readDer(buffer: Buffer, offset = 0): DerNode {
  const tag = byteAt(buffer, offset);
  let length = byteAt(buffer, offset + 1);
  let header = 2;
  if (length & 0x80) {
    const octets = length & 0x7f;
    if (octets === 0 || octets > 4) throw new Error('unsupported DER length');
    length = 0;
    for (let i = 0; i < octets; i += 1) length = length * 256 + byteAt(buffer, offset + 2 + i);
    header += octets;
  }
  const end = offset + header + length;
  if (end > buffer.length) throw new Error('DER element runs past its buffer');
  return { tag, bytes: buffer.subarray(offset, end), content: buffer.subarray(offset + header, end) };
}

/** The elements inside a constructed one, in order. */
export function childrenOf(node: DerNode): DerNode[] {
  const children: DerNode[] = [];
  for (let offset = 0; offset < node.content.length;) {
    const child = readDer(node.content, offset);
    children.push(child);
    offset += child.bytes.length;
  }
  return children;
}

/** The child at `index`, which must carry `tag`. */
export function childAt(node: DerNode, index: number, tag: number, what: string): DerNode {
  const child = childrenOf(node)[index];
  if (!child || child.tag !== tag) throw new Error(`${what} is missing or malformed`);
  return child;
}

/** An OBJECT IDENTIFIER's dotted form. */
export function oidOf(node: DerNode): string {
  if (node.tag !== DER_TAGS.oid) throw new Error('an object identifier was expected');
  const arcs: number[] = [];
  let value = 0;
  for (const byte of node.content) {
    value = value * 128 + (byte & 0x7f);
    if (byte & 0x80) continue;
    if (arcs.length === 0)
      arcs.push(Math.min(2, Math.floor(value / 40)), value - Math.min(2, Math.floor(value / 40)) * 40);
    else arcs.push(value);
    value = 0;
  }
  return arcs.join('.');
}

/** A (non-negative) INTEGER as a bigint. */
export function integerOf(node: DerNode): bigint {
  if (node.tag !== DER_TAGS.integer) throw new Error('an integer was expected');
  return node.content.length === 0 ? 0n : BigInt(`0x${node.content.toString('hex')}`);
}

/** A GeneralizedTime (`YYYYMMDDhhmmss[.f]Z`) as a date. */
export function generalizedTimeOf(node: DerNode): Date {
  const text = node.content.toString('latin1');
  const match = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\.\d+)?Z$/.exec(text);
  if (node.tag !== DER_TAGS.generalizedTime || !match) throw new Error(`not a UTC GeneralizedTime: ${text}`);
  const [, y, mo, d, h, mi, s, fraction] = match;
  return new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${fraction ?? ''}Z`);
}

function byteAt(buffer: Buffer, offset: number): number {
  const byte = buffer[offset];
  if (byte === undefined) throw new Error('DER element runs past its buffer');
  return byte;
}
