import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { stopPostmasterImmediately } from '../libs/embedded-postgres/src/orphaned-postmaster';

export default async function globalTeardown(): Promise<void> {
  const server = globalThis.embeddedPostgresForTests;
  if (!server) return;
  // The cluster is deleted next, so there is nothing to checkpoint: with a hundred test
  // databases a fast shutdown's checkpoint can outlast the stop timeout on a busy machine.
  await stopPostmasterImmediately(join(server.dataDir, 'postgres'));
  await server.stop();
  globalThis.embeddedPostgresForTests = undefined;
  await rm(server.dataDir, { recursive: true, force: true });
}
