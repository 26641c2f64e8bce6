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

/** JSON logs on stdout (or `destination`, for tests). */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'participation-engine' },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}
