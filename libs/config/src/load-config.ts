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
] as const;

export function loadConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): AppConfig {
  // An empty variable means "not set", as shells and compose files often leave them.
  const present = Object.fromEntries(
    VARIABLES.filter((name) => env[name]?.trim()).map((name) => [name, env[name]?.trim()]),
  );
  const variables = plainToInstance(EnvironmentVariables, present);
  const errors = validateSync(variables, { forbidUnknownValues: true });
  const problems = errors.map((error) => {
    const messages = Object.values(error.constraints ?? {}).join('; ');
    return `${messages} (got '${String(present[error.property])}')`;
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
  };
}
