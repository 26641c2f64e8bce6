import pino, { type Logger } from 'pino';
import type { LogLevel } from '#config';

/**
 * JSON logs on stdout. Redaction is a second line of defence: code must not hand
 * personal data or secrets to the logger in the first place.
 */
export function createLogger(level: LogLevel): Logger {
  return pino({
    level,
    base: { service: 'participation-engine' },
    redact: { paths: ['req.headers.authorization', '*.password', '*.connectionString'], censor: '[redacted]' },
  });
}
