import { resolve } from 'node:path';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { EnvironmentVariables, type LogLevel, type ProcessRole } from './environment-variables';

export interface AppConfig {
  readonly port: number;
  /** External PostgreSQL for events and read models; absent means the embedded default. */
  readonly databaseUrl: string | undefined;
  /** When set, events go to EventStoreDB; read models stay in PostgreSQL. */
  readonly eventStoreUrl: string | undefined;
  /** Embedded PostgreSQL's data and the local signing key live here. */
  readonly dataDir: string;
  readonly logLevel: LogLevel;
  /** Production: verify bearer tokens against this issuer's keys; absent means the local key in `dataDir`. */
  readonly jwks: { readonly jwksUrl: string; readonly issuer: string; readonly audience: string } | undefined;
  /** What this process runs: `api` (HTTP with the projector inside), `api-only` or `projector`. */
  readonly role: ProcessRole;
  /** Documents' bytes in this S3-compatible bucket; in PostgreSQL when absent. */
  readonly documentStoreUrl?: string | undefined;
  /** The largest document accepted, in bytes; the vault's default (20 MB) when absent. */
  readonly maxDocumentBytes?: number | undefined;
  /** Migrations connect as this schema owner; absent means `databaseUrl` does everything (ADR 32). */
  readonly databaseOwnerUrl?: string;
  /** The projector writes read models as this role; absent means `databaseUrl`. */
  readonly databaseProjectorUrl?: string;
  /** Wraps every person key (base64, 32 bytes); absent means a key file in `dataDir` (ADR 33). */
  readonly personKeyMasterKey?: string;
  /** Where forgotten people are recorded, outside the database's backups; default `dataDir`/erasure-ledger. */
  readonly erasureLedgerDir?: string;
  /** Signed evidence checkpoints (default `dataDir`/evidence/checkpoints); a start refuses a store behind the latest one. */
  readonly evidenceCheckpointDir?: string;
}

/** Thrown with every offending variable named, so an operator can fix them in one go. */
export class InvalidConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'InvalidConfigError';
  }
}

const VARIABLES = [
  'PORT',
  'DATABASE_URL',
  'EVENTSTORE_URL',
  'DATA_DIR',
  'LOG_LEVEL',
  'JWT_JWKS_URL',
  'JWT_ISSUER',
  'JWT_AUDIENCE',
  'ROLE',
  'DOCUMENT_STORE_URL',
  'DOCUMENT_MAX_BYTES',
  'DATABASE_OWNER_URL',
  'DATABASE_PROJECTOR_URL',
  'PERSON_KEY_MASTER_KEY',
  'ERASURE_LEDGER_DIR',
] as const;

/** Variables whose values are not repeated in an error message. */
const SECRETS = new Set(['PERSON_KEY_MASTER_KEY', 'DATABASE_OWNER_URL', 'DATABASE_PROJECTOR_URL']);

export function loadConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): AppConfig {
  // An empty variable means "not set", as shells and compose files often leave them.
  const present = Object.fromEntries(
    VARIABLES.filter((name) => env[name]?.trim()).map((name) => [name, env[name]?.trim()]),
  );
  const variables = plainToInstance(EnvironmentVariables, present);
  const errors = validateSync(variables, { forbidUnknownValues: true });
  const problems = errors.map((error) => {
    const messages = Object.values(error.constraints ?? {}).join('; ');
    // Never echo a secret back: error output ends up in logs.
    const shown = SECRETS.has(error.property) ? '[redacted]' : String(present[error.property]);
    return `${messages} (got '${shown}')`;
  });
  if (variables.JWT_JWKS_URL && !variables.JWT_ISSUER) {
    problems.push('JWT_ISSUER must be set when JWT_JWKS_URL is: tokens are only trusted from a named issuer');
  }
  if (problems.length > 0) throw new InvalidConfigError(problems);
  return {
    port: variables.PORT ?? 3000,
    databaseUrl: variables.DATABASE_URL,
    eventStoreUrl: variables.EVENTSTORE_URL,
    dataDir: resolve(cwd, variables.DATA_DIR ?? '.data'),
    logLevel: variables.LOG_LEVEL ?? 'info',
    jwks:
      variables.JWT_JWKS_URL && variables.JWT_ISSUER
        ? {
            jwksUrl: variables.JWT_JWKS_URL,
            issuer: variables.JWT_ISSUER,
            audience: variables.JWT_AUDIENCE ?? 'participation-engine',
          }
        : undefined,
    role: variables.ROLE ?? 'api',
    ...(variables.DOCUMENT_STORE_URL ? { documentStoreUrl: variables.DOCUMENT_STORE_URL } : {}),
    ...(variables.DOCUMENT_MAX_BYTES ? { maxDocumentBytes: variables.DOCUMENT_MAX_BYTES } : {}),
    ...(variables.DATABASE_OWNER_URL ? { databaseOwnerUrl: variables.DATABASE_OWNER_URL } : {}),
    ...(variables.DATABASE_PROJECTOR_URL ? { databaseProjectorUrl: variables.DATABASE_PROJECTOR_URL } : {}),
    ...(variables.PERSON_KEY_MASTER_KEY ? { personKeyMasterKey: variables.PERSON_KEY_MASTER_KEY } : {}),
    ...(variables.ERASURE_LEDGER_DIR ? { erasureLedgerDir: resolve(cwd, variables.ERASURE_LEDGER_DIR) } : {}),
    // Validated with the other evidence settings (`loadEvidenceConfig`); the start reads the latest checkpoint.
    ...(env['EVIDENCE_CHECKPOINT_DIR']?.trim()
      ? { evidenceCheckpointDir: resolve(cwd, env['EVIDENCE_CHECKPOINT_DIR'].trim()) }
      : {}),
  };
}
