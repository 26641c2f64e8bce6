/**
 * Just enough DER (X.690) to write a timestamp request, and, in tests, a timestamp authority's
 * answer and certificate. Every builder answers a whole element (tag, length, content).
 */
export function tlv(tag: number, ...contents: readonly Buffer[]): Buffer {
  const content = Buffer.concat(contents);
  const length = content.length;
  if (length < 0x80) return Buffer.concat([Buffer.from([tag, length]), content]);
  const octets: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) octets.unshift(rest % 256);
  return Buffer.concat([Buffer.from([tag, 0x80 | octets.length, ...octets]), content]);
}

export const sequence = (...items: readonly Buffer[]): Buffer => tlv(0x30, ...items);

/** A SET OF: DER sorts the encoded elements. */
export const setOf = (...items: readonly Buffer[]): Buffer =>
  tlv(0x31, ...[...items].sort((a, b) => Buffer.compare(a, b)));

export const octetString = (bytes: Buffer): Buffer => tlv(0x04, bytes);

export const nullValue = (): Buffer => tlv(0x05);

export const boolean = (value: boolean): Buffer => tlv(0x01, Buffer.from([value ? 0xff : 0x00]));

/** `[n]` around whole elements (EXPLICIT), or around contents (IMPLICIT, `constructed` as they were). */
export const tagged = (n: number, ...items: readonly Buffer[]): Buffer => tlv(0xa0 + n, ...items);

/** A non-negative INTEGER. */
export function integer(value: bigint): Buffer {
  let hex = value.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  const bytes = Buffer.from(hex, 'hex');
  return tlv(0x02, (bytes[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes);
}

export function oid(dotted: string): Buffer {
  const [first = 0, second = 0, ...rest] = dotted.split('.').map(Number);
  const bytes: number[] = [];
  for (const arc of [first * 40 + second, ...rest]) {
    const group = [arc & 0x7f];
    for (let value = Math.floor(arc / 128); value > 0; value = Math.floor(value / 128))
      group.unshift(0x80 | (value & 0x7f));
    bytes.push(...group);
  }
  return tlv(0x06, Buffer.from(bytes));
}

/** GeneralizedTime in UTC, with milliseconds when there are any. */
export function generalizedTime(date: Date): Buffer {
  const text = date
    .toISOString()
    .replace(/[-:T]/g, '')
    .replace(/\.000Z$/, 'Z');
  return tlv(0x18, Buffer.from(text, 'latin1'));
}

/** UTCTime (years 1950–2049), as certificates' validity uses it. */
export function utcTime(date: Date): Buffer {
  return tlv(0x17, Buffer.from(`${date.toISOString().slice(2, 19).replace(/[-:T]/g, '')}Z`, 'latin1'));
}

export const utf8String = (text: string): Buffer => tlv(0x0c, Buffer.from(text, 'utf8'));

/** An AlgorithmIdentifier; hashes carry an explicit NULL as RFC 5754 allows and TSAs send. */
export const algorithm = (dotted: string, withNull = false): Buffer =>
  sequence(oid(dotted), ...(withNull ? [nullValue()] : []));
