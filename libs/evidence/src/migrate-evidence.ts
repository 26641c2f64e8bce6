import { runMigrations } from '#migrations';
import { CreateEvidenceLog1766300000000 } from './migrations/1766300000000-create-evidence-log';
import { CreateVerifiedTrail1766300000001 } from './migrations/1766300000001-create-verified-trail';
import { LeavesInChunks1766500000000 } from './migrations/1766500000000-leaves-in-chunks';
import { LeafHashesInLeafRows1766900000000 } from './migrations/1766900000000-leaf-hashes-in-leaf-rows';

export const EVIDENCE_MIGRATIONS = [
  CreateEvidenceLog1766300000000,
  CreateVerifiedTrail1766300000001,
  LeafHashesInLeafRows1766900000000,
  // Before 1766900000000 by timestamp, as TypeORM runs them; after it on a database that had it.
  LeavesInChunks1766500000000,
];

/** Brings the evidence tables up to date; see `runMigrations` for concurrent callers. */
export function migrateEvidence(connectionString: string): Promise<void> {
  return runMigrations(connectionString, {
    table: 'evidence_migrations',
    lockKey: 727_030,
    migrations: EVIDENCE_MIGRATIONS,
  });
}
