import { runMigrations } from '#migrations';
import { CreateEventStore1763900000000 } from './migrations/1763900000000-create-event-store';
import { NotifyAfterCommit1763990000000 } from './migrations/1763990000000-notify-after-commit';
import { AppendWithoutProbe1764000000000 } from './migrations/1764000000000-append-without-probe';
import { AppendAsOwner1766400000000 } from './migrations/1766400000000-append-as-owner';
import { UnchangedStreams1766700000000 } from './migrations/1766700000000-unchanged-streams';
import { AppendBatch1767200000000 } from './migrations/1767200000000-append-batch';

export const EVENT_STORE_MIGRATIONS = [
  CreateEventStore1763900000000,
  NotifyAfterCommit1763990000000,
  AppendWithoutProbe1764000000000,
  AppendAsOwner1766400000000,
  UnchangedStreams1766700000000,
  AppendBatch1767200000000,
];

/** Brings the event store schema up to date; see `runMigrations` for concurrent callers. */
export function migrateEventStore(connectionString: string): Promise<void> {
  return runMigrations(connectionString, {
    table: 'es_migrations',
    lockKey: 727_001,
    migrations: EVENT_STORE_MIGRATIONS,
  });
}
