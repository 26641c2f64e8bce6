import pino, { type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '#config';

/**
 * Headers that carry credentials, wherever a logged object holds them. Redaction is a second
 * line of defence: code must not hand personal data or secrets to the logger in the first place.
 */
const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  '*.password',
  '*.connectionString',
];

/**
 * What of an error reaches the log: enough to find its cause, nothing that repeats data. A
 * PostgreSQL error's `detail` and `where` quote the row or key values it failed on, and other
 * errors carry whatever their thrower attached, so only these named fields are kept.
 */
const ERROR_FIELDS = ['message', 'code', 'constraint', 'table', 'column', 'routine', 'stack'] as const;
const MAX_CAUSES = 3;

function loggableError(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const fields: Record<string, unknown> = { type: error.name };
  const source = error as unknown as Record<string, unknown>;
  for (const field of ERROR_FIELDS) {
    const value = source[field];
    if (typeof value === 'string' || typeof value === 'number') fields[field] = value;
  }
  if (error.cause !== undefined && depth < MAX_CAUSES) fields.cause = loggableError(error.cause, depth + 1);
  return fields;
}

/** JSON logs on stdout (or `destination`, for tests). */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'participation-engine' },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: { err: (error: unknown) => loggableError(error) },
  };
  return destination ? pino(options, destination) : pino(options);
}
