import type { EvaluationFinding, PilotEvaluation, YardstickResult } from './pilot-evaluation.types';

/** The first six columns as the first version wrote them, so scripts reading by position keep working. */
export const PILOT_EVALUATION_CSV_HEADER = 'scope,scopeId,metric,value,target,met,direction,topic,finding,recordedOn';

/** A CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
function field(value: string | number | boolean | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The evaluation as CSV: a header, one row per yardstick per scope (total, body, municipality),
 * then one row per evaluator's finding (scope `finding`, its id as scopeId).
 */
export function pilotEvaluationCsv(evaluation: PilotEvaluation): string {
  const rows = (scope: string, scopeId: string, yardsticks: readonly YardstickResult[]): string[] =>
    yardsticks.map((y) =>
      [scope, scopeId, y.metric, y.value, y.target, y.met, y.direction, '', '', ''].map(field).join(','),
    );
  const finding = (f: EvaluationFinding): string =>
    ['finding', f.findingId, '', '', '', '', '', f.topic, f.finding, f.recordedOn].map(field).join(',');
  return [
    PILOT_EVALUATION_CSV_HEADER,
    ...rows('total', evaluation.pilotId, evaluation.total),
    ...evaluation.perBody.flatMap((b) => rows('body', b.bodyId, b.yardsticks)),
    ...evaluation.perMunicipality.flatMap((m) => rows('municipality', m.municipalityCode, m.yardsticks)),
    ...evaluation.findings.map(finding),
  ]
    .map((line) => `${line}\r\n`)
    .join('');
}
