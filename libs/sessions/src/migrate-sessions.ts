import { runMigrations } from '#migrations';
import { CreateWebSessions1766100000000 } from './migrations/1766100000000-create-web-sessions';

export function migrateSessions(connectionString: string): Promise<void> {
  return runMigrations(connectionString, {
    table: 'sessions_migrations',
    // Issue 18's number, clear of the other rooms' 727_00x.
    lockKey: 727_018,
    migrations: [CreateWebSessions1766100000000],
  });
}
