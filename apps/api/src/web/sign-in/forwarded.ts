import type { IncomingHttpHeaders } from 'node:http';

/** Headers a proxy, tunnel or sidecar adds when it forwards a request. */
export const FORWARDING_HEADERS = ['forwarded', 'x-forwarded-for', 'x-real-ip', 'via'] as const;

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

/**
 * Whether the visitor is at the server's own keyboard. A loopback socket alone does not say so:
 * a reverse proxy, tunnel or sidecar on the same host connects from loopback on behalf of
 * anyone. Such a hop adds a forwarding header, so a request carrying one is never local.
 */
export function isOwnMachine(remoteAddress: string | undefined, headers: IncomingHttpHeaders): boolean {
  return LOOPBACK.test(remoteAddress ?? '') && !FORWARDING_HEADERS.some((name) => headers[name] !== undefined);
}
