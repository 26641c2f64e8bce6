import { resolve } from 'node:path';
import type { Command } from 'commander';
import { loadConfig, loadEvidenceConfig } from '#config';
import { Checkpointer, EvidenceLog, exportEvidence, runVerifier, signerFor, sinkFor } from '#evidence';
import { createLogger, openStorage } from '#runtime';

interface ExportOptions {
  out: string;
  checkpoint: boolean;
}

interface VerifyOptions {
  publicKey?: string;
  tsaCertificate?: string;
}

/**
 * `export-evidence`: the events in global order, the signed checkpoints, the public key and
 * inclusion proofs, for an evaluator. `verify-evidence`: checks such a folder with no database
 * (ADR 0030), exit code 1 when anything is wrong.
 */
export function registerEvidenceCommands(program: Command): void {
  program
    .command('export-evidence')
    .description('write the evidence an evaluator verifies: events, signed checkpoints, public key, proofs')
    .requiredOption('--out <dir>', 'the folder to write (created when missing)')
    .option('--no-checkpoint', 'do not sign a checkpoint of the store as it is first')
    .action(async (options: ExportOptions) => {
      const config = loadConfig(process.env);
      const evidence = loadEvidenceConfig(process.env, config.dataDir);
      const logger = createLogger(config.logLevel);
      const storage = await openStorage(config, logger);
      try {
        const parts = { signer: await signerFor(evidence), sink: sinkFor(evidence) };
        if (options.checkpoint) {
          const log = new EvidenceLog(storage.sealedEventStore, storage.database);
          await new Checkpointer({ log, ...parts }).checkpoint();
        }
        const out = resolve(options.out);
        const written = await exportEvidence(storage.sealedEventStore, parts, out, {
          onProgress: (events) => process.stderr.write(`\r${events} events`),
        });
        process.stderr.write('\n');
        process.stdout.write(
          `Evidence written to ${out}: ${written.events} events, ${written.checkpoints} checkpoints, ${written.proofs} proofs.\n`,
        );
      } finally {
        await storage.close();
      }
    });

  program
    .command('verify-evidence')
    .description('verify an evidence export without a database (exit code 1 when anything is wrong)')
    .argument('<dir>', 'the folder export-evidence wrote')
    .option('--public-key <file>', 'the public key you obtained elsewhere; the export must be signed with it')
    .option(
      '--tsa-certificate <file>',
      'the timestamp authority certificate you trust; every checkpoint needs its token',
    )
    .action(async (dir: string, options: VerifyOptions) => {
      // The same verifier an evaluator runs on its own (`verify/main.ts`), with nothing of ours around it.
      const args = [
        resolve(dir),
        ...(options.publicKey ? ['--public-key', options.publicKey] : []),
        ...(options.tsaCertificate ? ['--tsa-certificate', options.tsaCertificate] : []),
      ];
      process.exitCode = await runVerifier(args, (line) => process.stdout.write(`${line}\n`));
    });
}
