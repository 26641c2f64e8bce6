export type { Projection, ReadModelRow } from './projection';
export { ProjectionRunner, type ProjectionRunnerOptions } from './runner/projection-runner';
export { migrateProjections } from './migrate-projections';
export { activeGenerations } from './runner/generations';
