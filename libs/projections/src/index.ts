export type { Projection, ReadModelRow } from './projection';
export { ProjectionRunner, type ProjectionRunnerOptions } from './runner/projection-runner';
export { BatchRunner, type BatchRunnerOptions, type BatchWork } from './runner/batch-runner';
export { pauseUnlessStopped, settledOrPoolGone } from './runner/stopping';
export { migrateProjections } from './migrate-projections';
export { activeGenerations } from './runner/generations';
export {
  ReadModels,
  ReadModelBehindError,
  type ListOptions,
  type ReadModelsOptions,
  type ScannedRow,
} from './queries/read-models';
export { ReadModelChanges, READ_MODEL_CHANGES_CHANNEL, type ChangeCount } from './queries/read-model-changes';
export { RememberedAnswers, type AnswerOutcome, type RememberedAnswersOptions } from './queries/remembered-answers';
export { pageOf, type Page, type PageRequest } from './queries/page';
export { READ_MODEL_PROJECTIONS } from './read-model-projections';
export { signalRegister, type SignalRegisterDoc } from './signal-register/signal-register.projection';
export * from './signal-register/signal-register.queries';
export * from './advice-register';
export * from './table-register';
export * from './document-register';
export * from './municipality-register';
export * from './agenda-register';
export * from './body-register';
export * from './pilot-register';
export * from './dispute-register';
export * from './rebuild';
export * from './pilot-evaluation';
export * from './monitoring/projection-status';
export * from './open-data';
