import 'reflect-metadata';
import { resolve } from 'node:path';
import { plainToInstance, Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUrl, Max, Min, validateSync } from 'class-validator';
import { InvalidConfigError } from './load-config';

/** Where the evidence over `$all` is signed and kept (ADR 0030). */
export interface EvidenceConfig {
  /** Seconds between signed checkpoints. */
  readonly checkpointSeconds: number;
  /** The folder checkpoints are written to, outside the database. */
  readonly checkpointDir: string;
  /** The Ed25519 signing key as a secret (PKCS#8 PEM or its base64); when absent, `signingKeyFile`. */
  readonly signingKey: string | undefined;
  /** The key file made on first use when no secret is given. */
  readonly signingKeyFile: string;
  /** An RFC 3161 timestamp authority (HTTP) asked for a token per checkpoint; none when absent. */
  readonly timestampAuthorityUrl?: string;
}

class EvidenceVariables {
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'EVIDENCE_CHECKPOINT_SECONDS must be a whole number of seconds' })
  @Min(1)
  @Max(86_400)
  EVIDENCE_CHECKPOINT_SECONDS?: number;

  @IsOptional()
  @IsString()
  EVIDENCE_CHECKPOINT_DIR?: string;

  @IsOptional()
  @IsString()
  EVIDENCE_SIGNING_KEY?: string;

  @IsOptional()
  @IsString()
  EVIDENCE_SIGNING_KEY_FILE?: string;

  @IsOptional()
  @IsUrl(
    { require_tld: false, require_protocol: true, protocols: ['http', 'https'] },
    { message: 'EVIDENCE_TSA_URL must be an http(s) URL' },
  )
  EVIDENCE_TSA_URL?: string;
}

const VARIABLES = [
  'EVIDENCE_CHECKPOINT_SECONDS',
  'EVIDENCE_CHECKPOINT_DIR',
  'EVIDENCE_SIGNING_KEY',
  'EVIDENCE_SIGNING_KEY_FILE',
  'EVIDENCE_TSA_URL',
] as const;

/** Reads the evidence variables; by default a checkpoint every 5 minutes, kept under `dataDir/evidence`. */
export function loadEvidenceConfig(env: NodeJS.ProcessEnv, dataDir: string, cwd = process.cwd()): EvidenceConfig {
  const present = Object.fromEntries(
    VARIABLES.filter((name) => env[name]?.trim()).map((name) => [name, env[name]?.trim()]),
  );
  const variables = plainToInstance(EvidenceVariables, present);
  const problems = validateSync(variables, { forbidUnknownValues: true }).map((error) => {
    const messages = Object.values(error.constraints ?? {}).join('; ');
    // Never echo the key back: error output ends up in logs.
    const shown = error.property === 'EVIDENCE_SIGNING_KEY' ? '[redacted]' : String(present[error.property]);
    return `${messages} (got '${shown}')`;
  });
  if (problems.length > 0) throw new InvalidConfigError(problems);
  return {
    checkpointSeconds: variables.EVIDENCE_CHECKPOINT_SECONDS ?? 300,
    checkpointDir: resolve(cwd, variables.EVIDENCE_CHECKPOINT_DIR ?? resolve(dataDir, 'evidence', 'checkpoints')),
    signingKey: variables.EVIDENCE_SIGNING_KEY,
    signingKeyFile: resolve(
      cwd,
      variables.EVIDENCE_SIGNING_KEY_FILE ?? resolve(dataDir, 'evidence', 'signing-key.pem'),
    ),
    ...(variables.EVIDENCE_TSA_URL ? { timestampAuthorityUrl: variables.EVIDENCE_TSA_URL } : {}),
  };
}
