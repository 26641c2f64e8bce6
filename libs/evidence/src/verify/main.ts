import { readFile } from 'node:fs/promises';
import { reportLines } from './report-lines';
import { verifyEvidence } from './verify-evidence';

const USAGE = 'usage: verify-evidence DIR [--public-key FILE] [--tsa-certificate FILE]';

/**
 * The verifier on its own, for an evaluator who runs nothing else of ours:
 * `node main.js DIR [--public-key FILE] [--tsa-certificate FILE]`. Exit code 0 when the
 * evidence holds, 1 when not, 2 when called wrongly.
 */
export async function runVerifier(args: readonly string[], out: (line: string) => void): Promise<number> {
  const flags = ['--public-key', '--tsa-certificate'].map((flag) => args.indexOf(flag));
  const values = new Set(flags.filter((at) => at >= 0).map((at) => at + 1));
  const [keyFile, tsaFile] = flags.map((at) => (at >= 0 ? args[at + 1] : undefined));
  const dir = args.find((arg, i) => !arg.startsWith('--') && !values.has(i));
  if (dir === undefined || flags.some((at) => at >= 0 && args[at + 1] === undefined)) {
    out(USAGE);
    return 2;
  }
  const report = await verifyEvidence(dir, {
    ...(keyFile === undefined ? {} : { trustedPublicKey: await readFile(keyFile, 'utf8') }),
    ...(tsaFile === undefined ? {} : { trustedTimestampAuthority: await readFile(tsaFile, 'utf8') }),
  });
  for (const line of reportLines(report)) out(line);
  return report.problems.length === 0 ? 0 : 1;
}

if (require.main === module) {
  void runVerifier(process.argv.slice(2), (line) => process.stdout.write(`${line}\n`)).then((code) => {
    process.exitCode = code;
  });
}
