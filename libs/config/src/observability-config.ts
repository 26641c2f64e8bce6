import 'reflect-metadata';
import { plainToInstance, Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min, validateSync } from 'class-validator';
import { InvalidConfigError } from './load-config';

/** How this process lets itself be watched and stopped. */
export interface ObservabilityConfig {
  /** When set, `GET /metrics` answers only `Authorization: Bearer <token>`; absent means open. */
  readonly metricsToken: string | undefined;
  /** Readiness turns red when any read model is more than this many events behind the store. */
  readonly readinessMaxProjectionLag: number;
  /** After SIGTERM, time to keep serving with readiness red before no new connections are accepted. */
  readonly shutdownDelayMs: number;
}

/** The defaults: open metrics, ready up to 1,000 events behind, stop accepting at once on SIGTERM. */
export const DEFAULT_OBSERVABILITY: ObservabilityConfig = {
  metricsToken: undefined,
  readinessMaxProjectionLag: 1_000,
  shutdownDelayMs: 0,
};

class ObservabilityVariables {
  @IsOptional()
  @Matches(/^[\x21-\x7e]{16,256}$/, { message: 'METRICS_TOKEN must be 16 to 256 visible ASCII characters' })
  METRICS_TOKEN?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'READINESS_MAX_PROJECTION_LAG must be a whole number of events' })
  @Min(0)
  // Events behind are counted up to a limit on every probe; see PROJECTION_LAG_COUNT_LIMIT.
  @Max(9_999)
  READINESS_MAX_PROJECTION_LAG?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'SHUTDOWN_DELAY_MS must be a whole number of milliseconds' })
  @Min(0)
  @Max(120_000)
  SHUTDOWN_DELAY_MS?: number;
}

const VARIABLES = ['METRICS_TOKEN', 'READINESS_MAX_PROJECTION_LAG', 'SHUTDOWN_DELAY_MS'] as const;

/** Reads the observability variables; every wrong one is named in one {@link InvalidConfigError}. */
export function loadObservabilityConfig(env: NodeJS.ProcessEnv): ObservabilityConfig {
  const present = Object.fromEntries(
    VARIABLES.filter((name) => env[name]?.trim()).map((name) => [name, env[name]?.trim()]),
  );
  const variables = plainToInstance(ObservabilityVariables, present);
  const problems = validateSync(variables, { forbidUnknownValues: true }).map((error) => {
    const messages = Object.values(error.constraints ?? {}).join('; ');
    // Never echo the token back: error output ends up in logs.
    const shown = error.property === 'METRICS_TOKEN' ? '[redacted]' : String(present[error.property]);
    return `${messages} (got '${shown}')`;
  });
  if (problems.length > 0) throw new InvalidConfigError(problems);
  return {
    metricsToken: variables.METRICS_TOKEN,
    readinessMaxProjectionLag:
      variables.READINESS_MAX_PROJECTION_LAG ?? DEFAULT_OBSERVABILITY.readinessMaxProjectionLag,
    shutdownDelayMs: variables.SHUTDOWN_DELAY_MS ?? DEFAULT_OBSERVABILITY.shutdownDelayMs,
  };
}
