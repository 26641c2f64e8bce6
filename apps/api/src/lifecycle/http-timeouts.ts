import type { Server } from 'node:http';

/**
 * Keep idle connections longer than the load balancers in front usually do (60 s), so it is
 * always the client side that closes one. With Node's 5 s default, a proxy or client that
 * reuses a connection at the moment the server closes it gets "other side closed" (a 502 at
 * a proxy). Stopping is not slowed by this: draining closes idle connections at once.
 */
export function applyHttpTimeouts(server: Server): void {
  server.keepAliveTimeout = 65_000;
  // Node requires the header timeout to outlast the keep-alive timeout.
  server.headersTimeout = 66_000;
}
