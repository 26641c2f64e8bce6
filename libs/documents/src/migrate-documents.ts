import { runMigrations } from '#migrations';
import { CreateDocuments1766600000000 } from './migrations/1766600000000-create-documents';
import { CreateDocumentWalks1766700000000 } from './migrations/1766700000000-create-document-walks';

export function migrateDocuments(connectionString: string): Promise<void> {
  return runMigrations(connectionString, {
    table: 'documents_migrations',
    lockKey: 727_021,
    migrations: [CreateDocuments1766600000000, CreateDocumentWalks1766700000000],
  });
}
