import { Client } from 'pg';
import { grantLeastPrivilege } from '#migrations';
import { testRoleUrls } from '#testing';
import type { EventToAppend } from '../event-envelope';
import type { ConformanceFixture, HeldAppend } from '../testing/conformance.fixtures';
import { migrateEventStore } from './migrate-event-store';
import { appendWith, PostgresEventStore } from './postgres-event-store';

/**
 * A migrated PostgreSQL event store on the given (empty) database, for the conformance suite:
 * migrated as the owner, used as the application's role (ADR 32).
 */
export async function createPostgresConformanceFixture(databaseUrl: string): Promise<ConformanceFixture> {
  const roles = testRoleUrls(databaseUrl);
  await migrateEventStore(roles.owner);
  await grantLeastPrivilege(roles.owner, {
    app: new URL(roles.app).username,
    projector: new URL(roles.projector).username,
  });
  const connectionString = roles.app;
  const store = new PostgresEventStore({ connectionString, pollIntervalMs: 100 });
  const clients = new Set<Client>();
  return {
    store,
    namespace: 'pg',
    holdAppendOpen: async (streamId, events) => {
      const client = new Client({ connectionString });
      client.on('error', () => undefined);
      clients.add(client);
      await client.connect();
      return beginHeldAppend(client, streamId, events);
    },
    teardown: async () => {
      await Promise.all([...clients].map((c) => c.end().catch(() => undefined)));
      await store.close();
    },
  };
}

async function beginHeldAppend(
  client: Client,
  streamId: string,
  events: readonly EventToAppend[],
): Promise<HeldAppend> {
  await client.query('BEGIN');
  await appendWith(client, streamId, events, 'any');
  return {
    commit: async () => {
      await client.query('COMMIT');
    },
  };
}
