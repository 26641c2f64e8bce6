import { rm } from 'node:fs/promises';

export default async function globalTeardown(): Promise<void> {
  const server = globalThis.embeddedPostgresForTests;
  await server?.stop();
  if (server) await rm(server.dataDir, { recursive: true, force: true });
}
