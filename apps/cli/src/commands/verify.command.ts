import type { Command } from 'commander';
import { loadConfig } from '#config';
import { verifyAuditTrail, type AuditTrailVerification } from '#event-store';
import { createLogger, openStorage } from '#runtime';
import { count, ProgressLine } from '../progress-line';

interface VerifyOptions {
  stream?: string;
  json?: boolean;
}

/**
 * Verifies the tamper-evident trail (ADR 0010) of every stream or one, with progress on
 * stderr, the outcome on stdout, and exit code 1 when a link is broken.
 */
export function registerVerifyCommand(program: Command): void {
  program
    .command('verify')
    .description('verify that the recorded events are whole and untouched (exit code 1 when not)')
    .option('--stream <id>', 'verify this stream only')
    .option('--json', 'print the outcome as JSON')
    .action(async (options: VerifyOptions) => {
      const config = loadConfig(process.env);
      const logger = createLogger(config.logLevel);
      const storage = await openStorage(config, logger);
      const progress = new ProgressLine(process.stderr, 'events');
      try {
        const startedAt = Date.now();
        // PostgreSQL counts its events cheaply, for a progress bar; another store shows a count only.
        const total = options.stream === undefined ? ((await storage.countEvents?.()) ?? null) : null;
        const verification = await verifyAuditTrail(storage.sealedEventStore, {
          ...(options.stream === undefined ? {} : { streamId: options.stream }),
          ...(storage.streamHeads ? { heads: storage.streamHeads } : {}),
          onProgress: ({ checked }) => progress.update({ done: checked, total, startedAt }),
        });
        progress.update({ done: verification.checked, total: verification.checked, startedAt });
        progress.end();
        process.stdout.write(options.json ? `${toJson(verification)}\n` : describe(verification, options.stream));
        if (!verification.intact) process.exitCode = 1;
      } finally {
        progress.end();
        await storage.close();
      }
    });
}

function describe(verification: AuditTrailVerification, streamId: string | undefined): string {
  const { checked, streams, unchained, throughPosition, firstBroken } = verification;
  const scope = streamId === undefined ? `${count(streams)} streams` : streamId;
  const through = throughPosition === null ? '' : ` through position ${throughPosition}`;
  const older = unchained > 0 ? `; ${count(unchained)} recorded before the chain existed` : '';
  const summary = `${count(checked)} events in ${scope} checked${through}${older}.`;
  if (!firstBroken) return `Audit trail intact: ${summary}\n`;
  const at = firstBroken.position === null ? '' : ` (position ${firstBroken.position})`;
  return (
    `Audit trail BROKEN: ${summary}\n` +
    `First broken link: ${firstBroken.streamId} revision ${firstBroken.revision}${at}: ${firstBroken.reason}. ` +
    `${firstBroken.detail}\n`
  );
}

function toJson(verification: AuditTrailVerification): string {
  return JSON.stringify(verification, (_key, value: unknown) => (typeof value === 'bigint' ? Number(value) : value));
}
