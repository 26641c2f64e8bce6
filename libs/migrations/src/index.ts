export { runMigrations, type MigrationSet } from './run-migrations';
export { grantLeastPrivilege, type ApplicationRoles } from './grant-least-privilege';
