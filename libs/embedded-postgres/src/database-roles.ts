import { randomBytes } from 'node:crypto';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Client } from 'pg';

/** The three roles of ADR 32, by what each may do. */
export const ROLE_NAMES = {
  /** Owns the schema; migrations run as it. */
  owner: 'participation_owner',
  /** The API and CLI; appends only through the owner's `es_append`. */
  app: 'participation_app',
  /** The projector; writes the read models. */
  projector: 'participation_projector',
} as const;

export type RoleKind = keyof typeof ROLE_NAMES;

export interface RoleCredentials {
  readonly user: string;
  readonly password: string;
}

export type DatabaseRoles = Readonly<Record<RoleKind, RoleCredentials>>;

const ROLES_FILE = 'embedded-postgres-roles.json';

/**
 * Creates the owner, application and projector roles on a server this process administers
 * (the embedded default, the tests' server), each with a password generated once and kept
 * beside the cluster (mode 0600), and sets the passwords again when the roles exist already:
 * a data folder copied from elsewhere keeps working. None of the roles is a superuser.
 */
export async function ensureDatabaseRoles(adminUrl: string, dataDir: string): Promise<DatabaseRoles> {
  const roles = await loadOrCreateRoleCredentials(dataDir);
  const client = new Client({ connectionString: adminUrl });
  client.on('error', () => undefined);
  await client.connect();
  try {
    for (const { user, password } of Object.values(roles)) {
      const { rowCount } = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [user]);
      const verb = rowCount ? 'ALTER' : 'CREATE';
      await client.query(
        `${verb} ROLE ${client.escapeIdentifier(user)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${client.escapeLiteral(password)}`,
      );
    }
  } catch (error) {
    // Two processes may create the same role at once; the loser finds it made.
    if ((error as { code?: string }).code !== '23505' && (error as { code?: string }).code !== '42710') throw error;
  } finally {
    await client.end();
  }
  return roles;
}

/**
 * Hands a database and everything in its schema to the owner role: a data folder made before
 * the roles existed has its tables and functions owned by the bootstrap superuser. The
 * bootstrap user owns the system catalogs too, so `REASSIGN OWNED` cannot be used.
 */
export async function handDatabaseToOwner(databaseUrl: string, database: string, owner: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const role = client.escapeIdentifier(owner);
    await client.query(`ALTER DATABASE ${client.escapeIdentifier(database)} OWNER TO ${role}`);
    await client.query(HAND_OVER_SQL.replaceAll(':owner', client.escapeLiteral(owner)));
  } finally {
    await client.end();
  }
}

/**
 * Relations (sequences that belong to a table move with it), routines and user types of the
 * current schema that the owner does not own yet.
 */
const HAND_OVER_SQL = `
DO $$
DECLARE
  r record;
  v_owner text := :owner;
BEGIN
  FOR r IN
    SELECT c.oid::regclass AS name FROM pg_class c
    WHERE c.relnamespace = current_schema()::regnamespace
      AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
      AND pg_get_userbyid(c.relowner) <> v_owner
      AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                        AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i'))
  LOOP
    EXECUTE format('ALTER TABLE %s OWNER TO %I', r.name, v_owner);
  END LOOP;
  FOR r IN
    SELECT p.oid::regprocedure AS name FROM pg_proc p
    WHERE p.pronamespace = current_schema()::regnamespace AND pg_get_userbyid(p.proowner) <> v_owner
  LOOP
    EXECUTE format('ALTER ROUTINE %s OWNER TO %I', r.name, v_owner);
  END LOOP;
  FOR r IN
    SELECT t.oid::regtype AS name FROM pg_type t
    WHERE t.typnamespace = current_schema()::regnamespace AND t.typtype IN ('e', 'd')
      AND pg_get_userbyid(t.typowner) <> v_owner
  LOOP
    EXECUTE format('ALTER TYPE %s OWNER TO %I', r.name, v_owner);
  END LOOP;
END
$$`;

async function loadOrCreateRoleCredentials(dataDir: string): Promise<DatabaseRoles> {
  const file = join(dataDir, ROLES_FILE);
  const stored = await readFile(file, 'utf8').catch(() => null);
  if (stored !== null) return JSON.parse(stored) as DatabaseRoles;
  const made = (user: string): RoleCredentials => ({ user, password: randomBytes(24).toString('base64url') });
  const roles: DatabaseRoles = {
    owner: made(ROLE_NAMES.owner),
    app: made(ROLE_NAMES.app),
    projector: made(ROLE_NAMES.projector),
  };
  await writeFile(file, JSON.stringify(roles), { mode: 0o600 });
  await chmod(file, 0o600);
  return roles;
}
