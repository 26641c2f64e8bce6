import { readFile } from 'node:fs/promises';
import { reportLines } from './report-lines';
import { verifyEvidence } from './verify-evidence';

/**
 * The verifier on its own, for an evaluator who runs nothing else of ours:
 * `node main.js DIR [--public-key FILE]`. Exit code 0 when the evidence holds, 1 when not,
 * 2 when called wrongly.
 */
export async function runVerifier(args: readonly string[], out: (line: string) => void): Promise<number> {
  const keyAt = args.indexOf('--public-key');
  const keyFile = keyAt >= 0 ? args[keyAt + 1] : undefined;
  const dir = args.find((arg, i) => !arg.startsWith('--') && (keyAt < 0 || i !== keyAt + 1));
  if (dir === undefined || (keyAt >= 0 && keyFile === undefined)) {
    out('usage: verify-evidence DIR [--public-key FILE]');
    return 2;
  }
  const trustedPublicKey = keyFile === undefined ? undefined : await readFile(keyFile, 'utf8');
  const report = await verifyEvidence(dir, trustedPublicKey === undefined ? {} : { trustedPublicKey });
  for (const line of reportLines(report)) out(line);
  return report.problems.length === 0 ? 0 : 1;
}

if (require.main === module) {
  void runVerifier(process.argv.slice(2), (line) => process.stdout.write(`${line}\n`)).then((code) => {
    process.exitCode = code;
  });
}
