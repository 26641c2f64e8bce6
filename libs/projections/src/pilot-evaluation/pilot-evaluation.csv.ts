import type { PilotEvaluation, YardstickResult } from './pilot-evaluation.types';

export const PILOT_EVALUATION_CSV_HEADER = 'scope,scopeId,metric,value,target,met';

/** A CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
function field(value: string | number | boolean | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The evaluation as CSV: a header, then one row per yardstick per scope (total, body, municipality). */
export function pilotEvaluationCsv(evaluation: PilotEvaluation): string {
  const rows = (scope: string, scopeId: string, yardsticks: readonly YardstickResult[]): string[] =>
    yardsticks.map((y) => [scope, scopeId, y.metric, y.value, y.target, y.met].map(field).join(','));
  return [
    PILOT_EVALUATION_CSV_HEADER,
    ...rows('total', evaluation.pilotId, evaluation.total),
    ...evaluation.perBody.flatMap((b) => rows('body', b.bodyId, b.yardsticks)),
    ...evaluation.perMunicipality.flatMap((m) => rows('municipality', m.municipalityCode, m.yardsticks)),
  ]
    .map((line) => `${line}\r\n`)
    .join('');
}
