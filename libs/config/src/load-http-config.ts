import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { HttpEnvironmentVariables } from './http-environment-variables';
import { InvalidConfigError } from './load-config';

export interface HttpConfig {
  /** Origins whose browser scripts may call the API; empty means no cross-origin access at all. */
  readonly corsOrigins: readonly string[];
  /** At most `max` requests per `windowSeconds` for each caller (token subject, else client address). */
  readonly rateLimit: { readonly max: number; readonly windowSeconds: number };
  /** Reverse proxies in front of the service whose `X-Forwarded-For` is believed; 0 believes none. */
  readonly trustProxy: number;
}

const VARIABLES = ['CORS_ORIGINS', 'RATE_LIMIT_MAX', 'RATE_LIMIT_TTL', 'TRUST_PROXY'] as const;

/**
 * The HTTP edge's settings from the environment, validated like {@link loadConfig}: every
 * offending variable is named at once.
 */
export function loadHttpConfig(env: NodeJS.ProcessEnv): HttpConfig {
  const present = Object.fromEntries(
    VARIABLES.filter((name) => env[name]?.trim()).map((name) => [name, env[name]?.trim()]),
  );
  const variables = plainToInstance(HttpEnvironmentVariables, present);
  const problems = validateSync(variables, { forbidUnknownValues: true }).map((error) => {
    const messages = Object.values(error.constraints ?? {}).join('; ');
    return `${messages} (got '${String(present[error.property])}')`;
  });
  if (problems.length > 0) throw new InvalidConfigError(problems);
  return {
    corsOrigins: (variables.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin !== ''),
    // A person clicking through pages makes a few requests a second at most; ten a second
    // sustained leaves room for scripts while stopping a runaway client.
    rateLimit: { max: variables.RATE_LIMIT_MAX ?? 600, windowSeconds: variables.RATE_LIMIT_TTL ?? 60 },
    trustProxy: variables.TRUST_PROXY ?? 0,
  };
}

/** What the service runs with when none of the HTTP variables is set. */
export const DEFAULT_HTTP_CONFIG: HttpConfig = loadHttpConfig({});
