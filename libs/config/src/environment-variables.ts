import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * What this process runs: the HTTP API with the projector inside (`api`), only the projector
 * (`projector`), or only the HTTP API beside a projector elsewhere (`api-only`, for replicas).
 */
export const PROCESS_ROLES = ['api', 'projector', 'api-only'] as const;
export type ProcessRole = (typeof PROCESS_ROLES)[number];

/** The process environment this service reads; each property is named as the variable. */
export class EnvironmentVariables {
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'PORT must be a whole number' })
  @Min(0)
  @Max(65535)
  PORT?: number;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_OWNER_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_OWNER_URL?: string;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_PROJECTOR_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_PROJECTOR_URL?: string;

  @IsOptional()
  @Matches(/^[A-Za-z0-9+/]{43}=$/, { message: 'PERSON_KEY_MASTER_KEY must be 32 bytes in base64 (44 characters)' })
  PERSON_KEY_MASTER_KEY?: string;

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  ERASURE_LEDGER_DIR?: string;

  @IsOptional()
  @Matches(/^(esdb|kurrentdb|kurrent)(\+discover)?:\/\/\S+$/, {
    message:
      'EVENTSTORE_URL must be an esdb://, esdb+discover://, kurrentdb:// or kurrentdb+discover:// connection string',
  })
  EVENTSTORE_URL?: string;

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  DATA_DIR?: string;

  @IsOptional()
  @Matches(/^https:\/\/\S+$/, { message: 'JWT_JWKS_URL must be an https:// URL' })
  JWT_JWKS_URL?: string;

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  JWT_ISSUER?: string;

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  JWT_AUDIENCE?: string;

  @IsOptional()
  @IsIn(LOG_LEVELS, { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL?: LogLevel;

  @IsOptional()
  @IsIn(PROCESS_ROLES, { message: `ROLE must be one of ${PROCESS_ROLES.join(', ')}` })
  ROLE?: ProcessRole;

  /** An S3-compatible bucket for documents, `http(s)://[key:secret@]host[:port]/bucket`; PostgreSQL when unset. */
  @IsOptional()
  @Matches(/^https?:\/\/\S+\/[^/\s]+\/?(\?\S*)?$/, {
    message: 'DOCUMENT_STORE_URL must be an http(s)://[key:secret@]host[:port]/bucket URL',
  })
  DOCUMENT_STORE_URL?: string;

  /** The largest document accepted, in bytes (default 20 MB). */
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'DOCUMENT_MAX_BYTES must be a whole number' })
  @Min(1)
  DOCUMENT_MAX_BYTES?: number;
}
