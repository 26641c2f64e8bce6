export { rebuildProjections, type RebuildOptions, type RebuildResult } from './rebuild-projections';
export { RebuildAlreadyRunningError } from './rebuild-generations';
export type { RebuildProgress } from './rebuild-progress';
