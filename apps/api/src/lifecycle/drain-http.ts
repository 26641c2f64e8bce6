import type { Server } from 'node:http';

/**
 * Stops accepting connections and waits for the requests in flight to be answered. A
 * keep-alive connection would otherwise stay open after its answer (and even take new
 * requests) until it times out, so every answer from now on says `Connection: close` and
 * idle connections are closed as they become idle. After `timeoutMs` whatever is left is cut.
 */
export async function drainHttp(server: Server, timeoutMs: number): Promise<void> {
  server.prependListener('request', (_request, response) => {
    if (!response.headersSent) response.setHeader('Connection', 'close');
  });
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  const sweep = setInterval(() => server.closeIdleConnections(), 100);
  const cut = setTimeout(() => server.closeAllConnections(), timeoutMs);
  try {
    await closed;
  } finally {
    clearInterval(sweep);
    clearTimeout(cut);
  }
}
