export * from './pilot-evaluation.types';
export { evaluatePilot, judge, type PilotSources } from './evaluate-pilot';
export { daysBetween } from './days-between';
export {
  clientsWereHeard,
  measureYardsticks,
  median,
  share,
  type Measurement,
  type ScopeRows,
} from './measure-yardsticks';
export { pilotEvaluation, type PilotEvaluationRequest } from './pilot-evaluation.queries';
export { PILOT_EVALUATION_CSV_HEADER, pilotEvaluationCsv } from './pilot-evaluation.csv';
