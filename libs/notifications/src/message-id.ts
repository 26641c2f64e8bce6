import { createHash } from 'node:crypto';

/**
 * A message's id, derived from what causes it and who receives it (an event id or a term and
 * day, the recipient, the kind): the same reaction always yields the same id, so writing it
 * twice to the outbox keeps one row, and no crash or restart can make a second message.
 * Shaped as a UUID (version 5 bits over SHA-256, as RFC 9562 permits for name-based ids).
 */
export function messageIdOf(...parts: readonly string[]): string {
  const hex = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The SMTP Message-ID header for a message: its id at the public host, so a resend carries the same one. */
export function smtpMessageIdOf(id: string, publicUrl: string): string {
  return `<${id}@${new URL(publicUrl).hostname}>`;
}
