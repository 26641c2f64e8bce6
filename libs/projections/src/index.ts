export type { Projection, ReadModelRow } from './projection';
export { ProjectionRunner, type ProjectionRunnerOptions } from './runner/projection-runner';
export { migrateProjections } from './migrate-projections';
export { activeGenerations } from './runner/generations';
export { ReadModels, ReadModelBehindError, type ListOptions } from './queries/read-models';
export { READ_MODEL_PROJECTIONS } from './read-model-projections';
export { signalRegister, type SignalRegisterDoc } from './signal-register/signal-register.projection';
export * from './advice-register';
export * from './table-register';
