export * from './pilot-evaluation.types';
export { evaluatePilot, judge, type PilotSources } from './evaluate-pilot';
export { daysBetween, measureYardsticks, median, share, type Measurement, type ScopeRows } from './measure-yardsticks';
export { PILOT_EVALUATION_CSV_HEADER, pilotEvaluationCsv } from './pilot-evaluation.csv';
