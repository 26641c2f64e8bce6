import type { EvidenceReport } from './verify-evidence';

/** The report as an evaluator reads it: what holds, or every problem found. */
export function reportLines(report: EvidenceReport): string[] {
  const last = report.lastCheckpoint;
  const head = [
    `Public key fingerprint (SHA-256): ${report.keyFingerprint || 'none'}`,
    `Events: ${report.events}; signed checkpoints: ${report.checkpoints}; proofs checked: ${report.proofsChecked}`,
    ...(report.timestamps.checked > 0
      ? [
          `RFC 3161 timestamps checked: ${report.timestamps.checked}; authority certificate (SHA-256): ${report.timestamps.authorities.join(', ')}`,
        ]
      : []),
  ];
  if (report.problems.length > 0) {
    return [
      ...head,
      `EVIDENCE DOES NOT HOLD (${report.problems.length} problems):`,
      ...report.problems.map((p) => `  - ${p}`),
    ];
  }
  const unvouched = last ? report.events - last.treeSize : report.events;
  return [
    ...head,
    `Evidence holds: the first ${last?.treeSize ?? 0} events are exactly those of the checkpoint of ${last?.time ?? '-'}.`,
    ...(unvouched > 0 ? [`${unvouched} later events are not yet in a checkpoint.`] : []),
  ];
}
