export { startEmbeddedPostgres, type EmbeddedPostgres, type EmbeddedPostgresOptions } from './start-embedded-postgres';
export { findFreePort } from './free-port';
export { DataDirInUseError } from './data-dir-owner';
export {
  ensureDatabaseRoles,
  handDatabaseToOwner,
  ROLE_NAMES,
  type DatabaseRoles,
  type RoleKind,
  type RoleCredentials,
} from './database-roles';
