import { runMigrations } from '#migrations';
import { CreateNotificationTables1766500000000 } from './migrations/1766500000000-create-notification-tables';

export function migrateNotifications(connectionString: string): Promise<void> {
  return runMigrations(connectionString, {
    table: 'notification_migrations',
    lockKey: 727_020,
    migrations: [CreateNotificationTables1766500000000],
  });
}
